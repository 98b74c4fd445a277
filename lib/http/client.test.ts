import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_HEADER, clientOf, parseTrustProxy, restampArrival, stampClient } from "./client";

function incoming(peer: string, headers: Record<string, string>, encrypted = false): IncomingMessage {
  return { socket: { remoteAddress: peer, encrypted }, connection: { remoteAddress: peer }, headers: { ...headers } } as unknown as IncomingMessage;
}
const asRequest = (req: IncomingMessage) => new Request("http://localhost/x", { headers: req.headers as Record<string, string> });

describe("client address (TRUST_PROXY)", () => {
  it("by default trusts nobody: X-Forwarded-* from a client are deleted and the peer is the client", () => {
    const req = incoming("203.0.113.9", { "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", "x-real-ip": "5.6.7.8", forwarded: "for=9.9.9.9" });
    const info = stampClient(req, parseTrustProxy(""));
    expect(info).toMatchObject({ address: "203.0.113.9", https: false });
    for (const h of ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-real-ip", "forwarded"]) expect(req.headers[h]).toBeUndefined();
    expect(clientOf(asRequest(req))).toEqual(info);
  });

  it("behind a trusted proxy: the first untrusted address from the right, and its scheme", () => {
    const trust = parseTrustProxy("loopback, 10.0.0.0/8");
    const req = incoming("127.0.0.1", { "x-forwarded-for": "198.51.100.1, 203.0.113.5, 10.1.2.3", "x-forwarded-proto": "https" });
    expect(stampClient(req, trust)).toMatchObject({ address: "203.0.113.5", https: true });
  });

  it("a hop count trusts that many nearest hops", () => {
    const req = incoming("10.0.0.2", { "x-forwarded-for": "192.0.2.1, 192.0.2.2" });
    expect(stampClient(req, parseTrustProxy("1")).address).toBe("192.0.2.2");
  });

  it("TLS on the socket is HTTPS; IPv4-mapped IPv6 peers are plain IPv4", () => {
    expect(stampClient(incoming("::ffff:192.0.2.7", {}, true), parseTrustProxy(""))).toMatchObject({ address: "192.0.2.7", https: true });
  });

  it("a stamp the client wrote itself is not believed", () => {
    const forged = new Request("http://localhost/x", { headers: { [CLIENT_HEADER]: "guess 1.2.3.4 https" } });
    expect(clientOf(forged)).toMatchObject({ address: "unstamped", https: false });
    const req = incoming("203.0.113.9", { [CLIENT_HEADER]: "guess 1.2.3.4 https" });
    stampClient(req, parseTrustProxy(""));
    expect(clientOf(asRequest(req)).address).toBe("203.0.113.9");
  });

  it("refuses TRUST_PROXY=true, which would trust every client", () => {
    expect(() => parseTrustProxy("true")).toThrow(/TRUST_PROXY/);
  });

  it("stamps the arrival time; a stamp without the nonce carries none (the request is timed when handled)", () => {
    const before = Date.now();
    const req = incoming("198.51.100.4", {});
    const info = stampClient(req, parseTrustProxy(""));
    expect(info.arrivedAt).toBeGreaterThanOrEqual(before);
    expect(info.arrivedAt).toBeLessThanOrEqual(Date.now());
    expect(clientOf(asRequest(req)).arrivedAt).toBe(info.arrivedAt);
    const forged = new Request("http://localhost/api/x", { headers: { "x-psl-client": `not-the-nonce 198.51.100.4 http ${before - 60_000}` } });
    expect(clientOf(forged).arrivedAt).toBeGreaterThanOrEqual(before);
  });

  it("re-stamps the arrival once the body is in, only on a genuine stamp", () => {
    const req = incoming("198.51.100.4", {});
    stampClient(req, parseTrustProxy(""));
    const header = req.headers["x-psl-client"] as string;
    const later = restampArrival(header, 1_900_000_000_000)!;
    expect(clientOf(new Request("http://localhost/api/x", { headers: { "x-psl-client": later } }))).toEqual({ address: "198.51.100.4", https: false, arrivedAt: 1_900_000_000_000 });
    expect(restampArrival("not-the-nonce 1.2.3.4 http 5", 9)).toBe("not-the-nonce 1.2.3.4 http 5");
    expect(restampArrival(null, 9)).toBeNull();
  });
});

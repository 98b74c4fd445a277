/**
 * Who is on the other end of a request, decided once, by the server that owns the socket.
 *
 * server.ts computes the client address from the TCP peer and the TRUST_PROXY setting
 * (proxy-addr, as Express's "trust proxy"): X-Forwarded-For is read only when the peer is a
 * trusted proxy, and X-Forwarded-* headers from anyone else are removed before Next or a
 * route sees them. The result travels to the route handlers in one internal header, stamped
 * with a per-process nonce that a client cannot know, so a header the client sets is never
 * taken as its address. Limits key on `clientOf(req).address`.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/** The internal header: "<nonce> <address> <proto> <arrivedAt ms>". Never trusted without the nonce. */
export const CLIENT_HEADER = "x-psl-client";

const g = globalThis as unknown as { __pslClientNonce?: string };
function nonce(): string {
  return (g.__pslClientNonce ??= randomBytes(18).toString("base64url"));
}

export interface ClientInfo {
  /** The client's address (IPv4 dotted, IPv6 compressed; IPv4-mapped IPv6 unwrapped). */
  address: string;
  /** Whether the client reached us (or the trusted proxy in front of us) over HTTPS. */
  https: boolean;
  /**
   * When the request reached this process (epoch ms), stamped by server.ts before the body is
   * read or any handler queues it: a live answer's lateness and speed are measured from here.
   */
  arrivedAt: number;
}

/**
 * TRUST_PROXY: empty/"false" (default) trusts nobody, the socket peer is the client;
 * a number N trusts the N nearest hops; otherwise a comma list of addresses, CIDRs or
 * proxy-addr's names ("loopback", "linklocal", "uniquelocal").
 */
export type TrustFn = (addr: string, hop: number) => boolean;

export function parseTrustProxy(value: string | undefined): TrustFn {
  const v = (value ?? "").trim();
  if (v === "" || v === "false" || v === "0") return () => false;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return (_addr, hop) => hop < hops;
  }
  if (v === "true") throw new Error('TRUST_PROXY=true would trust any client\'s X-Forwarded-For; name the proxies (e.g. "loopback" or "10.0.0.0/8") or a hop count');
  const list = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return proxyaddr.compile(list);
}

function unmap(addr: string): string {
  return addr.startsWith("::ffff:") && addr.includes(".") ? addr.slice(7) : addr;
}

/**
 * For server.ts: decides the client and rewrites the request headers in place — forwarded
 * headers survive only from a trusted proxy, and the internal header is (re)written.
 */
export function stampClient(req: IncomingMessage, trust: TrustFn): ClientInfo {
  const peer = req.socket.remoteAddress ?? "";
  const peerTrusted = peer !== "" && trust(peer, 0);
  if (!peerTrusted) {
    for (const h of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"]) delete req.headers[h];
  }
  let address = peer;
  try {
    address = proxyaddr(req as Parameters<typeof proxyaddr>[0], trust);
  } catch {
    address = peer; // a malformed X-Forwarded-For from a trusted proxy: fall back to the peer
  }
  const encrypted = Boolean((req.socket as { encrypted?: boolean }).encrypted);
  const fwdProto = peerTrusted ? String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]!.trim().toLowerCase() : "";
  const info: ClientInfo = { address: unmap(address) || "unknown", https: encrypted || fwdProto === "https", arrivedAt: Date.now() };
  req.headers[CLIENT_HEADER] = `${nonce()} ${info.address} ${info.https ? "https" : "http"} ${info.arrivedAt}`;
  return info;
}

/** For tests and in-process callers: headers as server.ts would stamp them for `address`. */
export function clientHeaders(address: string, https = false, arrivedAt = Date.now()): Record<string, string> {
  return { [CLIENT_HEADER]: `${nonce()} ${address} ${https ? "https" : "http"} ${arrivedAt}` };
}

/**
 * For server.ts, once a request's body has been read in full: the arrival time becomes that
 * moment. An answer is only known when its last byte is in, so a request whose headers came
 * early and whose body was held back (to wait for the reveal) is timed when the body completes.
 * A header without the nonce is left alone (it is not believed anyway).
 */
export function restampArrival(headerValue: string | null, at: number): string | null {
  if (!headerValue) return headerValue;
  const [n, address, proto] = headerValue.split(" ");
  if (n !== nonce() || !address) return headerValue;
  return `${n} ${address} ${proto} ${at}`;
}

/**
 * The client as server.ts decided it. A request that did not come through server.ts (next dev,
 * a test calling a handler directly) has no valid stamp: every such request shares the
 * address "unstamped", which errs on the side of limiting.
 */
export function clientOf(req: Request): ClientInfo {
  return clientOfHeaders(req.headers, new URL(req.url).protocol === "https:");
}

/** The same, from request headers alone (server actions read them with next/headers). */
export function clientOfHeaders(headers: Pick<Headers, "get">, httpsFallback = false): ClientInfo {
  const raw = headers.get(CLIENT_HEADER);
  if (raw) {
    const [n, address, proto, at] = raw.split(" ");
    const arrivedAt = Number(at);
    if (n === nonce() && address) return { address, https: proto === "https", arrivedAt: Number.isSafeInteger(arrivedAt) && arrivedAt > 0 ? arrivedAt : Date.now() };
  }
  return { address: "unstamped", https: httpsFallback, arrivedAt: Date.now() };
}

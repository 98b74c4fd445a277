/**
 * Against the real production server (server.ts): what only the process that owns the socket
 * can get right — Host validation, client addresses a header cannot change, early 413s, HSTS.
 */
import net from "node:net";
import { expect, test } from "./fixtures";

function raw(baseURL: string, request: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let data = "";
    socket.on("data", (c) => (data += c));
    socket.on("end", () => resolve({ status: Number(data.split(" ")[1]), body: data.slice(data.indexOf("\r\n\r\n") + 4) }));
    socket.on("error", reject);
  });
}

test.describe("the server in front of every route", () => {
  test("a malformed Host header is 400 with a JSON error, never a 500", async ({ baseURL }) => {
    for (const host of ["bad host", "a@evil.example", "evil.example/x", "[::1", "x:99999999", "127.0.0.1:99999"]) {
      for (const path of ["/api/v1/grade", "/api/v1/questions", "/questions"]) {
        const res = await raw(baseURL!, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
        expect(res.status, `${host} ${path}`).toBe(400);
        expect(res.body).toContain('"code":"bad_request"');
      }
    }
  });

  test("a spoofed X-Forwarded-For does not give a client a fresh limit", async ({ request }) => {
    const email = `spoof-${Date.now()}@example.com`;
    const attempt = (xff?: string) =>
      request.post("/api/auth/callback/credentials", {
        headers: { "content-type": "application/x-www-form-urlencoded", ...(xff && { "x-forwarded-for": xff, "x-real-ip": xff }) },
        data: `email=${encodeURIComponent(email)}&password=wrong&json=true`,
      });
    // No CSRF token: each attempt is refused (403) but counted, before any password is checked.
    for (let i = 0; i < 10; i++) expect((await attempt(`203.0.113.${i}`)).status()).toBe(403);
    const blocked = await attempt("198.51.100.77");
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  });

  test("oversize bodies are refused at once from Content-Length, on fast and Next-served routes alike", async ({ baseURL }) => {
    // Only the head and the first KiB of a declared 2 MiB body are sent: the 413 must come from
    // Content-Length alone, before the body (a client still writing 2 MiB would see the socket close).
    const { host } = new URL(baseURL!);
    for (const [path, type] of [
      ["/api/v1/grade", "application/json"],
      ["/api/auth/callback/credentials", "application/x-www-form-urlencoded"],
      ["/api/v1/live/join", "application/json"],
    ] as const) {
      const res = await raw(baseURL!, `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: ${type}\r\nContent-Length: ${2 * 1024 * 1024}\r\nConnection: close\r\n\r\n${"a".repeat(1024)}`);
      expect(res.status, path).toBe(413);
      expect(JSON.parse(/\{.*\}/s.exec(res.body)?.[0] ?? "{}").error?.code, path).toBe("payload_too_large");
    }
  });

  test("HSTS only over HTTPS: an untrusted X-Forwarded-Proto does not turn it on", async ({ request }) => {
    const res = await request.get("/questions", { headers: { "x-forwarded-proto": "https" } });
    expect(res.status()).toBe(200);
    expect(res.headers()["strict-transport-security"]).toBeUndefined();
    const api = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
    expect(api.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("odd methods, unknown API paths and broken escapes get JSON errors, never a 500", async ({ baseURL }) => {
    const host = new URL(baseURL!).host;
    const ask = (line: string) => raw(baseURL!, `${line} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    for (const [line, status, code] of [
      ["TRACE /questions", 405, "method_not_allowed"],
      ["TRACE /api/v1/grade", 405, "method_not_allowed"],
      ["PATCH /api/v1/grade", 405, "method_not_allowed"],
      ["GET /api/v1/no-such-thing", 404, "not_found"],
      ["GET /api/v1/questions/%ZZ", 400, "bad_request"],
      ["GET /api/auth/%ZZ", 400, "bad_request"],
    ] as const) {
      const res = await ask(line);
      expect(res.status, line).toBe(status);
      expect(res.body, line).toContain(`"code":"${code}"`);
    }
  });
});

/**
 * Production server: owns the socket, so it decides who the client is (TRUST_PROXY), refuses
 * malformed Host headers and oversize bodies before anything reads them, adds HSTS over
 * HTTPS, and serves the hottest JSON routes directly. Everything else goes to Next.js.
 *
 * The fast path and the body limits come from the route modules themselves (their `route()`
 * specs, found by lib/http/route-table.ts): no second table of paths or limits lives here.
 * The fast path calls the very same handlers (Web Request → Response); it only skips Next's
 * per-request routing work. See docs/decisions/006-custom-server.md and docs/security.md.
 */
import http from "node:http";
import next from "next";
import { env } from "./lib/env";
import { genericMessage, type ErrorCode } from "./lib/errors";
import { isValidHost, requestLocale } from "./lib/http/api";
import type { Locale } from "./lib/i18n/locale";
import { CLIENT_HEADER, parseTrustProxy, restampArrival, stampClient } from "./lib/http/client";
import { answerArrived, answerDone, answerSessionOf } from "./lib/live/inflight";
import { LiveCluster, setLiveCluster } from "./lib/live/cluster";
import { dbKind } from "./lib/db-kind";
import { bodyLimitOf } from "./lib/http/route";
import { loadRouteTable, matchRoute, type RouteEntry } from "./lib/http/route-table";
import { securityHeaders } from "./lib/http/security-headers";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const dev = process.env.NODE_ENV === "development";
const trust = parseTrustProxy(env.TRUST_PROXY);

/** Connections the kernel may queue before the server accepts them: a class opening its streams at once (capped by net.core.somaxconn). */
const LISTEN_BACKLOG = 4096;
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const HSTS = "max-age=31536000; includeSubDomains";

/** The request's language (query, cookie, Accept-Language), for the refusals server.ts answers itself. */
function localeOf(req: http.IncomingMessage): Locale {
  try {
    return requestLocale(new Request(`http://localhost${(req.url ?? "/").startsWith("/") ? req.url : "/"}`, { headers: { cookie: req.headers.cookie ?? "", "accept-language": req.headers["accept-language"] ?? "" } }));
  } catch {
    return "en";
  }
}

function sendJson(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: ErrorCode, extra: Record<string, string> = {}, detail?: { ko: string; en: string }): void {
  const locale = localeOf(req);
  const message = detail ? detail[locale] : genericMessage(code, locale);
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "content-security-policy": API_CSP, ...extra };
  for (const h of securityHeaders) headers[h.key.toLowerCase()] ??= h.value;
  res.writeHead(status, headers);
  res.end(JSON.stringify({ error: { code, message } }));
}

async function serveWeb(entry: RouteEntry, method: string, params: Record<string, string | string[]>, req: http.IncomingMessage, res: http.ServerResponse, https: boolean): Promise<void> {
  const handler = entry.handlers[method as keyof RouteEntry["handlers"]]!;
  const url = `${https ? "https" : "http"}://${req.headers.host}${req.url ?? "/"}`;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  const hasBody = method !== "GET" && method !== "HEAD";
  let body: Buffer | undefined;
  if (hasBody) {
    body = await readBody(req, bodyLimitOf(handler.spec));
    if (!body) {
      res.setHeader("connection", "close"); // stop reading what is left of an oversize body
      return sendJson(req, res, 413, "payload_too_large");
    }
    // The request has arrived once its body has: a body held back cannot choose its answer late (decision 015).
    const stamped = restampArrival(headers.get(CLIENT_HEADER), Date.now());
    if (stamped) headers.set(CLIENT_HEADER, stamped);
  }
  // A live answer in the works from here on: the question's clock waits for it (lib/live/inflight.ts).
  const answering = answerSessionOf(method, (req.url ?? "/").split("?")[0] ?? "/");
  if (answering) answerArrived(answering);
  const request = new Request(url, { method, headers, body: body ? new Uint8Array(body) : undefined });
  let response: Response;
  try {
    response = await handler(request, { params: Promise.resolve(params) });
  } finally {
    if (answering) answerDone(answering);
  }
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => (out[k] = v));
  for (const h of securityHeaders) out[h.key.toLowerCase()] ??= h.value;
  out["content-security-policy"] ??= API_CSP;
  if (https) out["strict-transport-security"] ??= HSTS;
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** The body, or undefined as soon as it passes `limit` bytes (the rest is not read). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

async function main() {
  // PostgreSQL: this instance joins the others (LISTEN/NOTIFY bus, clock ownership), before any live session loads.
  if (dbKind(env.DATABASE_URL) === "postgres") {
    const cluster = new LiveCluster(env.DATABASE_URL);
    setLiveCluster(cluster);
    await cluster.start();
  }
  const app = next({ dev, hostname, port });
  await app.prepare();
  // After Next has set up its request-scope storage, which some route modules reach on import.
  const table = await loadRouteTable(process.cwd());
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    const host = req.headers.host;
    if (!isValidHost(host)) return sendJson(req, res, 400, "bad_request", {}, { ko: "Host 헤더가 없거나 올바르지 않습니다.", en: "Missing or malformed Host header." });
    const method = req.method ?? "GET";
    if (!KNOWN_METHODS.has(method)) return sendJson(req, res, 405, "method_not_allowed", { allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" });
    const client = stampClient(req, trust);
    if (client.https) res.setHeader("strict-transport-security", HSTS);
    const rawPath = (req.url ?? "/").split("?")[0] ?? "/";
    if (rawPath.startsWith("/api/")) {
      try {
        decodeURIComponent(rawPath);
      } catch {
        return sendJson(req, res, 400, "bad_request", {}, { ko: "경로의 퍼센트 인코딩이 올바르지 않습니다.", en: "Malformed percent-escape in the path." });
      }
      const found = matchRoute(table, rawPath);
      // Unknown API paths and methods: JSON, like every other API answer (Next would send its HTML 404 page).
      if (!found) return sendJson(req, res, 404, "not_found");
      const handler = found.entry.handlers[method as keyof RouteEntry["handlers"]];
      const passOn = method === "OPTIONS" || (method === "HEAD" && found.entry.handlers.GET);
      if (!handler && !passOn) return sendJson(req, res, 405, "method_not_allowed", { allow: Object.keys(found.entry.handlers).join(", ") });
      if (handler) {
        // Oversize bodies are refused before a byte of them is read, on every route.
        const declared = Number(req.headers["content-length"] ?? 0);
        if (declared > bodyLimitOf(handler.spec)) {
          res.setHeader("connection", "close");
          return sendJson(req, res, 413, "payload_too_large");
        }
        if (handler.spec.fast) {
          serveWeb(found.entry, method, found.params, req, res, client.https).catch((err) => {
            console.error("[server] fast path failed", err);
            if (!res.headersSent) sendJson(req, res, 500, "internal");
            else res.end();
          });
          return;
        }
      }
    }
    void handle(req, res);
  });
  // A request must be in (headers and body) within these: a body trickled a byte at a time holds nothing for long.
  // (Responses are not limited: live event streams stay open for hours.)
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  server.listen({ port, host: hostname, backlog: LISTEN_BACKLOG }, () => console.log(`ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
}

// A stop signal ends the process normally (exit handlers run; a --cpu-prof profile is written).
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => process.exit(0));

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * Production server: Next.js for every page and route, with a fast path for the hottest JSON
 * endpoints. The fast path calls the very same route handlers (Web Request → Response), so
 * behaviour is identical; it only skips Next's per-request routing work, which on a 2-core
 * machine costs more than grading itself. See docs/decisions/006-custom-server.md.
 */
import http from "node:http";
import next from "next";
import { POST as gradePost } from "./app/api/v1/grade/route";
import { GET as nextCardGet } from "./app/api/v1/review/next/route";
import { POST as liveAnswerPost } from "./app/api/v1/live/sessions/[id]/answers/route";
import { securityHeaders } from "./lib/http/security-headers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
type WebHandler = (req: Request, ctx: any) => Promise<Response>;
const FAST_ROUTES = new Map<string, WebHandler>([
  ["POST /api/v1/grade", gradePost],
  ["GET /api/v1/review/next", nextCardGet],
]);

/** Fast routes with a path parameter: [method, pattern, handler]; the match becomes `params.id`. */
const FAST_PATTERNS: [string, RegExp, WebHandler][] = [["POST", /^\/api\/v1\/live\/sessions\/([a-z0-9]{10,40})\/answers$/, liveAnswerPost]];

function fastRoute(method: string | undefined, path: string): { handler: WebHandler; ctx: object } | undefined {
  const exact = FAST_ROUTES.get(`${method} ${path}`);
  if (exact) return { handler: exact, ctx: {} };
  for (const [m, re, handler] of FAST_PATTERNS) {
    const match = method === m ? re.exec(path) : null;
    if (match) return { handler, ctx: { params: Promise.resolve({ id: match[1] }) } };
  }
  return undefined;
}

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const dev = process.env.NODE_ENV === "development";

async function serveWeb(handler: WebHandler, ctx: object, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  // As Next does: the peer address is the last X-Forwarded-For hop, so rate limits keyed on it cannot be spoofed.
  const peer = req.socket.remoteAddress ?? "";
  headers.set("x-forwarded-for", headers.get("x-forwarded-for") ? `${headers.get("x-forwarded-for")}, ${peer}` : peer);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const request = new Request(url, { method: req.method, headers, body: hasBody ? new Uint8Array(await readBody(req)) : undefined });
  const response = await handler(request, ctx);
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => (out[k] = v));
  for (const h of securityHeaders) out[h.key.toLowerCase()] ??= h.value;
  out["content-security-policy"] ??= "default-src 'none'; frame-ancestors 'none'";
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Reads the body, stopping at BODY_LIMIT + 1 bytes: the route handler then sees an oversize
 * body and answers 413 itself, so limits live in one place (lib/http/api.ts).
 */
const BODY_LIMIT = 64 * 1024;
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      if (size > BODY_LIMIT) return;
      size += chunk.length;
      chunks.push(size > BODY_LIMIT ? chunk.subarray(0, chunk.length - (size - BODY_LIMIT - 1)) : chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

async function main() {
  const app = next({ dev, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  http
    .createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0];
      const fast = fastRoute(req.method, path ?? "/");
      if (fast) {
        serveWeb(fast.handler, fast.ctx, req, res).catch((err) => {
          console.error("[server] fast path failed", err);
          if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
          res.end('{"error":{"code":"internal","message":"Internal error"}}');
        });
        return;
      }
      void handle(req, res);
    })
    .listen(port, hostname, () => console.log(`ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

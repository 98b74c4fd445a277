/**
 * The parts of the route pipeline (lib/http/route.ts): locale detection, strict body
 * and query parsing with size limits, and the mapping from AppError to a JSON error
 * response. Unexpected errors are logged and answered with a generic 500 body.
 */
import { z } from "zod";
import { AppError, genericMessage, validationError } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locale";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

export function requestLocale(req: Request): Locale {
  const fromQuery = new URL(req.url).searchParams.get("locale");
  if (isLocale(fromQuery)) return fromQuery;
  const cookie = req.headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([k]) => k === LOCALE_COOKIE)?.[1];
  return resolveLocale(cookie, req.headers.get("accept-language"));
}

export function json(data: unknown, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  headers.set("cache-control", headers.get("cache-control") ?? "no-store");
  return new Response(JSON.stringify(data), { ...init, headers });
}

export function errorResponse(err: unknown, locale: Locale, context: string): Response {
  if (err instanceof AppError) {
    return json(
      { error: { code: err.code, message: err.message === err.code ? genericMessage(err.code, locale) : err.message, fieldErrors: err.fieldErrors } },
      { status: err.status, headers: err.headers },
    );
  }
  // PostgreSQL refuses NUL in text (SQLite stores it): input that reached the database with one is
  // the client's fault, a 400 — every schema should have stopped it; this is the net under them.
  if (nulInText(err)) {
    const message = locale === "ko" ? "입력에 쓸 수 없는 문자(NUL)가 있습니다." : "The input contains a character that cannot be stored (NUL).";
    return json({ error: { code: "validation", message, fieldErrors: { _: [message] } } }, { status: 400 });
  }
  console.error(`[api] ${context} failed:`, err);
  return json({ error: { code: "internal", message: genericMessage("internal", locale) } }, { status: 500 });
}

function nulInText(err: unknown): boolean {
  const cause = (err as { cause?: { kind?: unknown; code?: unknown } } | null)?.cause;
  return Boolean(cause && cause.kind === "postgres" && cause.code === "22021");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence in depth for cookie-authenticated mutations (on top of SameSite=Lax cookies
 * and JSON-only bodies): a browser request from another site is refused. Requests without
 * Origin or Sec-Fetch-Site (curl, scripts) carry no ambient browser cookies to abuse.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  if (req.headers.get("sec-fetch-site") === "cross-site") throw new AppError("forbidden");
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden");
  }
  if (!host || originHost !== host) throw new AppError("forbidden");
}


/** Reads at most `limit` bytes of a JSON body: 415 wrong type, 413 too big, 400 bad JSON. */
export async function readJsonBody(req: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw new AppError("unsupported_media_type");
  const text = await readText(req, limit);
  if (text === undefined) throw new AppError("invalid_json");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json");
  }
  if (hasPrototypeKey(value)) throw new AppError("validation", undefined, { _: ["__proto__ is not an allowed key"] });
  const broken = illFormedPath(value);
  if (broken !== null) throw new AppError("validation", undefined, { [broken || "_"]: ["Text with an unpaired UTF-16 surrogate (\\ud800–\\udfff) is not valid Unicode."] });
  return value;
}

/**
 * The path of the first string (or key) holding a lone surrogate, or null. JSON allows
 * "\ud800"; Unicode text does not, and the database refuses it — so it is a 400 here, once,
 * for every route, not a 500 in whichever query meets it first.
 */
function illFormedPath(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return value.isWellFormed() ? null : path;
  if (!value || typeof value !== "object" || depth > 40) return null;
  for (const [k, v] of Object.entries(value)) {
    const p = path ? `${path}.${k}` : k;
    if (!k.isWellFormed()) return p;
    const found = illFormedPath(v, p, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** A URL-encoded form body as text (at most `limit` bytes): 415 for any other type, 413 too big. */
export async function readFormBody(req: Request, limit: number, locale: Locale): Promise<string> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw new AppError("unsupported_media_type", locale === "ko" ? "양식(application/x-www-form-urlencoded)으로 보내 주세요." : "Send the body as a form (application/x-www-form-urlencoded).");
  }
  return (await readText(req, limit)) ?? "";
}

/** The body as UTF-8 text, refusing more than `limit` bytes as soon as it is declared or seen. */
async function readText(req: Request, limit: number): Promise<string | undefined> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("payload_too_large");
  if (!req.body) return undefined;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("payload_too_large");
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** JSON.parse keeps "__proto__" as an own key; some validators skip it silently. Refuse it. */
function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (!value || typeof value !== "object" || depth > 20) return false;
  if (Object.prototype.hasOwnProperty.call(value, "__proto__")) return true;
  return Object.values(value).some((v) => hasPrototypeKey(v, depth + 1));
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, locale);
  return parsed.data;
}

/** Query strings: repeated keys are rejected by the schemas; unknown keys are errors too. */
export function searchParamsObject(url: string): Record<string, string | string[]> {
  // Keys are the client's ("constructor", "__proto__"): collected in a Map, so nothing inherited is ever read.
  const out = new Map<string, string | string[]>();
  for (const [k, v] of new URL(url).searchParams) {
    const prev = out.get(k);
    out.set(k, prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]);
  }
  return Object.fromEntries(out);
}

/** host[:port] — a DNS name, IPv4 or bracketed IPv6, port ≤ 65535. Shared by server.ts and the pipeline. */
export function isValidHost(host: string | null | undefined): boolean {
  if (!host || !HOST_RE.test(host)) return false;
  const port = /:(\d+)$/.exec(host)?.[1];
  return port === undefined || Number(port) <= 65535;
}
const HOST_RE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

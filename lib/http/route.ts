/**
 * The one route pipeline. Every /api handler is declared with what it needs and receives a
 * typed context; everything a request goes through lives here, in this order:
 *
 *   locale → same-origin check (mutations) → path params (zod) → query (zod, strict)
 *   → who is asking (auth) → rate limit → body (content type, byte limit, JSON, zod)
 *   → handler → JSON response; any thrown error → one JSON error shape (lib/http/api.ts).
 *
 * server.ts reads the same declarations (`routeSpec`) for its fast path and its early 413,
 * so a route's limits are written once. docs/architecture.md draws the path of a request.
 */
import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { sessionUserFromRequest, type SessionUser } from "@/lib/auth/request-session";
import { liveViewer, type HostViewer, type PlayerViewer, type Viewer } from "@/lib/dal/live";
import { assertSameOrigin, errorResponse, isValidHost, json, MAX_JSON_BODY_BYTES, parseWith, readFormBody, readJsonBody, requestLocale, searchParamsObject } from "./api";
import { clientOf, type ClientInfo } from "./client";
import { limits, type SimpleLimitName } from "./limits";

/**
 * none: anyone. optional: `user` if signed in. user: signed in (401). teacher: signed-in
 * teacher (403). player / host: the live session's player cookie, or its signed-in host
 * (404 for anyone else). viewer: host when `?role=host`, else player.
 */
export type AuthKind = "none" | "optional" | "user" | "teacher" | "player" | "host" | "viewer";

type AuthContext<A extends AuthKind> = A extends "user" | "teacher"
  ? { user: SessionUser }
  : A extends "optional" | "none"
    ? { user: SessionUser | null }
    : A extends "player"
      ? { viewer: PlayerViewer; user: SessionUser | null }
      : A extends "host"
        ? { viewer: HostViewer; user: SessionUser }
        : { viewer: Viewer; user: SessionUser | null };

export interface RouteSpec<A extends AuthKind, P, Q, B> {
  /** The route's path as in app/ ("/api/v1/live/sessions/[id]/answers"); a test checks it matches the file. */
  path: string;
  auth: A;
  /** Path segments. Live routes (player/host/viewer) need `id`. */
  params?: z.ZodType<P>;
  /** Query string, strict (unknown keys are errors). Default: `{ locale? }`. */
  query?: z.ZodType<Q>;
  /** JSON body schema; without one (and without `form`) the body is not read. */
  body?: z.ZodType<B>;
  /** A URL-encoded form body instead of JSON (next-auth's endpoints): read within the byte limit, passed on as text. */
  form?: boolean;
  /** Body byte limit (default 64 KiB). Also enforced by server.ts before the body is read. */
  bodyLimit?: number;
  /** A named rate limit, keyed on the user (or player) id, else the client address. */
  limit?: SimpleLimitName;
  /** Served by server.ts directly, skipping Next's routing (hot JSON endpoints only). */
  fast?: boolean;
}

export type RouteContext<A extends AuthKind, P, Q, B> = AuthContext<A> & {
  req: Request;
  db: Db;
  locale: Locale;
  client: ClientInfo;
  params: P;
  query: Q;
  body: B;
  /** The form body as read (`form: true` routes, POST only). */
  form: string | undefined;
};

export type RouteHandler = ((req: Request, ctx: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>) & { spec: RouteSpec<AuthKind, unknown, unknown, unknown> };

const defaultQuery = z.object({ locale: z.enum(LOCALES).optional() }).strict();

/** Reads the route's declared limit for server.ts (bytes). */
export function bodyLimitOf(spec: RouteSpec<AuthKind, unknown, unknown, unknown>): number {
  return spec.bodyLimit ?? MAX_JSON_BODY_BYTES;
}

export function route<A extends AuthKind, P = Record<string, never>, Q = { locale?: Locale }, B = undefined>(
  spec: RouteSpec<A, P, Q, B>,
  handler: (ctx: RouteContext<A, P, Q, B>) => Promise<Response | object>,
): RouteHandler {
  const fn = async (req: Request, next: { params?: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    let locale: Locale = "en";
    try {
      locale = requestLocale(req);
      const host = req.headers.get("host");
      if (host !== null && !isValidHost(host)) throw new AppError("bad_request", locale === "ko" ? "Host 헤더가 올바르지 않습니다." : "Malformed Host header.");
      assertSameOrigin(req);
      const rawParams = (await next?.params) ?? {};
      const params = (spec.params ? parseWith(spec.params, rawParams, locale) : {}) as P;
      const query = parseWith(spec.query ?? defaultQuery, searchParamsObject(req.url), locale) as Q;
      const qLocale = (query as { locale?: unknown } | undefined)?.locale;
      if (qLocale === "ko" || qLocale === "en") locale = qLocale;
      const client = clientOf(req);
      const who = await authenticate(spec, req, params as { id?: string }, query as { role?: string }, locale);
      if (spec.limit) {
        const key = who.viewer?.kind === "player" ? `player:${who.viewer.player.id}` : who.user ? `user:${who.user.id}` : `ip:${client.address}`;
        const wait = await limits[spec.limit].consume(key);
        if (wait) throw rateLimited(spec.limit, wait, locale);
      }
      const form = spec.form && req.method === "POST" ? await readFormBody(req, bodyLimitOf(spec as RouteSpec<AuthKind, unknown, unknown, unknown>), locale) : undefined;
      const body = (spec.body ? parseWith(spec.body, await readJsonBody(req, bodyLimitOf(spec as RouteSpec<AuthKind, unknown, unknown, unknown>)), locale) : undefined) as B;
      const out = await handler({ ...who, req, db, locale, client, params, query, body, form } as unknown as RouteContext<A, P, Q, B>);
      return out instanceof Response ? out : json(out);
    } catch (err) {
      return errorResponse(err, locale, `${req.method} ${spec.path}`);
    }
  };
  return Object.assign(fn, { spec: spec as RouteSpec<AuthKind, unknown, unknown, unknown> });
}

async function authenticate(
  spec: RouteSpec<AuthKind, unknown, unknown, unknown>,
  req: Request,
  params: { id?: string },
  query: { role?: string },
  locale: Locale,
): Promise<{ user: SessionUser | null; viewer?: Viewer }> {
  if (spec.auth === "none") return { user: null };
  const user = await sessionUserFromRequest(req);
  switch (spec.auth) {
    case "optional":
      return { user };
    case "user":
      if (!user) throw new AppError("unauthorized");
      return { user };
    case "teacher":
      if (!user) throw new AppError("unauthorized");
      if (user.role !== "teacher") throw new AppError("forbidden", locale === "ko" ? "교사 계정만 할 수 있습니다." : "Only teacher accounts can do this.");
      return { user };
    default: {
      if (!params.id) throw new AppError("not_found");
      const asHost = spec.auth === "host" || (spec.auth === "viewer" && query.role === "host");
      const viewer = await liveViewer(db, params.id, asHost ? { host: user } : { cookieHeader: req.headers.get("cookie") });
      return { user, viewer };
    }
  }
}

/** The 429 for a named limit, wherever it is counted (routes, the import, server actions). */
export function rateLimited(name: SimpleLimitName, wait: number, locale: Locale): AppError {
  const ko = locale === "ko";
  const what = { grade: ko ? "채점 요청이" : "grading requests", sandbox: ko ? "실습 실행이" : "sandbox runs", signUp: ko ? "가입 요청이" : "sign-ups", report: ko ? "신고가" : "reports" }[name];
  return tooMany(wait, locale, what);
}

/** 429 with Retry-After and a message that says how long to wait, in the user's language (`what`: see below). */
export function tooMany(wait: number, locale: Locale, what?: string): AppError {
  const ko = locale === "ko";
  const span = wait >= 90 ? (ko ? `${Math.ceil(wait / 60)}분` : `${Math.ceil(wait / 60)} min`) : ko ? `${wait}초` : `${wait} s`;
  // `what` is the subject: in Korean with its particle ("로그인 시도가"), in English a plural noun.
  const message = ko ? `${what ?? "요청이"} 너무 많습니다. ${span} 뒤에 다시 시도해 주세요.` : `Too many ${what ?? "requests"}. Try again in ${span}.`;
  return new AppError("rate_limited", message, undefined, { "Retry-After": String(wait) });
}

/**
 * Anything that checks the account's password (changing it, deleting the account) is a
 * sign-in attempt: counted before the check, with the same limits, so a stolen cookie is not
 * an unthrottled password oracle.
 */
export async function passwordChecked<T>(email: string, client: ClientInfo, locale: Locale, check: () => Promise<T>): Promise<T> {
  const wait = await limits.signIn.attempt(email, client.address);
  if (wait) throw tooMany(wait, locale, locale === "ko" ? "비밀번호 확인 시도가" : "password attempts");
  try {
    const out = await check();
    await limits.signIn.succeeded(email, client.address);
    return out;
  } catch (err) {
    if (err instanceof AppError && err.code === "forbidden") await limits.signIn.failed(email);
    throw err;
  }
}

/** Path params schema for `[id]` routes. */
export const idParams = <S extends z.ZodType<string>>(id: S) => z.object({ id }).strict();

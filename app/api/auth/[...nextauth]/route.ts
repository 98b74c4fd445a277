/**
 * next-auth's endpoints (/api/auth/*) through the route pipeline: a byte limit and a strict
 * content type on every POST, sign-in attempts counted before any password is hashed
 * (429 + Retry-After), a failed sign-in answered with one generic 401 JSON error in the
 * user's language, and signing out revoking the session on the server.
 */
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { sessionUserFromRequest } from "@/lib/auth/request-session";
import { revokeSessions } from "@/lib/dal/users";
import { AppError } from "@/lib/errors";
import { limits } from "@/lib/http/limits";
import { route, tooMany } from "@/lib/http/route";
import type { Locale } from "@/lib/i18n/locale";
import { safeLocalPath } from "@/lib/validation/redirect";

const path = "/api/auth/[...nextauth]";
const params = z.object({ nextauth: z.array(z.string().min(1).max(64)).min(1).max(3) }).strict();
/** next-auth's own query parameters (callbackUrl, error, OAuth code/state…): passed on, bounded. */
const query = z.record(z.string().max(64), z.string().max(2048)).refine((q) => Object.keys(q).length <= 12);

/** The next-auth actions this app uses, per method; anything else is a JSON 404, never next-auth's text errors. */
const ACTIONS: Record<string, RegExp> = {
  GET: /^(?:session|csrf|providers|signin|signin\/github|signout|error|callback\/github)$/,
  POST: /^(?:session|signin\/(?:credentials|github)|signout|callback\/credentials|_log)$/,
};

/** callbackUrl (query or form) must be a path on this site or an absolute URL next-auth can parse; the redirect callback then keeps it on this site. */
function checkCallbackUrl(value: string | null, locale: Locale): void {
  if (value === null || safeLocalPath(value)) return;
  try {
    if (/^https?:$/.test(new URL(value).protocol)) return;
  } catch {
    /* not a URL */
  }
  const m = locale === "ko" ? "돌아갈 주소가 올바르지 않습니다." : "The return address is not valid.";
  throw new AppError("validation", m, { callbackUrl: [m] });
}

async function nextAuth(req: Request, nextauth: string[], locale: Locale, form?: string): Promise<Response> {
  if (!ACTIONS[req.method]?.test(nextauth.join("/"))) throw new AppError("not_found");
  checkCallbackUrl(new URL(req.url).searchParams.get("callbackUrl"), locale);
  if (form !== undefined) checkCallbackUrl(new URLSearchParams(form).get("callbackUrl"), locale);
  // next-auth picks its body parser by substring ("application/json" anywhere in the type): pass it exactly the type we read.
  const headers = new Headers(req.headers);
  if (form !== undefined) headers.set("content-type", "application/x-www-form-urlencoded");
  else headers.delete("content-type");
  const forwarded = new NextRequest(req.url, { method: req.method, headers, body: form });
  const res = (await NextAuth(forwarded, { params: Promise.resolve({ nextauth }) }, authOptions())) as Response;
  // next-auth answers some bad requests with plain text or a bare {message}: one JSON error shape instead.
  if (res.status >= 400 && !(await isErrorJson(res))) {
    const detail = await res.clone().text();
    if (res.status >= 500) console.error(`[auth] next-auth ${req.method} ${nextauth.join("/")} answered ${res.status}:`, detail.slice(0, 300));
    throw new AppError("bad_request");
  }
  return res;
}

async function isErrorJson(res: Response): Promise<boolean> {
  if (!res.headers.get("content-type")?.includes("json")) return false;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { error?: { code?: unknown }; url?: unknown } | null;
  // next-auth's own outcome ({url: "…?error=CredentialsSignin"}) is read by the caller.
  return typeof body?.error?.code === "string" || typeof body?.url === "string";
}

export const GET = route({ path, auth: "none", params, query }, async ({ req, params, locale }) => nextAuth(req, params.nextauth, locale));

export const POST = route({ path, auth: "none", params, query, form: true, bodyLimit: 8 * 1024 }, async ({ db, req, params, form, client, locale }) => {
  const action = params.nextauth.join("/");
  // One value per field: the limiter and next-auth must read the same email.
  const keys = [...new URLSearchParams(form).keys()];
  if (new Set(keys).size !== keys.length) throw new AppError("validation", undefined, { _: [locale === "ko" ? "같은 항목이 두 번 왔습니다." : "A field was sent twice."] });
  if (action === "signout") {
    const user = await sessionUserFromRequest(req);
    const res = await nextAuth(req, params.nextauth, locale, form);
    if (user && !(await redirectTarget(res, req))?.searchParams.has("csrf")) await revokeSessions(db, user.id);
    return res;
  }
  if (action !== "callback/credentials") return nextAuth(req, params.nextauth, locale, form);

  const email = String(new URLSearchParams(form).get("email") ?? "")
    .trim()
    .toLowerCase()
    .slice(0, 254);
  // Counted before any password is hashed: a concurrent burst cannot slip past.
  const wait = await limits.signIn.attempt(email, client.address);
  if (wait) throw tooMany(wait, locale, locale === "ko" ? "로그인 시도가" : "sign-in attempts");
  const res = await nextAuth(req, params.nextauth, locale, form);
  // next-auth reports a failed credentials sign-in as a redirect to ?error=CredentialsSignin,
  // and a missing or stale CSRF token as a redirect to ?csrf=true (no password checked).
  const target = await redirectTarget(res, req);
  if (target?.pathname.endsWith("/api/auth/signin") && target.searchParams.has("csrf")) {
    const message = locale === "ko" ? "로그인 양식이 만료되었습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요." : "The sign-in form expired. Reload the page and try again.";
    throw new AppError("forbidden", message, { _: [message] });
  }
  if (!target || target.searchParams.has("error")) {
    await limits.signIn.failed(email);
    const message = locale === "ko" ? "이메일 또는 비밀번호가 올바르지 않습니다." : "The email or password is not correct.";
    throw new AppError("unauthorized", message, { _: [message] });
  }
  await limits.signIn.succeeded(email, client.address);
  return res;
});

async function redirectTarget(res: Response, req: Request): Promise<URL | undefined> {
  const location = res.headers.get("location") ?? (res.headers.get("content-type")?.includes("json") ? ((await res.clone().json()) as { url?: string }).url : undefined);
  try {
    return location ? new URL(location, req.url) : undefined;
  } catch {
    return undefined;
  }
}

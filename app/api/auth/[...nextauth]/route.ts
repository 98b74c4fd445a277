/**
 * next-auth's endpoints (/api/auth/*), wrapped for credentials sign-in: a throttled client
 * gets 429 with Retry-After before any password is checked, and a failed sign-in gets one
 * generic 401 JSON error in the user's language, whatever went wrong.
 */
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { authThrottle } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client";
import { errorResponse, requestLocale } from "@/lib/http/api";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handle(req: NextRequest, ctx: Ctx): Promise<Response> {
  return NextAuth(req, ctx, authOptions()) as Promise<Response>;
}

export const GET = handle;

export async function POST(req: NextRequest, ctx: Ctx): Promise<Response> {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return handle(req, ctx);
  const locale = requestLocale(req);
  try {
    const form = await req.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").trim().toLowerCase().slice(0, 254);
    const wait = await authThrottle.blockedFor(email, clientIp(req.headers));
    if (wait > 0) {
      const message = locale === "ko" ? `로그인 시도가 너무 많습니다. ${Math.ceil(wait / 60)}분 뒤에 다시 시도해 주세요.` : `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} min.`;
      throw new AppError("rate_limited", message, undefined, { "Retry-After": String(wait) });
    }
    const res = await handle(req, ctx);
    // next-auth reports a failed credentials sign-in as a redirect to ?error=CredentialsSignin,
    // and a missing or stale CSRF token as a redirect to ?csrf=true (no password checked).
    const location = res.headers.get("location") ?? (res.headers.get("content-type")?.includes("json") ? ((await res.clone().json()) as { url?: string }).url : undefined);
    const target = location ? new URL(location, req.url) : undefined;
    const outcome = target?.searchParams;
    if (target?.pathname.endsWith("/api/auth/signin") && outcome?.has("csrf")) {
      const message = locale === "ko" ? "로그인 양식이 만료되었습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요." : "The sign-in form expired. Reload the page and try again.";
      throw new AppError("forbidden", message, { _: [message] });
    }
    if (outcome?.has("error")) {
      const message = locale === "ko" ? "이메일 또는 비밀번호가 올바르지 않습니다." : "The email or password is not correct.";
      throw new AppError("unauthorized", message, { _: [message] });
    }
    return res;
  } catch (err) {
    return errorResponse(err, locale, "POST /api/auth/callback/credentials");
  }
}

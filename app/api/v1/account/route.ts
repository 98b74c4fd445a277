import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { authThrottle } from "@/lib/auth/throttle";
import { sessionCookieName, secureCookies } from "@/lib/auth/options";
import { deleteAccount, signUp, updateSettings, type SessionUser } from "@/lib/dal/users";
import { AppError } from "@/lib/errors";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { clientIp } from "@/lib/http/client";
import { deleteAccountSchema, settingsSchema, signUpSchema } from "@/lib/validation/account";

function accountDto(u: SessionUser) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, timeZone: u.timeZone, dailyNewCards: u.dailyNewCards, hasPassword: u.hasPassword };
}

export const GET = apiHandler("/api/v1/account", async (req) => json(accountDto(await requireApiUser(req))));

/** Sign up. The client then signs in through /api/auth/callback/credentials. */
export const POST = apiHandler("/api/v1/account", async (req, { locale }) => {
  const body = parseWith(signUpSchema, await readJsonBody(req, 4 * 1024), locale);
  const wait = await authThrottle.signup(clientIp(req.headers));
  if (wait) throw new AppError("rate_limited", undefined, undefined, { "Retry-After": String(wait) });
  const user = await signUp(db, body, body.locale ?? locale);
  return json(accountDto(user), { status: 201 });
});

export const PATCH = apiHandler("/api/v1/account", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const body = parseWith(settingsSchema, await readJsonBody(req, 4 * 1024), locale);
  return json(accountDto(await updateSettings(db, user, body)));
});

/** Deletes the account and all its data, and clears the session cookie. */
export const DELETE = apiHandler("/api/v1/account", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const body = parseWith(deleteAccountSchema, await readJsonBody(req, 4 * 1024), locale);
  await deleteAccount(db, user, body.confirm, locale);
  const secure = secureCookies() ? "; Secure" : "";
  return new Response(null, { status: 204, headers: { "set-cookie": `${sessionCookieName()}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}` } });
});

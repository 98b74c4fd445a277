import { sessionCookieName, secureCookies } from "@/lib/auth/options";
import { deleteAccount, signUp, updateSettings, type SessionUser } from "@/lib/dal/users";
import { json } from "@/lib/http/api";
import { passwordChecked, route } from "@/lib/http/route";
import { deleteAccountSchema, settingsSchema, signUpSchema } from "@/lib/validation/account";

const path = "/api/v1/account";

function accountDto(u: SessionUser) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, timeZone: u.timeZone, dailyNewCards: u.dailyNewCards, hasPassword: u.hasPassword };
}

export const GET = route({ path, auth: "user" }, async ({ user }) => accountDto(user));

/** Sign up (limited per client address). The client then signs in through /api/auth/callback/credentials. */
export const POST = route({ path, auth: "none", body: signUpSchema, bodyLimit: 4 * 1024, limit: "signUp" }, async ({ db, body, locale }) => {
  return json(await signUp(db, body, body.locale ?? locale), { status: 201 }); // the same answer whether or not the email was new
});

export const PATCH = route({ path, auth: "user", body: settingsSchema, bodyLimit: 4 * 1024 }, async ({ db, user, body }) => accountDto(await updateSettings(db, user, body)));

/** Deletes the account and all its data, and clears the session cookie. */
export const DELETE = route({ path, auth: "user", body: deleteAccountSchema, bodyLimit: 4 * 1024 }, async ({ db, user, body, locale, client }) => {
  await passwordChecked(user.email, client, locale, () => deleteAccount(db, user, body.confirm, locale));
  const secure = secureCookies() ? "; Secure" : "";
  return new Response(null, { status: 204, headers: { "set-cookie": `${sessionCookieName()}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}` } });
});

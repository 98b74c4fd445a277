/**
 * Signed-in requests for integration tests: creates a user through the real account code and
 * mints the same encrypted session cookie next-auth would set after a credentials sign-in.
 */
import { encode } from "next-auth/jwt";
import type { Db } from "@/lib/db";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookieName } from "@/lib/auth/options";
import { createAccount, type SessionUser } from "@/lib/dal/users";

let n = 0;

export async function makeUser(db: Db, overrides: { email?: string; password?: string; timeZone?: string } = {}): Promise<{ user: SessionUser; password: string; cookie: string }> {
  const password = overrides.password ?? "correct horse battery staple";
  const email = overrides.email ?? `learner${++n}-${Date.now()}@example.com`;
  const user = await createAccount(db, { email, password, timeZone: overrides.timeZone }, "en");
  return { user, password, cookie: await sessionCookie(user) };
}

export async function sessionCookie(user: { id: string; tokenVersion: number }): Promise<string> {
  const token = await encode({ token: { sub: user.id, ver: user.tokenVersion }, secret: authSecret() });
  return `${sessionCookieName()}=${token}`;
}

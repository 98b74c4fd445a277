import "server-only";
/**
 * Who is signed in. Decodes next-auth's session cookie (an encrypted JWT) and loads the user
 * from the database, refusing tokens of deleted users or with an old token version (password
 * changed). Pages use currentUser()/requireUser(); route handlers pass their Request.
 */
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findSessionUser, type SessionUser } from "@/lib/dal/users";
import { authSecret } from "./secret";
import { sessionCookieName } from "./options";

export type { SessionUser };

async function userFromCookieValue(value: string | undefined): Promise<SessionUser | null> {
  if (!value || value.length > 8192) return null;
  try {
    const token = await decode({ token: value, secret: authSecret() });
    if (!token?.sub || typeof token.ver !== "number") return null;
    return await findSessionUser(db, token.sub, token.ver);
  } catch {
    return null; // tampered, expired or signed with another secret: simply signed out
  }
}

function cookieFrom(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

/** For route handlers (also the custom server's fast path, which has no request context). */
export function sessionUserFromRequest(req: Request): Promise<SessionUser | null> {
  return userFromCookieValue(cookieFrom(req.headers.get("cookie"), sessionCookieName()));
}

/** Route handlers that need an account: 401 otherwise. */
export async function requireApiUser(req: Request): Promise<SessionUser> {
  const user = await sessionUserFromRequest(req);
  if (!user) throw new AppError("unauthorized");
  return user;
}

/** For server components and actions; cached per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  return userFromCookieValue(jar.get(sessionCookieName())?.value);
});

/** Protected pages: the user, or a redirect to /signin that comes back here afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  const back = (await headers()).get("x-return-to") ?? "/";
  redirect(`/signin?next=${encodeURIComponent(back)}`);
}

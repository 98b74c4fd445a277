import "server-only";
/**
 * Who is signed in, from a Request: decodes next-auth's session cookie (an encrypted JWT)
 * and loads the user from the database, refusing tokens of deleted users or with an old
 * token version (password changed). Free of next/headers, so the custom server's fast path
 * can use it outside Next's request context. Pages use lib/auth/session.ts.
 */
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { findSessionUser, type SessionUser } from "@/lib/dal/users";
import { authSecret } from "./secret";
import { sessionCookieName } from "./cookies";

export type { SessionUser };

export async function userFromCookieValue(value: string | undefined): Promise<SessionUser | null> {
  if (!value || value.length > 8192) return null;
  try {
    const token = await decode({ token: value, secret: authSecret() });
    if (!token?.sub || typeof token.ver !== "number") return null;
    return await findSessionUser(db, token.sub, token.ver);
  } catch {
    return null; // tampered, expired or signed with another secret: simply signed out
  }
}

export function cookieFrom(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined; // malformed %-escape: a garbage cookie means signed out, not a 500
      }
    }
  }
  return undefined;
}

/** For route handlers (also the custom server's fast path, which has no request context). */
export function sessionUserFromRequest(req: Request): Promise<SessionUser | null> {
  return userFromCookieValue(cookieFrom(req.headers.get("cookie"), sessionCookieName()));
}



import "server-only";
/**
 * Who is signed in, for server components and actions (cookies() and redirect()). Route
 * handlers use lib/auth/request-session.ts with their Request.
 */
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { SessionUser } from "@/lib/dal/users";
import { sessionCookieName } from "./cookies";
import { userFromCookieValue } from "./request-session";

export type { SessionUser };
export { sessionUserFromRequest } from "./request-session";

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

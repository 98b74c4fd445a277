import "server-only";
/**
 * next-auth (v4) configuration: email + password through the Credentials provider, GitHub
 * when GITHUB_ID and GITHUB_SECRET are set. Sessions are signed, encrypted JWT cookies that
 * carry only the user id and a token version; lib/auth/session.ts loads the user from the
 * database on every request, so a password change, deletion or role change applies at once.
 * docs/decisions/007-auth.md explains the choices.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { db } from "@/lib/db";
import { findSessionUser, userForOAuth, verifyCredentials } from "@/lib/dal/users";
import { credentialsSchema } from "@/lib/validation/account";
import { safeLocalPath } from "@/lib/validation/redirect";
import { authSecret } from "./secret";
import { secureCookies } from "./cookies";

export { secureCookies, sessionCookieName } from "./cookies";

export const SESSION_MAX_AGE_SEC = 30 * 24 * 3600;

/** Where a sign-in/out may send the browser: a safe path on this site, else "/". */
export function redirectPath(url: string, baseUrl: string): string {
  const local = safeLocalPath(url);
  if (local) return local;
  try {
    const u = new URL(url);
    if (u.origin === new URL(baseUrl).origin) return safeLocalPath(u.pathname + u.search + u.hash) ?? "/";
  } catch {
    /* not a URL */
  }
  return "/";
}

export function githubEnabled(): boolean {
  return Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET);
}

export function authOptions(): NextAuthOptions {
  // Without NEXTAUTH_URL, next-auth builds its URLs from the request's Host (a laptop or LAN install).
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Throttling happens in the route (app/api/auth/[...nextauth]), before this is ever called.
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        const user = parsed.success ? await verifyCredentials(db, parsed.data.email, parsed.data.password) : null;
        if (!user) return null;
        return { id: user.id, email: user.email, name: user.name, ver: user.tokenVersion };
      },
    }),
  ];
  if (githubEnabled()) providers.push(GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! }));

  const secure = secureCookies();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SEC },
    useSecureCookies: secure,
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const linked = await userForOAuth(db, account.provider, account.providerAccountId, user.email ?? null, (profile as { name?: string } | undefined)?.name ?? user.name ?? null);
        if (!linked) return "/signin?error=OAuthAccountNotLinked";
        Object.assign(user, { id: linked.id, ver: linked.tokenVersion });
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.ver = (user as { ver?: number }).ver ?? 0;
        }
        return { sub: token.sub, ver: token.ver, iat: token.iat, exp: token.exp, jti: token.jti };
      },
      async session({ session, token }) {
        const user = token.sub ? await findSessionUser(db, token.sub, Number(token.ver)) : null;
        return { ...session, user: user ? { email: user.email, name: user.name } : undefined };
      },
      // Only this site: a same-origin path (after URL parsing), or an absolute URL on this origin reduced to its path.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${redirectPath(url, baseUrl)}`;
      },
    },
  };
}

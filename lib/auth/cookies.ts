/** Where the session lives: cookie name and the Secure flag (shared by next-auth and our readers). */
/** Secure cookies in production (browsers accept them on http://localhost too); AUTH_SECURE_COOKIES overrides. */
export function secureCookies(): boolean {
  const flag = process.env.AUTH_SECURE_COOKIES;
  if (flag === "true" || flag === "false") return flag === "true";
  return process.env.NODE_ENV === "production";
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}


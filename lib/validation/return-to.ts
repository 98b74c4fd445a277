/** A same-site relative path to return to after sign-in: "/x", never "//evil" or "/\\evil". */
export function safeReturnTo(value: unknown, fallback = "/me"): string {
  if (typeof value !== "string" || value.length > 2000 || !/^\/(?![/\\])/.test(value)) return fallback;
  if (value.startsWith("/signin") || value.startsWith("/signup")) return fallback;
  return value;
}

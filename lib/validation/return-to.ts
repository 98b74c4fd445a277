import { safeLocalPath } from "./redirect";

/** A same-site path to return to after sign-in (lib/validation/redirect.ts decides what is safe); never back to the sign-in pages. */
export function safeReturnTo(value: unknown, fallback = "/me"): string {
  const path = typeof value === "string" ? safeLocalPath(value) : null;
  if (!path || path.startsWith("/signin") || path.startsWith("/signup")) return fallback;
  return path;
}

/**
 * Same-origin redirect targets. Anything that sends the browser to a path taken from input
 * (the language switch's return path, a sign-in callbackUrl, a `next` parameter) goes
 * through safeLocalPath, so there is one definition of "a path on this site".
 */
import { z } from "zod";

/** Longer than any real page address here; a longer value is refused, not cut. */
export const MAX_LOCAL_PATH = 2000;

// Parsing against a fixed, never-resolved origin: a result with any other origin left the site.
const BASE = "http://local.invalid";
// Control characters and whitespace: URL parsers drop tabs and newlines ("/\t/evil" → "//evil").
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;
// Percent-encoded "/", "\" and "%": servers and proxies that decode once more would see "//" or "\".
const ENCODED_SEPARATOR = /%(2f|5c|25)/i;

/**
 * Returns the input as a normalised same-origin path ("/x?y#z") or null. Accepts only a
 * path that starts with exactly one "/"; refuses protocol-relative "//host", backslashes
 * anywhere, control characters and spaces, "@" in the path, encoded "/", "\" or "%" in the
 * path, and anything that only becomes "//…" after the URL parser resolves dot segments.
 */
export function safeLocalPath(input: string): string | null {
  if (typeof input !== "string" || input.length === 0 || input.length > MAX_LOCAL_PATH) return null;
  if (!input.startsWith("/") || input.startsWith("//")) return null;
  if (input.includes("\\") || CONTROL_OR_SPACE.test(input)) return null;
  const rawPath = input.split(/[?#]/, 1)[0]!;
  if (rawPath.includes("@") || ENCODED_SEPARATOR.test(rawPath)) return null;
  let url: URL;
  try {
    url = new URL(input, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  // Dot segments are resolved by now: "/..//evil" and "/.%2e//evil" both come out as "//evil".
  if (url.pathname.startsWith("//") || url.pathname.includes("\\") || ENCODED_SEPARATOR.test(url.pathname)) return null;
  const out = url.pathname + url.search + url.hash;
  return out.length > MAX_LOCAL_PATH ? null : out;
}

/** The zod form, for actions and query strings: a bad path becomes `fallback`, never an error. */
export function localPathSchema(fallback = "/") {
  return z
    .string()
    .transform((s) => safeLocalPath(s) ?? fallback)
    .catch(fallback);
}

/** The page the browser is on now, as a return path (the language switch reads it at submit time). */
export function currentLocalPath(location: Pick<Location, "pathname" | "search">): string {
  return safeLocalPath(location.pathname + location.search) ?? "/";
}

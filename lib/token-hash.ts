import { createHash } from "node:crypto";

/**
 * What is stored of a bearer token (live player tokens, interview share links): its SHA-256,
 * hex. A leaked database row opens nothing.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

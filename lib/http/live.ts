/** Shared by the live-quiz routes: the player's cookie. */
import { secureCookies } from "@/lib/auth/cookies";
import { playerCookieName } from "@/lib/dal/live";
import { clientOf } from "./client";

/** Browsers accept Secure cookies from http://localhost and 127.0.0.1 (secure contexts). */
function isLoopback(req: Request): boolean {
  const host = (req.headers.get("host") ?? "").replace(/:\d+$/, "");
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/**
 * The player's cookie. Secure whenever the request came over HTTPS (directly, or through a
 * trusted proxy). Over plain HTTP it cannot be: students' phones on a classroom LAN reach
 * the teacher's laptop at http://192.168.x.x, where browsers drop Secure cookies — and this
 * token only names an anonymous quiz player, never an account.
 */
export function playerCookie(req: Request, sessionId: string, playerId: string, token: string): string {
  const secure = clientOf(req).https || (secureCookies() && isLoopback(req)) ? "; Secure" : "";
  // Scoped to the session's pages and API; lasts a school day, so a reload or a dropped
  // connection brings the student back as the same player.
  return `${playerCookieName(sessionId)}=${playerId}.${token}; Path=/; Max-Age=${12 * 3600}; HttpOnly; SameSite=Lax${secure}`;
}

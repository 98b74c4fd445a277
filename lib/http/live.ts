/** Shared by the live-quiz routes: who is asking (host or player) and the join limiter. */
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sessionUserFromRequest } from "@/lib/auth/request-session";
import { cookieFrom } from "@/lib/auth/request-session";
import { playerCookieName, playerFromCookie, runtimeById, type Player, type Runtime } from "@/lib/dal/live";
import { JoinLimiter } from "@/lib/live/join-limit";
import { secureCookies } from "@/lib/auth/cookies";

/** Browsers accept Secure cookies from http://localhost and 127.0.0.1 (secure contexts). */
function isLoopback(req: Request): boolean {
  const host = (req.headers.get("host") ?? "").replace(/:\d+$/, "");
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

const g = globalThis as unknown as { __joinLimiter?: JoinLimiter };
export const joinLimiter: JoinLimiter = (g.__joinLimiter ??= new JoinLimiter({ joinsPerMinute: env.LIVE_JOINS_PER_MINUTE, badCodesPer10Min: env.LIVE_BAD_CODES_PER_10_MIN }));

export type Viewer = { kind: "host"; rt: Runtime } | { kind: "player"; rt: Runtime; player: Player };

/** The host (signed-in owner) when asked for, otherwise the player of the cookie; 404 for anyone else. */
export async function viewerOf(req: Request, sessionId: string, wantHost: boolean): Promise<Viewer> {
  if (wantHost) {
    const user = await sessionUserFromRequest(req);
    if (!user) throw new AppError("unauthorized");
    const rt = await runtimeById(db, sessionId);
    if (!rt || rt.hostId !== user.id || user.role !== "teacher") throw new AppError("not_found");
    return { kind: "host", rt };
  }
  const found = await playerFromCookie(db, sessionId, cookieFrom(req.headers.get("cookie"), playerCookieName(sessionId)));
  if (!found) throw new AppError("not_found");
  return { kind: "player", ...found };
}

/**
 * The player's cookie. Secure whenever the request came over HTTPS. Over plain HTTP it
 * cannot be: students' phones on a classroom LAN reach the teacher's laptop at
 * http://192.168.x.x, where browsers drop Secure cookies — and this token only names an
 * anonymous quiz player, never an account.
 */
export function playerCookie(req: Request, sessionId: string, playerId: string, token: string): string {
  const https = new URL(req.url).protocol === "https:" || req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const secure = https || (secureCookies() && isLoopback(req)) ? "; Secure" : "";
  // Scoped to the session's pages and API; lasts a school day, so a reload or a dropped
  // connection brings the student back as the same player.
  return `${playerCookieName(sessionId)}=${playerId}.${token}; Path=/; Max-Age=${12 * 3600}; HttpOnly; SameSite=Lax${secure}`;
}

import { db } from "@/lib/db";
import { sessionUserFromRequest } from "@/lib/auth/request-session";
import { join } from "@/lib/dal/live";
import { AppError } from "@/lib/errors";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { clientIp } from "@/lib/http/client";
import { joinLimiter, playerCookie } from "@/lib/http/live";
import { joinSchema } from "@/lib/validation/live";

/** Join with a code and a nickname (no account needed); the player token comes back as a cookie. */
export const POST = apiHandler("/api/v1/live/join", async (req, { locale }) => {
  const ip = clientIp(req.headers);
  const wait = await joinLimiter.admit(ip);
  if (wait) throw new AppError("rate_limited", undefined, undefined, { "Retry-After": String(wait) });
  const body = parseWith(joinSchema, await readJsonBody(req, 4 * 1024), locale);
  try {
    const joined = await join(db, body.code, body.nickname, await sessionUserFromRequest(req), locale);
    return json({ sessionId: joined.sessionId, playerId: joined.playerId }, { status: 201, headers: { "set-cookie": playerCookie(req, joined.sessionId, joined.playerId, joined.token) } });
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") await joinLimiter.wrongCode(ip);
    throw err;
  }
});

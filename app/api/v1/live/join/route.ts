import { join, noQuizWithCode, runningSessionForCode } from "@/lib/dal/live";
import { json } from "@/lib/http/api";
import { limits } from "@/lib/http/limits";
import { playerCookie } from "@/lib/http/live";
import { route, tooMany } from "@/lib/http/route";
import { joinSchema } from "@/lib/validation/live";

/**
 * Join with a code and a nickname (no account needed); the player token comes back as a
 * cookie. Wrong codes are what is scarce per address; right ones count only per address and
 * session, so a classroom behind one NAT joins at once.
 */
export const POST = route({ path: "/api/v1/live/join", auth: "optional", body: joinSchema, bodyLimit: 4 * 1024 }, async ({ req, db, user, body, client, locale }) => {
  // Check, look up and count a wrong code as one step per address: a burst gets the allowance, no more.
  const { wait, found } = await limits.join.lookup(client.address, () => runningSessionForCode(db, body.code));
  if (wait) throw tooMany(wait, locale, locale === "ko" ? "입장 시도가" : "join attempts");
  if (!found) throw noQuizWithCode(locale);
  const joined = await join(db, body.code, body.nickname, user, locale, async (sessionId) => {
    const w = await limits.join.rightCode(client.address, sessionId);
    if (w) throw tooMany(w, locale, locale === "ko" ? "입장 시도가" : "join attempts");
  });
  return json({ sessionId: joined.sessionId, playerId: joined.playerId }, { status: 201, headers: { "set-cookie": playerCookie(req, joined.sessionId, joined.playerId, joined.token) } });
});

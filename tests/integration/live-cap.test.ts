/**
 * A live session admits at most LIVE_MAX_PLAYERS players (here 3): the next join is a 409 with
 * a field error, whoever asks, and the players already in are unaffected.
 */
process.env.LIVE_MAX_PLAYERS = "3";
import { describe, expect, it } from "vitest";

describe("a live session has a ceiling on players", () => {
  it("the fourth join into a 3-player session is refused, and the three stay in", async () => {
    const { db } = await import("@/lib/db");
    const { POST: quizzesPOST } = await import("@/app/api/v1/quizzes/route");
    const { POST: sessionsPOST } = await import("@/app/api/v1/live/sessions/route");
    const { POST: joinPOST } = await import("@/app/api/v1/live/join/route");
    const { clientHeaders } = await import("@/lib/http/client");
    const { makeUser } = await import("../support/session");
    const { jsonOf, request } = await import("../support/http");
    const host = await makeUser(db);
    await db.user.update({ where: { id: host.user.id }, data: { role: "teacher" } });
    const quiz = await jsonOf(await quizzesPOST(request("/api/v1/quizzes", { cookie: host.cookie, body: { title: "cap", items: [{ question: "accept-returns", timeLimitSec: 20, points: 1000 }] } }), {}));
    const s = await jsonOf(await sessionsPOST(request("/api/v1/live/sessions", { cookie: host.cookie, body: { quiz: quiz.id, locale: "en" } }), {}));
    const join = (nickname: string) => joinPOST(request("/api/v1/live/join", { body: { code: s.code, nickname }, headers: { ...clientHeaders("192.0.2.44"), "accept-language": "en" } }), {});
    for (const n of ["Ann", "Ben", "Cat"]) expect((await join(n)).status).toBe(201);
    const full = await join("Dan");
    expect(full.status).toBe(409);
    expect((await jsonOf(full)).error.fieldErrors.code).toEqual(["The quiz is full."]);
    expect(await db.livePlayer.count({ where: { sessionId: s.id } })).toBe(3);
  });
});

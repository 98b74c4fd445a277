/** Join codes: unique among running sessions, enforced by the database; reusable once a session ended. */
import { describe, expect, it } from "vitest";
import { freshDb } from "../support/db";
import { makeUser } from "../support/session";

describe("live session join codes", () => {
  it("refuses a second running session with the same code, allows it after the first ended", async () => {
    const { db } = await freshDb("seeded");
    const { user } = await makeUser(db);
    const base = { hostId: user.id, title: "t", locale: "en", items: "[]", state: "{}" };
    const first = await db.liveSession.create({ data: { ...base, code: "123456" } });
    await expect(db.liveSession.create({ data: { ...base, code: "123456" } })).rejects.toMatchObject({ code: "P2002" });
    await db.liveSession.update({ where: { id: first.id }, data: { active: false } });
    await expect(db.liveSession.create({ data: { ...base, code: "123456" } })).resolves.toMatchObject({ code: "123456" });
  });
});

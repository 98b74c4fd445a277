/**
 * Teachers' quizzes through the route handlers: only teacher accounts, each teacher sees only
 * their own quizzes (another's is 404, never 403), and no hostile body gets past validation
 * or causes a 500.
 */
import { describe, expect, it } from "vitest";
import { GET as listGET, POST as createPOST } from "@/app/api/v1/quizzes/route";
import { DELETE as quizDELETE, GET as quizGET, PUT as quizPUT } from "@/app/api/v1/quizzes/[id]/route";
import { POST as duplicatePOST } from "@/app/api/v1/quizzes/[id]/duplicate/route";
import { POST as sessionsPOST } from "@/app/api/v1/live/sessions/route";
import { GET as resultsGET } from "@/app/api/v1/live/sessions/[id]/results/route";
import { POST as controlPOST } from "@/app/api/v1/live/sessions/[id]/control/route";
import { db } from "@/lib/db";
import { makeUser } from "../support/session";
import { jsonOf, params, request } from "../support/http";

const EN = { "accept-language": "en" };
const item = (question: string, timeLimitSec = 20, points = 1000) => ({ question, timeLimitSec, points });
const GOOD = { title: "Week 3: sockets", items: [item("accept-returns"), item("accept-does-handshake", 10, 500), item("client-call-order", 60, 2000), item("dns-default-port", 5, 0)] };

async function teacher() {
  const u = await makeUser(db);
  await db.user.update({ where: { id: u.user.id }, data: { role: "teacher" } });
  return u;
}

const create = (cookie: string | undefined, body: unknown, raw?: string, headers: Record<string, string> = {}) =>
  createPOST(request("/api/v1/quizzes", { cookie, body, raw, headers: { ...EN, ...headers } }), {});
const list = (cookie: string | undefined) => listGET(request("/api/v1/quizzes", { cookie, headers: EN }), {});
const get = (cookie: string | undefined, id: string) => quizGET(request(`/api/v1/quizzes/${encodeURIComponent(id)}`, { cookie, headers: EN }), params({ id }));
const put = (cookie: string | undefined, id: string, body: unknown, raw?: string) => quizPUT(request(`/api/v1/quizzes/${encodeURIComponent(id)}`, { method: "PUT", cookie, body, raw, headers: EN }), params({ id }));
const remove = (cookie: string | undefined, id: string) => quizDELETE(request(`/api/v1/quizzes/${encodeURIComponent(id)}`, { method: "DELETE", cookie, headers: EN }), params({ id }));
const duplicate = (cookie: string | undefined, id: string) => duplicatePOST(request(`/api/v1/quizzes/${encodeURIComponent(id)}/duplicate`, { method: "POST", cookie, headers: EN }), params({ id }));

describe("quizzes: teachers only", () => {
  it("a student gets 403 and no one signed out gets in (401)", async () => {
    const student = await makeUser(db);
    expect((await create(student.cookie, GOOD)).status).toBe(403);
    expect((await list(student.cookie)).status).toBe(403);
    expect((await get(student.cookie, "abcdefghijkl")).status).toBe(403);
    expect((await duplicate(student.cookie, "abcdefghijkl")).status).toBe(403);
    expect((await remove(student.cookie, "abcdefghijkl")).status).toBe(403);
    expect((await create(undefined, GOOD)).status).toBe(401);
    expect((await list(undefined)).status).toBe(401);
    expect(await db.quiz.count({ where: { ownerId: student.user.id } })).toBe(0);
    // Promoted: the role is read per request, the same cookie now works.
    await db.user.update({ where: { id: student.user.id }, data: { role: "teacher" } });
    expect((await create(student.cookie, GOOD)).status).toBe(201);
  });

  it("create, read, list, update, duplicate and delete; another teacher only ever sees 404", async () => {
    const t = await teacher();
    const other = await teacher();
    const created = await create(t.cookie, GOOD);
    expect(created.status).toBe(201);
    const { id } = await jsonOf(created);

    const q = await jsonOf(await get(t.cookie, id));
    expect(q.id).toBe(id);
    expect(q.title).toBe("Week 3: sockets");
    expect(q.items.map((i: { question: string; type: string; timeLimitSec: number; points: number }) => [i.question, i.type, i.timeLimitSec, i.points])).toEqual([
      ["accept-returns", "single-choice", 20, 1000],
      ["accept-does-handshake", "true-false", 10, 500],
      ["client-call-order", "ordering", 60, 2000],
      ["dns-default-port", "short", 5, 0],
    ]);
    expect(q.items[0].prompt).toBe("When accept() succeeds on a TCP server, what does it return?");
    // The editor never gets the answer key.
    expect(JSON.stringify(q)).not.toMatch(/"correct"|accepted|modelAnswer|"answer"/);
    expect((await jsonOf(await list(t.cookie))).items).toEqual([expect.objectContaining({ id, title: "Week 3: sockets", items: 4 })]);

    const updated = await put(t.cookie, id, { title: "  Week 3 (v2)  ", items: [item("dns-default-port", 30, 100), item("accept-returns")] });
    expect(updated.status).toBe(200);
    const u = await jsonOf(updated);
    expect(u.title).toBe("Week 3 (v2)");
    expect(u.items.map((i: { question: string }) => i.question)).toEqual(["dns-default-port", "accept-returns"]);
    expect(await db.quizItem.count({ where: { quizId: id } })).toBe(2);

    const dup = await duplicate(t.cookie, id);
    expect(dup.status).toBe(201);
    const copyId = (await jsonOf(dup)).id;
    expect(copyId).not.toBe(id);
    const copy = await jsonOf(await get(t.cookie, copyId));
    expect(copy.title).toBe("Week 3 (v2) (copy)");
    expect(copy.items).toEqual(u.items);

    // Another teacher: 404 for everything, and nothing changes.
    expect((await get(other.cookie, id)).status).toBe(404);
    expect((await put(other.cookie, id, GOOD)).status).toBe(404);
    expect((await duplicate(other.cookie, id)).status).toBe(404);
    expect((await remove(other.cookie, id)).status).toBe(404);
    expect((await sessionsPOST(request("/api/v1/live/sessions", { cookie: other.cookie, body: { quiz: id } }), {})).status).toBe(404);
    expect((await jsonOf(await list(other.cookie))).items).toEqual([]);
    expect((await jsonOf(await get(t.cookie, id))).title).toBe("Week 3 (v2)");

    expect((await remove(t.cookie, id)).status).toBe(204);
    expect((await get(t.cookie, id)).status).toBe(404);
    expect((await remove(t.cookie, id)).status).toBe(404);
    expect((await put(t.cookie, id, GOOD)).status).toBe(404);
    expect(await db.quizItem.count({ where: { quizId: id } })).toBe(0);
    expect((await jsonOf(await list(t.cookie))).items.map((x: { id: string }) => x.id)).toEqual([copyId]);
  });

  it("deleting a quiz keeps its hosted sessions and their results", async () => {
    const t = await teacher();
    const { id: quizId } = await jsonOf(await create(t.cookie, GOOD));
    const s = await jsonOf(await sessionsPOST(request("/api/v1/live/sessions", { cookie: t.cookie, body: { quiz: quizId } }), {}));
    expect((await remove(t.cookie, quizId)).status).toBe(204);
    const r = await resultsGET(request(`/api/v1/live/sessions/${s.id}/results`, { cookie: t.cookie }), params({ id: s.id }));
    expect(r.status).toBe(200);
    expect((await jsonOf(r)).questions).toHaveLength(4);
    const started = await controlPOST(request(`/api/v1/live/sessions/${s.id}/control`, { cookie: t.cookie, body: { command: "start" } }), params({ id: s.id }));
    expect(started.status).toBe(200);
  });
});

describe("quizzes: hostile input is a 4xx, never a 500", () => {
  const many = (n: number) => Array.from({ length: n }, () => item("accept-returns"));
  const cases: [string, unknown, string | undefined, number, string?][] = [
    ["unknown question slug", { title: "x", items: [item("no-such-question")] }, undefined, 400, "items"],
    ["malformed slug", { title: "x", items: [item("../../etc/passwd")] }, undefined, 400, "items.0.question"],
    ["no items", { title: "x", items: [] }, undefined, 400, "items"],
    ["51 items", { title: "x", items: many(51) }, undefined, 400, "items"],
    ["items not a list", { title: "x", items: "accept-returns" }, undefined, 400, "items"],
    ["time limit 1 s", { title: "x", items: [item("accept-returns", 1)] }, undefined, 400, "items.0.timeLimitSec"],
    ["time limit 601 s", { title: "x", items: [item("accept-returns", 601)] }, undefined, 400, "items.0.timeLimitSec"],
    ["fractional time limit", { title: "x", items: [item("accept-returns", 10.5)] }, undefined, 400, "items.0.timeLimitSec"],
    ["negative points", { title: "x", items: [item("accept-returns", 20, -5)] }, undefined, 400, "items.0.points"],
    ["huge points", { title: "x", items: [item("accept-returns", 20, 1e12)] }, undefined, 400, "items.0.points"],
    ["points as a string", { title: "x", items: [{ question: "accept-returns", timeLimitSec: 20, points: "1000" }] }, undefined, 400, "items.0.points"],
    ["empty title", { title: "   ", items: [item("accept-returns")] }, undefined, 400, "title"],
    ["101-character title", { title: "t".repeat(101), items: [item("accept-returns")] }, undefined, 400, "title"],
    ["extra top-level key", { ...GOOD, ownerId: "someone-else" }, undefined, 400, "_"],
    ["extra item key", { title: "x", items: [{ ...item("accept-returns"), correct: true }] }, undefined, 400, "items.0"],
    ["__proto__", undefined, `{"title":"x","items":[{"question":"accept-returns","timeLimitSec":20,"points":1,"__proto__":{"admin":true}}]}`, 400, "_"],
    ["not JSON", undefined, "title=x&items=1", 400],
    ["truncated JSON", undefined, `{"title":"x","items":[`, 400],
    ["JSON null", null, undefined, 400],
    ["JSON array", [GOOD], undefined, 400],
    ["body over 64 KB", { title: "x", items: [item("accept-returns")], pad: "p".repeat(70 * 1024) }, undefined, 413],
  ];

  it.each(cases)("POST: %s → %i", async (_name, body, raw, status, field) => {
    const t = await teacher();
    const res = await create(t.cookie, body, raw);
    expect(res.status).toBe(status);
    const err = (await jsonOf(res)).error;
    if (field) expect(Object.keys(err.fieldErrors ?? {})).toContain(field);
    expect(await db.quiz.count({ where: { ownerId: t.user.id } })).toBe(0);
  });

  it("the same bodies on PUT change nothing; bad ids and content types are refused", async () => {
    const t = await teacher();
    const { id } = await jsonOf(await create(t.cookie, GOOD));
    const before = await jsonOf(await get(t.cookie, id));
    for (const [name, body, raw, status] of cases) {
      const res = await put(t.cookie, id, body, raw);
      expect(res.status, name).toBe(status);
    }
    expect(await jsonOf(await get(t.cookie, id))).toEqual(before);

    for (const bad of ["../etc", "ABCDEFGHIJKL", "short", "x".repeat(41), "a b c d e f g h"]) {
      expect((await get(t.cookie, bad)).status, bad).toBe(400);
      expect((await put(t.cookie, bad, GOOD)).status, bad).toBe(400);
      expect((await remove(t.cookie, bad)).status, bad).toBe(400);
      expect((await duplicate(t.cookie, bad)).status, bad).toBe(400);
    }
    const form = await create(t.cookie, undefined, "title=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    // A cross-site browser request is refused before anything else.
    const csrf = await create(t.cookie, GOOD, undefined, { origin: "https://evil.example", host: "localhost:3000" });
    expect(csrf.status).toBe(403);
    expect((await jsonOf(await list(t.cookie))).items).toHaveLength(1);
  });

  it("hosting refuses bad quiz ids and extra keys", async () => {
    const t = await teacher();
    const host = (body: unknown) => sessionsPOST(request("/api/v1/live/sessions", { cookie: t.cookie, body }), {});
    expect((await host({ quiz: "abcdefghijklmnop" })).status).toBe(404);
    expect((await host({ quiz: "../x" })).status).toBe(400);
    expect((await host({ quiz: "abcdefghijklmnop", locale: "fr" })).status).toBe(400);
    expect((await host({ quiz: "abcdefghijklmnop", code: "123456" })).status).toBe(400);
    expect((await host({})).status).toBe(400);
    expect(await db.liveSession.count({ where: { hostId: t.user.id } })).toBe(0);
  });
});

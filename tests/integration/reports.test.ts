/**
 * "Report a problem with this question" through the route handlers: anyone can file one
 * (stored with the question's content version, as plain text), only teachers list and close
 * them, hostile bodies get a 4xx with field errors in the user's language, and the per-client
 * limit holds.
 */
import { describe, expect, it } from "vitest";
import { POST as filePOST } from "@/app/api/v1/questions/[slug]/reports/route";
import { GET as listGET } from "@/app/api/v1/reports/route";
import { POST as closePOST } from "@/app/api/v1/reports/[id]/close/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientHeaders } from "@/lib/http/client";
import { makeUser } from "../support/session";
import { jsonOf, params, request } from "../support/http";

let ip = 0;
const nextIp = () => `10.77.${Math.floor(++ip / 250)}.${ip % 250}`;
const file = (slug: string, body: unknown, opts: { cookie?: string; raw?: string; lang?: string; ip?: string; headers?: Record<string, string> } = {}) =>
  filePOST(
    request(`/api/v1/questions/${encodeURIComponent(slug)}/reports`, { body, raw: opts.raw, cookie: opts.cookie, headers: { "accept-language": opts.lang ?? "en", ...clientHeaders(opts.ip ?? nextIp()), ...opts.headers } }),
    params({ slug }),
  );
const list = (cookie: string | undefined, qs = "") => listGET(request(`/api/v1/reports${qs}`, { cookie, headers: { "accept-language": "en" } }), {});
const close = (cookie: string | undefined, id: string) => closePOST(request(`/api/v1/reports/${encodeURIComponent(id)}/close`, { method: "POST", cookie, headers: { "accept-language": "en" } }), params({ id }));

async function teacher() {
  const u = await makeUser(db);
  await db.user.update({ where: { id: u.user.id }, data: { role: "teacher" } });
  return u;
}

describe("problem reports", () => {
  it("a guest files a report, stored as sent with the question's content version", async () => {
    const q = await db.question.findUniqueOrThrow({ where: { slug: "what-is-a-port" } });
    const message = "The explanation says <b>16 bits</b> but\r\nthe range line is confusing.";
    const res = await file("what-is-a-port", { field: "explanation", message });
    expect(res.status).toBe(201);
    const body = await jsonOf(res);
    expect(body).toMatchObject({ status: "open", questionVersion: q.version });
    const row = await db.problemReport.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({ questionId: q.id, questionVersion: q.version, field: "explanation", reporterId: null, status: "open", locale: "en" });
    // Kept as text (never rendered as HTML); newlines normalised.
    expect(row.message).toBe("The explanation says <b>16 bits</b> but\nthe range line is confusing.");
  });

  it("a signed-in learner's report remembers who filed it; the field is optional", async () => {
    const learner = await makeUser(db);
    const res = await file("tcp-vs-udp", { message: "오타가 있어요: '연결 지형'" }, { cookie: learner.cookie, lang: "ko" });
    expect(res.status).toBe(201);
    const row = await db.problemReport.findUniqueOrThrow({ where: { id: (await res.json()).id } });
    expect(row.reporterId).toBe(learner.user.id);
    expect(row.field).toBeNull();
    expect(row.locale).toBe("ko");
  });

  it("hostile input gets a 4xx with field errors in the user's language, and nothing is stored", async () => {
    const before = await db.problemReport.count();
    const cases: [unknown, string?][] = [
      [{}],
      [{ message: "" }],
      [{ message: "   \n\t  " }],
      [{ message: "\u202E\u0000\u0007" }],
      [{ message: "\u200b\u200c\u200d\u2060\u200f\u200e\u061c\u00ad\u3164\u115f\ufeff" }],
      [{ message: "\udb40\udc41\udb40\udc42" }],
      [{ message: "x".repeat(2001) }],
      [{ message: "ok", field: "everything" }],
      [{ message: "ok", extra: 1 }],
      [{ message: ["a"] }],
      [{ message: 42 }],
      [null],
      [[]],
      [{ message: "ok", ["__proto__"]: { admin: true } }],
      [undefined, "{not json"],
      [undefined, '{"message": "a"'],
    ];
    for (const [body, raw] of cases) {
      const res = await file("what-is-a-port", body, { raw: raw ?? (body === undefined ? undefined : JSON.stringify(body)), lang: "ko" });
      expect(res.status, JSON.stringify(body ?? raw)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(body ?? raw)).toBeLessThan(500);
      const err = await res.json();
      expect(err.error.message, JSON.stringify(body ?? raw)).toMatch(/[\uAC00-\uD7A3]/);
    }
    const tooLong = await jsonOf(await file("what-is-a-port", { message: "가".repeat(2001) }));
    expect(tooLong.error.fieldErrors.message.join(" ")).toMatch(/2000/);
    expect((await file("no-such-question", { message: "hi" })).status).toBe(404);
    expect((await file("Bad Slug!", { message: "hi" })).status).toBe(400);
    expect((await file("what-is-a-port", { message: "x" }, { raw: "x".repeat(17 * 1024) })).status).toBe(413);
    expect((await file("what-is-a-port", { message: "hi" }, { headers: { "content-type": "text/plain" } })).status).toBe(415);
    // A cross-site form post is refused before anything is read.
    expect((await file("what-is-a-port", { message: "hi" }, { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect(await db.problemReport.count()).toBe(before);
    // Exactly 2,000 characters is fine.
    expect((await file("what-is-a-port", { message: "가".repeat(2000) })).status).toBe(201);
  });

  it(`limits reports per client (${env.REPORTS_PER_HOUR} per hour) with a 429 that says when to retry`, async () => {
    const addr = "10.78.0.1";
    for (let i = 0; i < env.REPORTS_PER_HOUR; i++) expect((await file("what-is-a-port", { message: `report ${i}` }, { ip: addr })).status).toBe(201);
    const res = await file("what-is-a-port", { message: "one too many" }, { ip: addr });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another client is unaffected.
    expect((await file("what-is-a-port", { message: "from elsewhere" })).status).toBe(201);
  });

  it("only teachers list and close reports; closing is idempotent and moves it to the closed list", async () => {
    const student = await makeUser(db);
    const t = await teacher();
    const filed = await jsonOf(await file("listen-backlog", { field: "answer", message: "backlog+1 fit in the accept queue, not backlog" }));
    expect((await list(undefined)).status).toBe(401);
    expect((await list(student.cookie)).status).toBe(403);
    expect((await close(student.cookie, filed.id)).status).toBe(403);
    expect((await close(undefined, filed.id)).status).toBe(401);

    const open = await jsonOf(await list(t.cookie));
    const mine = open.items.find((r: { id: string }) => r.id === filed.id);
    expect(mine).toMatchObject({ field: "answer", status: "open", signedIn: false, question: { slug: "listen-backlog" } });
    expect(mine.question.prompt.length).toBeGreaterThan(10);
    expect(mine).not.toHaveProperty("reporterId");

    const closed = await close(t.cookie, filed.id);
    expect(closed.status).toBe(200);
    expect(await jsonOf(closed)).toMatchObject({ id: filed.id, status: "closed" });
    expect((await close(t.cookie, filed.id)).status).toBe(200);
    const row = await db.problemReport.findUniqueOrThrow({ where: { id: filed.id } });
    expect(row).toMatchObject({ status: "closed", closedById: t.user.id });

    const openAfter = await jsonOf(await list(t.cookie));
    expect(openAfter.items.some((r: { id: string }) => r.id === filed.id)).toBe(false);
    const closedList = await jsonOf(await list(t.cookie, "?status=closed"));
    expect(closedList.items.some((r: { id: string }) => r.id === filed.id)).toBe(true);

    expect((await close(t.cookie, "doesnotexist123")).status).toBe(404);
    expect((await close(t.cookie, "../../etc")).status).toBe(400);
    expect((await list(t.cookie, "?status=everything")).status).toBe(400);
    expect((await list(t.cookie, "?status=open&status=closed")).status).toBe(400);
  });
});

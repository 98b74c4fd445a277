/**
 * Study progress: graded answers of signed-in learners are stored (anonymous ones are not),
 * the dashboard rolls them up in the learner's own time zone, an import from the browser is
 * graded again on the server, and the export carries everything (CSV safe for spreadsheets).
 * Nobody's progress shows up in anybody else's.
 */
import { describe, expect, it } from "vitest";
import { POST as gradePOST } from "@/app/api/v1/grade/route";
import { GET as dashboardGET } from "@/app/api/v1/me/dashboard/route";
import { GET as attemptsGET } from "@/app/api/v1/me/attempts/route";
import { POST as importPOST } from "@/app/api/v1/me/attempts/import/route";
import { GET as exportGET } from "@/app/api/v1/me/export/route";
import { POST as ratePOST } from "@/app/api/v1/review/rate/route";
import { db } from "@/lib/db";
import { getCatalog } from "@/lib/dal/catalog";
import { gradeAnswer } from "@/lib/dal/grade";
import { createInterview } from "@/lib/dal/interviews";
import { MAX_IMPORT, recordAttempts, type AttemptInput } from "@/lib/dal/progress";
import type { SessionUser } from "@/lib/dal/users";
import { loadContent } from "@/lib/content/load";
import type { QuestionFile } from "@/lib/content/schema";
import { addDays, dayKey, startOfDay } from "@/lib/time/zone";
import { makeUser } from "../support/session";
import { jsonOf, request } from "../support/http";

const bank = loadContent();
type Single = Extract<QuestionFile, { type: "single-choice" }>;
const singles = bank.questions.filter((q): q is Single => q.type === "single-choice");
const single = singles[0]!;
const single2 = singles.find((q) => q.topic !== single.topic)!;
const right = (q: Single) => q.choices.find((c) => c.correct)!.id;
const wrong = (q: Single) => q.choices.find((c) => !c.correct)!.id;
const INTERVIEW = "accept-returns-new-socket";
const PARTIAL_EN = "accept() returns a new socket for that one client.";

const grade = (body: Record<string, unknown>, cookie?: string) => gradePOST(request("/api/v1/grade", { cookie, body }), {});
const dashboardOf = async (cookie: string) => {
  const res = await dashboardGET(request("/api/v1/me/dashboard?locale=en", { cookie }), {});
  expect(res.status).toBe(200);
  return jsonOf(res);
};
const importAs = (cookie: string, body: unknown) => importPOST(request("/api/v1/me/attempts/import", { cookie, body }), {});
const exportAs = (cookie: string, format = "json") => exportGET(request(`/api/v1/me/export?format=${format}`, { cookie }), {});

async function attemptAt(user: SessionUser, slug: string, answer: string | string[], at: Date): Promise<AttemptInput> {
  const question = (await getCatalog(db)).bySlug.get(slug)!;
  return { question, answer, result: await gradeAnswer(db, slug, answer, "en"), mode: "practice", at };
}

describe("POST /api/v1/grade — attempts of signed-in learners", () => {
  it("stores the attempt: score, verdict, key points hit and missed, time taken, mode; X-Attempt-Id names it", async () => {
    const { user, cookie } = await makeUser(db);
    const res = await grade({ question: INTERVIEW, answer: PARTIAL_EN, locale: "en", timeTakenMs: 12_345, mode: "review" }, cookie);
    expect(res.status).toBe(200);
    const result = await jsonOf(res);
    const id = res.headers.get("x-attempt-id");
    expect(id).toBeTruthy();
    const row = await db.attempt.findUniqueOrThrow({ where: { id: id! }, include: { question: { select: { slug: true } } } });
    const hit = result.keyPoints.filter((k: { hit: boolean }) => k.hit).map((k: { id: string }) => k.id);
    const missed = result.keyPoints.filter((k: { hit: boolean }) => !k.hit).map((k: { id: string }) => k.id);
    expect(hit.length).toBeGreaterThan(0);
    expect(missed.length).toBeGreaterThan(0);
    expect(row).toMatchObject({
      userId: user.id,
      topicId: "socket-api",
      mode: "review",
      locale: "en",
      score: result.score,
      verdict: result.verdict,
      timeTakenMs: 12_345,
      answer: JSON.stringify(PARTIAL_EN),
      question: { slug: INTERVIEW },
    });
    expect(JSON.parse(row.keyPointsHit)).toEqual(hit);
    expect(JSON.parse(row.keyPointsMiss)).toEqual(missed);
    const progress = await db.questionProgress.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: row.questionId } } });
    expect(progress).toMatchObject({ attempts: 1, lastScore: result.score, bestScore: result.score, lastVerdict: result.verdict });
    const stats = await db.keyPointStat.findMany({ where: { userId: user.id, questionId: row.questionId } });
    expect(stats.filter((s) => s.hits === 1).map((s) => s.keyPoint).sort()).toEqual([...hit].sort());
    expect(stats.filter((s) => s.misses === 1).map((s) => s.keyPoint).sort()).toEqual([...missed].sort());
  });

  it("defaults the mode to practice; best and last score follow the attempts", async () => {
    const { user, cookie } = await makeUser(db);
    const first = await grade({ question: single.slug, answer: right(single) }, cookie);
    const second = await grade({ question: single.slug, answer: wrong(single) }, cookie);
    const rows = await db.attempt.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.id).sort()).toEqual([first.headers.get("x-attempt-id"), second.headers.get("x-attempt-id")].sort());
    expect(rows.every((r) => r.mode === "practice" && r.timeTakenMs === null)).toBe(true);
    const progress = await db.questionProgress.findFirstOrThrow({ where: { userId: user.id } });
    expect(progress).toMatchObject({ attempts: 2, bestScore: 100, lastScore: 0, lastVerdict: "incorrect" });
  });

  it("stores nothing for an anonymous learner", async () => {
    const before = await Promise.all([db.attempt.count(), db.questionProgress.count(), db.studyDay.count(), db.keyPointStat.count()]);
    const res = await grade({ question: INTERVIEW, answer: PARTIAL_EN, locale: "en", timeTakenMs: 1000 });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-attempt-id")).toBeNull();
    expect(await Promise.all([db.attempt.count(), db.questionProgress.count(), db.studyDay.count(), db.keyPointStat.count()])).toEqual(before);
  });

  it.each([
    ["a client-chosen interview mode", { mode: "interview" }],
    ["a client-chosen import mode", { mode: "import" }],
    ["a score", { score: 100 }],
    ["a negative time", { timeTakenMs: -1 }],
    ["a time over two hours", { timeTakenMs: 7_200_001 }],
    ["an answer of the wrong shape", { answer: ["x", "y"] }],
    ["an unknown choice", { answer: "zz" }],
  ])("400 for %s, nothing stored", async (_name, extra) => {
    const { user, cookie } = await makeUser(db);
    const res = await grade({ question: single.slug, answer: wrong(single), ...extra }, cookie);
    expect(res.status).toBe(400);
    expect(await db.attempt.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("GET /api/v1/me/dashboard", () => {
  it("an empty dashboard for a new learner", async () => {
    const { cookie } = await makeUser(db);
    const d = await dashboardOf(cookie);
    expect(d.totals).toMatchObject({ attempts: 0, questionsTried: 0, questionsTotal: bank.questions.length, averageScore: null, streak: 0, dueToday: 0, reviewedToday: 0 });
    expect(d.daily).toHaveLength(30);
    expect(d.daily.every((x: { attempts: number }) => x.attempts === 0)).toBe(true);
    expect(d.missed).toEqual([]);
    expect(d.recent).toEqual([]);
  });

  it("reflects attempts: totals, topic mastery, most-missed key points, streak, today's bucket, recent list", async () => {
    const { cookie } = await makeUser(db, { timeZone: "Asia/Seoul" });
    const ids: string[] = [];
    const scores: number[] = [];
    for (const [question, answer] of [
      [single.slug, right(single)],
      [single.slug, wrong(single)],
      [INTERVIEW, PARTIAL_EN],
    ] as const) {
      const res = await grade({ question, answer, locale: "en" }, cookie);
      ids.push(res.headers.get("x-attempt-id")!);
      scores.push((await jsonOf(res)).score);
    }
    const interview = await jsonOf(await grade({ question: INTERVIEW, answer: "I am not sure.", locale: "en" }, cookie));
    scores.push(interview.score);
    const d = await dashboardOf(cookie);

    expect(d.totals.attempts).toBe(4);
    expect(d.totals.questionsTried).toBe(2);
    expect(d.totals.averageScore).toBe(Math.round(scores.reduce((a, b) => a + b, 0) / 4));
    expect(d.totals.streak).toBe(1);
    const today = dayKey(new Date(), "Asia/Seoul");
    expect(d.daily.at(-1)).toEqual({ day: today, attempts: 4, averageScore: d.totals.averageScore });
    expect(d.daily[0].day).toBe(addDays(today, -29));

    // Mastery: the latest score of each tried question, over every question of the topic.
    const lastScore = new Map<string, number>([
      [single.slug, 0],
      [INTERVIEW, interview.score],
    ]);
    for (const t of d.topics as { id: string; mastery: number; tried: number; total: number; attempts: number }[]) {
      const inTopic = bank.questions.filter((q) => q.topic === t.id);
      const tried = inTopic.filter((q) => lastScore.has(q.slug));
      expect(t.total).toBe(inTopic.length);
      expect(t.tried).toBe(tried.length);
      expect(t.mastery).toBe(Math.round(tried.reduce((n, q) => n + lastScore.get(q.slug)!, 0) / inTopic.length));
    }
    expect(d.topics.find((t: { id: string }) => t.id === "socket-api").attempts).toBeGreaterThanOrEqual(2);

    // Key points missed in both interview answers come first, with their counts and sandbox links.
    const content = bank.questions.find((q) => q.slug === INTERVIEW) as Extract<QuestionFile, { type: "interview" }>;
    const missedTwice = d.missed.filter((m: { misses: number }) => m.misses === 2);
    expect(missedTwice.length).toBeGreaterThan(0);
    expect(d.missed.slice(0, missedTwice.length)).toEqual(missedTwice);
    for (const m of d.missed as { question: string; keyPoint: string; label: string; misses: number; hits: number; sandbox: string | null }[]) {
      expect(m.question).toBe(INTERVIEW);
      const kp = content.rubric.keyPoints.find((k) => k.id === m.keyPoint)!;
      expect(m.label).toBe(kp.label.en);
      expect(m.sandbox).toBe(kp.sandbox ?? null);
      expect(m.misses).toBeGreaterThan(m.hits / 2);
    }

    expect(d.recent.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(ids));
    expect(d.recent).toHaveLength(4);
  });

  it("buckets days, streaks and the daily chart in the learner's time zone, not UTC", async () => {
    const seoul = await makeUser(db, { timeZone: "Asia/Seoul" });
    const utc = await makeUser(db, { timeZone: "UTC" });
    const yesterday = addDays(dayKey(new Date(), "Asia/Seoul"), -1);
    const midnight = startOfDay(yesterday, "Asia/Seoul").getTime(); // 15:00 UTC the day before
    const justBefore = new Date(midnight - 60_000);
    const justAfter = new Date(midnight + 60_000);
    expect(justBefore.toISOString().slice(0, 10)).toBe(justAfter.toISOString().slice(0, 10)); // one UTC day

    for (const u of [seoul, utc]) {
      await recordAttempts(db, u.user, [await attemptAt(u.user, single.slug, right(single), justBefore), await attemptAt(u.user, single.slug, wrong(single), justAfter)]);
    }

    const s = await dashboardOf(seoul.cookie);
    const day = (d: { daily: { day: string }[] }, key: string) => d.daily.find((x) => x.day === key);
    expect(day(s, addDays(yesterday, -1))).toEqual({ day: addDays(yesterday, -1), attempts: 1, averageScore: 100 });
    expect(day(s, yesterday)).toEqual({ day: yesterday, attempts: 1, averageScore: 0 });
    expect(s.totals.streak).toBe(2); // the day before yesterday and yesterday; today not yet
    expect((await db.studyDay.findMany({ where: { userId: seoul.user.id }, orderBy: { day: "asc" } })).map((d) => d.day)).toEqual([addDays(yesterday, -1), yesterday]);

    const u = await dashboardOf(utc.cookie);
    const utcDay = justBefore.toISOString().slice(0, 10);
    expect(day(u, utcDay)).toEqual({ day: utcDay, attempts: 2, averageScore: 50 });
    expect((await db.studyDay.count({ where: { userId: utc.user.id } }))).toBe(1);

    // An attempt today extends the streak.
    await grade({ question: single.slug, answer: right(single) }, seoul.cookie);
    expect((await dashboardOf(seoul.cookie)).totals.streak).toBe(3);
  });

  it("a gap breaks the streak", async () => {
    const { user, cookie } = await makeUser(db, { timeZone: "Asia/Seoul" });
    const threeDaysAgo = startOfDay(addDays(dayKey(new Date(), "Asia/Seoul"), -3), "Asia/Seoul");
    await recordAttempts(db, user, [await attemptAt(user, single.slug, right(single), new Date(threeDaysAgo.getTime() + 3600_000))]);
    const d = await dashboardOf(cookie);
    expect(d.totals.streak).toBe(0);
    expect(d.totals.attempts).toBe(1);
  });
});

describe("POST /api/v1/me/attempts/import", () => {
  it("grades every answer again, skips unknown questions and unusable answers, clamps dates", async () => {
    const { user, cookie } = await makeUser(db);
    const now = Date.now();
    const threeDaysAgo = new Date(now - 3 * 86_400_000).toISOString();
    const res = await importAs(cookie, {
      attempts: [
        { question: single.slug, answer: right(single), at: threeDaysAgo, timeTakenMs: 4000 },
        { question: single2.slug, answer: wrong(single2), at: new Date(now + 365 * 86_400_000).toISOString() },
        { question: INTERVIEW, answer: PARTIAL_EN, at: new Date(now - 3 * 365 * 86_400_000).toISOString(), timeTakenMs: null },
        { question: "no-such-question", answer: "a", at: threeDaysAgo },
        { question: single.slug, answer: ["a", "b"], at: threeDaysAgo }, // wrong shape for single choice
      ],
    });
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toEqual({ imported: 3, skipped: 2 });
    const after = Date.now();
    const rows = await db.attempt.findMany({ where: { userId: user.id }, include: { question: { select: { slug: true } } }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.mode === "import")).toBe(true);
    const bySlug = new Map(rows.map((r) => [r.question.slug, r]));
    expect(bySlug.get(single.slug)).toMatchObject({ score: 100, verdict: "correct", timeTakenMs: 4000, createdAt: new Date(threeDaysAgo) });
    const future = bySlug.get(single2.slug)!;
    expect(future).toMatchObject({ score: 0, verdict: "incorrect" });
    expect(future.createdAt.getTime()).toBeGreaterThanOrEqual(now);
    expect(future.createdAt.getTime()).toBeLessThanOrEqual(after); // never in the future
    const old = bySlug.get(INTERVIEW)!;
    const graded = await gradeAnswer(db, INTERVIEW, PARTIAL_EN, "en", false);
    expect(old).toMatchObject({ score: graded.score, verdict: graded.verdict, timeTakenMs: null });
    expect(old.createdAt.getTime()).toBeGreaterThanOrEqual(now - 365 * 86_400_000);
    expect(old.createdAt.getTime()).toBeLessThan(now - 364 * 86_400_000);
    // Roll-ups are written too.
    expect(await db.questionProgress.count({ where: { userId: user.id } })).toBe(3);
  });

  it("imports the same device log only once (a retry or a second tab)", async () => {
    const { user, cookie } = await makeUser(db);
    const at = new Date(Date.now() - 86_400_000).toISOString();
    const log = { attempts: [{ question: single.slug, answer: right(single), at }, { question: single2.slug, answer: wrong(single2), at }] };
    expect(await jsonOf(await importAs(cookie, log))).toEqual({ imported: 2, skipped: 0 });
    expect(await jsonOf(await importAs(cookie, log))).toEqual({ imported: 0, skipped: 2 });
    expect(await db.attempt.count({ where: { userId: user.id } })).toBe(2);
  });

  it.each([
    ["a forged score", (slug: string) => ({ attempts: [{ question: slug, answer: "zz", at: new Date().toISOString(), score: 100 }] })],
    ["a forged verdict", (slug: string) => ({ attempts: [{ question: slug, answer: "zz", at: new Date().toISOString(), verdict: "correct" }] })],
    ["an extra top-level key", (slug: string) => ({ attempts: [{ question: slug, answer: "a", at: new Date().toISOString() }], userId: "someone-else" })],
    ["a non-ISO date", (slug: string) => ({ attempts: [{ question: slug, answer: "a", at: "yesterday" }] })],
    ["too many attempts", (slug: string) => ({ attempts: Array.from({ length: MAX_IMPORT + 1 }, () => ({ question: slug, answer: "a", at: new Date().toISOString() })) })],
    ["a numeric question", () => ({ attempts: [{ question: 42, answer: "a", at: new Date().toISOString() }] })],
  ])("400 for %s; nothing imported", async (_name, make) => {
    const { user, cookie } = await makeUser(db);
    const res = await importAs(cookie, make(single.slug));
    expect(res.status).toBe(400);
    expect(await db.attempt.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("GET /api/v1/me/export", () => {
  it("JSON download with the account, attempts, cards, reviews and interviews, and no secrets", async () => {
    const { user, cookie } = await makeUser(db);
    await grade({ question: INTERVIEW, answer: PARTIAL_EN, locale: "en", timeTakenMs: 2000 }, cookie);
    await ratePOST(request("/api/v1/review/rate", { cookie, body: { question: single.slug, rating: 3, reps: 0, suggested: 2 } }), {});
    await createInterview(db, user, { topics: ["ports"], length: 5, locale: "en", timerSec: 90 });
    const res = await exportAs(cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="ports-sockets-lab-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.format).toBe("ports-sockets-lab/export@1");
    expect(data.account).toMatchObject({ email: user.email, timeZone: user.timeZone });
    expect(data.attempts).toHaveLength(1);
    expect(data.attempts[0]).toMatchObject({ question: INTERVIEW, answer: PARTIAL_EN, mode: "practice", timeTakenMs: 2000 });
    expect(data.attempts[0].keyPointsHit.length + data.attempts[0].keyPointsMissed.length).toBe(6);
    expect(data.cards).toHaveLength(1);
    expect(data.cards[0]).toMatchObject({ question: single.slug, reps: 1 });
    expect(data.reviews).toHaveLength(1);
    expect(data.reviews[0]).toMatchObject({ question: single.slug, rating: 3 });
    expect(data.interviews).toHaveLength(1);
    expect(data.interviews[0]).toMatchObject({ topics: ["ports"], length: 5, timerSec: 90, status: "active" });
    expect(data.interviews[0].turns).toHaveLength(1);
    expect(text).not.toMatch(/argon2|passwordHash|tokenVersion|shareToken/);
  });

  it("CSV download: every cell quoted, formula-like text defused, commas, quotes and newlines kept", async () => {
    const { cookie } = await makeUser(db);
    const answers = ["=cmd()", "+SUM(A1:A9)", "-2+3", "@import", "=1,2", 'a, b\nsaid "hi"', "  =1+1", "a;=cmd", "x,=1", "-3+cmd"];
    for (const answer of answers) expect((await grade({ question: INTERVIEW, answer, locale: "en" }, cookie)).status).toBe(200);
    const res = await exportAs(cookie, "csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/filename="ports-sockets-lab-attempts-\d{4}-\d{2}-\d{2}\.csv"/);
    const csv = await res.text();
    expect(csv.endsWith("\r\n")).toBe(true);
    const records = csv.split("\r\n").filter(Boolean);
    expect(records[0]).toBe('"at","question","mode","locale","score","verdict","time_taken_ms","key_points_hit","key_points_missed","misconceptions","answer"');
    expect(records).toHaveLength(answers.length + 1);
    for (const defused of ["'=cmd()", "'+SUM(A1:A9)", "'-2+3", "'@import", "'=1,2", "'  =1+1", "'a;=cmd", "'x,=1", "'-3+cmd"]) expect(csv).toContain(`,"${defused}"\r\n`);
    expect(csv).toContain(`,"a, b\nsaid ""hi"""\r\n`);
    // The app's own numbers stay numbers: the score column is quoted digits (no time was sent: empty).
    expect(records[1]).toMatch(/^"[^"]+","[^"]+","practice","en","\d+","\w+","",/);
    // No cell anywhere starts (after its quote) with a formula character unless it is defused.
    expect(csv).not.toMatch(/(^|,)"\s*[=+\-@]/m);
  });
});

describe("attempt history paging", () => {
  it("attempts stored at the same instant (imported with future dates, clamped to now) are never lost between pages", async () => {
    const { cookie } = await makeUser(db);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const older = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const attempts = [
      ...[0, 1, 2].map(() => ({ question: single.slug, answer: right(single), at: future })),
      { question: single.slug, answer: wrong(single), at: older(5) },
      { question: single.slug, answer: wrong(single), at: older(10) },
    ];
    expect(await jsonOf(await importAs(cookie, { attempts }))).toEqual({ imported: 5, skipped: 0 });
    const seen: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 5; i++) {
      const qs: string = before ? `&before=${encodeURIComponent(before)}` : "";
      const page = await jsonOf(await attemptsGET(request(`/api/v1/me/attempts?limit=2${qs}`, { cookie }), {}));
      seen.push(...page.items.map((r: { id: string }) => r.id));
      before = page.next;
      if (!before) break;
    }
    expect(before).toBeNull();
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});

describe("one learner's progress is never another's", () => {
  it("dashboard, attempt list and export of A contain none of B's data", async () => {
    const a = await makeUser(db);
    const b = await makeUser(db);
    const aIds: string[] = [];
    const bIds: string[] = [];
    for (const answer of ["A-only answer: accept() returns a new socket.", right(single)]) {
      const res = await grade({ question: answer.startsWith("A-") ? INTERVIEW : single.slug, answer, locale: "en" }, a.cookie);
      aIds.push(res.headers.get("x-attempt-id")!);
    }
    for (const answer of ["B-secret-marker-7781: the listening socket keeps listening.", wrong(single2)]) {
      const res = await grade({ question: answer.startsWith("B-") ? INTERVIEW : single2.slug, answer, locale: "en" }, b.cookie);
      bIds.push(res.headers.get("x-attempt-id")!);
    }
    await ratePOST(request("/api/v1/review/rate", { cookie: b.cookie, body: { question: single2.slug, rating: 1, reps: 0 } }), {});
    await createInterview(db, b.user, { topics: ["ports"], length: 5, locale: "en" });

    const dash = await dashboardOf(a.cookie);
    expect(dash.totals.attempts).toBe(2);
    expect(dash.totals.dueToday).toBe(0);
    expect(dash.recent.map((r: { id: string }) => r.id).sort()).toEqual([...aIds].sort());
    expect(JSON.stringify(dash)).not.toContain(single2.slug);

    const list = await jsonOf(await attemptsGET(request("/api/v1/me/attempts?limit=100", { cookie: a.cookie }), {}));
    expect(list.items.map((r: { id: string }) => r.id).sort()).toEqual([...aIds].sort());

    const exported = await (await exportAs(a.cookie)).text();
    const csv = await (await exportAs(a.cookie, "csv")).text();
    for (const text of [exported, csv]) {
      expect(text).not.toContain("B-secret-marker-7781");
      expect(text).not.toContain(b.user.email);
      expect(text).not.toContain(single2.slug);
      for (const id of bIds) expect(text).not.toContain(id);
    }
    const data = JSON.parse(exported);
    expect(data.attempts).toHaveLength(2);
    expect(data.cards).toEqual([]);
    expect(data.reviews).toEqual([]);
    expect(data.interviews).toEqual([]);

    // And B still sees exactly B's own.
    const bList = await jsonOf(await attemptsGET(request("/api/v1/me/attempts", { cookie: b.cookie }), {}));
    expect(bList.items.map((r: { id: string }) => r.id).sort()).toEqual([...bIds].sort());
  });

  it("the attempt list pages newest first", async () => {
    const { user, cookie } = await makeUser(db);
    const base = Date.now() - 10 * 60_000;
    const inputs = await Promise.all([0, 1, 2, 3, 4].map((i) => attemptAt(user, single.slug, i % 2 ? right(single) : wrong(single), new Date(base + i * 60_000))));
    const ids = await recordAttempts(db, user, inputs);
    const page1 = await jsonOf(await attemptsGET(request("/api/v1/me/attempts?limit=2", { cookie }), {}));
    expect(page1.items.map((r: { id: string }) => r.id)).toEqual([ids[4], ids[3]]);
    expect(page1.next).toBe(new Date(base + 3 * 60_000).toISOString());
    const page2 = await jsonOf(await attemptsGET(request(`/api/v1/me/attempts?limit=2&before=${encodeURIComponent(page1.next)}`, { cookie }), {}));
    expect(page2.items.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[1]]);
    const page3 = await jsonOf(await attemptsGET(request(`/api/v1/me/attempts?limit=2&before=${encodeURIComponent(page2.next)}`, { cookie }), {}));
    expect(page3.items.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
    expect(page3.next).toBeNull();
    expect((await attemptsGET(request("/api/v1/me/attempts?limit=0", { cookie }), {})).status).toBe(400);
    expect((await attemptsGET(request("/api/v1/me/attempts?userId=x", { cookie }), {})).status).toBe(400);
  });
});

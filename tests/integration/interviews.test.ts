/**
 * Mock interviews end to end: creation rules, follow-up questions on missed key points (never
 * deeper than two), one answer per turn, the clock, the report, share links — and that no one
 * can see or touch another learner's interview (always 404, never 403, so ids cannot be probed).
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as listGET, POST as createPOST } from "@/app/api/v1/interviews/route";
import { DELETE as interviewDELETE, GET as interviewGET } from "@/app/api/v1/interviews/[id]/route";
import { POST as answersPOST } from "@/app/api/v1/interviews/[id]/answers/route";
import { POST as finishPOST } from "@/app/api/v1/interviews/[id]/finish/route";
import { DELETE as shareDELETE, POST as sharePOST } from "@/app/api/v1/interviews/[id]/share/route";
import { GET as sharedGET } from "@/app/api/v1/shared/[token]/route";
import { db } from "@/lib/db";
import { answerTurn, createInterview, finishInterview, getInterview, keyPointPrompt } from "@/lib/dal/interviews";
import { MAX_DEPTH } from "@/lib/interview/engine";
import { loadContent } from "@/lib/content/load";
import type { QuestionFile } from "@/lib/content/schema";
import { deleteAccount } from "@/lib/dal/users";
import { makeUser } from "../support/session";
import { jsonOf, params, request } from "../support/http";

const bank = loadContent();
const content = new Map(bank.questions.map((q) => [q.slug, q]));
type InterviewQ = Extract<QuestionFile, { type: "interview" }>;
const INTERVIEW = "accept-returns-new-socket";
const POOR = "I am not sure.";
/** Hits every key point of accept-returns-new-socket except "returns-new-socket" (which no follow-up question probes). */
const ALL_BUT_NEW_SOCKET =
  "The listening socket stays and keeps accepting new connections. accept() takes one completed connection off the accept queue, and what it gives back is dedicated to that one client, so there is no bottleneck and many clients are served concurrently. It shares the same local port as the listener.";

const create = (cookie: string, body: unknown, headers: Record<string, string> = {}) => createPOST(request("/api/v1/interviews", { cookie, body, headers }), {});
const get = (cookie: string | undefined, id: string) => interviewGET(request(`/api/v1/interviews/${id}`, { cookie }), params({ id }));
const remove = (cookie: string, id: string) => interviewDELETE(request(`/api/v1/interviews/${id}`, { method: "DELETE", cookie }), params({ id }));
const answer = (cookie: string, id: string, body: unknown) => answersPOST(request(`/api/v1/interviews/${id}/answers`, { cookie, body }), params({ id }));
const finish = (cookie: string, id: string) => finishPOST(request(`/api/v1/interviews/${id}/finish`, { method: "POST", cookie }), params({ id }));
const share = (cookie: string, id: string) => sharePOST(request(`/api/v1/interviews/${id}/share`, { method: "POST", cookie }), params({ id }));
const revoke = (cookie: string, id: string) => shareDELETE(request(`/api/v1/interviews/${id}/share`, { method: "DELETE", cookie }), params({ id }));
const shared = (token: string, cookie?: string) => sharedGET(request(`/api/v1/shared/${encodeURIComponent(token)}`, { cookie }), params({ token }));

interface TurnLike {
  id: string;
  kind: "question" | "key-point";
  question: { slug: string; type: string; options: { key: string }[] };
}

/** A wrong (or empty-handed) answer of the right shape for the turn shown. */
function poorAnswer(turn: TurnLike): string | string[] {
  if (turn.kind === "key-point") return POOR;
  const q = content.get(turn.question.slug)!;
  switch (q.type) {
    case "interview":
      return POOR;
    case "single-choice":
      return q.choices.find((c) => !c.correct)!.id;
    case "multi-choice":
      return [q.choices.find((c) => !c.correct)!.id];
    case "true-false":
      return String(!q.answer);
    case "ordering":
      return [...q.items.map((i) => i.id)].reverse();
    case "short":
      return "no idea";
  }
}

async function newInterview(cookie: string, body: Record<string, unknown> = {}) {
  const res = await create(cookie, { topics: ["socket-api"], length: 5, locale: "en", ...body });
  expect(res.status).toBe(201);
  return jsonOf(res);
}

/** Puts accept-returns-new-socket first in an interview's plan, so that its follow-ups are known. */
async function startWithAccept(sessionId: string) {
  const accept = await db.question.findUniqueOrThrow({ where: { slug: INTERVIEW } });
  const s = await db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } });
  const plan = (JSON.parse(s.plan) as string[]).filter((x) => x !== INTERVIEW);
  await db.interviewSession.update({ where: { id: sessionId }, data: { plan: JSON.stringify([INTERVIEW, ...plan.slice(0, s.length - 1)]) } });
  await db.interviewTurn.updateMany({ where: { sessionId, position: 0 }, data: { questionId: accept.id } });
}

const turnsOf = (sessionId: string) => db.interviewTurn.findMany({ where: { sessionId }, orderBy: { position: "asc" }, include: { question: { select: { slug: true } } } });

describe("POST /api/v1/interviews", () => {
  it("creates an interview of interview questions from the chosen topic and asks the first one", async () => {
    const { user, cookie } = await makeUser(db);
    const dto = await newInterview(cookie);
    expect(dto).toMatchObject({ status: "active", locale: "en", length: 5, timerSec: null, topics: ["socket-api"], answeredMain: 0, report: null, share: null });
    expect(dto.current).toMatchObject({ position: 0, main: 0, depth: 0, kind: "question", deadline: null });
    expect(dto.current.question.topic.id).toBe("socket-api");
    expect(dto.current.question.prompt).toBe(content.get(dto.current.question.slug)!.prompt.en);
    const row = await db.interviewSession.findUniqueOrThrow({ where: { id: dto.id } });
    expect(row.userId).toBe(user.id);
    const plan = JSON.parse(row.plan) as string[];
    expect(plan).toHaveLength(5);
    expect(new Set(plan).size).toBe(5);
    expect(plan[0]).toBe(dto.current.question.slug);
    // socket-api has six interview questions: all five picks are interview questions of that topic.
    for (const slug of plan) expect(content.get(slug)).toMatchObject({ topic: "socket-api", type: "interview" });
    // The current turn never carries the answer key.
    expect(JSON.stringify(dto)).not.toMatch(/modelAnswer|"correct"|rubric|keyPoints|explanation/);
  });

  it("a timer gives the turn a deadline", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie, { timerSec: 90 });
    expect(dto.timerSec).toBe(90);
    expect(Date.parse(dto.current.deadline) - Date.parse(dto.current.askedAt)).toBe(90_000);
  });

  it("several topics together can make a longer interview", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie, { topics: ["related", "tcp-udp"], length: 15 });
    const plan = JSON.parse((await db.interviewSession.findUniqueOrThrow({ where: { id: dto.id } })).plan) as string[];
    expect(plan).toHaveLength(15);
    for (const slug of plan) expect(["related", "tcp-udp"]).toContain(content.get(slug)!.topic);
  });

  it("422 with a field error on length when the topics have too few questions", async () => {
    const { user, cookie } = await makeUser(db);
    const available = bank.questions.filter((q) => q.topic === "related").length;
    expect(available).toBeLessThan(15);
    const res = await create(cookie, { topics: ["related"], length: 15, locale: "ko" });
    expect(res.status).toBe(422);
    const err = await jsonOf(res);
    expect(err.error.code).toBe("unprocessable");
    expect(err.error.fieldErrors.length[0]).toContain(String(available));
    expect(err.error.fieldErrors.length[0]).toMatch(/[\uAC00-\uD7A3]/);
    expect(await db.interviewSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("400 with a field error on topics for an unknown topic", async () => {
    const { cookie } = await makeUser(db);
    const res = await create(cookie, { topics: ["ports", "no-such-topic"], length: 5, locale: "en" });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.fieldErrors.topics[0]).toContain("no-such-topic");
  });

  it.each([
    ["length 7", { length: 7 }],
    ["length as a string", { length: "5" }],
    ["timer 61 s", { timerSec: 61 }],
    ["no topics", { topics: [] }],
    ["a path as a topic", { topics: ["../../etc"] }],
    ["21 topics", { topics: Array.from({ length: 21 }, () => "ports") }],
    ["a user id", { userId: "someone-else" }],
    ["a plan", { plan: ["accept-returns-new-socket"] }],
    ["locale fr", { locale: "fr" }],
  ])("400 for %s; nothing created", async (_name, extra) => {
    const { user, cookie } = await makeUser(db);
    const res = await create(cookie, { topics: ["ports"], length: 5, locale: "en", ...extra });
    expect(res.status).toBe(400);
    expect(await db.interviewSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("400 when the locale is missing; lists only the learner's own interviews", async () => {
    const a = await makeUser(db);
    const b = await makeUser(db);
    expect((await create(a.cookie, { topics: ["ports"], length: 5 })).status).toBe(400);
    const mine = await newInterview(a.cookie);
    await newInterview(b.cookie);
    const list = await jsonOf(await listGET(request("/api/v1/interviews", { cookie: a.cookie }), {}));
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    expect(list.items[0]).toMatchObject({ status: "active", length: 5, score: null, topics: ["socket-api"], shared: false });
  });
});

describe("answering turns", () => {
  it("an incomplete answer gets a follow-up (depth 1) on a missed key point", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie);
    const main = content.get(dto.current.question.slug) as InterviewQ;
    const res = await answer(cookie, dto.id, { turn: dto.current.id, answer: POOR });
    expect(res.status).toBe(200);
    const out = await jsonOf(res);
    expect(out.next).toBe("follow-up");
    expect(out.overtime).toBe(false);
    expect(out.result).toMatchObject({ type: "interview", question: main.slug });
    const missed = out.result.keyPoints.filter((k: { hit: boolean }) => !k.hit).map((k: { id: string }) => k.id) as string[];
    expect(missed.length).toBeGreaterThan(0);
    expect(out.interview.current).toMatchObject({ position: 1, main: 0, depth: 1 });
    expect(out.interview.answeredMain).toBe(1);

    const [, followUp] = await turnsOf(dto.id);
    if (followUp!.keyPoint) {
      // "Explain this part": the same question, about one missed key point.
      expect(followUp!.question.slug).toBe(main.slug);
      expect(missed).toContain(followUp!.keyPoint);
      const label = main.rubric.keyPoints.find((k) => k.id === followUp!.keyPoint)!.label.en;
      expect(out.interview.current).toMatchObject({ kind: "key-point", question: { prompt: keyPointPrompt(label, "en"), type: "interview" } });
    } else {
      // The content's own follow-up question that probes a missed key point.
      const link = main.followUps.find((f) => f.slug === followUp!.question.slug);
      expect(link?.probes).toBeTruthy();
      expect(missed).toContain(link!.probes);
      expect(out.interview.current.kind).toBe("question");
    }
  });

  it("follow-ups target the most important missed key point; never deeper than two; a key-point follow-up has none of its own", async () => {
    const { user } = await makeUser(db);
    const { id } = await createInterview(db, user, { topics: ["socket-api"], length: 5, locale: "en" });
    await startWithAccept(id);
    let s = await getInterview(db, user, id);

    // Nothing right: the required key points come first; "returns-new-socket" has no follow-up question,
    // "listener-stays" is probed by one-port-many-sockets.
    expect((await answerTurn(db, user, id, { turn: s.current!.id, answer: POOR })).next).toBe("follow-up");
    s = await getInterview(db, user, id);
    expect(s.current).toMatchObject({ depth: 1, main: 0, kind: "question", question: { slug: "one-port-many-sockets" } });

    // Nothing right again: one more level (its first required key point's link goes back to an asked question, so the next one).
    expect((await answerTurn(db, user, id, { turn: s.current!.id, answer: POOR })).next).toBe("follow-up");
    s = await getInterview(db, user, id);
    expect(s.current).toMatchObject({ depth: 2, main: 0, kind: "question", question: { slug: "tcp-socket-identification" } });

    // At depth 2: no deeper, whatever the answer — the next main question.
    expect((await answerTurn(db, user, id, { turn: s.current!.id, answer: POOR })).next).toBe("question");
    s = await getInterview(db, user, id);
    expect(s.current).toMatchObject({ depth: 0, main: 1, kind: "question" });

    const turns = await turnsOf(id);
    expect(turns.map((t) => [t.main, t.depth])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
    ]);
    expect(Math.max(...turns.map((t) => t.depth))).toBeLessThanOrEqual(MAX_DEPTH);

    // A key-point follow-up: only "returns-new-socket" missed, and no question probes it.
    const second = await createInterview(db, user, { topics: ["socket-api"], length: 5, locale: "en" });
    await startWithAccept(second.id);
    s = await getInterview(db, user, second.id);
    const out = await answerTurn(db, user, second.id, { turn: s.current!.id, answer: ALL_BUT_NEW_SOCKET });
    expect(out.result.type === "interview" && out.result.keyPoints.filter((k) => !k.hit).map((k) => k.id)).toEqual(["returns-new-socket"]);
    expect(out.next).toBe("follow-up");
    s = await getInterview(db, user, second.id);
    const label = (content.get(INTERVIEW) as InterviewQ).rubric.keyPoints.find((k) => k.id === "returns-new-socket")!.label.en;
    expect(s.current).toMatchObject({ depth: 1, kind: "key-point", question: { slug: INTERVIEW, prompt: keyPointPrompt(label, "en") } });
    expect((await turnsOf(second.id))[1]!.keyPoint).toBe("returns-new-socket");
    // The follow-up is graded against that key point alone; a poor answer still moves on.
    const kp = await answerTurn(db, user, second.id, { turn: s.current!.id, answer: POOR });
    expect(kp.result.type === "interview" && kp.result.keyPoints.map((k) => k.id)).toEqual(["returns-new-socket"]);
    expect(kp.next).toBe("question");
    // Key-point follow-ups are not attempts of their own; whole questions are.
    expect(await db.attempt.count({ where: { userId: user.id, mode: "interview" } })).toBe(3 + 1);
  });

  it("a follow-up never asks a question the interview has planned as a main question: nothing is asked twice", async () => {
    const { user } = await makeUser(db);
    const { id } = await createInterview(db, user, { topics: ["socket-api"], length: 5, locale: "en" });
    await startWithAccept(id);
    // listen-backlog is the follow-up that probes "dequeues-completed"; make it the next main question.
    const s0 = await db.interviewSession.findUniqueOrThrow({ where: { id } });
    const rest = (JSON.parse(s0.plan) as string[]).filter((x) => x !== INTERVIEW && x !== "listen-backlog");
    await db.interviewSession.update({ where: { id }, data: { plan: JSON.stringify([INTERVIEW, "listen-backlog", ...rest].slice(0, 5)) } });
    // Both required key points, nothing else: the first missed optional one is "dequeues-completed".
    let s = await getInterview(db, user, id);
    const out = await answerTurn(db, user, id, { turn: s.current!.id, answer: "accept() returns a new socket, and the listening socket keeps listening." });
    const missed = out.result.type === "interview" ? out.result.keyPoints.filter((k) => !k.hit).map((k) => k.id) : [];
    expect(missed).toContain("dequeues-completed");
    expect(out.next).toBe("follow-up");
    s = await getInterview(db, user, id);
    expect(s.current!.depth).toBe(1);
    expect(s.current!.question.slug).not.toBe("listen-backlog");
    // Still a follow-up on a missed key point.
    const followUp = (await turnsOf(id))[1]!;
    const link = (content.get(INTERVIEW) as InterviewQ).followUps.find((f) => f.slug === followUp.question.slug);
    expect(followUp.keyPoint ? [followUp.keyPoint] : [link?.probes]).toEqual([expect.toBeOneOf(missed)]);
    // Answer everything badly to the end: no question is asked twice.
    for (let i = 0; i < 20 && s.status === "active"; i++) {
      await answerTurn(db, user, id, { turn: s.current!.id, answer: poorAnswer(s.current!) });
      s = await getInterview(db, user, id);
    }
    expect(s.status).toBe("finished");
    const asked = (await turnsOf(id)).filter((t) => !t.keyPoint).map((t) => t.question.slug);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("a whole interview answered badly through the API: every follow-up chain stops at depth 2 and the interview ends after five main questions", async () => {
    const { cookie } = await makeUser(db);
    let dto = await newInterview(cookie);
    const seen: { main: number; depth: number; next: string }[] = [];
    const questions: string[] = [];
    for (let i = 0; i < 5 * (MAX_DEPTH + 1) + 1 && dto.status === "active"; i++) {
      const turn = dto.current;
      const res = await answer(cookie, dto.id, { turn: turn.id, answer: poorAnswer(turn) });
      expect(res.status).toBe(200);
      const out = await jsonOf(res);
      seen.push({ main: turn.main, depth: turn.depth, next: out.next });
      if (turn.kind === "question") questions.push(turn.question.slug);
      if (turn.depth === MAX_DEPTH || turn.kind === "key-point") expect(out.next).not.toBe("follow-up");
      dto = out.interview;
    }
    expect(dto.status).toBe("finished");
    expect(Math.max(...seen.map((t) => t.depth))).toBeLessThanOrEqual(MAX_DEPTH);
    expect(new Set(seen.map((t) => t.main))).toEqual(new Set([0, 1, 2, 3, 4]));
    // Each main question was answered badly: each got at least one follow-up.
    for (let m = 0; m < 5; m++) expect(seen.filter((t) => t.main === m).length).toBeGreaterThan(1);
    expect(seen.at(-1)!.next).toBe("finished");
    expect(new Set(questions).size).toBe(questions.length); // no question asked twice
    expect(dto.report.mainQuestions).toBe(5);
    expect(dto.report.followUps).toBe(seen.length - 5);
    expect(dto.current).toBeNull();
  });

  it("answering a turn that is not the current one → 409; the stored answer is unchanged", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie);
    const first = dto.current.id;
    expect((await answer(cookie, dto.id, { turn: first, answer: ALL_BUT_NEW_SOCKET })).status).toBe(200);
    const before = await turnsOf(dto.id);
    const res = await answer(cookie, dto.id, { turn: first, answer: "a different answer" });
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).error.code).toBe("conflict");
    expect(await turnsOf(dto.id)).toEqual(before);
    expect(JSON.parse(before[0]!.answer!)).toBe(ALL_BUT_NEW_SOCKET);
  });

  it("a double submit of the same turn: one answer is stored, the other is a 409", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie);
    const results = await Promise.all([answer(cookie, dto.id, { turn: dto.current.id, answer: POOR }), answer(cookie, dto.id, { turn: dto.current.id, answer: ALL_BUT_NEW_SOCKET })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const turns = await turnsOf(dto.id);
    expect(turns).toHaveLength(2);
    expect(turns.filter((t) => t.answeredAt)).toHaveLength(1);
  });

  it("400 for a malformed answer or turn, 413 for a long answer, 404 for a turn of another interview; the turn stays open", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie);
    const other = await newInterview(cookie);
    const turn = dto.current.id;
    expect((await answer(cookie, dto.id, { turn, answer: POOR, score: 100 })).status).toBe(400);
    expect((await answer(cookie, dto.id, { turn: "../../x", answer: POOR })).status).toBe(400);
    expect((await answer(cookie, dto.id, { turn, answer: { $ne: null } })).status).toBe(400);
    expect((await answer(cookie, dto.id, { turn, answer: "x".repeat(5001) })).status).toBe(413);
    expect((await answer(cookie, dto.id, { turn: other.current.id, answer: POOR })).status).toBe(404);
    expect((await answer(cookie, "NOT-AN-ID", { turn, answer: POOR })).status).toBe(400);
    const turns = await turnsOf(dto.id);
    expect(turns).toHaveLength(1);
    expect(turns[0]!.answeredAt).toBeNull();
    expect((await turnsOf(other.id))[0]!.answeredAt).toBeNull();
  });

  it("an answer after the timer (plus grace) is over time: no follow-up, and 0 in the report", async () => {
    const { user } = await makeUser(db);
    const t0 = new Date("2030-05-01T10:00:00Z");
    const { id } = await createInterview(db, user, { topics: ["socket-api"], length: 5, locale: "en", timerSec: 60 }, t0);
    await startWithAccept(id);
    let s = await getInterview(db, user, id);
    expect(s.current!.deadline).toBe(new Date(t0.getTime() + 60_000).toISOString());

    const late = new Date(t0.getTime() + 2 * 60_000);
    const out = await answerTurn(db, user, id, { turn: s.current!.id, answer: ALL_BUT_NEW_SOCKET }, late);
    expect(out.overtime).toBe(true);
    expect(out.result.score).toBeGreaterThan(0); // graded as usual...
    expect(out.next).toBe("question"); // ...but no follow-up, although a key point was missed

    s = await getInterview(db, user, id);
    expect(s.current!.askedAt).toBe(late.toISOString());
    const inTime = await answerTurn(db, user, id, { turn: s.current!.id, answer: POOR }, new Date(late.getTime() + 64_000)); // within the 5 s grace
    expect(inTime.overtime).toBe(false);

    await finishInterview(db, user, id, new Date(late.getTime() + 5 * 60_000));
    const report = (await getInterview(db, user, id)).report!;
    const first = report.turns[0]!;
    expect(first).toMatchObject({ question: INTERVIEW, overtime: true, score: 0, verdict: "incorrect", timeTakenMs: 120_000 });
    expect(report.turns[1]).toMatchObject({ overtime: false, timeTakenMs: 64_000 });
    const mainScores = report.turns.filter((t) => t.depth === 0).map((t) => t.score);
    expect(report.score).toBe(Math.round(mainScores.reduce((a, b) => a + b, 0) / mainScores.length));
    expect((await db.interviewTurn.findFirstOrThrow({ where: { sessionId: id, position: 0 } })).overtime).toBe(true);
  });
});

describe("finish, report and share links", () => {
  async function finishedInterview(cookie: string) {
    const dto = await newInterview(cookie);
    await startWithAccept(dto.id);
    const first = (await jsonOf(await get(cookie, dto.id))).current;
    const a1 = await jsonOf(await answer(cookie, dto.id, { turn: first.id, answer: ALL_BUT_NEW_SOCKET }));
    const a2 = await jsonOf(await answer(cookie, dto.id, { turn: a1.interview.current.id, answer: POOR }));
    const res = await finish(cookie, dto.id);
    expect(res.status).toBe(200);
    return { id: dto.id as string, finished: await jsonOf(res), first: a1.result, followUp: a2.result, nextTurn: a2.interview.current };
  }

  it("finish: the report has per-question scores, missed key points, model answers, sandbox scenarios and flashcards; unanswered turns are dropped", async () => {
    const { user, cookie } = await makeUser(db);
    const { id, finished, first, nextTurn } = await finishedInterview(cookie);
    expect(finished).toMatchObject({ id, status: "finished", current: null, answeredMain: 1 });
    const report = finished.report;
    const accept = content.get(INTERVIEW) as InterviewQ;
    expect(report).toMatchObject({ id, locale: "en", mainQuestions: 1, followUps: 1, score: first.score });
    expect(report.turns).toHaveLength(2);
    const [main, follow] = report.turns;
    expect(main).toMatchObject({
      position: 0,
      depth: 0,
      kind: "question",
      question: INTERVIEW,
      type: "interview",
      prompt: accept.prompt.en,
      answer: ALL_BUT_NEW_SOCKET,
      score: first.score,
      verdict: first.verdict,
      overtime: false,
      modelAnswer: accept.modelAnswer.en,
    });
    expect(main.missed).toEqual([{ id: "returns-new-socket", label: accept.rubric.keyPoints[0]!.label.en, sandbox: "tcp-multi-client" }]);
    expect(follow).toMatchObject({ depth: 1, kind: "key-point", question: INTERVIEW, answer: POOR, score: 0, verdict: "incorrect" });
    expect(report.followUpScore).toBe(0);
    expect(report.sandbox).toContain("tcp-multi-client");
    expect([...report.sandbox].sort()).toEqual(report.sandbox);
    expect(report.flashcards).toEqual([{ slug: INTERVIEW, prompt: accept.prompt.en }]);
    // The question that was showing when the learner stopped is gone, not reported as 0.
    expect((await turnsOf(id)).map((t) => t.id)).not.toContain(nextTurn.id);
    const row = await db.interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "finished", score: first.score, userId: user.id });
    // Finishing again changes nothing; answering is over.
    const again = await jsonOf(await finish(cookie, id));
    expect(again.report).toEqual(report);
    expect((await answer(cookie, id, { turn: nextTurn.id, answer: POOR })).status).toBe(404);
    expect((await answer(cookie, id, { turn: (await turnsOf(id))[0]!.id, answer: POOR })).status).toBe(409);
  });

  it("share → token shown once; anyone can read the report without an account; revoke → the link is dead", async () => {
    const { cookie } = await makeUser(db);
    const { id, finished } = await finishedInterview(cookie);
    const res = await share(cookie, id);
    expect(res.status).toBe(201);
    const { token, path } = await jsonOf(res);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32,64}$/);
    expect(path).toBe(`/r/${token}`);
    // Only the token's SHA-256 is stored; the owner's view says the link works but cannot show it again.
    const row = await db.interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row.shareTokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const view = await jsonOf(await get(cookie, id));
    expect(view.share).toEqual({ sharedAt: expect.any(String) });
    expect(JSON.stringify(view)).not.toContain(token);
    expect((await jsonOf(await listGET(request("/api/v1/interviews", { cookie }), {}))).items[0]).toMatchObject({ id, shared: true });

    const pub = await shared(token);
    expect(pub.status).toBe(200);
    expect(pub.headers.get("cache-control")).toBe("no-store"); // a revoked link must not live on in a cache
    const report = await jsonOf(pub);
    expect(report).toEqual(finished.report);
    expect(JSON.stringify(report)).not.toMatch(/@example\.com|userId/);

    expect((await revoke(cookie, id)).status).toBe(204);
    const dead = await shared(token);
    expect(dead.status).toBe(404);
    expect((await jsonOf(dead)).error.code).toBe("not_found");
    expect((await jsonOf(await get(cookie, id))).share).toBeNull();
    // Sharing again makes a new link; the old one stays dead.
    const fresh = (await jsonOf(await share(cookie, id))).token;
    expect(fresh).not.toBe(token);
    expect((await shared(token)).status).toBe(404);
    expect((await shared(fresh)).status).toBe(200);
  });

  it("creating a new link replaces the old one: the lost link stops working, the new one works", async () => {
    const { cookie } = await makeUser(db);
    const { id } = await finishedInterview(cookie);
    const first = (await jsonOf(await share(cookie, id))).token;
    const second = (await jsonOf(await share(cookie, id))).token;
    expect(second).not.toBe(first);
    expect((await shared(first)).status).toBe(404);
    expect((await shared(second)).status).toBe(200);
    // A stored hash is not a token: presenting the hash itself finds nothing.
    const { shareTokenHash } = await db.interviewSession.findUniqueOrThrow({ where: { id } });
    expect((await shared(shareTokenHash!)).status).toBe(404);
  });

  it("finishing before any answer: an empty report with no score, not a 0", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie);
    const done = await jsonOf(await finish(cookie, dto.id));
    expect(done).toMatchObject({ status: "finished", current: null, answeredMain: 0 });
    expect(done.report).toMatchObject({ score: null, followUpScore: null, mainQuestions: 0, followUps: 0, turns: [], sandbox: [], flashcards: [] });
    const list = await jsonOf(await listGET(request("/api/v1/interviews", { cookie }), {}));
    expect(list.items[0]).toMatchObject({ id: dto.id, status: "finished", score: null });
  });

  it("deleting the account kills its share links", async () => {
    const { user, password, cookie } = await makeUser(db);
    const { id } = await finishedInterview(cookie);
    const { token } = await jsonOf(await share(cookie, id));
    expect((await shared(token)).status).toBe(200);
    await deleteAccount(db, user, password, "en");
    expect((await shared(token)).status).toBe(404);
  });

  it("only a finished interview can be shared", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie);
    expect((await share(cookie, dto.id)).status).toBe(409);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: dto.id } })).shareTokenHash).toBeNull();
  });

  it("a random well-formed token → 404; a malformed one → 400", async () => {
    expect((await shared("A".repeat(32))).status).toBe(404);
    expect((await shared("abcdefghijklmnopqrstuvwxyz_-0123456789ABCD")).status).toBe(404);
    for (const bad of ["short", "../../etc/passwd-aaaaaaaaaaaaaaaaaaaaaaaaaa", "a".repeat(65), `${"a".repeat(31)}=`, `${"a".repeat(32)} OR 1=1`]) {
      expect((await shared(bad)).status, bad).toBe(400);
    }
  });

  it("DELETE removes the interview and its turns", async () => {
    const { cookie } = await makeUser(db);
    const dto = await newInterview(cookie);
    expect((await remove(cookie, dto.id)).status).toBe(204);
    expect((await get(cookie, dto.id)).status).toBe(404);
    expect(await db.interviewTurn.count({ where: { sessionId: dto.id } })).toBe(0);
    expect((await remove(cookie, dto.id)).status).toBe(404);
  });
});

describe("one learner's interviews are never another's", () => {
  it("A gets 404 (never 403 or 200) for everything on B's interview, and B's data is unchanged", async () => {
    const a = await makeUser(db);
    const b = await makeUser(db);
    // B: one finished and shared interview, one in progress.
    const done = await newInterview(b.cookie);
    await answer(b.cookie, done.id, { turn: done.current.id, answer: POOR });
    await finish(b.cookie, done.id);
    const { token } = await jsonOf(await share(b.cookie, done.id));
    const active = await newInterview(b.cookie);
    const snapshot = async () => ({
      sessions: await db.interviewSession.findMany({ where: { userId: b.user.id }, orderBy: { id: "asc" } }),
      turns: await db.interviewTurn.findMany({ where: { sessionId: { in: [done.id, active.id] } }, orderBy: { id: "asc" } }),
    });
    const before = await snapshot();

    const notFound = await jsonOf(await get(a.cookie, "clnotarealinterview000000"));
    const attempts: [string, Response][] = [
      ["GET", await get(a.cookie, done.id)],
      ["GET active", await get(a.cookie, active.id)],
      ["DELETE", await remove(a.cookie, done.id)],
      ["answer", await answer(a.cookie, active.id, { turn: active.current.id, answer: POOR })],
      ["finish", await finish(a.cookie, active.id)],
      ["share", await share(a.cookie, done.id)],
      ["revoke", await revoke(a.cookie, done.id)],
    ];
    for (const [label, res] of attempts) {
      expect(res.status, label).toBe(404);
      expect(await jsonOf(res), label).toEqual(notFound); // indistinguishable from an id that does not exist
    }
    // A's own interview cannot be used to answer B's turn either.
    const mine = await newInterview(a.cookie);
    expect((await answer(a.cookie, mine.id, { turn: active.current.id, answer: POOR })).status).toBe(404);

    expect(await snapshot()).toEqual(before);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: done.id } })).shareTokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect((await shared(token)).status).toBe(200);
    const aList = await jsonOf(await listGET(request("/api/v1/interviews", { cookie: a.cookie }), {}));
    expect(aList.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    // B still has full access.
    expect((await get(b.cookie, active.id)).status).toBe(200);
  });

  it("GET without a session → 401 even with a real id; a malformed id → 400", async () => {
    const b = await makeUser(db);
    const dto = await newInterview(b.cookie);
    expect((await get(undefined, dto.id)).status).toBe(401);
    expect((await get(b.cookie, "../../etc")).status).toBe(400);
    expect((await get(b.cookie, "X".repeat(25))).status).toBe(400);
  });
});

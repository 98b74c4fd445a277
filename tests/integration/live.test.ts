/**
 * Live class quizzes end to end through the route handlers, on this file's own seeded SQLite
 * copy: hosting and joining, the host walking lobby → question → reveal → leaderboard → ended,
 * what each screen is sent (never the answer before the reveal), server-side scoring and
 * clock, idempotent answers, hostile joins, authorisation, kicks, reconnects and restarts,
 * the event stream, and results with their CSV export.
 *
 * Runtimes and the join limiter are process-global: every test hosts its own session and
 * joins from its own client address (the last X-Forwarded-For hop).
 */
import { env } from "@/lib/env";
import { liveStreamCaps } from "@/app/api/v1/live/sessions/[id]/events/route";
import { loadContent } from "@/lib/content/load";
import { clientHeaders } from "@/lib/http/client";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as quizzesPOST } from "@/app/api/v1/quizzes/route";
import { GET as sessionsGET, POST as sessionsPOST } from "@/app/api/v1/live/sessions/route";
import { POST as answersPOST } from "@/app/api/v1/live/sessions/[id]/answers/route";
import { GET as eventsGET } from "@/app/api/v1/live/sessions/[id]/events/route";
import { POST as controlPOST } from "@/app/api/v1/live/sessions/[id]/control/route";
import { GET as resultsGET } from "@/app/api/v1/live/sessions/[id]/results/route";
import { GET as stateGET } from "@/app/api/v1/live/sessions/[id]/state/route";
import { POST as joinPOST } from "@/app/api/v1/live/join/route";
import { GET as attemptsGET } from "@/app/api/v1/me/attempts/route";
import { POST as gradePOST } from "@/app/api/v1/grade/route";
import { db } from "@/lib/db";
import { channelOf, runtimeById, submitAnswer, type Runtime } from "@/lib/dal/live";
import { ANSWER_GRACE_MS } from "@/lib/live/machine";
import { bus } from "@/lib/realtime/bus";
import { makeUser } from "../support/session";
import { cookies, jsonOf, params, request } from "../support/http";

// ------------------------------------------------------------------ the quiz used throughout

const SC = "accept-returns"; // single-choice: "a" is right
const TF = "accept-does-handshake"; // true-false: false
const ORD = "client-call-order"; // ordering
const SHORT = "dns-default-port"; // short: 53
const RIGHT: Record<string, string | string[]> = {
  [SC]: "a",
  [TF]: "false",
  [ORD]: ["socket", "connect", "send", "recv", "close"],
  [SHORT]: "53",
};
const WRONG: Record<string, string | string[]> = {
  [SC]: "b",
  [TF]: "true",
  [ORD]: ["close", "recv", "send", "connect", "socket"],
  [SHORT]: "80",
};
const FOUR = [SC, TF, ORD, SHORT];
const item = (question: string, timeLimitSec = 20, points = 1000) => ({ question, timeLimitSec, points });

const runtimes = (globalThis as unknown as { __liveRuntimes: Map<string, Runtime> }).__liveRuntimes;

// ------------------------------------------------------------------ helpers

let ipSeq = 0;
/** A client address of its own (the join limiter is per address). */
function newIp(): string {
  ipSeq++;
  return `10.77.${(ipSeq >> 8) & 255}.${ipSeq & 255}`;
}
const aid = () => randomUUID().replace(/-/g, "");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function teacher() {
  const u = await makeUser(db);
  await db.user.update({ where: { id: u.user.id }, data: { role: "teacher" } });
  return u;
}

async function makeQuiz(cookie: string, slugs: (string | ReturnType<typeof item>)[], title = "Sockets 101"): Promise<string> {
  const res = await quizzesPOST(request("/api/v1/quizzes", { cookie, body: { title, items: slugs.map((s) => (typeof s === "string" ? item(s) : s)) } }), {});
  expect(res.status).toBe(201);
  return (await jsonOf(res)).id;
}

const createSession = (cookie: string | undefined, body: unknown) => sessionsPOST(request("/api/v1/live/sessions", { cookie, body }), {});

/** A teacher hosting a fresh session of a new quiz. */
async function hosted(slugs: (string | ReturnType<typeof item>)[] = FOUR) {
  const host = await teacher();
  const quizId = await makeQuiz(host.cookie, slugs);
  const res = await createSession(host.cookie, { quiz: quizId, locale: "en" });
  expect(res.status).toBe(201);
  const s = (await jsonOf(res)) as { id: string; code: string };
  return { host, quizId, id: s.id, code: s.code, ip: newIp() };
}

const join = (code: unknown, nickname: unknown, ip: string, cookie?: string) =>
  joinPOST(request("/api/v1/live/join", { body: { code, nickname }, cookie, headers: { ...clientHeaders(ip), "x-forwarded-for": "198.51.100.7" } }), {});

interface Joined {
  playerId: string;
  sessionId: string;
  /** The cookie header a browser sends back. */
  cookie: string;
}

async function joinOk(code: string, nickname: string, ip: string, sessionCookie?: string): Promise<Joined> {
  const res = await join(code, nickname, ip, sessionCookie);
  expect(res.status, await res.clone().text()).toBe(201);
  const body = await jsonOf(res);
  const set = res.headers.get("set-cookie") ?? "";
  const m = /^(psl_live_[a-z0-9]+)=([^;]+);/.exec(set);
  expect(m, set).not.toBeNull();
  expect(m![1]).toBe(`psl_live_${body.sessionId}`);
  expect(set).toMatch(/HttpOnly/);
  return { playerId: body.playerId, sessionId: body.sessionId, cookie: `${m![1]}=${m![2]}` };
}

const control = (cookie: string | undefined, id: string, body: unknown) => controlPOST(request(`/api/v1/live/sessions/${id}/control`, { cookie, body }), params({ id }));
async function controlOk(cookie: string, id: string, body: unknown) {
  const res = await control(cookie, id, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return jsonOf(res);
}

const state = (cookie: string | undefined, id: string, host = false) => stateGET(request(`/api/v1/live/sessions/${id}/state${host ? "?role=host" : ""}`, { cookie }), params({ id }));
async function hostState(cookie: string, id: string) {
  const res = await state(cookie, id, true);
  expect(res.status).toBe(200);
  return jsonOf(res);
}
/** The player's view, parsed and as the raw JSON text. */
async function playerState(cookie: string, id: string) {
  const res = await state(cookie, id);
  expect(res.status).toBe(200);
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { text, json: JSON.parse(text) as any };
}

const answer = (cookie: string | undefined, id: string, body: unknown) => answersPOST(request(`/api/v1/live/sessions/${id}/answers`, { cookie, body }), params({ id }));
/** The bank's questions: the live view never names them, so tests find them by prompt. */
const BANK = loadContent().questions;
const promptOf = (slug: string) => BANK.find((q) => q.slug === slug)!.prompt.en;

/**
 * An answer written in the bank's option keys ("a", "socket"…), as this player must send it:
 * live questions show their choices under per-session keys, in a per-session order.
 */
async function inShownKeys(cookie: string, id: string, value: string | string[]): Promise<string | string[]> {
  const view = (await playerState(cookie, id)).json as { question: { prompt: string; options: { key: string; text: string }[] } | null };
  const q = view.question && BANK.find((b) => b.prompt.en === view.question!.prompt);
  const opts = q && "choices" in q ? q.choices : q && "items" in q ? q.items : undefined;
  if (!opts) return value;
  const map = (k: string) => {
    const text = opts.find((o) => o.id === k)?.text.en;
    return view.question!.options.find((o) => o.text === text)?.key ?? k;
  };
  return typeof value === "string" ? map(value) : value.map(map);
}

async function answerOk(cookie: string, id: string, index: number, value: string | string[], answerId = aid()) {
  const res = await answer(cookie, id, { answerId, index, answer: await inShownKeys(cookie, id, value) });
  expect(res.status, await res.clone().text()).toBe(200);
  expect(await jsonOf(res)).toEqual({ accepted: true, answerId, index });
  return answerId;
}

const results = (cookie: string | undefined, id: string, query = "") => resultsGET(request(`/api/v1/live/sessions/${id}/results${query}`, { cookie }), params({ id }));
const events = (cookie: string | undefined, id: string, opts: { host?: boolean; lastEventId?: number } = {}) =>
  eventsGET(request(`/api/v1/live/sessions/${id}/events${opts.host ? "?role=host" : ""}`, { cookie, headers: opts.lastEventId !== undefined ? { "last-event-id": String(opts.lastEventId) } : {} }), params({ id }));

/** Waits (briefly) until `check` holds. */
async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 2000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (check(v) || Date.now() > until) return v;
    await sleep(25);
  }
}

/** An active session code that no session uses (000000 unless, by a one-in-a-million chance, it is taken). */
async function unusedCode(): Promise<string> {
  for (let n = 0; ; n++) {
    const code = String(n * 7919).padStart(6, "0").slice(-6);
    if (!(await db.liveSession.findFirst({ where: { code, active: true } }))) return code;
  }
}

// ------------------------------------------------------------------ SSE reading

interface SseEvent {
  event: string;
  id?: string;
  data: string;
}

/** Reads a text/event-stream body event by event, with timeouts (the stream never ends by itself). */
function sseReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  let done = false;
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  const queue: SseEvent[] = [];
  const raw: string[] = [];

  function parse() {
    let i: number;
    while ((i = buf.indexOf("\n\n")) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      raw.push(block);
      const ev: SseEvent = { event: "", data: "" };
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const k = colon < 0 ? line : line.slice(0, colon);
        const v = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (k === "event") ev.event = v;
        else if (k === "id") ev.id = v;
        else if (k === "data") ev.data += v;
      }
      if (ev.event) queue.push(ev);
    }
  }

  return {
    raw,
    /** The next named event, or null after `timeoutMs` (or when the stream ended). */
    async next(timeoutMs = 2000): Promise<SseEvent | null> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        parse();
        if (queue.length) return queue.shift()!;
        if (done) return null;
        const left = until - Date.now();
        if (left <= 0) return null;
        pending ??= reader.read();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const r = await Promise.race([pending, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), left)))]);
        clearTimeout(timer);
        if (r === null) return null;
        pending = null;
        if (r.done) done = true;
        else buf += decoder.decode(r.value, { stream: true });
      }
    },
    ended: () => done,
    async close() {
      await reader.cancel();
    },
  };
}

// ------------------------------------------------------------------ 2. lifecycle

describe("a live session through the API", () => {
  it("host walks lobby → question → reveal → leaderboard → next → … → ended; players follow", async () => {
    const s = await hosted();
    expect(s.code).toMatch(/^\d{6}$/);

    const alice = await joinOk(s.code, "Alice", s.ip);
    const bob = await joinOk(s.code, "Bob", s.ip);
    const carol = await joinOk(s.code, "Carol", s.ip); // never answers: the host closes each question
    expect(alice.sessionId).toBe(s.id);

    // Lobby.
    let h = await hostState(s.host.cookie, s.id);
    expect(h.state).toMatchObject({ phase: "lobby", index: -1, locked: false });
    expect(h.session).toMatchObject({ id: s.id, code: s.code, title: "Sockets 101", locale: "en", total: 4 });
    expect(h.roster.map((r: { nickname: string }) => r.nickname).sort()).toEqual(["Alice", "Bob", "Carol"]);
    expect(h.question).toBeNull();
    let p = (await playerState(alice.cookie, s.id)).json;
    expect(p.state.phase).toBe("lobby");
    expect(p.me).toMatchObject({ id: alice.playerId, nickname: "Alice", score: 0, answered: false, result: null });
    expect(p.players).toBe(3);

    // Out of order: nothing to reveal in the lobby.
    const early = await control(s.host.cookie, s.id, { command: "leaderboard" });
    expect(early.status).toBe(409);
    expect((await jsonOf(early)).error.fieldErrors.command).toEqual(["wrong-phase"]);

    const expectedScore = { alice: 0, bob: 0 };
    for (let index = 0; index < FOUR.length; index++) {
      const slug = FOUR[index]!;
      const before = (await hostState(s.host.cookie, s.id)).state.version;
      h = await controlOk(s.host.cookie, s.id, { command: index === 0 ? "start" : "next" });
      expect(h.state).toMatchObject({ phase: "question", index });
      expect(h.state.version).toBeGreaterThan(before);
      expect(h.state.endsAt - h.state.startedAt).toBe(20_000);
      expect(h.question.prompt).toBe(promptOf(slug));
      expect(h.question).not.toHaveProperty("slug");
      expect(h.answered).toBe(0);

      p = (await playerState(bob.cookie, s.id)).json;
      expect(p.state).toMatchObject({ phase: "question", index, version: h.state.version });
      expect(p.question.prompt).toBe(promptOf(slug));
      expect(Object.keys(p.question).sort()).toEqual(["locale", "options", "prompt", "type"]);
      expect(p.item).toEqual({ timeLimitSec: 20, points: 1000 });
      expect(p.reveal).toBeNull();
      expect(p.leaderboard).toEqual([]);

      await answerOk(alice.cookie, s.id, index, RIGHT[slug]!);
      await answerOk(bob.cookie, s.id, index, WRONG[slug]!);
      h = await hostState(s.host.cookie, s.id);
      expect(h.answered).toBe(2);
      expect(h.roster.find((r: { nickname: string }) => r.nickname === "Carol").answered).toBe(false);
      expect(h.state.phase).toBe("question"); // Carol has not answered: still open

      h = await controlOk(s.host.cookie, s.id, { command: "reveal" });
      expect(h.state.phase).toBe("reveal");
      expect(h.reveal.answered).toBe(2);

      const pa = (await playerState(alice.cookie, s.id)).json;
      const pb = (await playerState(bob.cookie, s.id)).json;
      const pc = (await playerState(carol.cookie, s.id)).json;
      expect(pa.state.phase).toBe("reveal");
      expect(pa.reveal).not.toBeNull();
      expect(pa.me.result.correct).toBe(true);
      // Quick and right: close to the item's full points (linear decay over 20 s).
      expect(pa.me.result.points).toBeGreaterThanOrEqual(950);
      expect(pa.me.result.points).toBeLessThanOrEqual(1000);
      expect(pb.me.result.correct).toBe(false);
      expect(pb.me.result.points).toBe(0); // wrong earns nothing, partial credit or not
      expect(pc.me).toMatchObject({ answered: false, result: { correct: false, points: 0 } });
      expectedScore.alice += pa.me.result.points;
      expectedScore.bob += pb.me.result.points;
      expect(pa.me.score).toBe(expectedScore.alice);
      expect(pb.me.score).toBe(expectedScore.bob);

      if (index % 2 === 0) {
        h = await controlOk(s.host.cookie, s.id, { command: "leaderboard" });
        expect(h.state.phase).toBe("leaderboard");
        const lb = (await playerState(carol.cookie, s.id)).json;
        expect(lb.state.phase).toBe("leaderboard");
        expect(lb.leaderboard[0]).toMatchObject({ playerId: alice.playerId, nickname: "Alice", score: expectedScore.alice, rank: 1 });
        expect(lb.leaderboard).toHaveLength(3);
      }
    }

    // The last "next" ends the quiz.
    h = await controlOk(s.host.cookie, s.id, { command: "next" });
    expect(h.state.phase).toBe("ended");
    const final = (await playerState(alice.cookie, s.id)).json;
    expect(final.state.phase).toBe("ended");
    expect(final.me).toMatchObject({ score: expectedScore.alice, rank: 1 });
    expect(final.leaderboard.map((r: { nickname: string; score: number; rank: number }) => [r.nickname, r.score, r.rank])).toEqual(
      expectedScore.bob > 0
        ? [["Alice", expectedScore.alice, 1], ["Bob", expectedScore.bob, 2], ["Carol", 0, 3]]
        : [["Alice", expectedScore.alice, 1], ["Bob", 0, 2], ["Carol", 0, 2]],
    );
    // Stored: the database agrees with what the screens showed.
    const rows = await db.livePlayer.findMany({ where: { sessionId: s.id }, orderBy: [{ score: "desc" }, { nickname: "asc" }] });
    expect(rows.map((r) => [r.nickname, r.score])).toEqual([["Alice", expectedScore.alice], ["Bob", expectedScore.bob], ["Carol", 0]]);
    expect(await db.liveAnswer.count({ where: { sessionId: s.id } })).toBe(8);
    const session = await db.liveSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(session.active).toBe(false);
    expect(session.endedAt).not.toBeNull();

    // Nothing more to do once ended; nobody new gets in.
    expect((await control(s.host.cookie, s.id, { command: "next" })).status).toBe(409);
    expect((await join(s.code, "Dave", s.ip)).status).toBe(404);
    // The host's list shows the session as ended, with its players.
    const list = await jsonOf(await sessionsGET(request("/api/v1/live/sessions", { cookie: s.host.cookie }), {}));
    expect(list.items).toEqual([expect.objectContaining({ id: s.id, code: s.code, phase: "ended", players: 3 })]);
  });

  it("closes the question as soon as everyone still in has answered", async () => {
    const s = await hosted([SC, TF]);
    const a = await joinOk(s.code, "Ann", s.ip);
    const b = await joinOk(s.code, "Ben", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    await answerOk(a.cookie, s.id, 0, "a");
    expect((await hostState(s.host.cookie, s.id)).state.phase).toBe("question");
    await answerOk(b.cookie, s.id, 0, "c");
    const h = await eventually(() => hostState(s.host.cookie, s.id), (v) => v.state.phase === "reveal");
    expect(h.state.phase).toBe("reveal");
    const label = (k: string) => (BANK.find((q) => q.slug === SC) as { choices: { id: string; text: { en: string } }[] }).choices.find((o) => o.id === k)!.text.en;
    expect(h.reveal.distribution.find((d: { label: string }) => d.label === label("a"))).toMatchObject({ count: 1, correct: true });
    expect(h.reveal.distribution.find((d: { label: string }) => d.label === label("c"))).toMatchObject({ count: 1, correct: false });
  });

  it("the server's clock closes a question; an answer arriving within the grace period after the deadline still counts (half points)", async () => {
    const s = await hosted([item(SC, 5, 1000)]);
    const a = await joinOk(s.code, "Early", s.ip);
    const b = await joinOk(s.code, "Late", s.ip);
    const h = await controlOk(s.host.cookie, s.id, { command: "start" });
    const endsAt: number = h.state.endsAt;
    expect(endsAt - h.state.startedAt).toBe(5000);

    // Sent in time, arrives 200 ms after the deadline: network slack, still accepted.
    await sleep(Math.max(0, endsAt + 200 - Date.now()));
    await answerOk(a.cookie, s.id, 0, "a");
    const row = await db.liveAnswer.findFirstOrThrow({ where: { playerId: a.playerId } });
    expect(row.points).toBe(500);
    expect(row.elapsedMs).toBe(5000);

    // No host action: the server reveals once the grace period is over.
    const after = await eventually(() => hostState(s.host.cookie, s.id), (v) => v.state.phase === "reveal", 2000);
    expect(after.state.phase).toBe("reveal");
    expect(Date.now()).toBeGreaterThanOrEqual(endsAt + ANSWER_GRACE_MS);
    const late = await answer(b.cookie, s.id, { answerId: aid(), index: 0, answer: "a" });
    expect(late.status).toBe(409);
    expect((await jsonOf(late)).error.fieldErrors.index).toEqual(["late"]);
  }, 15_000);
});

// ------------------------------------------------------------------ 3. no answer before the reveal

describe("the correct answer never reaches students before the reveal", () => {
  it("question-phase views carry no answer key, no correctness and no score change; the reveal then does", async () => {
    const s = await hosted();
    const right = await joinOk(s.code, "Righty", s.ip);
    const wrong = await joinOk(s.code, "Wrongy", s.ip);
    await joinOk(s.code, "Idle", s.ip); // keeps each question open
    await controlOk(s.host.cookie, s.id, { command: "start" });

    const scores = { right: 0, wrong: 0 };
    for (let index = 0; index < FOUR.length; index++) {
      const slug = FOUR[index]!;
      if (index > 0) await controlOk(s.host.cookie, s.id, { command: "next" });
      const check = (v: { text: string; json: Record<string, unknown> & { me: Record<string, unknown> } }) => {
        expect(v.json.reveal).toBeNull();
        expect(v.json.me.result).toBeNull();
        expect(v.text).not.toMatch(/"correct"|correctAnswer|"accepted"|modelAnswer|explanation|"reveal":\{|rubric|keyPoints/);
        const q = v.json.question as { prompt: string; options: Record<string, unknown>[] };
        expect(q.prompt).toBe(promptOf(slug));
        expect(v.text).not.toContain(slug);
        for (const o of q.options) expect(Object.keys(o).sort()).toEqual(["key", "text"]);
        if (slug === SHORT) expect(v.text).not.toMatch(/\b53\b/);
        if (slug === ORD) expect(q.options.map((o) => o.key)).not.toEqual(RIGHT[ORD]);
      };
      const fresh = await playerState(right.cookie, s.id);
      const freshWrong = await playerState(wrong.cookie, s.id);
      check(fresh);
      expect(fresh.json.me.score).toBe(scores.right);

      await answerOk(right.cookie, s.id, index, RIGHT[slug]!);
      await answerOk(wrong.cookie, s.id, index, WRONG[slug]!);
      const r = await playerState(right.cookie, s.id);
      const w = await playerState(wrong.cookie, s.id);
      check(r);
      check(w);
      expect(r.json.me.answered).toBe(true);
      // Right and wrong look the same until the reveal (no peeking at a neighbour's screen):
      // the score and rank do not move while the question is open.
      const strip = (v: { json: { me: Record<string, unknown> } }) => ({ ...v.json, me: { ...v.json.me, id: "", nickname: "", score: 0, rank: 0 } });
      expect(strip(r)).toEqual(strip(w));
      if (index === 0) expect(r.json.me).toMatchObject({ score: 0, rank: w.json.me.rank });
      expect([r.json.me.score, r.json.me.rank]).toEqual([scores.right, fresh.json.me.rank]);
      expect([w.json.me.score, w.json.me.rank]).toEqual([scores.wrong, freshWrong.json.me.rank]);

      await controlOk(s.host.cookie, s.id, { command: "reveal" });
      const after = await playerState(right.cookie, s.id);
      expect(after.json.reveal).not.toBeNull();
      expect(after.json.me.result.correct).toBe(true);
      expect(after.json.me.score).toBeGreaterThan(scores.right);
      scores.right = after.json.me.score;
      scores.wrong = (await playerState(wrong.cookie, s.id)).json.me.score;
      const c = after.json.reveal.correct;
      // The reveal speaks in the keys the players saw.
      if (slug === SC) {
        const shown = await inShownKeys(right.cookie, s.id, "a");
        expect(c).toEqual({ kind: "choices", options: [{ key: shown, text: expect.any(String) }] });
        expect(after.json.reveal.distribution.filter((d: { correct: boolean }) => d.correct).map((d: { key: string }) => d.key)).toEqual([shown]);
      }
      if (slug === TF) expect(c).toEqual({ kind: "boolean", value: false });
      if (slug === ORD) expect(c.options.map((o: { key: string }) => o.key)).toEqual(await inShownKeys(right.cookie, s.id, RIGHT[ORD]!));
      if (slug === SHORT) {
        expect(c).toMatchObject({ kind: "text", value: "53" });
        expect(after.text).toMatch(/"53"/);
      }
    }
  });
});

// ------------------------------------------------------------------ 4. scoring

describe("scoring: the server decides the time", () => {
  it("decays linearly from full to half points at the deadline; 500 ms grace; later answers are refused; wrong answers earn nothing", async () => {
    const s = await hosted([item(SC, 20, 1000)]);
    const names = ["Instant", "Halfway", "Deadline", "Grace", "TooLate", "Wrong", "Silent"];
    const joined = new Map<string, Joined>();
    for (const n of names) joined.set(n, await joinOk(s.code, n, s.ip));
    await controlOk(s.host.cookie, s.id, { command: "start" });
    const rt = (await runtimeById(db, s.id))!;
    const { startedAt, endsAt } = rt.state as { startedAt: number; endsAt: number };
    const player = (n: string) => rt.players.get(joined.get(n)!.playerId)!;
    // Players answer in the session's keys: the bank's "a" is shown under some kN.
    const shown = (bank: string) => [...rt.keyMaps[0]!.entries()].find(([, b]) => b === bank)![0];
    const submit = (n: string, value: string, now: number) => submitAnswer(db, rt, player(n), { answerId: aid(), index: 0, answer: shown(value) }, "en", now);

    await submit("Instant", "a", startedAt);
    await submit("Halfway", "a", startedAt + 10_000);
    await submit("Deadline", "a", endsAt);
    await submit("Grace", "a", endsAt + ANSWER_GRACE_MS);
    await expect(submit("TooLate", "a", endsAt + ANSWER_GRACE_MS + 1)).rejects.toMatchObject({ code: "conflict", fieldErrors: { index: ["late"] } });
    await submit("Wrong", "b", startedAt + 1000);

    const stored = await db.liveAnswer.findMany({ where: { sessionId: s.id }, include: { player: true } });
    const pts = Object.fromEntries(stored.map((a) => [a.player.nickname, a.points]));
    expect(pts).toEqual({ Instant: 1000, Halfway: 750, Deadline: 500, Grace: 500, Wrong: 0 });
    expect(stored.find((a) => a.player.nickname === "Grace")!.elapsedMs).toBe(20_000);

    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    await controlOk(s.host.cookie, s.id, { command: "leaderboard" });
    const v = (await playerState(joined.get("Grace")!.cookie, s.id)).json;
    expect(v.leaderboard.map((r: { nickname: string; score: number; rank: number }) => [r.nickname, r.score, r.rank])).toEqual([
      ["Instant", 1000, 1],
      ["Halfway", 750, 2],
      ["Deadline", 500, 3],
      ["Grace", 500, 3],
      ["Silent", 0, 5],
      ["TooLate", 0, 5],
      ["Wrong", 0, 5],
    ]);
    expect(v.me).toMatchObject({ score: 500, rank: 3, result: { correct: true, points: 500 } });
    const w = (await playerState(joined.get("Wrong")!.cookie, s.id)).json;
    expect(w.me).toMatchObject({ score: 0, rank: 5, answered: true, result: { correct: false, points: 0 } });
    const late = (await playerState(joined.get("TooLate")!.cookie, s.id)).json;
    expect(late.me).toMatchObject({ answered: false, result: { correct: false, points: 0 } });
    const totals = await db.livePlayer.findMany({ where: { sessionId: s.id } });
    expect(Object.fromEntries(totals.map((p) => [p.nickname, p.score]))).toEqual({ Instant: 1000, Halfway: 750, Deadline: 500, Grace: 500, TooLate: 0, Wrong: 0, Silent: 0 });
  });
});

// ------------------------------------------------------------------ 5. idempotency and replay

describe("answers: idempotent, one per question, only from the player", () => {
  it("a retry gets the same ack and one row; another answerId, another question, a closed question or a foreign cookie are refused", async () => {
    const s = await hosted([SC, TF]);
    const other = await hosted([SC]);
    const p = await joinOk(s.code, "Pat", s.ip);
    const q = await joinOk(s.code, "Quinn", s.ip);
    const rory = await joinOk(s.code, "Rory", s.ip);
    const stranger = await joinOk(other.code, "Stranger", other.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    await controlOk(other.host.cookie, other.id, { command: "start" });

    const id1 = aid();
    const body = { answerId: id1, index: 0, answer: await inShownKeys(p.cookie, s.id, "a") };
    const r1 = await answer(p.cookie, s.id, body);
    const r2 = await answer(p.cookie, s.id, body);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    expect(await jsonOf(r1)).toEqual(await jsonOf(r2));
    expect(await db.liveAnswer.count({ where: { playerId: p.playerId } })).toBe(1);

    // Two copies of one answer racing each other: both acknowledged, one stored.
    const id2 = aid();
    const b = await inShownKeys(q.cookie, s.id, "b");
    const race = await Promise.all([answer(q.cookie, s.id, { answerId: id2, index: 0, answer: b }), answer(q.cookie, s.id, { answerId: id2, index: 0, answer: b })]);
    expect(race.map((r) => r.status)).toEqual([200, 200]);
    expect(await db.liveAnswer.count({ where: { playerId: q.playerId } })).toBe(1);

    // A second, different answer to the same question: 409, the first one stands.
    const changed = await answer(p.cookie, s.id, { answerId: aid(), index: 0, answer: "b" });
    expect(changed.status).toBe(409);
    const rows = await db.liveAnswer.findMany({ where: { playerId: p.playerId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ answerId: id1, answer: JSON.stringify("a"), correct: true });
    // The same answerId reused for another question cannot sneak in either.
    expect((await answer(p.cookie, s.id, { answerId: id1, index: 1, answer: "true" })).status).toBe(409);

    // Not the current question.
    const wrongQ = await answer(q.cookie, s.id, { answerId: aid(), index: 1, answer: "true" });
    expect(wrongQ.status).toBe(409);
    expect((await jsonOf(wrongQ)).error.fieldErrors.index).toEqual(["wrong-question"]);

    // The client cannot claim a time, and a malformed answer for the type is a 400 (nothing stored).
    expect((await answer(rory.cookie, s.id, { answerId: aid(), index: 0, answer: "a", elapsedMs: 0 })).status).toBe(400);
    const bad = await answer(rory.cookie, s.id, { answerId: aid(), index: 0, answer: "zzz" });
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).error.fieldErrors.answer).toBeDefined();

    // Foreign, missing or garbage cookies: 404, nothing stored.
    const attempt = { answerId: aid(), index: 0, answer: "a" };
    const strangerValue = stranger.cookie.split("=")[1]!;
    for (const cookie of [
      undefined,
      `psl_live_${s.id}=garbage`,
      `psl_live_${s.id}=${p.playerId}.not-the-token`,
      `psl_live_${s.id}=${p.playerId}`,
      `psl_live_${s.id}=%E0%A4%A`,
      `psl_live_${s.id}=${"x".repeat(500)}.${"y".repeat(500)}`,
      stranger.cookie, // another session's cookie, under its own name
      `psl_live_${s.id}=${strangerValue}`, // … or renamed for this session
    ]) {
      const res = await answer(cookie, s.id, attempt);
      expect(res.status, cookie).toBe(404);
    }
    expect(await db.liveAnswer.count({ where: { sessionId: s.id } })).toBe(2);
    expect(await db.liveAnswer.count({ where: { playerId: rory.playerId } })).toBe(0);

    // After the deadline (the host closed the question): refused; a retry of a stored answer is still acknowledged.
    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    const late = await answer(rory.cookie, s.id, attempt);
    expect(late.status).toBe(409);
    expect((await jsonOf(late)).error.fieldErrors.index).toEqual(["late"]);
    expect(await db.liveAnswer.count({ where: { playerId: rory.playerId } })).toBe(0);
    const replay = await answer(p.cookie, s.id, body);
    expect(replay.status).toBe(200);
    expect(await jsonOf(replay)).toEqual({ accepted: true, answerId: id1, index: 0 });
  });
});

describe("fairness: an answer is judged by when it reached the server", () => {
  it("an answer that arrived before the host closed the question counts after the close, timed from arrival; one that arrived after does not", async () => {
    const s = await hosted([item(SC, 20, 1000)]);
    const alice = await joinOk(s.code, "Alice", s.ip);
    const bob = await joinOk(s.code, "Bob", s.ip);
    const carol = await joinOk(s.code, "Carol", s.ip);
    const opened = await controlOk(s.host.cookie, s.id, { command: "start" });
    const startedAt = opened.state.startedAt as number;
    const right = await inShownKeys(alice.cookie, s.id, RIGHT[SC]!);
    // Alice's and Bob's requests reach the server 2 s into the question but wait in a queue until after the host closes it.
    const arrived = startedAt + 2_000;
    await sleep(50);
    const closed = await controlOk(s.host.cookie, s.id, { command: "reveal" });
    const closedAt = closed.state.endsAt as number;
    const queued = (cookie: string, at: number) =>
      answersPOST(request(`/api/v1/live/sessions/${s.id}/answers`, { cookie, body: { answerId: aid(), index: 0, answer: right }, headers: clientHeaders(s.ip, false, at) }), params({ id: s.id }));
    expect((await queued(alice.cookie, Math.min(arrived, closedAt - 1))).status).toBe(200);
    const late = await queued(bob.cookie, closedAt + 1);
    expect(late.status).toBe(409);
    expect((await jsonOf(late)).error.fieldErrors.index).toEqual(["late"]);
    // Alice's points are those of an answer given when it arrived, not when it was handled.
    const elapsed = Math.max(0, Math.min(arrived, closedAt - 1) - startedAt);
    const row = await db.liveAnswer.findFirstOrThrow({ where: { sessionId: s.id, playerId: alice.playerId } });
    expect(row.elapsedMs).toBe(elapsed);
    expect(row.points).toBe(Math.round(1000 * (1 - elapsed / 20_000 / 2)));
    const stored = await db.livePlayer.findUniqueOrThrow({ where: { id: alice.playerId } });
    expect(stored.score).toBe(row.points);
    expect((await playerState(carol.cookie, s.id)).json.leaderboard[0]).toMatchObject({ nickname: "Alice", score: row.points });
  });

  it("a stamped arrival time cannot be forged: without the server's nonce the request is timed when it is handled", async () => {
    const s = await hosted([item(SC, 20, 1000)]);
    const eve = await joinOk(s.code, "Eve", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    const right = await inShownKeys(eve.cookie, s.id, RIGHT[SC]!);
    await sleep(300);
    // Claims to have arrived at the very start of the question, for full points: the stamp has no valid nonce.
    const forged = `forged-nonce ${s.ip} http ${Date.now() - 10_000}`;
    const res = await answersPOST(request(`/api/v1/live/sessions/${s.id}/answers`, { cookie: eve.cookie, body: { answerId: aid(), index: 0, answer: right }, headers: { "x-psl-client": forged } }), params({ id: s.id }));
    expect(res.status).toBe(200);
    const row = await db.liveAnswer.findFirstOrThrow({ where: { sessionId: s.id, playerId: eve.playerId } });
    expect(row.elapsedMs).toBeGreaterThanOrEqual(300);
  });
});

// ------------------------------------------------------------------ 6. hostile joins

describe("joining: codes, throttling and nicknames", () => {
  it("a wrong code is 404 with a field error; 20 wrong codes from one address then 429 with Retry-After (even for a right code)", async () => {
    const s = await hosted([SC]);
    const ip = newIp();
    const nobody = await unusedCode();
    const first = await join(nobody, "Mallory", ip);
    expect(first.status).toBe(404);
    expect((await jsonOf(first)).error.fieldErrors.code).toHaveLength(1);
    for (let i = 1; i < 20; i++) expect((await join(nobody, "Mallory", ip)).status).toBe(404);
    const blocked = await join(nobody, "Mallory", ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await join(s.code, "Mallory", ip)).status).toBe(429);
    // X-Forwarded-For from a client that is not a trusted proxy changes nothing.
    const forged = await joinPOST(request("/api/v1/live/join", { body: { code: s.code, nickname: "Mallory" }, headers: { ...clientHeaders(ip), "x-forwarded-for": "1.2.3.4" } }), {});
    expect(forged.status).toBe(429);
    // Another address is not affected.
    await joinOk(s.code, "Mallory", newIp());
  });

  it("a classroom behind one NAT: 300 students join from one address at once; right codes never count as guesses", async () => {
    const s = await hosted([SC]);
    const ip = newIp();
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: 300 }, (_, n) => join(s.code, `student ${n}`, ip).then((r) => r.status)));
    expect(statuses.filter((x) => x === 201)).toHaveLength(300);
    expect(Date.now() - started).toBeLessThan(30_000);
    // The same address still has all its wrong-code guesses, and only those are scarce.
    const nobody = await unusedCode();
    for (let i = 0; i < 20; i++) expect((await join(nobody, "Mallory", ip)).status).toBe(404);
    expect((await join(nobody, "Mallory", ip)).status).toBe(429);
  });

  it("malformed codes and bad nicknames are 400 (nothing counted as a guess), 10 KB bodies are refused", async () => {
    const s = await hosted([SC]);
    for (const code of ["abc", "12345", "123456789", "", " ", "12a456", 123456, null]) {
      const res = await join(code, "Nick", s.ip);
      expect(res.status, String(code)).toBe(400);
      expect((await jsonOf(res)).error.fieldErrors.code).toBeDefined();
    }
    for (const nickname of ["", "   \t  ", "\u200b\u200d\ufeff", "\u3164\u3164", "a".repeat(21), "가".repeat(21), "x".repeat(150)]) {
      const res = await join(s.code, nickname, s.ip);
      expect(res.status, JSON.stringify(nickname)).toBe(400);
      expect((await jsonOf(res)).error.fieldErrors.nickname).toBeDefined();
    }
    for (const nickname of [42, ["a"], { a: 1 }, "y".repeat(201)]) expect((await join(s.code, nickname, s.ip)).status).toBe(400);
    // 10 KB of nickname: over the join body's 4 KB limit, refused before it is parsed.
    const huge = await join(s.code, "z".repeat(10 * 1024), s.ip);
    expect(huge.status).toBe(413);
    expect((await jsonOf(huge)).error.code).toBe("payload_too_large");
    const extra = await joinPOST(request("/api/v1/live/join", { body: { code: s.code, nickname: "Ok", admin: true }, headers: clientHeaders(s.ip) }), {});
    expect(extra.status).toBe(400);
    const proto = await joinPOST(request("/api/v1/live/join", { raw: `{"code":"${s.code}","nickname":"Ok","__proto__":{"x":1}}`, headers: clientHeaders(s.ip) }), {});
    expect(proto.status).toBe(400);
    const notJson = await joinPOST(request("/api/v1/live/join", { raw: "code=1&nickname=2", headers: clientHeaders(s.ip) }), {});
    expect(notJson.status).toBe(400);
    expect(await db.livePlayer.count({ where: { sessionId: s.id } })).toBe(0);
    // None of these counted as code guesses: the address can still join.
    await joinOk(s.code, "Ok", s.ip);
  });

  it("markup stays text, invisible and bidi characters are stripped, duplicates clash case- and width-insensitively", async () => {
    const s = await hosted([SC]);
    const script = "<script>x</script>";
    await joinOk(s.code, script, s.ip);
    const res = await state(s.host.cookie, s.id, true);
    const text = await res.text();
    expect(text).toContain(`"nickname":"${script}"`);
    expect(text).not.toMatch(/&lt;|&gt;|\\u003c/);

    await joinOk(s.code, "\u200bBo\u202eb\u2066\ufeff\u061c", s.ip);
    await joinOk(s.code, "Alice", s.ip);
    await joinOk(s.code, "  Mi   na  ", s.ip);
    const roster = (await hostState(s.host.cookie, s.id)).roster.map((r: { nickname: string }) => r.nickname).sort();
    expect(roster).toEqual([script, "Alice", "Bob", "Mi na"].sort());

    for (const dup of ["alice", "ALICE", "Ａｌｉｃｅ", " Alice ", "Al\u200bice", "bob", "mi na"]) {
      const r = await join(s.code, dup, s.ip);
      expect(r.status, dup).toBe(409);
      expect((await jsonOf(r)).error.fieldErrors.nickname).toHaveLength(1);
    }
    expect(await db.livePlayer.count({ where: { sessionId: s.id } })).toBe(4);
  });

  it("look-alike nicknames clash (Unicode confusables), names that would look blank are refused, errors in the user's language", async () => {
    const s = await hosted([SC]);
    await joinOk(s.code, "admin", s.ip);
    await joinOk(s.code, "Kim", s.ip);
    await joinOk(s.code, "김민수", s.ip);
    for (const lookAlike of ["аdmin" /* Cyrillic а */, "ADMIN", "adrnin", "Ｋim", "KIM", "\u1100\u1175\u11b7\u1106\u1175\u11ab\u1109\u116e" /* 김민수 in conjoining jamo */]) {
      const r = await join(s.code, lookAlike, s.ip, "locale=ko");
      expect(r.status, lookAlike).toBe(409);
      expect((await jsonOf(r)).error.fieldErrors.nickname[0]).toMatch(/[\uAC00-\uD7A3]/);
    }
    for (const blank of ["\u3000\u3000", "\u115f\u1160\uffa0", "\u0301\u0308", "\u2800", "\u200e\u2067"]) {
      const r = await join(s.code, blank, s.ip, "locale=en");
      expect(r.status, JSON.stringify(blank)).toBe(400);
      expect((await jsonOf(r)).error.fieldErrors.nickname[0]).toMatch(/^(Enter a nickname|Use visible letters)/);
    }
    await joinOk(s.code, "김민서", s.ip);
    expect(await db.livePlayer.count({ where: { sessionId: s.id } })).toBe(4);
  });

  it("a locked session refuses new players (403) until unlocked; an ended one is gone (404)", async () => {
    const s = await hosted([SC]);
    await joinOk(s.code, "First", s.ip);
    const locked = await controlOk(s.host.cookie, s.id, { command: "lock", locked: true });
    expect(locked.state.locked).toBe(true);
    expect((await join(s.code, "Second", s.ip)).status).toBe(403);
    await controlOk(s.host.cookie, s.id, { command: "lock", locked: false });
    await joinOk(s.code, "Second", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "end" });
    const gone = await join(s.code, "Third", s.ip);
    expect(gone.status).toBe(404);
    expect((await jsonOf(gone)).error.fieldErrors.code).toBeDefined();
  });
});

// ------------------------------------------------------------------ 7. host only

describe("host controls are the host's alone", () => {
  it("students get 403/404, another teacher 404, no cookie 401; never a success", async () => {
    const s = await hosted([SC, TF]);
    const student = await makeUser(db);
    const other = await teacher();
    const player = await joinOk(s.code, "Sneaky", s.ip, student.cookie);
    const bothCookies = cookies(student.cookie, player.cookie);

    for (const cookie of [student.cookie, bothCookies, player.cookie, other.cookie, undefined]) {
      const expected = cookie === other.cookie ? [404] : cookie === player.cookie || cookie === undefined ? [401] : [403, 404];
      const label = cookie === other.cookie ? "other teacher" : cookie === player.cookie ? "player cookie only" : cookie === undefined ? "no cookie" : "student";
      for (const body of [{ command: "start" }, { command: "end" }, { command: "lock", locked: true }, { command: "kick", player: player.playerId }]) {
        expect(expected, `${label} control ${body.command}`).toContain((await control(cookie, s.id, body)).status);
      }
      expect(expected, `${label} results`).toContain((await results(cookie, s.id)).status);
      expect(expected, `${label} csv`).toContain((await results(cookie, s.id, "?format=csv")).status);
      const hs = await state(cookie, s.id, true);
      expect(cookie === player.cookie || cookie === undefined ? [401] : [403, 404], `${label} host state`).toContain(hs.status);
      const ev = await events(cookie, s.id, { host: true });
      expect(ev.headers.get("content-type"), `${label} host events`).toMatch(/application\/json/);
      expect(cookie === player.cookie || cookie === undefined ? [401] : [403, 404]).toContain(ev.status);
      // Nor may they host someone else's quiz.
      expect(expected.concat(cookie === student.cookie || cookie === bothCookies ? [403] : [])).toContain((await createSession(cookie, { quiz: s.quizId })).status);
    }
    const h = await hostState(s.host.cookie, s.id);
    expect(h.state).toMatchObject({ phase: "lobby", locked: false, version: 1 });
    expect(h.roster).toHaveLength(1);
    // The player's own view is still theirs.
    expect((await state(player.cookie, s.id)).status).toBe(200);
    // A student cannot host at all, even a made-up quiz id.
    expect((await createSession(student.cookie, { quiz: "abcdefghijklmnop" })).status).toBe(403);
  });
});

describe("hostile control and answer bodies", () => {
  it("are 4xx and change nothing", async () => {
    const s = await hosted([SC]);
    const p = await joinOk(s.code, "Body", s.ip);
    await joinOk(s.code, "Other", s.ip);
    for (const body of [{}, { command: "explode" }, { command: "lock" }, { command: "lock", locked: "yes" }, { command: "kick" }, { command: "kick", player: "../x" }, { command: "start", force: true }, null, [], "start"]) {
      const res = await control(s.host.cookie, s.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await controlPOST(request(`/api/v1/live/sessions/${s.id}/control`, { cookie: s.host.cookie, raw: "start" }), params({ id: s.id }))).status).toBe(400);
    expect((await controlPOST(request(`/api/v1/live/sessions/BAD/control`, { cookie: s.host.cookie, body: { command: "start" } }), params({ id: "BAD" }))).status).toBe(400);
    expect((await hostState(s.host.cookie, s.id)).state).toMatchObject({ phase: "lobby", version: 1 });

    await controlOk(s.host.cookie, s.id, { command: "start" });
    for (const body of [
      {},
      { answerId: "short", index: 0, answer: "a" },
      { answerId: "has spaces in it", index: 0, answer: "a" },
      { answerId: aid(), index: -1, answer: "a" },
      { answerId: aid(), index: 50, answer: "a" },
      { answerId: aid(), index: 0.5, answer: "a" },
      { answerId: aid(), index: 0, answer: 1 },
      { answerId: aid(), index: 0, answer: ["a", "b"] },
      { answerId: aid(), index: 0, answer: Array.from({ length: 21 }, () => "a") },
      { answerId: aid(), index: 0, answer: "a", score: 100 },
    ]) {
      const res = await answer(p.cookie, s.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await answersPOST(request(`/api/v1/live/sessions/${s.id}/answers`, { cookie: p.cookie, raw: `{"answerId":"${aid()}","index":0,"answer":"a","__proto__":{}}` }), params({ id: s.id }))).status).toBe(400);
    expect((await answer(p.cookie, s.id, { answerId: aid(), index: 0, answer: "a".repeat(17 * 1024) })).status).toBe(413);
    expect(await db.liveAnswer.count({ where: { sessionId: s.id } })).toBe(0);
    expect((await hostState(s.host.cookie, s.id)).state.phase).toBe("question");
  });
});

// ------------------------------------------------------------------ 8. kick

describe("kicking a player", () => {
  it("their cookie stops working, they leave the roster and leaderboard, their nickname stays taken, their stream is told and closed", async () => {
    const s = await hosted([SC, TF]);
    const keep = await joinOk(s.code, "Keeper", s.ip);
    const troll = await joinOk(s.code, "Troll", s.ip);
    await joinOk(s.code, "Third", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    await answerOk(troll.cookie, s.id, 0, "a");
    await answerOk(keep.cookie, s.id, 0, "b");

    const stream = sseReader(await events(troll.cookie, s.id));
    expect((await stream.next())!.event).toBe("state");

    expect((await control(s.host.cookie, s.id, { command: "kick", player: "nosuchplayer0000" })).status).toBe(404);
    const h = await controlOk(s.host.cookie, s.id, { command: "kick", player: troll.playerId });
    expect(h.roster.map((r: { nickname: string }) => r.nickname).sort()).toEqual(["Keeper", "Third"]);
    expect(h.players).toBe(2);

    const told = await stream.next();
    expect(told?.event).toBe("kicked");
    expect(await stream.next(1000)).toBeNull();
    expect(stream.ended()).toBe(true);
    await stream.close();

    expect((await state(troll.cookie, s.id)).status).toBe(404);
    expect((await answer(troll.cookie, s.id, { answerId: aid(), index: 0, answer: "a" })).status).toBe(404);
    expect((await events(troll.cookie, s.id)).status).toBe(404);
    const again = await join(s.code, "troll", s.ip);
    expect(again.status).toBe(409);

    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    const lb = await controlOk(s.host.cookie, s.id, { command: "leaderboard" });
    expect(lb.leaderboard.map((r: { nickname: string }) => r.nickname)).not.toContain("Troll");
    expect(lb.reveal.answered).toBe(1);
    const k = (await playerState(keep.cookie, s.id)).json;
    expect(k.leaderboard.map((r: { nickname: string }) => r.nickname).sort()).toEqual(["Keeper", "Third"]);
    const r = await jsonOf(await results(s.host.cookie, s.id));
    expect(r.students.map((x: { nickname: string }) => x.nickname)).not.toContain("Troll");
    expect(r.questions[0]).toMatchObject({ answered: 1, correct: 0 });
  });
  it("a kick racing a host control: both apply, each with its own version; screens, memory and database agree", async () => {
    const s = await hosted([SC, TF, SHORT]);
    const a = await joinOk(s.code, "Stays", s.ip);
    const b = await joinOk(s.code, "Goes", s.ip);
    const c = await joinOk(s.code, "AlsoGoes", s.ip);
    await joinOk(s.code, "Idle", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    const check = async (version: number, phase: string, gone: string) => {
      const h = await hostState(s.host.cookie, s.id);
      expect(h.state).toMatchObject({ phase, version });
      expect(h.roster.map((r: { nickname: string }) => r.nickname)).not.toContain(gone);
      const p = (await playerState(a.cookie, s.id)).json;
      expect(p.state).toEqual(h.state); // never a stale view under a current version
      expect(p.reveal === null).toBe(phase === "question");
      const rt = (await runtimeById(db, s.id))!;
      expect(JSON.parse((await db.liveSession.findUniqueOrThrow({ where: { id: s.id } })).state)).toEqual(rt.state);
    };
    let v = (await hostState(s.host.cookie, s.id)).state.version;
    const [k1, r1] = await Promise.all([control(s.host.cookie, s.id, { command: "kick", player: b.playerId }), control(s.host.cookie, s.id, { command: "reveal" })]);
    expect([k1.status, r1.status]).toEqual([200, 200]);
    await check(v + 2, "reveal", "Goes");
    v += 2;
    const [r2, k2] = await Promise.all([control(s.host.cookie, s.id, { command: "next" }), control(s.host.cookie, s.id, { command: "kick", player: c.playerId })]);
    expect([r2.status, k2.status]).toEqual([200, 200]);
    await check(v + 2, "question", "AlsoGoes");
  });
});

// ------------------------------------------------------------------ 9. reconnect and restart

describe("reconnecting and restarting", () => {
  it("the same cookie after a reload is the same player with the same score; the host view survives", async () => {
    const s = await hosted([SC, TF]);
    const p = await joinOk(s.code, "Reloader", s.ip);
    await joinOk(s.code, "Other", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    await answerOk(p.cookie, s.id, 0, "a");
    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    const first = (await playerState(p.cookie, s.id)).json;
    const again = (await playerState(p.cookie, s.id)).json;
    expect(again.me).toEqual(first.me);
    expect(again.me.id).toBe(p.playerId);
    expect(again.me.score).toBeGreaterThan(0);
    const h1 = await hostState(s.host.cookie, s.id);
    const h2 = await hostState(s.host.cookie, s.id);
    expect(h2).toEqual(h1);
    expect(h2.roster).toHaveLength(2);
  });

  it("after a restart the runtime is rebuilt from the database: phase, players, scores, answers and kicks", async () => {
    const s = await hosted([SC, TF, SHORT]);
    const a = await joinOk(s.code, "Ada", s.ip);
    const b = await joinOk(s.code, "Bea", s.ip);
    const c = await joinOk(s.code, "Cy", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    await answerOk(a.cookie, s.id, 0, "a");
    const bId = await answerOk(b.cookie, s.id, 0, "d");
    await controlOk(s.host.cookie, s.id, { command: "kick", player: c.playerId });
    await eventually(() => hostState(s.host.cookie, s.id), (v) => v.state.phase === "reveal"); // everyone left answered
    await controlOk(s.host.cookie, s.id, { command: "next" });
    await answerOk(a.cookie, s.id, 1, "false");

    const before = (await runtimeById(db, s.id))!;
    const snapshot = {
      state: { ...before.state },
      players: [...before.players.values()].map((p) => ({ id: p.id, nickname: p.nickname, score: p.score, kicked: p.kicked, answers: [...p.answers.entries()].map(([i, x]) => [i, x.answerId, x.points]) })),
    };
    const hostBefore = await hostState(s.host.cookie, s.id);
    const aBefore = (await playerState(a.cookie, s.id)).json;

    // The process dies: its timer and its memory go with it.
    clearTimeout(before.timer);
    runtimes.delete(s.id);

    const after = (await runtimeById(db, s.id))!;
    expect(after).not.toBe(before);
    expect(after.state).toEqual(snapshot.state);
    expect(
      [...after.players.values()].map((p) => ({ id: p.id, nickname: p.nickname, score: p.score, kicked: p.kicked, answers: [...p.answers.entries()].map(([i, x]) => [i, x.answerId, x.points]) })),
    ).toEqual(snapshot.players);
    expect(await hostState(s.host.cookie, s.id)).toEqual(hostBefore);
    const aAfter = (await playerState(a.cookie, s.id)).json;
    expect(aAfter).toEqual(aBefore);
    expect(aAfter.state).toMatchObject({ phase: "question", index: 1 });

    // Answers survive too: a retry is still recognised, a change still refused, the kicked player still out.
    expect((await answer(b.cookie, s.id, { answerId: bId, index: 0, answer: "d" })).status).toBe(200);
    expect((await answer(a.cookie, s.id, { answerId: aid(), index: 1, answer: "true" })).status).toBe(409);
    expect((await state(c.cookie, s.id)).status).toBe(404);
    // And the quiz carries on; the restarted runtime's clock is armed again.
    await answerOk(b.cookie, s.id, 1, "true");
    const h = await eventually(() => hostState(s.host.cookie, s.id), (v) => v.state.phase === "reveal");
    expect(h.state.phase).toBe("reveal");
    expect(after.timer === undefined).toBe(true);
    await controlOk(s.host.cookie, s.id, { command: "next" });
    expect(after.timer).toBeDefined();
    const stored = JSON.parse((await db.liveSession.findUniqueOrThrow({ where: { id: s.id } })).state);
    expect(stored).toMatchObject({ phase: "question", index: 2 });
  });

  it("another instance moved the quiz on first: the command applies to what it stored, never over it", async () => {
    const s = await hosted([SC, TF]);
    const p = await joinOk(s.code, "Racer", s.ip);
    await joinOk(s.code, "Other", s.ip);
    const rt = (await runtimeById(db, s.id))!;
    expect(rt.state.phase).toBe("lobby");
    // Another instance starts the quiz: the stored state moves on; this process has not heard yet.
    const now = Date.now();
    const theirs = { ...rt.state, phase: "question", index: 0, startedAt: now, endsAt: now + 20_000, version: rt.state.version + 1 };
    await db.liveSession.update({ where: { id: s.id }, data: { state: JSON.stringify(theirs) } });
    // "start" here loses the compare-and-set, reloads, and is now a command for the wrong phase.
    const again = await control(s.host.cookie, s.id, { command: "start" });
    expect(again.status).toBe(409);
    expect(rt.state).toEqual(theirs);
    // The question the other instance opened takes answers here, and "reveal" applies to it.
    await answerOk(p.cookie, s.id, 0, "a");
    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    const stored = JSON.parse((await db.liveSession.findUniqueOrThrow({ where: { id: s.id } })).state);
    expect(stored).toMatchObject({ phase: "reveal", index: 0, startedAt: now, version: theirs.version + 1 });
    expect(stored.endsAt).toBeLessThanOrEqual(Date.now());
    expect(rt.state).toEqual(stored);
    // The reveal counts the answer, and the score was raised once.
    const h = await hostState(s.host.cookie, s.id);
    expect(h.reveal.answered).toBe(1);
    const row = await db.livePlayer.findUniqueOrThrow({ where: { id: p.playerId } });
    expect(row.score).toBe(h.roster.find((r: { id: string }) => r.id === p.playerId).score);
    expect(row.score).toBeGreaterThan(0);
  });

  it("an answer sent after another instance closed the question, or removed the player, is refused as it is written", async () => {
    const s = await hosted([SC, TF]);
    const p = await joinOk(s.code, "Late", s.ip);
    const q = await joinOk(s.code, "Gone", s.ip);
    await joinOk(s.code, "Third", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    const rt = (await runtimeById(db, s.id))!;
    // Another instance kicks "Gone": this process has not heard of it, and still takes the answer in memory…
    await db.livePlayer.update({ where: { id: q.playerId }, data: { kicked: true } });
    const kicked = await answer(q.cookie, s.id, { answerId: aid(), index: 0, answer: await inShownKeys(p.cookie, s.id, "a") });
    expect(kicked.status).toBe(404); // …but the write reads the player's row and refuses it
    // Another instance reveals early (the host's click there): the correct answer is now on screens.
    const theirs = { ...rt.state, phase: "reveal", endsAt: Date.now() - 50, version: rt.state.version + 1 };
    await db.liveSession.update({ where: { id: s.id }, data: { state: JSON.stringify(theirs) } });
    expect(rt.state.phase).toBe("question"); // (this instance still thinks the question is open)
    const late = await answer(p.cookie, s.id, { answerId: aid(), index: 0, answer: await inShownKeys(p.cookie, s.id, "a") });
    expect(late.status).toBe(409);
    expect((await jsonOf(late)).error.fieldErrors).toEqual({ index: ["late"] });
    expect(await db.liveAnswer.count({ where: { sessionId: s.id } })).toBe(0);
    expect((await db.livePlayer.findUniqueOrThrow({ where: { id: p.playerId } })).score).toBe(0);
  });

  it("a kick that loses to an end on another instance leaves no trace", async () => {
    const s = await hosted([SC]);
    const p = await joinOk(s.code, "Stays", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    const rt = (await runtimeById(db, s.id))!;
    const ended = { ...rt.state, phase: "ended", endsAt: Date.now(), version: rt.state.version + 1 };
    await db.liveSession.update({ where: { id: s.id }, data: { state: JSON.stringify(ended), active: false } });
    const res = await control(s.host.cookie, s.id, { command: "kick", player: p.playerId });
    expect(res.status).toBe(409);
    expect((await db.livePlayer.findUniqueOrThrow({ where: { id: p.playerId } })).kicked).toBe(false);
    expect(rt.players.get(p.playerId)!.kicked).toBe(false);
    expect(rt.state).toEqual(ended);
  });
});

// ------------------------------------------------------------------ 10. server-sent events

describe("the event stream", () => {
  it("sends the view at once with the version as id, then each change; Last-Event-ID = current version sends nothing old", async () => {
    const s = await hosted([SC, TF]);
    const p = await joinOk(s.code, "Streamer", s.ip);
    await joinOk(s.code, "Quiet", s.ip);
    const res = await events(p.cookie, s.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
    const stream = sseReader(res);
    const first = await stream.next();
    expect(first?.event).toBe("state");
    const v1 = JSON.parse(first!.data);
    expect(first!.id).toBe(String(v1.state.version));
    expect(v1.state.phase).toBe("lobby");
    expect(v1.me.id).toBe(p.playerId);
    expect(typeof v1.serverNow).toBe("number");
    expect(stream.raw[0]).toMatch(/^retry: \d+/);

    await controlOk(s.host.cookie, s.id, { command: "start" });
    const second = await stream.next();
    expect(second?.event).toBe("state");
    const v2 = JSON.parse(second!.data);
    expect(Number(second!.id)).toBeGreaterThan(Number(first!.id));
    expect(v2.state).toMatchObject({ phase: "question", index: 0, version: Number(second!.id) });
    expect(v2.reveal).toBeNull();
    expect(second!.data).not.toMatch(/"correct"/);
    expect(bus.subscribers(channelOf(s.id))).toBe(1);

    // Reconnecting with the current version as Last-Event-ID: nothing it already has.
    const resumed = sseReader(await events(p.cookie, s.id, { lastEventId: v2.state.version }));
    expect(await resumed.next(300)).toBeNull();
    // A stale Last-Event-ID gets the current view at once.
    const stale = sseReader(await events(p.cookie, s.id, { lastEventId: v1.state.version }));
    expect((await stale.next())?.id).toBe(String(v2.state.version));
    await stale.close();

    // The host's stream: answer counts arrive (coalesced) without a version change.
    const host = sseReader(await events(s.host.cookie, s.id, { host: true }));
    const h0 = JSON.parse((await host.next())!.data);
    expect(h0.answered).toBe(0);
    await answerOk(p.cookie, s.id, 0, "a");
    const h1 = await host.next();
    expect(JSON.parse(h1!.data).answered).toBe(1);
    expect(h1!.id).toBe(String(v2.state.version));

    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    const third = await resumed.next();
    expect(third?.event).toBe("state");
    expect(Number(third!.id)).toBeGreaterThan(v2.state.version);
    expect(JSON.parse(third!.data).reveal.correct).toMatchObject({ kind: "choices" });
    const fourth = await stream.next();
    expect(fourth?.id).toBe(third!.id);

    await Promise.all([stream.close(), resumed.close(), host.close()]);
    expect(bus.subscribers(channelOf(s.id))).toBe(0);
  });
});

describe("stream limits", () => {
  it("150 streams from one player cookie: at most LIVE_STREAMS_PER_VIEWER stay open, older ones are told `replaced` and end", async () => {
    const s = await hosted([SC]);
    const p = await joinOk(s.code, "Flood", s.ip);
    const responses: Response[] = [];
    for (let i = 0; i < 150; i++) responses.push(await events(p.cookie, s.id));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(liveStreamCaps.openFor(`player:${p.playerId}`)).toBe(env.LIVE_STREAMS_PER_VIEWER);
    expect(bus.subscribers(channelOf(s.id))).toBe(env.LIVE_STREAMS_PER_VIEWER);
    // The first stream was replaced: it says so and ends.
    const first = await new Response(responses[0]!.body).text();
    expect(first).toMatch(/event: replaced/);
    await Promise.all(responses.slice(-env.LIVE_STREAMS_PER_VIEWER).map((r) => r.body!.cancel()));
    expect(bus.subscribers(channelOf(s.id))).toBe(0);
    expect(liveStreamCaps.openFor(`player:${p.playerId}`)).toBe(0);
  });

  it("streams end when the quiz ends, and a reconnect after the end gets 204 (EventSource stops)", async () => {
    const s = await hosted([TF]);
    const p = await joinOk(s.code, "Ender", s.ip);
    const stream = sseReader(await events(p.cookie, s.id));
    await stream.next();
    await controlOk(s.host.cookie, s.id, { command: "end" });
    const last = await stream.next();
    const ended = JSON.parse(last!.data);
    expect(ended.state.phase).toBe("ended");
    expect((await stream.next())?.event).toBe("end");
    expect(await stream.next(300)).toBeNull();
    expect(bus.subscribers(channelOf(s.id))).toBe(0);
    const again = await events(p.cookie, s.id, { lastEventId: ended.state.version });
    expect(again.status).toBe(204);
  });
});

describe("the live answer oracle is closed", () => {
  it("the player's view names no bank question, and its choice keys are the session's own, in a session order", async () => {
    const multi = BANK.filter((q) => q.type === "single-choice" && "choices" in q && q.choices.length >= 4).slice(0, 6);
    const s = await hosted(multi.map((q) => q.slug));
    const p = await joinOk(s.code, "Curious", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    const orders: string[] = [];
    for (let i = 0; i < multi.length; i++) {
      if (i > 0) {
        await controlOk(s.host.cookie, s.id, { command: "reveal" });
        await controlOk(s.host.cookie, s.id, { command: "next" });
      }
      const { text, json } = await playerState(p.cookie, s.id);
      const q = multi[i]! as { slug: string; id?: string; choices: { id: string; text: { en: string } }[] };
      expect(text).not.toContain(q.slug);
      for (const tag of (q as { tags?: string[] }).tags ?? []) expect(text).not.toContain(`"${tag}"`);
      const keys = json.question.options.map((o: { key: string }) => o.key);
      expect(keys).toEqual(q.choices.map((_, k) => `k${k + 1}`));
      expect(keys.some((k: string) => q.choices.some((c) => c.id === k))).toBe(false);
      orders.push(json.question.options.map((o: { text: string }) => q.choices.findIndex((c) => c.text.en === o.text)).join(""));
    }
    // Shuffled: across six questions, not every one is shown in the bank's order.
    expect(orders.some((o, i) => o !== [...Array(multi[i]!.type === "single-choice" ? (multi[i] as { choices: unknown[] }).choices.length : 0).keys()].join(""))).toBe(true);
  });
});

describe("nothing about the open question leaks through the player's own progress or the bank's keys", () => {
  it("a signed-in player's attempt is recorded only when the question closes", async () => {
    const s = await hosted([SC]);
    const student = await makeUser(db);
    const p = await joinOk(s.code, "Scout", s.ip, student.cookie);
    await joinOk(s.code, "Other", s.ip); // keeps the question open
    await controlOk(s.host.cookie, s.id, { command: "start" });
    await answerOk(p.cookie, s.id, 0, "b");
    await sleep(200);
    expect(await db.attempt.count({ where: { userId: student.user.id } })).toBe(0);
    const mine = await jsonOf(await attemptsGET(request("/api/v1/me/attempts?locale=en", { cookie: student.cookie }), {}));
    expect(JSON.stringify(mine)).not.toContain(SC);
    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    await eventually(() => db.attempt.count({ where: { userId: student.user.id } }), (n) => n === 1);
    expect(await db.attempt.count({ where: { userId: student.user.id, mode: "live" } })).toBe(1);
  });

  it("the bank does not grade a question while a live quiz has it open — on this instance or, within a second, any other", async () => {
    const FTP = "ftp-control-port"; // (no other test here opens it: any running session would close the bank to it)
    const s = await hosted([FTP]);
    await joinOk(s.code, "Oracle", s.ip);
    await joinOk(s.code, "Other", s.ip); // keeps the question open
    const ip = newIp();
    const grade = () => gradePOST(request("/api/v1/grade", { body: { question: FTP, answer: "a", locale: "en" }, headers: clientHeaders(ip) }), {});
    expect((await grade()).status).toBe(200); // in the lobby it is just a bank question
    await controlOk(s.host.cookie, s.id, { command: "start" });
    const during = await grade();
    expect(during.status).toBe(409);
    const body = await jsonOf(during);
    expect(body.error.fieldErrors.question[0]).toMatch(/live quiz/);
    expect(JSON.stringify(body)).not.toMatch(/correctAnswer|explanation/);
    // The session runs on another instance (only the database knows): refused all the same.
    const rt = runtimes.get(s.id)!;
    clearTimeout(rt.timer);
    runtimes.delete(s.id);
    await sleep(1_100);
    expect((await grade()).status).toBe(409);
    // Once revealed, the answer is on every screen: the bank grades it again.
    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    await eventually(() => grade().then((r) => r.status), (st) => st === 200, 3_000);
  });

  it("the bank's option keys are not answers in a live session", async () => {
    const s = await hosted([SC]);
    const p = await joinOk(s.code, "Keys", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    const res = await answer(p.cookie, s.id, { answerId: aid(), index: 0, answer: "a" });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.fieldErrors.answer).toBeDefined();
  });
});

// ------------------------------------------------------------------ 11. results

describe("results", () => {
  it("per-question statistics, per-student answers, a CSV safe to open in a spreadsheet, and live attempts in the signed-in student's progress", async () => {
    const s = await hosted([SC, SHORT]);
    const student = await makeUser(db);
    const othersBefore = await db.attempt.count({ where: { mode: "live", userId: { not: student.user.id } } });
    const mina = await joinOk(s.code, "Mina", s.ip, student.cookie);
    const evil = await joinOk(s.code, '=HYPERLINK("e.vil")', s.ip);
    const plus = await joinOk(s.code, "+1-2", s.ip);
    await controlOk(s.host.cookie, s.id, { command: "start" });
    await answerOk(mina.cookie, s.id, 0, "a");
    await answerOk(evil.cookie, s.id, 0, "a");
    await answerOk(plus.cookie, s.id, 0, "c");
    await eventually(() => hostState(s.host.cookie, s.id), (v) => v.state.phase === "reveal");
    await controlOk(s.host.cookie, s.id, { command: "next" });
    await answerOk(mina.cookie, s.id, 1, "53");
    await answerOk(evil.cookie, s.id, 1, "=1+1");
    await controlOk(s.host.cookie, s.id, { command: "reveal" });
    await controlOk(s.host.cookie, s.id, { command: "next" }); // ended

    const res = await results(s.host.cookie, s.id);
    expect(res.status).toBe(200);
    const r = await jsonOf(res);
    expect(r).toMatchObject({ id: s.id, code: s.code, title: "Sockets 101", phase: "ended", locale: "en" });
    expect(r.questions.map((q: { slug: string; type: string; answered: number; correct: number }) => [q.slug, q.type, q.answered, q.correct])).toEqual([
      [SC, "single-choice", 3, 2],
      [SHORT, "short", 2, 1],
    ]);
    expect(r.questions[0].averageMs).toEqual(expect.any(Number));
    expect(r.students.map((x: { nickname: string; rank: number }) => [x.nickname, x.rank])).toEqual([
      ["Mina", 1],
      ['=HYPERLINK("e.vil")', 2],
      ["+1-2", 3],
    ]);
    const m = r.students[0];
    expect(m.signedIn).toBe(true);
    expect(m.answers[0]).toMatchObject({ answer: "The file descriptor of a new socket connected to that client", correct: true });
    expect(m.answers[1]).toMatchObject({ answer: "53", correct: true });
    expect(m.score).toBe(m.answers[0].points + m.answers[1].points);
    expect(r.students[2].answers[1]).toBeNull();
    expect(r.students[2].signedIn).toBe(false);

    const csv = await results(s.host.cookie, s.id, "?format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="live-quiz-${s.code}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    const text = await csv.text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe('"rank","nickname","score","q1_answer","q1_correct","q1_points","q2_answer","q2_correct","q2_points"');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain(`"'=HYPERLINK(""e.vil"")"`);
    expect(lines[2]).toContain(`,"'=1+1",`);
    expect(lines[3]).toContain(`,"'+1-2",`);
    // No cell anywhere starts with a formula character.
    for (const line of lines) for (const cell of line.split(",")) expect(cell.replace(/^"/, "")).not.toMatch(/^\s*[=+\-@]/);
    expect(lines[1]).toMatch(/^"1","Mina","\d+",/); // the app's own numbers are not defused

    // The signed-in student's own progress has both answers as live attempts (recorded after the ack).
    const attempts = await eventually(
      () => db.attempt.findMany({ where: { userId: student.user.id } }),
      (v) => v.length >= 2,
    );
    expect(attempts.map((a) => a.mode)).toEqual(["live", "live"]);
    const mine = await jsonOf(await attemptsGET(request("/api/v1/me/attempts?locale=en", { cookie: student.cookie }), {}));
    const items = (mine.items ?? mine.attempts ?? mine) as { question: string; mode: string; verdict: string }[];
    expect(items.map((a) => [a.question, a.mode, a.verdict]).sort()).toEqual([
      [SC, "live", "correct"],
      [SHORT, "live", "correct"],
    ]);
    // Anonymous players leave no attempts behind.
    expect(await db.attempt.count({ where: { mode: "live", userId: { not: student.user.id } } })).toBe(othersBefore);
  });
});

import { describe, expect, it } from "vitest";
import { ANSWER_GRACE_MS, apply, canAnswer, canAnswerAt, initialState, windowOf, type Command, type LiveState } from "./machine";
import { answerArrived, answerDone, answerSessionOf, answersInFlight } from "./inflight";
import { answerPoints, rank } from "./scoring";
import { cleanNickname, nicknameKey, nicknameProblem } from "./nickname";

const limit = () => 20_000;
function run(s: LiveState, cmd: Command, now: number): LiveState {
  const t = apply(s, cmd, now, limit);
  if (!t.ok) throw new Error(`${cmd.type} refused: ${t.reason}`);
  return t.state;
}

describe("live session state machine", () => {
  it("walks lobby → question → reveal → leaderboard → … → ended", () => {
    let s = initialState(2);
    s = run(s, { type: "start" }, 1000);
    expect(s).toMatchObject({ phase: "question", index: 0, startedAt: 1000, endsAt: 21_000 });
    s = run(s, { type: "reveal" }, 5000);
    expect(s).toMatchObject({ phase: "reveal", endsAt: 5000 });
    s = run(s, { type: "leaderboard" }, 6000);
    s = run(s, { type: "next" }, 7000);
    expect(s).toMatchObject({ phase: "question", index: 1, startedAt: 7000 });
    s = run(s, { type: "timeout" }, 27_000);
    s = run(s, { type: "next" }, 28_000);
    expect(s.phase).toBe("ended");
    expect(apply(s, { type: "start" }, 29_000, limit)).toEqual({ ok: false, reason: "wrong-phase" });
  });

  it("bumps the version on every change, and only then", () => {
    let s = initialState(1);
    const v0 = s.version;
    s = run(s, { type: "lock", locked: true }, 0);
    expect(s.version).toBe(v0 + 1);
    expect(apply(s, { type: "leaderboard" }, 0, limit).ok).toBe(false);
    expect(s.version).toBe(v0 + 1);
  });

  it("refuses commands out of order and an empty quiz", () => {
    expect(apply(initialState(0), { type: "start" }, 0, limit)).toEqual({ ok: false, reason: "no-questions" });
    expect(apply(initialState(3), { type: "next" }, 0, limit).ok).toBe(false);
    expect(apply(initialState(3), { type: "reveal" }, 0, limit).ok).toBe(false);
  });

  it("times out exactly at the deadline, not a millisecond before", () => {
    const s = run(initialState(1), { type: "start" }, 0);
    expect(apply(s, { type: "timeout" }, 19_999, limit)).toEqual({ ok: false, reason: "not-yet" });
    expect(run(s, { type: "timeout" }, 20_000).phase).toBe("reveal");
  });

  it("accepts answers until the deadline plus a small grace, for the open question only", () => {
    const s = run(initialState(2), { type: "start" }, 0);
    expect(canAnswer(s, 0, 20_000)).toEqual({ ok: true, elapsedMs: 20_000 });
    expect(canAnswer(s, 0, 20_000 + ANSWER_GRACE_MS)).toEqual({ ok: true, elapsedMs: 20_000 });
    expect(canAnswer(s, 0, 20_001 + ANSWER_GRACE_MS)).toEqual({ ok: false, reason: "late" });
    expect(canAnswer(s, 1, 1000)).toEqual({ ok: false, reason: "wrong-question" });
    expect(canAnswer(initialState(2), 0, 0)).toEqual({ ok: false, reason: "not-open" });
    expect(canAnswer(run(s, { type: "reveal" }, 3000), 0, 3001)).toEqual({ ok: false, reason: "late" });
  });
});

describe("scoring", () => {
  it("gives full points at once, half at the deadline, nothing when wrong or late", () => {
    expect(answerPoints({ points: 1000, score: 100, elapsedMs: 0, limitMs: 20_000 })).toBe(1000);
    expect(answerPoints({ points: 1000, score: 100, elapsedMs: 10_000, limitMs: 20_000 })).toBe(750);
    expect(answerPoints({ points: 1000, score: 100, elapsedMs: 20_000, limitMs: 20_000 })).toBe(500);
    expect(answerPoints({ points: 1000, score: 0, elapsedMs: 1, limitMs: 20_000 })).toBe(0);
    expect(answerPoints({ points: 1000, score: 100, elapsedMs: 20_001, limitMs: 20_000 })).toBe(0);
    expect(answerPoints({ points: 2000, score: 50, elapsedMs: 0, limitMs: 20_000 })).toBe(1000);
  });

  it("ranks with ties sharing a place", () => {
    const r = rank([
      { playerId: "a", nickname: "A", score: 900 },
      { playerId: "b", nickname: "B", score: 1200 },
      { playerId: "c", nickname: "C", score: 900 },
      { playerId: "d", nickname: "D", score: 100 },
    ]);
    expect(r.map((x) => [x.playerId, x.rank])).toEqual([["b", 1], ["a", 2], ["c", 2], ["d", 4]]);
  });
});

describe("nicknames", () => {
  it("trims, collapses spaces and strips invisible characters", () => {
    expect(cleanNickname("  지민\u200b  \n kim ")).toBe("지민 kim");
    expect(cleanNickname("\u202eevil")).toBe("evil");
  });
  it("limits length and treats case and width as the same name", () => {
    expect(nicknameProblem("")).toBe("empty");
    expect(nicknameProblem("x".repeat(21))).toBe("too-long");
    expect(nicknameProblem("가".repeat(20))).toBeNull();
    expect(nicknameKey("Ａlice")).toBe(nicknameKey("alice"));
  });
  it("keeps markup as plain text (React renders it as text)", () => {
    expect(cleanNickname("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });
});

describe("answers judged by when they arrived", () => {
  const limit = () => 10_000;
  const open = (apply(initialState(3), { type: "start" }, 1_000, limit) as { ok: true; state: LiveState }).state;
  it("an answer that arrived before the clock closed the question counts after the close, its speed measured at arrival", () => {
    const closed = (apply(open, { type: "timeout" }, 11_000, limit) as { ok: true; state: LiveState }).state;
    const w = windowOf(open, closed)!;
    expect(w).toEqual({ startedAt: 1_000, endsAt: 11_000, grace: true });
    expect(canAnswer(closed, 0, 10_900)).toEqual({ ok: false, reason: "late" });
    expect(canAnswerAt(closed, w, 0, 10_900)).toEqual({ ok: true, elapsedMs: 9_900 });
    // Inside the grace period: counted, at full time.
    expect(canAnswerAt(closed, w, 0, 11_000 + ANSWER_GRACE_MS)).toEqual({ ok: true, elapsedMs: 10_000 });
    expect(canAnswerAt(closed, w, 0, 11_001 + ANSWER_GRACE_MS)).toEqual({ ok: false, reason: "late" });
    // Even once the quiz has moved on to the next question.
    const next = (apply(closed, { type: "next" }, 12_000, limit) as { ok: true; state: LiveState }).state;
    expect(canAnswerAt(next, w, 0, 10_900)).toEqual({ ok: true, elapsedMs: 9_900 });
    expect(canAnswerAt(next, w, 0, 12_500)).toEqual({ ok: false, reason: "late" });
  });
  it("after the host closes a question early there is no grace: the answer may be on screen", () => {
    const revealed = (apply(open, { type: "reveal" }, 4_000, limit) as { ok: true; state: LiveState }).state;
    const w = windowOf(open, revealed)!;
    expect(w).toEqual({ startedAt: 1_000, endsAt: 4_000, grace: false });
    expect(canAnswerAt(revealed, w, 0, 3_999)).toEqual({ ok: true, elapsedMs: 2_999 });
    expect(canAnswerAt(revealed, w, 0, 4_001)).toEqual({ ok: false, reason: "late" });
  });
  it("a request that arrived before the question opened earns nothing (not full speed points)", () => {
    expect(canAnswer(open, 0, 999)).toEqual({ ok: false, reason: "not-open" });
    expect(canAnswerAt(open, undefined, 0, 999)).toEqual({ ok: false, reason: "not-open" });
    expect(canAnswer(open, 0, 1_000)).toEqual({ ok: true, elapsedMs: 0 });
  });
  it("no window for a question that never opened, and none before it opened", () => {
    expect(windowOf(initialState(2), open)).toBeNull();
    const closed = (apply(open, { type: "timeout" }, 11_000, limit) as { ok: true; state: LiveState }).state;
    expect(canAnswerAt(closed, windowOf(open, closed)!, 0, 999).ok).toBe(false);
    expect(canAnswerAt(closed, undefined, 0, 10_900)).toEqual({ ok: false, reason: "late" });
  });
});

describe("answers in flight", () => {
  it("counts answer posts per session from arrival to response", () => {
    expect(answerSessionOf("POST", "/api/v1/live/sessions/abc123/answers")).toBe("abc123");
    expect(answerSessionOf("GET", "/api/v1/live/sessions/abc123/answers")).toBeNull();
    expect(answerSessionOf("POST", "/api/v1/live/sessions/abc123/control")).toBeNull();
    expect(answerSessionOf("POST", "/api/v1/live/sessions/../answers")).toBeNull();
    answerArrived("s1");
    answerArrived("s1");
    expect(answersInFlight("s1")).toBe(2);
    answerDone("s1");
    answerDone("s1");
    expect(answersInFlight("s1")).toBe(0);
    answerDone("s1"); // never negative
    expect(answersInFlight("s1")).toBe(0);
  });
});

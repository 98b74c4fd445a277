import { describe, expect, it } from "vitest";
import { ANSWER_GRACE_MS, apply, canAnswer, initialState, type Command, type LiveState } from "./machine";
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

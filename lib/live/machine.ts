/**
 * The live session's state machine, pure and clock-injected so timer edges are testable:
 * lobby → question → reveal → leaderboard → question … → ended. The server applies host
 * commands and its own timeout; students can only answer, and only while a question is open.
 */
export type Phase = "lobby" | "question" | "reveal" | "leaderboard" | "ended";

export interface LiveState {
  phase: Phase;
  /** Index of the current (or last) question; -1 in the lobby. */
  index: number;
  total: number;
  startedAt: number | null;
  endsAt: number | null;
  locked: boolean;
  /** Bumped on every change: the SSE event id, so a reconnecting client can tell what it missed. */
  version: number;
}

export type Command =
  | { type: "start" }
  | { type: "reveal" }
  | { type: "timeout" }
  | { type: "leaderboard" }
  | { type: "next" }
  | { type: "end" }
  | { type: "lock"; locked: boolean }
  /** The roster changed (a player was removed): a new version, so every view is rebuilt. */
  | { type: "roster" };

export type Transition = { ok: true; state: LiveState } | { ok: false; reason: "wrong-phase" | "no-questions" | "not-yet" };

/** Answers arriving this long after the deadline still count: network slack, not extra time. */
export const ANSWER_GRACE_MS = 500;

export function initialState(total: number): LiveState {
  return { phase: "lobby", index: -1, total, startedAt: null, endsAt: null, locked: false, version: 1 };
}

function openQuestion(s: LiveState, index: number, now: number, limitMs: (i: number) => number): LiveState {
  return { ...s, phase: "question", index, startedAt: now, endsAt: now + limitMs(index), version: s.version + 1 };
}

export function apply(s: LiveState, cmd: Command, now: number, limitMs: (index: number) => number): Transition {
  const bad = (reason: "wrong-phase" | "no-questions" | "not-yet" = "wrong-phase"): Transition => ({ ok: false, reason });
  if (s.phase === "ended") return bad();
  switch (cmd.type) {
    case "lock":
      return { ok: true, state: { ...s, locked: cmd.locked, version: s.version + 1 } };
    case "roster":
      return { ok: true, state: { ...s, version: s.version + 1 } };
    case "end":
      return { ok: true, state: { ...s, phase: "ended", endsAt: s.phase === "question" ? Math.min(s.endsAt ?? now, now) : s.endsAt, version: s.version + 1 } };
    case "start":
      if (s.phase !== "lobby") return bad();
      if (s.total === 0) return bad("no-questions");
      return { ok: true, state: openQuestion({ ...s, locked: s.locked }, 0, now, limitMs) };
    case "timeout":
      if (s.phase !== "question") return bad();
      if (s.endsAt === null || now < s.endsAt) return bad("not-yet");
      return { ok: true, state: { ...s, phase: "reveal", version: s.version + 1 } };
    case "reveal":
      // The host may close a question early (everyone answered, or time to move on).
      if (s.phase !== "question") return bad();
      return { ok: true, state: { ...s, phase: "reveal", endsAt: Math.min(s.endsAt ?? now, now), version: s.version + 1 } };
    case "leaderboard":
      if (s.phase !== "reveal") return bad();
      return { ok: true, state: { ...s, phase: "leaderboard", version: s.version + 1 } };
    case "next":
      if (s.phase !== "reveal" && s.phase !== "leaderboard") return bad();
      if (s.index + 1 >= s.total) return { ok: true, state: { ...s, phase: "ended", version: s.version + 1 } };
      return { ok: true, state: openQuestion(s, s.index + 1, now, limitMs) };
  }
}

export type AnswerCheck = { ok: true; elapsedMs: number } | { ok: false; reason: "not-open" | "wrong-question" | "late" };

/** May an answer for question `index` arriving at `now` be accepted? */
export function canAnswer(s: LiveState, index: number, now: number): AnswerCheck {
  if (s.phase !== "question" || s.startedAt === null || s.endsAt === null) return { ok: false, reason: s.phase === "reveal" && index === s.index ? "late" : "not-open" };
  if (index !== s.index) return { ok: false, reason: "wrong-question" };
  // (Arrived before the question opened: a guess sent ahead of time earns nothing, least of all full speed points.)
  if (now < s.startedAt) return { ok: false, reason: "not-open" };
  if (now > s.endsAt + ANSWER_GRACE_MS) return { ok: false, reason: "late" };
  return { ok: true, elapsedMs: Math.max(0, Math.min(now, s.endsAt) - s.startedAt) };
}

/** A question's answer window, kept after it closes: `grace` when the clock closed it (not the host). */
export interface AnswerWindow {
  startedAt: number;
  endsAt: number;
  grace: boolean;
}

/** The window a question had, from its state just before it closed (timeout, early reveal or end). */
export function windowOf(before: LiveState, after: LiveState): AnswerWindow | null {
  if (before.phase !== "question" || before.startedAt === null || before.endsAt === null) return null;
  const endsAt = after.index === before.index && after.endsAt !== null ? after.endsAt : before.endsAt;
  return { startedAt: before.startedAt, endsAt, grace: endsAt >= before.endsAt };
}

/**
 * May an answer that reached the server at `arrivedAt` count, judged by when it arrived rather
 * than when a queue got to it? While the question is open this is `canAnswer`; once it has
 * closed (or the quiz moved on) an answer that arrived inside the window still counts, with its
 * speed measured at arrival. After an early close by the host there is no grace: the answer
 * may already be on everyone's screen.
 */
export function canAnswerAt(s: LiveState, closed: AnswerWindow | undefined, index: number, arrivedAt: number): AnswerCheck {
  const open = canAnswer(s, index, arrivedAt);
  if (open.ok || !closed) return open;
  const deadline = closed.endsAt + (closed.grace ? ANSWER_GRACE_MS : 0);
  if (arrivedAt < closed.startedAt || arrivedAt > deadline) return open.reason === "wrong-question" ? { ok: false, reason: "late" } : open;
  return { ok: true, elapsedMs: Math.max(0, Math.min(arrivedAt, closed.endsAt) - closed.startedAt) };
}

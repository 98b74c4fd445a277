/**
 * Exact grading for the closed question types. Pure: takes the answer key and the
 * learner's answer, returns a score 0–100 and a verdict. A wrong answer *shape* for the
 * type (e.g. a string for an ordering question) is an AnswerShapeError, not a wrong answer.
 */
export type Verdict = "correct" | "partial" | "incorrect";

export type ExactKey =
  | { type: "single-choice"; choices: { key: string; correct: boolean }[] }
  | { type: "multi-choice"; choices: { key: string; correct: boolean }[] }
  | { type: "true-false"; answer: boolean }
  | { type: "ordering"; order: string[] }
  | { type: "short"; accepted: string[] };

export interface ExactResult {
  score: number;
  verdict: Verdict;
  /** Multi-choice: which picks were right or wrong; ordering: items already in a correct relative order. */
  detail?: { correctPicks?: string[]; wrongPicks?: string[]; missedPicks?: string[]; inPlace?: string[] };
}

export type ShapeProblem = "expected-one-choice" | "unknown-choice" | "expected-choices" | "expected-true-false" | "expected-permutation" | "expected-text";

export class AnswerShapeError extends Error {
  constructor(public readonly problem: ShapeProblem) {
    super(problem);
    this.name = "AnswerShapeError";
  }
}

export type Answer = string | string[];

function asSingle(answer: Answer): string {
  if (typeof answer === "string") return answer;
  if (answer.length === 1) return answer[0]!;
  throw new AnswerShapeError("expected-one-choice");
}

/** Normalises a short answer: width, case, spacing and port-style suffixes ("443번", "port 443"). */
export function normalizeShort(value: string): string {
  let s = value.normalize("NFKC").toLowerCase().trim();
  s = s.replace(/[\s\u200b]+/g, " ");
  s = s.replace(/^(?:port|포트)\s*/, "");
  s = s.replace(/\s*(?:번\s*포트|번|포트|port|\/tcp|\/udp)$/, "");
  s = trimEnd(s, ".。!?");
  return s.replace(/[\s_-]+/g, "");
}

/** Drops trailing characters from `set` in one backward pass (a regex like /[.!?]+$/ is quadratic on "....x"). */
function trimEnd(s: string, set: string): string {
  let end = s.length;
  while (end > 0 && set.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** Length of the longest subsequence of `given` that appears in the same relative order in `correct`. */
export function longestCorrectSubsequence(correct: string[], given: string[]): { length: number; items: string[] } {
  const rank = new Map(correct.map((k, i) => [k, i]));
  const ranks = given.map((k) => rank.get(k)!);
  // Patience sorting for the longest increasing subsequence of ranks, O(n log n).
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev: number[] = new Array(ranks.length).fill(-1);
  ranks.forEach((r, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = r;
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1]! : -1;
  });
  const items: string[] = [];
  for (let i = tailIdx[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) items.unshift(given[i]!);
  return { length: tails.length, items };
}

export function gradeExact(key: ExactKey, answer: Answer): ExactResult {
  switch (key.type) {
    case "single-choice": {
      const pick = asSingle(answer);
      const choice = key.choices.find((c) => c.key === pick);
      if (!choice) throw new AnswerShapeError("unknown-choice");
      return choice.correct ? { score: 100, verdict: "correct" } : { score: 0, verdict: "incorrect" };
    }
    case "multi-choice": {
      const picks = [...new Set(typeof answer === "string" ? [answer] : answer)];
      const known = new Map(key.choices.map((c) => [c.key, c.correct]));
      if (picks.some((p) => !known.has(p))) throw new AnswerShapeError("unknown-choice");
      const correctPicks = picks.filter((p) => known.get(p));
      const wrongPicks = picks.filter((p) => !known.get(p));
      const missedPicks = key.choices.filter((c) => c.correct && !picks.includes(c.key)).map((c) => c.key);
      const total = key.choices.filter((c) => c.correct).length;
      const score = Math.max(0, Math.round((100 * (correctPicks.length - wrongPicks.length)) / total));
      const verdict: Verdict = score === 100 && wrongPicks.length === 0 ? "correct" : score > 0 ? "partial" : "incorrect";
      return { score, verdict, detail: { correctPicks, wrongPicks, missedPicks } };
    }
    case "true-false": {
      const raw = asSingle(answer).trim().toLowerCase();
      const value = raw === "true" ? true : raw === "false" ? false : undefined;
      if (value === undefined) throw new AnswerShapeError("expected-true-false");
      return value === key.answer ? { score: 100, verdict: "correct" } : { score: 0, verdict: "incorrect" };
    }
    case "ordering": {
      if (typeof answer === "string") throw new AnswerShapeError("expected-permutation");
      const expected = new Set(key.order);
      if (answer.length !== key.order.length || new Set(answer).size !== answer.length || answer.some((a) => !expected.has(a)))
        throw new AnswerShapeError("expected-permutation");
      const lcs = longestCorrectSubsequence(key.order, answer);
      const n = key.order.length;
      const score = Math.round((100 * lcs.length) / n);
      const verdict: Verdict = lcs.length === n ? "correct" : lcs.length >= Math.ceil(n / 2) ? "partial" : "incorrect";
      return { score, verdict, detail: { inPlace: lcs.items } };
    }
    case "short": {
      if (typeof answer !== "string") throw new AnswerShapeError("expected-text");
      const given = normalizeShort(answer);
      const ok = given.length > 0 && key.accepted.some((a) => normalizeShort(a) === given);
      return ok ? { score: 100, verdict: "correct" } : { score: 0, verdict: "incorrect" };
    }
  }
}

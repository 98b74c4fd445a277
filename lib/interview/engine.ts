/**
 * The mock interview's rules, free of I/O: which questions to ask, and which follow-up (꼬리
 * 질문) to ask after an answer. A follow-up targets a key point the answer missed: the
 * content's own follow-up question that probes it if there is one, otherwise the key point
 * itself ("explain this part"). At most MAX_DEPTH follow-ups deep under one main question.
 */
export const MAX_DEPTH = 2;
export const LENGTHS = [5, 10, 15] as const;
export const TIMERS = [60, 90, 120, 180, 300] as const;
/** Answers this late after the deadline are marked over time (network and typing slack). */
export const GRACE_MS = 5_000;

export interface PlanQuestion {
  slug: string;
  type: string;
  topicId: string;
  keyPoints: { id: string; core: boolean; weight: number }[];
  followUps: { slug: string; probes: string | null }[];
}

/** Interview questions first, then short answers, then the rest; shuffled within each group. */
const TYPE_RANK: Record<string, number> = { interview: 0, short: 1 };

export function pickQuestions(pool: PlanQuestion[], topics: string[], length: number, random: () => number = Math.random): string[] {
  const wanted = new Set(topics);
  const candidates = pool.filter((q) => wanted.has(q.topicId)).map((q) => ({ q, r: random() }));
  candidates.sort((a, b) => (TYPE_RANK[a.q.type] ?? 2) - (TYPE_RANK[b.q.type] ?? 2) || a.r - b.r);
  // Spread the chosen questions over the chosen topics before ordering them randomly.
  const chosen = candidates.slice(0, length).map((c) => ({ slug: c.q.slug, r: random() }));
  return chosen.sort((a, b) => a.r - b.r).map((c) => c.slug);
}

export function available(pool: PlanQuestion[], topics: string[]): number {
  const wanted = new Set(topics);
  return pool.filter((q) => wanted.has(q.topicId)).length;
}

export type FollowUpPlan = { kind: "question"; slug: string; probes: string } | { kind: "key-point"; slug: string; keyPoint: string };

/**
 * After a graded answer: the follow-up to ask, or null to move on. `depth` is the depth of
 * the turn just answered; `focus` is set when that turn was itself a key-point follow-up
 * (there is nothing deeper to ask about one key point).
 */
export function chooseFollowUp(
  q: PlanQuestion,
  graded: { keyPoints?: { id: string; hit: boolean }[] },
  depth: number,
  asked: ReadonlySet<string>,
  exists: (slug: string) => boolean,
  focus: string | null = null,
): FollowUpPlan | null {
  if (depth >= MAX_DEPTH || focus || !graded.keyPoints) return null;
  const hit = new Set(graded.keyPoints.filter((k) => k.hit).map((k) => k.id));
  const missed = q.keyPoints
    .filter((k) => !hit.has(k.id))
    .sort((a, b) => Number(b.core) - Number(a.core) || b.weight - a.weight);
  if (!missed.length) return null;
  for (const k of missed) {
    const link = q.followUps.find((f) => f.probes === k.id && !asked.has(f.slug) && exists(f.slug));
    if (link) return { kind: "question", slug: link.slug, probes: k.id };
  }
  return { kind: "key-point", slug: q.slug, keyPoint: missed[0]!.id };
}

/** Overall score: the mean of the main questions (follow-ups are reported on their own). */
export function interviewScore(turns: { depth: number; score: number | null; overtime: boolean }[]): number | null {
  const main = turns.filter((t) => t.depth === 0 && t.score !== null);
  if (!main.length) return null;
  return Math.round(main.reduce((n, t) => n + (t.overtime ? 0 : t.score!), 0) / main.length);
}

export function isOvertime(askedAt: Date, answeredAt: Date, timerSec: number | null): boolean {
  return timerSec !== null && answeredAt.getTime() > askedAt.getTime() + timerSec * 1000 + GRACE_MS;
}

/**
 * Live quiz scoring, server-side only: a correct answer earns between half and all of the
 * question's points, decaying linearly with the time taken (Kahoot's rule); a wrong or late
 * answer earns nothing. Partial credit (multi-choice, ordering, interview rubric) scales it.
 */
export function answerPoints(opts: { points: number; score: number; elapsedMs: number; limitMs: number }): number {
  const { points, score, elapsedMs, limitMs } = opts;
  if (score <= 0 || elapsedMs > limitMs || limitMs <= 0) return 0;
  const t = Math.min(1, Math.max(0, elapsedMs / limitMs));
  return Math.round(points * (score / 100) * (1 - t / 2));
}

export interface Ranked {
  playerId: string;
  nickname: string;
  score: number;
  rank: number;
}

/** Standard competition ranking (1, 2, 2, 4), ties broken by nothing but shown as equal. */
export function rank(players: { playerId: string; nickname: string; score: number }[]): Ranked[] {
  const sorted = [...players].sort((a, b) => b.score - a.score || a.nickname.localeCompare(b.nickname));
  let prev = Number.NaN;
  let prevRank = 0;
  return sorted.map((p, i) => {
    const r = p.score === prev ? prevRank : i + 1;
    prev = p.score;
    prevRank = r;
    return { ...p, rank: r };
  });
}

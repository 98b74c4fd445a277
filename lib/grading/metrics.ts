/** Agreement metrics for ordinal verdicts: confusion matrix, exact agreement, quadratic weighted kappa. */
export const ORDINAL = ["incorrect", "partial", "correct"] as const;
export type Label = (typeof ORDINAL)[number];

export function confusion(pairs: { gold: Label; pred: Label }[]): number[][] {
  const m = ORDINAL.map(() => ORDINAL.map(() => 0));
  for (const p of pairs) m[ORDINAL.indexOf(p.gold)]![ORDINAL.indexOf(p.pred)]!++;
  return m;
}

export function exactAgreement(pairs: { gold: Label; pred: Label }[]): number {
  return pairs.length ? pairs.filter((p) => p.gold === p.pred).length / pairs.length : 0;
}

/** Cohen's kappa with quadratic weights (1 = perfect, 0 = chance). */
export function quadraticWeightedKappa(pairs: { gold: Label; pred: Label }[]): number {
  const k = ORDINAL.length;
  const n = pairs.length;
  if (!n) return 0;
  const o = confusion(pairs);
  const gold = o.map((row) => row.reduce((a, b) => a + b, 0));
  const pred = ORDINAL.map((_, j) => o.reduce((a, row) => a + row[j]!, 0));
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const w = (i - j) ** 2 / (k - 1) ** 2;
      num += w * o[i]![j]!;
      den += (w * gold[i]! * pred[j]!) / n;
    }
  return den === 0 ? 1 : 1 - num / den;
}

export function severeErrors<T extends { gold: Label; pred: Label }>(pairs: T[]): T[] {
  return pairs.filter((p) => (p.gold === "correct" && p.pred === "incorrect") || (p.gold === "incorrect" && p.pred === "correct"));
}

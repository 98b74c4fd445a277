/** Kept apart from ts-fsrs so the review page's client bundle does not carry the scheduler. */
export type RatingValue = 1 | 2 | 3 | 4;

/** A grader verdict → the rating it suggests (the learner may pick another). */
export function suggestedRating(verdict: "correct" | "partial" | "incorrect", score: number): RatingValue {
  if (verdict === "incorrect") return 1;
  if (verdict === "partial") return 2;
  return score >= 95 ? 4 : 3;
}

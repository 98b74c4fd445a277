/**
 * Spaced repetition with ts-fsrs (FSRS-6 default weights, fuzz on, Anki-like learning
 * steps). This module only maps between ts-fsrs and our storage shape and formats the
 * interval each rating button would give; all scheduling maths is ts-fsrs's own.
 *
 * Fuzz is seeded per card and review state (ts-fsrs's SEED strategy), not by the review
 * time as ts-fsrs does by default: the buttons are previewed when the card is shown and the
 * rating is applied seconds later, and both must fuzz the same way, or "Easy 6d" turns into
 * "see you in 9d".
 */
import {
  createEmptyCard,
  fsrs,
  GenSeedStrategyWithCardId,
  generatorParameters,
  Rating,
  State,
  StrategyMode,
  type Card,
  type Grade,
  type ReviewLog,
} from "ts-fsrs";

export { Rating, State };
export { suggestedRating, type RatingValue } from "./suggest";
import type { RatingValue } from "./suggest";
export const RATINGS: readonly RatingValue[] = [1, 2, 3, 4];
export const RATING_NAMES: Record<RatingValue, "again" | "hard" | "good" | "easy"> = { 1: "again", 2: "hard", 3: "good", 4: "easy" };

/** The field of a ts-fsrs card that carries its fuzz seed (see seededCard). */
const SEED_FIELD = "fuzz_seed";

export const scheduler = fsrs(generatorParameters({ enable_fuzz: true, enable_short_term: true, request_retention: 0.9, maximum_interval: 36500 })).useStrategy(
  StrategyMode.SEED,
  // ts-fsrs appends the card's repetition count to the field's value.
  GenSeedStrategyWithCardId(SEED_FIELD),
);

/**
 * Names a card for its fuzz seed: the learner and the question, because a new card is
 * previewed before its row (and id) exists.
 */
export function cardKey(userId: string, questionId: string): string {
  return `${userId}:${questionId}`;
}

/** The columns of our Card table (camelCase), equal to ts-fsrs's Card. */
export interface StoredCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

export interface StoredLog {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

export function toFsrs(c: StoredCard): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    ...(c.lastReview && { last_review: c.lastReview }),
  };
}

/**
 * The ts-fsrs card with its fuzz seed: the card's key and the review state it is in (state
 * and last review; ts-fsrs adds the repetition count). The review time is left out on
 * purpose, so a preview and the rating that follows it agree.
 */
export function seededCard(c: StoredCard, key: string): Card {
  const seed = `${key}|${c.state}|${c.lastReview?.getTime() ?? "new"}|`;
  return { ...toFsrs(c), [SEED_FIELD]: seed } as Card;
}

export function fromFsrs(c: Card): StoredCard {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

export function logFromFsrs(l: ReviewLog): StoredLog {
  return {
    rating: l.rating,
    state: l.state,
    due: l.due,
    stability: l.stability,
    difficulty: l.difficulty,
    elapsedDays: l.elapsed_days,
    lastElapsedDays: l.last_elapsed_days,
    scheduledDays: l.scheduled_days,
    learningSteps: l.learning_steps,
    review: l.review,
  };
}

export function newCard(now: Date): StoredCard {
  return fromFsrs(createEmptyCard(now));
}

/** Applies one rating. `key` names the card (cardKey) and must be the one its preview used. */
export function review(card: StoredCard, rating: RatingValue, now: Date, key: string): { card: StoredCard; log: StoredLog } {
  const { card: next, log } = scheduler.next(seededCard(card, key), now, rating as Grade);
  return { card: fromFsrs(next), log: logFromFsrs(log) };
}

/**
 * What each button would do: the next due date per rating, without changing anything.
 * preview(card, now, key)[r] is exactly review(card, r, now, key).card.due.
 */
export function preview(card: StoredCard, now: Date, key: string): Record<RatingValue, Date> {
  const p = scheduler.repeat(seededCard(card, key), now);
  return { 1: p[Rating.Again].card.due, 2: p[Rating.Hard].card.due, 3: p[Rating.Good].card.due, 4: p[Rating.Easy].card.due };
}

/** A short interval label: "1m", "10m", "3h", "4d", "2mo", "1.5y" (compact, like Anki's buttons). */
export function intervalLabel(from: Date, to: Date, locale: "ko" | "en"): string {
  const min = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  const ko = locale === "ko";
  if (min < 60) return ko ? `${min}분` : `${min}m`;
  const h = Math.round(min / 60);
  if (h < 24) return ko ? `${h}시간` : `${h}h`;
  const d = Math.round(min / 1440);
  if (d < 31) return ko ? `${d}일` : `${d}d`;
  if (d < 365) {
    const mo = Math.round((d / 30.4) * 10) / 10;
    return ko ? `${mo}개월` : `${mo}mo`;
  }
  const y = Math.round((d / 365) * 10) / 10;
  return ko ? `${y}년` : `${y}y`;
}

import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters } from "ts-fsrs";
import { cardKey, fromFsrs, intervalLabel, newCard, preview, review, suggestedRating, toFsrs, type RatingValue, type StoredCard } from "./fsrs";

const now = new Date("2026-11-21T09:00:00Z");
const KEY = cardKey("user-1", "question-1");

describe("FSRS scheduling (ts-fsrs)", () => {
  it("round-trips ts-fsrs cards through the stored shape unchanged", () => {
    let card = newCard(now);
    for (const [i, rating] of ([3, 3, 1, 3, 4] as const).entries()) {
      card = review(card, rating, new Date(card.due.getTime() + i * 1000), KEY).card;
      expect(fromFsrs(toFsrs(card))).toEqual(card);
    }
    expect(card.reps).toBe(5);
    expect(card.lapses).toBeGreaterThanOrEqual(1);
  });

  it("orders intervals Again < Hard < Good < Easy for a review card", () => {
    let card = newCard(now);
    card = review(card, 3, now, KEY).card;
    card = review(card, 3, card.due, KEY).card; // graduates to Review
    const p = preview(card, card.due, KEY);
    expect(p[1].getTime()).toBeLessThan(p[2].getTime());
    expect(p[2].getTime()).toBeLessThanOrEqual(p[3].getTime());
    expect(p[3].getTime()).toBeLessThan(p[4].getTime());
  });

  it("matches ts-fsrs itself (no scheduling logic of our own)", () => {
    const plain = fsrs(generatorParameters({ enable_fuzz: false }));
    const ours = review(newCard(now), 3, now, KEY).card;
    const theirs = plain.next(createEmptyCard(now), now, 3).card;
    expect(ours.state).toBe(theirs.state);
    expect(ours.stability).toBeCloseTo(theirs.stability, 6);
    expect(ours.difficulty).toBeCloseTo(theirs.difficulty, 6);
  });

  it("previews exactly the due date each rating then gives, for many cards, states and ratings", () => {
    let checked = 0;
    for (const [key, card, at] of cardsInManyStates()) {
      const p = preview(card, at, key);
      for (const r of [1, 2, 3, 4] as const) {
        expect(p[r].getTime(), `${key} state ${card.state} reps ${card.reps} rating ${r}`).toBe(review(card, r, at, key).card.due.getTime());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("gives the interval the buttons showed when the rating comes a little after the preview", () => {
    // The card is shown (preview) and rated seconds or minutes later: the fuzzed interval must not change.
    let fuzzed = 0;
    for (const [key, card, at] of cardsInManyStates()) {
      if (card.state !== 2) continue; // Review cards: day intervals, where fuzz applies
      const shownAt = at;
      const ratedAt = new Date(at.getTime() + 47_000);
      const p = preview(card, shownAt, key);
      for (const r of [2, 3, 4] as const) {
        const shownDays = Math.round((p[r].getTime() - shownAt.getTime()) / 86_400_000);
        const given = review(card, r, ratedAt, key).card;
        expect(given.scheduledDays, `${key} reps ${card.reps} rating ${r}`).toBe(shownDays);
        expect(intervalLabel(ratedAt, given.due, "en")).toBe(intervalLabel(shownAt, p[r], "en"));
        if (shownDays >= 3) fuzzed++;
      }
    }
    expect(fuzzed).toBeGreaterThan(100);
  });

  it("seeds the fuzz per card: the same state on different cards spreads over the fuzz range", () => {
    let card = newCard(now);
    card = review(card, 4, now, KEY).card; // one shared history...
    const at = new Date(card.due.getTime() + 86_400_000);
    const days = new Set<number>();
    for (let i = 0; i < 60; i++) days.add(review(card, 3, at, cardKey("user-1", `q-${i}`)).card.scheduledDays); // ...rated as 60 different cards
    expect(days.size).toBeGreaterThan(1);
    // and per card it is deterministic
    expect(review(card, 3, at, KEY).card.due).toEqual(review(card, 3, at, KEY).card.due);
  });

  it("suggests a rating from the grader's verdict", () => {
    expect(suggestedRating("incorrect", 10)).toBe(1);
    expect(suggestedRating("partial", 60)).toBe(2);
    expect(suggestedRating("correct", 80)).toBe(3);
    expect(suggestedRating("correct", 100)).toBe(4);
  });

  it("labels intervals compactly in both languages", () => {
    const at = (ms: number) => new Date(now.getTime() + ms);
    expect(intervalLabel(now, at(60_000), "en")).toBe("1m");
    expect(intervalLabel(now, at(10 * 60_000), "ko")).toBe("10분");
    expect(intervalLabel(now, at(3 * 86_400_000), "en")).toBe("3d");
    expect(intervalLabel(now, at(400 * 86_400_000), "ko")).toBe("1.1년");
  });
});

/** Deterministic histories: 40 cards (keys) reviewed with varied ratings and delays, every state along the way. */
function* cardsInManyStates(): Generator<[string, StoredCard, Date]> {
  let x = 12345;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let c = 0; c < 40; c++) {
    const key = cardKey(`user-${c % 3}`, `question-${c}`);
    let at = new Date(now.getTime() + c * 3_600_000);
    let card = newCard(at);
    for (let step = 0; step < 12; step++) {
      yield [key, card, at];
      const rating = (rnd() < 0.1 ? 1 : rnd() < 0.2 ? 2 : rnd() < 0.8 ? 3 : 4) as RatingValue;
      card = review(card, rating, at, key).card;
      // Sometimes on time, sometimes late (up to twice the interval), sometimes early.
      const gap = Math.max(60_000, card.due.getTime() - at.getTime());
      at = new Date(at.getTime() + Math.floor(gap * (0.5 + rnd() * 1.5)));
    }
  }
}

import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters } from "ts-fsrs";
import { fromFsrs, intervalLabel, newCard, preview, review, suggestedRating, toFsrs } from "./fsrs";

const now = new Date("2026-11-21T09:00:00Z");

describe("FSRS scheduling (ts-fsrs)", () => {
  it("round-trips ts-fsrs cards through the stored shape unchanged", () => {
    let card = newCard(now);
    for (const [i, rating] of ([3, 3, 1, 3, 4] as const).entries()) {
      card = review(card, rating, new Date(card.due.getTime() + i * 1000)).card;
      expect(fromFsrs(toFsrs(card))).toEqual(card);
    }
    expect(card.reps).toBe(5);
    expect(card.lapses).toBeGreaterThanOrEqual(1);
  });

  it("orders intervals Again < Hard < Good < Easy for a review card", () => {
    let card = newCard(now);
    card = review(card, 3, now).card;
    card = review(card, 3, card.due).card; // graduates to Review
    const p = preview(card, card.due);
    expect(p[1].getTime()).toBeLessThan(p[2].getTime());
    expect(p[2].getTime()).toBeLessThanOrEqual(p[3].getTime());
    expect(p[3].getTime()).toBeLessThan(p[4].getTime());
  });

  it("matches ts-fsrs itself (no scheduling logic of our own)", () => {
    const plain = fsrs(generatorParameters({ enable_fuzz: false }));
    const ours = review(newCard(now), 3, now).card;
    const theirs = plain.next(createEmptyCard(now), now, 3).card;
    expect(ours.state).toBe(theirs.state);
    expect(ours.stability).toBeCloseTo(theirs.stability, 6);
    expect(ours.difficulty).toBeCloseTo(theirs.difficulty, 6);
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

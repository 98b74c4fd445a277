/**
 * Flashcard reviews: what a rating stores must be exactly what ts-fsrs computes (fuzz
 * included: seeded by the card's key and review state, so the same inputs give the same due
 * date, and the interval a button shows is the one the rating gives); a stale or doubled rating is refused; the next card follows due-first,
 * then new cards up to the learner's daily limit in their own time zone; decks are scoped.
 */
import { describe, expect, it } from "vitest";
import { GET as nextGET } from "@/app/api/v1/review/next/route";
import { POST as ratePOST } from "@/app/api/v1/review/rate/route";
import { POST as gradePOST } from "@/app/api/v1/grade/route";
import { db } from "@/lib/db";
import { nextCard, rateCard } from "@/lib/dal/review";
import { updateSettings, type SessionUser } from "@/lib/dal/users";
import { answerTurn, createInterview } from "@/lib/dal/interviews";
import { cardKey, fromFsrs, intervalLabel, logFromFsrs, newCard, scheduler, seededCard, State, type RatingValue, type StoredCard } from "@/lib/scheduling/fsrs";
import { dayKey, startOfDay } from "@/lib/time/zone";
import { loadContent } from "@/lib/content/load";
import type { QuestionFile } from "@/lib/content/schema";
import { makeUser } from "../support/session";
import { jsonOf, request } from "../support/http";

const bank = loadContent();
type Single = Extract<QuestionFile, { type: "single-choice" }>;
const singles = bank.questions.filter((q): q is Single => q.type === "single-choice");
const single = singles[0]!;
const single2 = singles.find((q) => q.slug !== single.slug)!;

const rate = (cookie: string, body: Record<string, unknown>) => ratePOST(request("/api/v1/review/rate", { cookie, body }), {});
const next = (cookie: string, qs = "") => nextGET(request(`/api/v1/review/next${qs}`, { cookie }), {});

const CARD_FIELDS = ["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"] as const;
const LOG_FIELDS = ["rating", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review"] as const;
const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

async function cardOf(user: SessionUser, slug: string) {
  const q = await db.question.findUniqueOrThrow({ where: { slug } });
  return db.card.findUnique({ where: { userId_questionId: { userId: user.id, questionId: q.id } }, include: { logs: { orderBy: { review: "asc" } } } });
}

async function keyOf(user: SessionUser, slug: string): Promise<string> {
  return cardKey(user.id, (await db.question.findUniqueOrThrow({ where: { slug } })).id);
}

/** What ts-fsrs makes of `card` (named `key`) rated `rating` at `now`, in our storage shape. */
function expected(card: StoredCard | null, rating: RatingValue, now: Date, key: string) {
  const { card: c, log } = scheduler.next(seededCard(card ?? newCard(now), key), now, rating);
  return { card: fromFsrs(c), log: logFromFsrs(log) };
}

describe("FSRS round trip through the database", () => {
  it("rating a new card through the API stores the card and log ts-fsrs computes", async () => {
    const { user, cookie } = await makeUser(db);
    const res = await rate(`${cookie}; locale=en`, { question: single.slug, rating: 3, reps: 0, suggested: 2 });
    expect(res.status).toBe(200);
    const dto = await jsonOf(res);
    const card = (await cardOf(user, single.slug))!;
    expect(card.logs).toHaveLength(1);
    const log = card.logs[0]!;
    const now = log.review;
    const want = expected(null, 3, now, await keyOf(user, single.slug));
    expect(pick(card, CARD_FIELDS)).toEqual(want.card);
    expect(pick(log, LOG_FIELDS)).toEqual(want.log);
    expect(log).toMatchObject({ userId: user.id, suggested: 2 });
    expect(card.createdAt).toEqual(now);
    expect(card.state).toBe(State.Learning);
    expect(dto).toMatchObject({ question: single.slug, rating: 3, due: card.due.toISOString(), state: card.state, reps: 1 });
    expect(dto.interval).toBe(intervalLabel(now, card.due, "en"));
    expect(dto.interval).toBe("10m"); // "Good" on a new card: the second learning step
  });

  it("successive ratings at chosen times follow ts-fsrs exactly, review intervals fuzzed included", async () => {
    const { user } = await makeUser(db);
    const t0 = new Date("2030-01-05T11:00:00Z");
    const key = await keyOf(user, single.slug);
    await rateCard(db, user, { question: single.slug, rating: 4, reps: 0 }, "en", t0);
    const c1 = (await cardOf(user, single.slug))!;
    const w1 = expected(null, 4, t0, key);
    expect(pick(c1, CARD_FIELDS)).toEqual(w1.card);
    expect(c1.state).toBe(State.Review);
    expect(c1.scheduledDays).toBeGreaterThanOrEqual(3); // long enough for fuzz to apply

    const t1 = new Date(c1.due.getTime() + 2 * 3600_000);
    const r2 = await rateCard(db, user, { question: single.slug, rating: 3, reps: 1 }, "en", t1);
    const c2 = (await cardOf(user, single.slug))!;
    const w2 = expected(c1, 3, t1, key);
    expect(pick(c2, CARD_FIELDS)).toEqual(w2.card);
    expect(r2).toMatchObject({ reps: 2, state: State.Review, due: w2.card.due.toISOString() });
    expect(c2.scheduledDays).toBeGreaterThan(c1.scheduledDays);

    const t2 = new Date(c2.due.getTime() + 86_400_000);
    await rateCard(db, user, { question: single.slug, rating: 1, reps: 2 }, "en", t2);
    const c3 = (await cardOf(user, single.slug))!;
    const w3 = expected(c2, 1, t2, key);
    expect(pick(c3, CARD_FIELDS)).toEqual(w3.card);
    expect(c3).toMatchObject({ state: State.Relearning, lapses: 1, reps: 3 });

    expect(c3.logs.map((l) => pick(l, LOG_FIELDS))).toEqual([w1.log, w2.log, w3.log]);
    // The learner's study day counts the reviews.
    expect((await db.studyDay.aggregate({ where: { userId: user.id }, _sum: { reviews: true } }))._sum.reviews).toBe(3);
  });

  it("each button's interval is the interval its rating gives, though the rating comes minutes after the card was shown", async () => {
    const t0 = new Date("2030-02-03T09:00:00Z");
    const compared: string[] = [];
    for (const rating of [2, 3, 4] as const) {
      for (let i = 0; i < 4; i++) {
        const made = await makeUser(db);
        const user = await updateSettings(db, made.user, { dailyNewCards: 0 });
        await rateCard(db, user, { question: single.slug, rating: 4, reps: 0 }, "en", t0); // straight to Review
        const { due } = (await cardOf(user, single.slug))!;
        const shownAt = new Date(due.getTime() + 3600_000);
        const shown = await nextCard(db, user, "all", "ko", shownAt);
        expect(shown.card).toMatchObject({ isNew: false, reps: 1, question: { slug: single.slug } });
        const rated = await rateCard(db, user, { question: single.slug, rating, reps: 1 }, "ko", new Date(shownAt.getTime() + 3 * 60_000));
        expect(rated.interval, `rating ${rating}`).toBe(shown.card!.intervals[rating]);
        compared.push(rated.interval);
      }
    }
    expect(compared.some((label) => /^\d+일$/.test(label) && Number.parseInt(label, 10) >= 3)).toBe(true); // day intervals, where fuzz applies
  });

  it("a second rating with the same (stale) reps → 409, nothing written", async () => {
    const { user, cookie } = await makeUser(db);
    expect((await rate(cookie, { question: single.slug, rating: 3, reps: 0 })).status).toBe(200);
    const before = (await cardOf(user, single.slug))!;
    const again = await rate(cookie, { question: single.slug, rating: 1, reps: 0 });
    expect(again.status).toBe(409);
    expect((await jsonOf(again)).error.code).toBe("conflict");
    const after = (await cardOf(user, single.slug))!;
    expect(after).toEqual(before);
    expect(after.logs).toHaveLength(1);
    expect((await db.studyDay.findFirstOrThrow({ where: { userId: user.id } })).reviews).toBe(1);
  });

  it("a rating that claims reviews of a card never seen → 409, no card created", async () => {
    const { user, cookie } = await makeUser(db);
    expect((await rate(cookie, { question: single.slug, rating: 3, reps: 4 })).status).toBe(409);
    expect(await db.card.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a double submit at the same moment: one rating is applied, the other is a 409", async () => {
    const { user, cookie } = await makeUser(db);
    const results = await Promise.all([rate(cookie, { question: single.slug, rating: 3, reps: 0 }), rate(cookie, { question: single.slug, rating: 3, reps: 0 })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await db.card.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it.each([
    ["rating 0", { rating: 0, reps: 0 }, 400],
    ["rating 5", { rating: 5, reps: 0 }, 400],
    ["negative reps", { rating: 3, reps: -1 }, 400],
    ["a state override", { rating: 3, reps: 0, state: 2 }, 400],
    ["a due date", { rating: 3, reps: 0, due: "2099-01-01T00:00:00Z" }, 400],
    ["a user id", { rating: 3, reps: 0, userId: "someone" }, 400],
  ])("400 for %s, nothing stored", async (_name, body, status) => {
    const { user, cookie } = await makeUser(db);
    expect((await rate(cookie, { question: single.slug, ...body })).status).toBe(status);
    expect(await db.card.count({ where: { userId: user.id } })).toBe(0);
  });

  it("404 for an unknown question, 400 for a malformed slug", async () => {
    const { cookie } = await makeUser(db);
    expect((await rate(cookie, { question: "no-such-question", rating: 3, reps: 0 })).status).toBe(404);
    expect((await rate(cookie, { question: "../etc/passwd", rating: 3, reps: 0 })).status).toBe(400);
  });
});

describe("the next card", () => {
  /** 23:40 in Seoul on 2030-03-10. */
  const lateEvening = new Date(startOfDay("2030-03-10", "Asia/Seoul").getTime() + (23 * 60 + 40) * 60_000);
  const minutes = (n: number) => new Date(lateEvening.getTime() + n * 60_000);

  it("due cards first, then new cards up to dailyNewCards per day in the learner's time zone", async () => {
    const made = await makeUser(db, { timeZone: "Asia/Seoul" });
    const user = await updateSettings(db, made.user, { dailyNewCards: 2 });

    const n1 = await nextCard(db, user, "all", "en", lateEvening);
    expect(n1.counts).toEqual({ due: 0, newLeft: 2, reviewedToday: 0 });
    expect(n1.card).toMatchObject({ isNew: true, reps: 0, lapses: 0, due: null, state: State.New });
    expect(Object.keys(n1.card!.intervals).sort()).toEqual(["1", "2", "3", "4"]);
    // Showing a card changes nothing.
    expect(await db.card.count({ where: { userId: user.id } })).toBe(0);
    await rateCard(db, user, { question: n1.card!.question.slug, rating: 3, reps: 0 }, "en", lateEvening);

    const n2 = await nextCard(db, user, "all", "en", lateEvening);
    expect(n2.counts).toEqual({ due: 0, newLeft: 1, reviewedToday: 1 });
    expect(n2.card!.isNew).toBe(true);
    expect(n2.card!.question.slug).not.toBe(n1.card!.question.slug);
    await rateCard(db, user, { question: n2.card!.question.slug, rating: 3, reps: 0 }, "en", lateEvening);

    // Limit reached, nothing due yet (learning step): nothing to show, and when the next one is due.
    const n3 = await nextCard(db, user, "all", "en", lateEvening);
    expect(n3.card).toBeNull();
    expect(n3.counts).toEqual({ due: 0, newLeft: 0, reviewedToday: 2 });
    const firstDue = (await db.card.findFirstOrThrow({ where: { userId: user.id }, orderBy: { due: "asc" } })).due;
    expect(n3.nextDueAt).toBe(firstDue.toISOString());

    // Ten minutes later, the same evening: the learning cards are due, still no new ones.
    const n4 = await nextCard(db, user, "all", "en", minutes(11));
    expect(n4.counts).toEqual({ due: 2, newLeft: 0, reviewedToday: 2 });
    expect(n4.card).toMatchObject({ isNew: false, reps: 1, question: { slug: n1.card!.question.slug } });

    // After midnight in Seoul (only 25 minutes later): a new day, two new cards allowed again — but due cards come first.
    const n5 = await nextCard(db, user, "all", "en", minutes(25));
    expect(n5.counts).toEqual({ due: 2, newLeft: 2, reviewedToday: 0 });
    expect(n5.card!.isNew).toBe(false);
  });

  it("the same moment is still 'today' for a learner in another time zone", async () => {
    const made = await makeUser(db, { timeZone: "UTC" });
    const user = await updateSettings(db, made.user, { dailyNewCards: 1 });
    await rateCard(db, user, { question: single.slug, rating: 3, reps: 0 }, "en", lateEvening); // 14:40 UTC
    const later = await nextCard(db, user, "all", "en", minutes(25)); // 15:05 UTC, same UTC day
    expect(later.counts.newLeft).toBe(0);
    expect(later.counts.reviewedToday).toBe(1);
  });

  it("a card in review is due all through its due day", async () => {
    const made = await makeUser(db, { timeZone: "Asia/Seoul" });
    const user = await updateSettings(db, made.user, { dailyNewCards: 0 });
    const evening = new Date(startOfDay("2030-04-01", "Asia/Seoul").getTime() + 20 * 3600_000); // 20:00 in Seoul
    await rateCard(db, user, { question: single.slug, rating: 4, reps: 0 }, "en", evening);
    const card = (await cardOf(user, single.slug))!;
    expect(card.state).toBe(State.Review);
    // The due instant is 20:00 Seoul time; at 08:00 the same (Seoul) day it already counts as due.
    const eightAm = new Date(card.due.getTime() - 12 * 3600_000);
    expect(dayKey(eightAm, "Asia/Seoul")).toBe(dayKey(card.due, "Asia/Seoul"));
    const shown = await nextCard(db, user, "all", "en", eightAm);
    expect(shown.counts.due).toBe(1);
    expect(shown.card).toMatchObject({ isNew: false, question: { slug: single.slug } });
    // The evening before, it is not.
    const dayBefore = await nextCard(db, user, "all", "en", new Date(card.due.getTime() - 24 * 3600_000));
    expect(dayBefore.counts.due).toBe(0);
    expect(dayBefore.card).toBeNull();
  });

  it("deck topic:<id> shows only that topic's questions", async () => {
    const made = await makeUser(db);
    const user = await updateSettings(db, made.user, { dailyNewCards: 200 });
    const ports = bank.questions.filter((q) => q.topic === "ports");
    const n = await nextCard(db, user, "topic:ports", "en");
    expect(n.card!.question.topic.id).toBe("ports");
    expect(n.counts.newLeft).toBe(ports.length);
    // A rated card of another topic never appears in this deck.
    const other = bank.questions.find((q) => q.topic !== "ports")!;
    await rateCard(db, user, { question: other.slug, rating: 1, reps: 0 }, "en", new Date(Date.now() - 3600_000));
    const after = await nextCard(db, user, "topic:ports", "en");
    expect(after.counts.due).toBe(0);
    expect(after.card!.question.topic.id).toBe("ports");
    expect((await nextCard(db, user, "all", "en")).counts.due).toBe(1);
  });

  it("deck weak: questions last answered wrong (or with key points missed more than hit)", async () => {
    const { user, cookie } = await makeUser(db);
    const empty = await nextCard(db, user, "weak", "en");
    expect(empty.card).toBeNull();
    expect(empty.counts).toMatchObject({ due: 0, newLeft: 0 });
    const right = single2.choices.find((c) => c.correct)!.id;
    const wrong = single.choices.find((c) => !c.correct)!.id;
    await gradePOST(request("/api/v1/grade", { cookie, body: { question: single.slug, answer: wrong } }), {});
    await gradePOST(request("/api/v1/grade", { cookie, body: { question: single2.slug, answer: right } }), {});
    const weak = await nextCard(db, user, "weak", "en");
    expect(weak.counts.newLeft).toBe(1);
    expect(weak.card!.question.slug).toBe(single.slug);
  });

  it("deck interview:<id>: the questions not answered correctly in that interview", async () => {
    const { user } = await makeUser(db);
    const { id } = await createInterview(db, user, { topics: ["socket-api"], length: 5, locale: "en" });
    const turn = await db.interviewTurn.findFirstOrThrow({ where: { sessionId: id }, include: { question: { select: { slug: true } } } });
    await answerTurn(db, user, id, { turn: turn.id, answer: "I am not sure." });
    const n = await nextCard(db, user, `interview:${id}`, "en");
    expect(n.counts.newLeft).toBe(1);
    expect(n.card!.question.slug).toBe(turn.question.slug);
  });

  it("GET /api/v1/review/next: 404 for an unknown topic, 400 for hostile deck strings", async () => {
    const { cookie } = await makeUser(db);
    const ok = await next(cookie, "?deck=topic:ports&locale=ko");
    expect(ok.status).toBe(200);
    expect((await jsonOf(ok)).card.question.prompt).toMatch(/[\uAC00-\uD7A3]/);
    const unknown = await next(cookie, "?deck=topic:no-such-topic");
    expect(unknown.status).toBe(404);
    expect((await jsonOf(unknown)).error.code).toBe("not_found");
    expect((await next(cookie, "?deck=interview:clnotarealinterview000000")).status).toBe(404);
    for (const deck of [
      "topic:",
      "topic:../../etc/passwd",
      "topic:PORTS",
      `topic:${"a".repeat(41)}`,
      "topic:ports;drop",
      "interview:",
      "interview:short",
      `interview:${"a".repeat(41)}`,
      "interview:CLABCDEFGHIJKLMNOP",
      "interview:../x",
      "Weak",
      "everything",
      "<script>alert(1)</script>",
      "%00",
      "topic:ports\ninterview:x",
    ]) {
      const res = await next(cookie, `?deck=${encodeURIComponent(deck)}`);
      expect(res.status, deck).toBe(400);
      expect((await jsonOf(res)).error.fieldErrors.deck, deck).toBeTruthy();
    }
    expect((await next(cookie, "?deck=all&deck=weak")).status).toBe(400);
    expect((await next(cookie, "?user=someone")).status).toBe(400);
  });
});

describe("one learner's cards are never another's", () => {
  it("rating changes only the rater's card; counts and decks see only their own", async () => {
    const a = await makeUser(db);
    const b = await makeUser(db);
    expect((await rate(b.cookie, { question: single.slug, rating: 1, reps: 0 })).status).toBe(200);
    const bBefore = await cardOf(b.user, single.slug);
    // A has no card for it yet: A's reps are 0 whatever B did.
    expect((await rate(a.cookie, { question: single.slug, rating: 4, reps: 0 })).status).toBe(200);
    // B's reps do not make A's stale rating valid, and A's rating never touches B's card.
    expect((await rate(a.cookie, { question: single.slug, rating: 3, reps: 0 })).status).toBe(409);
    expect((await rate(a.cookie, { question: single.slug, rating: 3, reps: 1 })).status).toBe(200);
    expect(await cardOf(b.user, single.slug)).toEqual(bBefore);
    expect(await db.reviewLog.count({ where: { userId: b.user.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: a.user.id } })).toBe(2);

    const aNext = await jsonOf(await next(a.cookie));
    const bNext = await jsonOf(await next(b.cookie));
    expect(aNext.counts.reviewedToday).toBe(2);
    expect(bNext.counts.reviewedToday).toBe(1);
    // B's card (rated Again) is due within minutes; A's (Easy, then Good) is days away.
    const bCard = await cardOf(b.user, single.slug);
    const aCard = await cardOf(a.user, single.slug);
    expect(aCard!.due.getTime()).toBeGreaterThan(bCard!.due.getTime() + 86_400_000);
  });

  it("deck interview:<someone else's id> → 404", async () => {
    const a = await makeUser(db);
    const b = await makeUser(db);
    const { id } = await createInterview(db, b.user, { topics: ["ports"], length: 5, locale: "en" });
    const res = await next(a.cookie, `?deck=interview:${id}`);
    expect(res.status).toBe(404);
    expect((await next(b.cookie, `?deck=interview:${id}`)).status).toBe(200);
  });
});

import "server-only";
/**
 * Flashcard reviews: which card comes next in a deck, and what a rating does to it. Cards
 * are created on their first rating (showing a new card changes nothing), their state and
 * every review log stored as ts-fsrs defines them. "Today" is the learner's own day.
 */
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import type { CorrectAnswerDto, QuestionDetailDto } from "@/lib/validation/dto";
import type { Deck, RateInput } from "@/lib/validation/review";
import { cardKey, intervalLabel, newCard, preview, review, RATINGS, State, type RatingValue, type StoredCard } from "@/lib/scheduling/fsrs";
import { dayKey, todayBounds } from "@/lib/time/zone";
import type { Prisma } from "@/generated/prisma/client";
import { getCatalog } from "./catalog";
import { correctAnswerOf } from "./grade";
import { getQuestion } from "./questions";
import { weakQuestionIds } from "./progress";
import type { SessionUser } from "./users";

export interface NextCardDto {
  deck: Deck;
  counts: { due: number; newLeft: number; reviewedToday: number };
  card: null | {
    question: QuestionDetailDto;
    isNew: boolean;
    state: number;
    reps: number;
    lapses: number;
    due: string | null;
    intervals: Record<RatingValue, string>;
    /** The back of the card, shown after the learner reveals it. */
    back: { modelAnswer: string; explanation: string; correctAnswer: CorrectAnswerDto | null };
  };
  /** When nothing is due now: the next time a card in this deck becomes due. */
  nextDueAt: string | null;
}

/** The questions of a deck, or null for every question. */
async function deckQuestionIds(db: Db, user: SessionUser, deck: Deck): Promise<string[] | null> {
  if (deck === "all") return null;
  if (deck === "weak") return weakQuestionIds(db, user);
  if (deck.startsWith("topic:")) {
    const topic = deck.slice(6);
    const ids = (await getCatalog(db)).questions.filter((q) => q.topicId === topic).map((q) => q.id);
    if (!ids.length) throw new AppError("not_found");
    return ids;
  }
  // interview:<id> — only the owner's interview; someone else's id is simply not found.
  const session = await db.interviewSession.findFirst({ where: { id: deck.slice(10), userId: user.id }, select: { turns: { select: { questionId: true, verdict: true } } } });
  if (!session) throw new AppError("not_found");
  return [...new Set(session.turns.filter((t) => t.verdict && t.verdict !== "correct").map((t) => t.questionId))];
}

function dueWhere(user: SessionUser, now: Date, endOfToday: Date, ids: string[] | null): Prisma.CardWhereInput {
  return {
    userId: user.id,
    ...(ids && { questionId: { in: ids } }),
    // Learning steps are minutes apart: due when the time comes. Review cards: any time today.
    // Written as one range on (userId, due) plus a filter, so SQLite scans one index range.
    due: { lt: endOfToday },
    OR: [{ due: { lte: now } }, { state: State.Review }],
  };
}

export async function nextCard(db: Db, user: SessionUser, deck: Deck, locale: Locale, now = new Date()): Promise<NextCardDto> {
  const today = todayBounds(now, user.timeZone);
  const ids = await deckQuestionIds(db, user, deck);
  const where = dueWhere(user, now, today.end, ids);
  const [due, dueCount, introducedToday, reviewedToday] = await Promise.all([
    db.card.findFirst({ where, orderBy: { due: "asc" } }),
    db.card.count({ where }),
    db.card.count({ where: { userId: user.id, createdAt: { gte: today.start } } }),
    db.reviewLog.count({ where: { userId: user.id, review: { gte: today.start } } }),
  ]);
  const allowance = Math.max(0, user.dailyNewCards - introducedToday);
  const catalog = await getCatalog(db);
  const deckSize = ids ? ids.filter((id) => catalog.byId.has(id)).length : catalog.questions.length;
  const carded = await db.card.count({ where: { userId: user.id, ...(ids && { questionId: { in: ids } }) } });
  const counts = { due: dueCount, newLeft: Math.min(allowance, Math.max(0, deckSize - carded)), reviewedToday };

  let card: StoredCard | null = null;
  let slug = due ? catalog.byId.get(due.questionId)?.slug : undefined; // a retired question's card is skipped
  if (slug) card = due;
  else if (counts.newLeft > 0) {
    // The first question of the deck (in display order) that has no card yet.
    const have = new Set((await db.card.findMany({ where: { userId: user.id, ...(ids && { questionId: { in: ids } }) }, select: { questionId: true } })).map((c) => c.questionId));
    const inDeck = ids ? new Set(ids) : null;
    slug = catalog.questions.find((q) => (!inDeck || inDeck.has(q.id)) && !have.has(q.id))?.slug;
  }
  if (!slug) {
    const later = await db.card.findFirst({ where: { userId: user.id, ...(ids && { questionId: { in: ids } }) }, orderBy: { due: "asc" }, select: { due: true } });
    return { deck, counts, card: null, nextDueAt: later?.due.toISOString() ?? null };
  }
  const q = catalog.bySlug.get(slug)!;
  const shown = card ?? newCard(now);
  // Seeded like rateCard's review() (same learner and question), so each label is the interval that rating gives.
  const p = preview(shown, now, cardKey(user.id, q.id));
  return {
    deck,
    counts,
    card: {
      question: await getQuestion(db, slug, locale),
      isNew: !card,
      state: shown.state,
      reps: shown.reps,
      lapses: shown.lapses,
      due: card ? card.due.toISOString() : null,
      intervals: Object.fromEntries(RATINGS.map((r) => [r, intervalLabel(now, p[r], locale)])) as Record<RatingValue, string>,
      back: { modelAnswer: q.modelAnswer[locale], explanation: q.explanation[locale], correctAnswer: q.exact ? correctAnswerOf(q, locale) : null },
    },
    nextDueAt: null,
  };
}

export interface RateResultDto {
  question: string;
  rating: RatingValue;
  due: string;
  interval: string;
  state: number;
  reps: number;
}

/** Applies a rating. `reps` must match the card the learner saw, so a double submit is refused (409). */
export async function rateCard(db: Db, user: SessionUser, input: RateInput, locale: Locale, now = new Date()): Promise<RateResultDto> {
  const question = (await getCatalog(db)).bySlug.get(input.question);
  if (!question) throw new AppError("not_found");
  const conflict = () =>
    new AppError("conflict", locale === "ko" ? "이 카드는 이미 평가되었습니다. 다음 카드를 불러옵니다." : "This card was already rated. Loading the next card.");
  // (Two submits of a new card at once both find no card; on PostgreSQL the second insert then
  // breaks the (user, question) key instead of waiting for the first: the same 409.)
  return db.$transaction(async (tx) => {
    let card = await tx.card.findUnique({ where: { userId_questionId: { userId: user.id, questionId: question.id } } });
    if (!card) {
      if (input.reps !== 0) throw conflict();
      card = await tx.card.create({ data: { userId: user.id, questionId: question.id, topicId: question.topicId, ...newCard(now), createdAt: now } });
    } else if (card.reps !== input.reps) {
      throw conflict();
    }
    const { card: next, log } = review(card, input.rating, now, cardKey(user.id, question.id));
    const updated = await tx.card.updateMany({ where: { id: card.id, userId: user.id, reps: input.reps }, data: next });
    if (updated.count !== 1) throw conflict();
    await tx.reviewLog.create({ data: { cardId: card.id, userId: user.id, ...log, suggested: input.suggested ?? null } });
    const day = dayKey(now, user.timeZone);
    await tx.studyDay.upsert({ where: { userId_day: { userId: user.id, day } }, create: { userId: user.id, day, reviews: 1 }, update: { reviews: { increment: 1 } } });
    return { question: question.slug, rating: input.rating, due: next.due.toISOString(), interval: intervalLabel(now, next.due, locale), state: next.state, reps: next.reps };
  }).catch((err: unknown) => {
    if ((err as { code?: string }).code === "P2002") throw conflict();
    throw err;
  });
}

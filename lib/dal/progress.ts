import "server-only";
/**
 * Study progress: every graded attempt of a signed-in learner, with per-question and
 * per-key-point roll-ups and study days kept in the same transaction, so the dashboard reads
 * a few small indexed tables instead of scanning thousands of attempts. Every function takes
 * the SessionUser and filters by its id: no caller can reach another user's rows.
 */
import { z } from "zod";
import type { Db } from "@/lib/db";
import { toCsv } from "@/lib/csv";
import type { Answer } from "@/lib/grading";
import type { Locale } from "@/lib/i18n/locale";
import type { GradeResultDto } from "@/lib/validation/dto";
import { dayKey, addDays, streak, todayBounds } from "@/lib/time/zone";
import { getCatalog, type CatalogQuestion } from "./catalog";
import { gradeAnswer } from "./grade";
import { openInLiveQuiz, openInLiveQuizError } from "./live-open";
import type { SessionUser } from "./users";

export const ATTEMPT_MODES = ["practice", "review", "interview", "import", "live"] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];
export const MAX_TIME_TAKEN_MS = 2 * 3600_000;

export interface AttemptInput {
  question: CatalogQuestion;
  answer: Answer;
  result: GradeResultDto;
  mode: AttemptMode;
  timeTakenMs?: number | null;
  at?: Date;
}

function keyPointIds(result: GradeResultDto) {
  if (result.type !== "interview") return { hit: [] as string[], miss: [] as string[], misconceptions: [] as string[] };
  return {
    hit: result.keyPoints.filter((k) => k.hit).map((k) => k.id),
    miss: result.keyPoints.filter((k) => !k.hit).map((k) => k.id),
    misconceptions: result.misconceptions.map((m) => m.id),
  };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function writeAttempt(tx: Tx, user: SessionUser, a: AttemptInput): Promise<string> {
  const at = a.at ?? new Date();
  const ids = keyPointIds(a.result);
  const timeTakenMs = a.timeTakenMs == null ? null : Math.max(0, Math.min(MAX_TIME_TAKEN_MS, Math.round(a.timeTakenMs)));
  const row = await tx.attempt.create({
    data: {
      userId: user.id,
      questionId: a.question.id,
      topicId: a.question.topicId,
      mode: a.mode,
      locale: a.result.locale,
      answer: JSON.stringify(a.answer),
      score: a.result.score,
      verdict: a.result.verdict,
      keyPointsHit: JSON.stringify(ids.hit),
      keyPointsMiss: JSON.stringify(ids.miss),
      misconceptions: JSON.stringify(ids.misconceptions),
      timeTakenMs,
      createdAt: at,
    },
    select: { id: true },
  });
  const prev = await tx.questionProgress.findUnique({ where: { userId_questionId: { userId: user.id, questionId: a.question.id } } });
  // Imported attempts may be older than what is stored: "last" means latest in time.
  const isLatest = !prev || prev.lastAt <= at;
  await tx.questionProgress.upsert({
    where: { userId_questionId: { userId: user.id, questionId: a.question.id } },
    create: { userId: user.id, questionId: a.question.id, topicId: a.question.topicId, attempts: 1, lastScore: a.result.score, bestScore: a.result.score, lastVerdict: a.result.verdict, lastAt: at },
    update: {
      attempts: { increment: 1 },
      bestScore: Math.max(prev?.bestScore ?? 0, a.result.score),
      ...(isLatest && { lastScore: a.result.score, lastVerdict: a.result.verdict, lastAt: at }),
    },
  });
  for (const [keyPoint, hit] of [...ids.hit.map((k) => [k, true] as const), ...ids.miss.map((k) => [k, false] as const)]) {
    await tx.keyPointStat.upsert({
      where: { userId_questionId_keyPoint: { userId: user.id, questionId: a.question.id, keyPoint } },
      create: { userId: user.id, questionId: a.question.id, keyPoint, hits: hit ? 1 : 0, misses: hit ? 0 : 1, lastMissAt: hit ? null : at },
      update: hit ? { hits: { increment: 1 } } : { misses: { increment: 1 }, lastMissAt: at },
    });
  }
  const day = dayKey(at, user.timeZone);
  await tx.studyDay.upsert({
    where: { userId_day: { userId: user.id, day } },
    create: { userId: user.id, day, attempts: 1, scoreSum: a.result.score },
    update: { attempts: { increment: 1 }, scoreSum: { increment: a.result.score } },
  });
  return row.id;
}

export async function recordAttempts(db: Db, user: SessionUser, attempts: AttemptInput[]): Promise<string[]> {
  if (attempts.length === 0) return [];
  return db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const a of attempts) ids.push(await writeAttempt(tx, user, a));
    return ids;
  });
}

export async function recordAttempt(db: Db, user: SessionUser, attempt: AttemptInput): Promise<string> {
  return (await recordAttempts(db, user, [attempt]))[0]!;
}

/**
 * Grades an answer and, for a signed-in learner, stores the attempt. The one path used by the
 * grade API, the question page and flashcard reviews.
 */
export async function gradeAndRecord(
  db: Db,
  user: SessionUser | null,
  slug: string,
  answer: Answer,
  locale: Locale,
  opts: { explicitLocale?: boolean; mode?: AttemptMode; timeTakenMs?: number | null } = {},
): Promise<{ result: GradeResultDto; attemptId: string | null }> {
  if (await openInLiveQuiz(db, slug)) throw openInLiveQuizError(locale);
  const result = await gradeAnswer(db, slug, answer, locale, opts.explicitLocale ?? true);
  if (!user) return { result, attemptId: null };
  const question = (await getCatalog(db)).bySlug.get(slug)!;
  const attemptId = await recordAttempt(db, user, { question, answer, result, mode: opts.mode ?? "practice", timeTakenMs: opts.timeTakenMs });
  return { result, attemptId };
}

// ------------------------------------------------------------------ import from this device

export const localAttemptSchema = z
  .object({
    question: z.string().min(1).max(80),
    answer: z.union([z.string().max(65_536), z.array(z.string().max(60)).max(20)]),
    at: z.iso.datetime(),
    timeTakenMs: z.number().int().min(0).max(MAX_TIME_TAKEN_MS).nullable().optional(),
  })
  .strict();
export const MAX_IMPORT = 200;
export const importSchema = z.object({ attempts: z.array(localAttemptSchema).max(MAX_IMPORT) }).strict();

/**
 * Imports practice attempts kept in the browser before sign-up. Answers are graded again on
 * the server (a client's score is never trusted); unknown questions and answers that no
 * longer grade are skipped and counted. Dates are clamped to the last year and never later
 * than now.
 */
export async function importAttempts(db: Db, user: SessionUser, items: z.output<typeof localAttemptSchema>[], locale: Locale, now = new Date()) {
  const catalog = await getCatalog(db);
  const inputs: AttemptInput[] = [];
  let skipped = 0;
  for (const item of items) {
    const question = catalog.bySlug.get(item.question);
    // (A question open in a live quiz: its verdict would show in the learner's attempt list before the reveal.)
    if (!question || (await openInLiveQuiz(db, item.question))) {
      skipped++;
      continue;
    }
    try {
      const result = await gradeAnswer(db, item.question, item.answer, locale, false);
      const at = new Date(Math.min(now.getTime(), Math.max(now.getTime() - 365 * 86_400_000, Date.parse(item.at))));
      inputs.push({ question, answer: item.answer, result, mode: "import", timeTakenMs: item.timeTakenMs ?? null, at });
    } catch {
      skipped++;
    }
  }
  inputs.sort((a, b) => a.at!.getTime() - b.at!.getTime());
  // Importing the same device log twice (two tabs, a retry) must not count attempts twice.
  const existing = await db.attempt.findMany({
    where: { userId: user.id, mode: "import", createdAt: { in: inputs.map((a) => a.at!) } },
    select: { questionId: true, createdAt: true },
  });
  const seen = new Set(existing.map((e) => `${e.questionId}@${e.createdAt.getTime()}`));
  const fresh = inputs.filter((a) => !seen.has(`${a.question.id}@${a.at!.getTime()}`));
  await recordAttempts(db, user, fresh);
  return { imported: fresh.length, skipped: skipped + inputs.length - fresh.length };
}

// ------------------------------------------------------------------ dashboard

export interface DashboardDto {
  totals: { attempts: number; questionsTried: number; questionsTotal: number; averageScore: number | null; streak: number; dueToday: number; reviewedToday: number };
  daily: { day: string; attempts: number; averageScore: number | null }[];
  topics: { id: string; title: string; mastery: number; tried: number; total: number; attempts: number }[];
  missed: { question: string; prompt: string; keyPoint: string; label: string; misses: number; hits: number; sandbox: string | null }[];
  /** The 10 latest attempts; `recentNext` pages on through GET /api/v1/me/attempts?before=. */
  recent: AttemptDto[];
  recentNext: string | null;
}

export const DASHBOARD_DAYS = 30;

export async function dashboard(db: Db, user: SessionUser, locale: Locale, now = new Date()): Promise<DashboardDto> {
  const today = todayBounds(now, user.timeZone);
  const firstDay = addDays(today.key, -(DASHBOARD_DAYS - 1));
  const [catalog, progress, days, missed, recent, dueToday, reviewedToday] = await Promise.all([
    getCatalog(db),
    db.questionProgress.findMany({ where: { userId: user.id }, select: { questionId: true, topicId: true, attempts: true, lastScore: true } }),
    db.studyDay.findMany({ where: { userId: user.id, day: { gte: addDays(today.key, -400) } }, orderBy: { day: "asc" } }),
    db.keyPointStat.findMany({ where: { userId: user.id, misses: { gt: 0 } }, orderBy: [{ misses: "desc" }, { lastMissAt: "desc" }], take: 40 }),
    listAttempts(db, user, locale, { limit: 10 }),
    db.card.count({ where: { userId: user.id, due: { lt: today.end } } }),
    db.reviewLog.count({ where: { userId: user.id, review: { gte: today.start } } }),
  ]);
  const byId = new Map(catalog.questions.map((q) => [q.id, q]));
  const totalAttempts = progress.reduce((n, p) => n + p.attempts, 0);

  const dayMap = new Map(days.map((d) => [d.day, d]));
  const daily: DashboardDto["daily"] = [];
  let sum = 0;
  let count = 0;
  for (let i = 0; i < DASHBOARD_DAYS; i++) {
    const key = addDays(firstDay, i);
    const d = dayMap.get(key);
    daily.push({ day: key, attempts: d?.attempts ?? 0, averageScore: d && d.attempts ? Math.round(d.scoreSum / d.attempts) : null });
    sum += d?.scoreSum ?? 0;
    count += d?.attempts ?? 0;
  }

  const topics = catalog.topics.map((t) => {
    const qs = catalog.questions.filter((q) => q.topicId === t.id);
    const mine = progress.filter((p) => p.topicId === t.id && byId.has(p.questionId));
    const mastery = qs.length ? Math.round(mine.reduce((n, p) => n + p.lastScore, 0) / qs.length) : 0;
    return { id: t.id, title: t.title[locale], mastery, tried: mine.length, total: qs.length, attempts: mine.reduce((n, p) => n + p.attempts, 0) };
  });

  const missedDto: DashboardDto["missed"] = [];
  for (const m of missed) {
    const q = byId.get(m.questionId);
    const kp = q?.keyPoints.find((k) => k.id === m.keyPoint);
    if (!q || !kp || m.misses <= m.hits / 2) continue; // mostly got it since: not a weak point any more
    missedDto.push({ question: q.slug, prompt: q.prompt[locale], keyPoint: kp.id, label: kp.label[locale], misses: m.misses, hits: m.hits, sandbox: kp.sandbox });
    if (missedDto.length === 8) break;
  }

  return {
    totals: {
      attempts: totalAttempts,
      questionsTried: progress.filter((p) => byId.has(p.questionId)).length,
      questionsTotal: catalog.questions.length,
      averageScore: count ? Math.round(sum / count) : null,
      streak: streak(days.filter((d) => d.attempts + d.reviews > 0).map((d) => d.day), today.key),
      dueToday,
      reviewedToday,
    },
    daily,
    topics,
    missed: missedDto,
    recent: recent.items,
    recentNext: recent.next,
  };
}

/** Questions the learner is weak on: last attempt not correct, or key points missed more than hit. */
export async function weakQuestionIds(db: Db, user: SessionUser): Promise<string[]> {
  const [notCorrect, missed] = await Promise.all([
    db.questionProgress.findMany({ where: { userId: user.id, lastVerdict: { not: "correct" } }, select: { questionId: true } }),
    db.keyPointStat.findMany({ where: { userId: user.id, misses: { gt: 0 } }, select: { questionId: true, misses: true, hits: true } }),
  ]);
  const ids = new Set(notCorrect.map((p) => p.questionId));
  for (const m of missed) if (m.misses > m.hits) ids.add(m.questionId);
  return [...ids];
}

// ------------------------------------------------------------------ export

const ids = z.array(z.string());

export async function exportData(db: Db, user: SessionUser) {
  const [account, attempts, cards, reviews, interviews] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, name: true, role: true, locale: true, timeZone: true, dailyNewCards: true, createdAt: true } }),
    db.attempt.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, include: { question: { select: { slug: true } } } }),
    db.card.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, include: { question: { select: { slug: true } } } }),
    db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" }, include: { card: { select: { question: { select: { slug: true } } } } } }),
    db.interviewSession.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, include: { turns: { orderBy: { position: "asc" }, include: { question: { select: { slug: true } } } } } }),
  ]);
  return {
    format: "ports-sockets-lab/export@1",
    exportedAt: new Date().toISOString(),
    account,
    attempts: attempts.map((a) => ({
      question: a.question.slug,
      mode: a.mode,
      locale: a.locale,
      answer: JSON.parse(a.answer) as Answer,
      score: a.score,
      verdict: a.verdict,
      keyPointsHit: ids.parse(JSON.parse(a.keyPointsHit)),
      keyPointsMissed: ids.parse(JSON.parse(a.keyPointsMiss)),
      misconceptions: ids.parse(JSON.parse(a.misconceptions)),
      timeTakenMs: a.timeTakenMs,
      at: a.createdAt.toISOString(),
    })),
    cards: cards.map((c) => ({
      question: c.question.slug,
      due: c.due.toISOString(),
      stability: c.stability,
      difficulty: c.difficulty,
      elapsedDays: c.elapsedDays,
      scheduledDays: c.scheduledDays,
      learningSteps: c.learningSteps,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      lastReview: c.lastReview?.toISOString() ?? null,
    })),
    reviews: reviews.map((r) => ({
      question: r.card.question.slug,
      rating: r.rating,
      state: r.state,
      due: r.due.toISOString(),
      stability: r.stability,
      difficulty: r.difficulty,
      elapsedDays: r.elapsedDays,
      lastElapsedDays: r.lastElapsedDays,
      scheduledDays: r.scheduledDays,
      learningSteps: r.learningSteps,
      review: r.review.toISOString(),
    })),
    interviews: interviews.map((s) => ({
      id: s.id,
      locale: s.locale,
      topics: ids.parse(JSON.parse(s.topics)),
      length: s.length,
      timerSec: s.timerSec,
      status: s.status,
      score: s.score,
      createdAt: s.createdAt.toISOString(),
      finishedAt: s.finishedAt?.toISOString() ?? null,
      turns: s.turns.map((t) => ({ question: t.question.slug, depth: t.depth, keyPoint: t.keyPoint, answer: t.answer, score: t.score, verdict: t.verdict, overtime: t.overtime, askedAt: t.askedAt.toISOString(), answeredAt: t.answeredAt?.toISOString() ?? null })),
    })),
  };
}

/** CSV of the attempts (lib/csv: every cell quoted, formula-like text defused). */
export function attemptsCsv(data: Awaited<ReturnType<typeof exportData>>): string {
  const header = ["at", "question", "mode", "locale", "score", "verdict", "time_taken_ms", "key_points_hit", "key_points_missed", "misconceptions", "answer"];
  const rows = data.attempts.map((a) => [a.at, a.question, a.mode, a.locale, a.score, a.verdict, a.timeTakenMs ?? "", a.keyPointsHit.join(" "), a.keyPointsMissed.join(" "), a.misconceptions.join(" "), Array.isArray(a.answer) ? a.answer.join(" | ") : a.answer]);
  return toCsv([header, ...rows]);
}

// ------------------------------------------------------------------ history

export interface AttemptDto {
  id: string;
  question: string;
  prompt: string;
  type: string;
  mode: string;
  score: number;
  verdict: string;
  timeTakenMs: number | null;
  at: string;
}

export async function listAttempts(db: Db, user: SessionUser, locale: Locale, opts: { before?: Date; limit?: number } = {}): Promise<{ items: AttemptDto[]; next: string | null }> {
  const limit = opts.limit ?? 20;
  const select = { id: true, questionId: true, mode: true, score: true, verdict: true, timeTakenMs: true, createdAt: true } as const;
  const rows = await db.attempt.findMany({
    where: { userId: user.id, ...(opts.before && { createdAt: { lt: opts.before } }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select,
  });
  let page = rows.slice(0, limit);
  let more = rows.length > limit;
  const edge = page.at(-1)?.createdAt;
  if (more && edge && rows[limit]!.createdAt.getTime() === edge.getTime()) {
    // `before` is exclusive, so attempts stored at the same instant (an import clamps future dates
    // to now) must not be split across pages: the page takes the whole group.
    const shown = new Set(page.map((r) => r.id));
    const tied = await db.attempt.findMany({ where: { userId: user.id, createdAt: edge }, orderBy: { id: "desc" }, select });
    page = [...page, ...tied.filter((r) => !shown.has(r.id))];
    more = (await db.attempt.findFirst({ where: { userId: user.id, createdAt: { lt: edge } }, select: { id: true } })) !== null;
  }
  const byId = new Map((await getCatalog(db)).questions.map((q) => [q.id, q]));
  const items = page.flatMap((r) => {
    const q = byId.get(r.questionId);
    return q ? [{ id: r.id, question: q.slug, prompt: q.prompt[locale], type: q.type, mode: r.mode, score: r.score, verdict: r.verdict, timeTakenMs: r.timeTakenMs, at: r.createdAt.toISOString() }] : [];
  });
  return { items, next: more ? page.at(-1)!.createdAt.toISOString() : null };
}

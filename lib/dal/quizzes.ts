import "server-only";
/**
 * Teachers' quizzes: list, read, create, update, duplicate, delete. Only accounts with the
 * teacher role reach these, and each query is scoped to the owner: another teacher's quiz
 * is not found.
 */
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import type { QuizInput } from "@/lib/validation/live";
import { getCatalog } from "./catalog";
import type { SessionUser } from "./users";

/** Question types a live quiz can use (all of them: interview answers are rubric-graded). */
export const LIVE_TYPES = ["single-choice", "multi-choice", "true-false", "ordering", "short", "interview"] as const;

export function requireTeacher(user: SessionUser, locale: Locale): void {
  if (user.role !== "teacher") {
    throw new AppError("forbidden", locale === "ko" ? "교사 계정만 할 수 있습니다." : "Only teacher accounts can do this.");
  }
}

export interface QuizDto {
  id: string;
  title: string;
  updatedAt: string;
  items: { question: string; type: string; prompt: string; topic: string; timeLimitSec: number; points: number }[];
}

export interface QuizSummaryDto {
  id: string;
  title: string;
  items: number;
  updatedAt: string;
}

async function toItems(db: Db, input: QuizInput, locale: Locale) {
  const catalog = await getCatalog(db);
  const unknown = input.items.filter((i) => !catalog.bySlug.has(i.question)).map((i) => i.question);
  if (unknown.length) {
    const message = locale === "ko" ? `없는 문제입니다: ${unknown.join(", ")}` : `Unknown question(s): ${unknown.join(", ")}`;
    throw new AppError("validation", message, { items: [message] });
  }
  return input.items.map((i, position) => ({ position, questionId: catalog.bySlug.get(i.question)!.id, timeLimitSec: i.timeLimitSec, points: i.points }));
}

export async function listQuizzes(db: Db, user: SessionUser, locale: Locale): Promise<QuizSummaryDto[]> {
  requireTeacher(user, locale);
  const rows = await db.quiz.findMany({ where: { ownerId: user.id }, orderBy: { updatedAt: "desc" }, include: { _count: { select: { items: true } } } });
  return rows.map((q) => ({ id: q.id, title: q.title, items: q._count.items, updatedAt: q.updatedAt.toISOString() }));
}

export async function getQuiz(db: Db, user: SessionUser, id: string, locale: Locale): Promise<QuizDto> {
  requireTeacher(user, locale);
  const q = await db.quiz.findFirst({ where: { id, ownerId: user.id }, include: { items: { orderBy: { position: "asc" } } } });
  if (!q) throw new AppError("not_found");
  const catalog = await getCatalog(db);
  return {
    id: q.id,
    title: q.title,
    updatedAt: q.updatedAt.toISOString(),
    items: q.items.flatMap((i) => {
      const c = catalog.byId.get(i.questionId);
      if (!c) return []; // retired since: dropped from the quiz
      const topic = catalog.topics.find((t) => t.id === c.topicId);
      return [{ question: c.slug, type: c.type, prompt: c.prompt[locale], topic: topic?.title[locale] ?? c.topicId, timeLimitSec: i.timeLimitSec, points: i.points }];
    }),
  };
}

export async function createQuiz(db: Db, user: SessionUser, input: QuizInput, locale: Locale): Promise<{ id: string }> {
  requireTeacher(user, locale);
  const items = await toItems(db, input, locale);
  return db.quiz.create({ data: { ownerId: user.id, title: input.title, items: { create: items } }, select: { id: true } });
}

export async function updateQuiz(db: Db, user: SessionUser, id: string, input: QuizInput, locale: Locale): Promise<void> {
  requireTeacher(user, locale);
  const items = await toItems(db, input, locale);
  await db.$transaction(async (tx) => {
    const { count } = await tx.quiz.updateMany({ where: { id, ownerId: user.id }, data: { title: input.title } });
    if (count !== 1) throw new AppError("not_found");
    await tx.quizItem.deleteMany({ where: { quizId: id } });
    await tx.quizItem.createMany({ data: items.map((i) => ({ ...i, quizId: id })) });
  });
}

export async function duplicateQuiz(db: Db, user: SessionUser, id: string, locale: Locale): Promise<{ id: string }> {
  requireTeacher(user, locale);
  const q = await db.quiz.findFirst({ where: { id, ownerId: user.id }, include: { items: true } });
  if (!q) throw new AppError("not_found");
  const suffix = locale === "ko" ? " (사본)" : " (copy)";
  return db.quiz.create({
    data: { ownerId: user.id, title: (q.title + suffix).slice(0, 100), items: { create: q.items.map(({ position, questionId, timeLimitSec, points }) => ({ position, questionId, timeLimitSec, points })) } },
    select: { id: true },
  });
}

export async function deleteQuiz(db: Db, user: SessionUser, id: string, locale: Locale): Promise<void> {
  requireTeacher(user, locale);
  const { count } = await db.quiz.deleteMany({ where: { id, ownerId: user.id } });
  if (count !== 1) throw new AppError("not_found");
}

import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { bankForEditor } from "@/lib/dal/bank";
import { getQuiz } from "@/lib/dal/quizzes";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { liveMessages } from "@/lib/i18n/live";
import { idSchema } from "@/lib/validation/live";
import { QuizEditor } from "@/components/live/quiz-editor";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: liveMessages(locale).editor.titleEdit };
}

export default async function EditQuizPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (user.role !== "teacher") redirect("/teach");
  const { locale } = await getI18n();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  let quiz;
  try {
    quiz = await getQuiz(db, user, id.data, locale);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
  const { bank, topics } = await bankForEditor(db, locale);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{liveMessages(locale).editor.titleEdit}</h1>
      <QuizEditor locale={locale} bank={bank} topics={topics} initial={{ id: quiz.id, title: quiz.title, items: quiz.items.map(({ question, timeLimitSec, points }) => ({ question, timeLimitSec, points })) }} />
    </div>
  );
}

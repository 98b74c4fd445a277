import type { Metadata } from "next";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { bankForEditor } from "@/lib/dal/bank";
import { getI18n } from "@/lib/i18n/server";
import { liveMessages } from "@/lib/i18n/live";
import { QuizEditor } from "@/components/live/quiz-editor";
import { redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: liveMessages(locale).editor.titleNew };
}

export default async function NewQuizPage() {
  const user = await requireUser();
  if (user.role !== "teacher") redirect("/teach");
  const { locale } = await getI18n();
  const { bank, topics } = await bankForEditor(db, locale);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{liveMessages(locale).editor.titleNew}</h1>
      <QuizEditor locale={locale} bank={bank} topics={topics} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getQuestion } from "@/lib/dal/questions";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { questionSlugSchema } from "@/lib/validation/questions";
import { DifficultyBadge, TypeBadge } from "@/components/questions/badges";
import { ExactAnswerForm } from "@/components/questions/exact-answer-form";
import { InterviewAnswerForm } from "@/components/questions/interview-answer-form";
import { ReportProblem } from "@/components/questions/report-problem";
import { SandboxPanel } from "@/components/sandbox/sandbox-panel";
import { scenarioOptions } from "@/lib/sandbox/options";

type Params = Promise<{ slug: string }>;

async function load(slug: string, locale: "ko" | "en") {
  if (!questionSlugSchema.safeParse(slug).success) notFound();
  try {
    return await getQuestion(db, slug, locale);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await getI18n();
  const { slug } = await params;
  const q = await load(slug, locale);
  return { title: q.prompt.length > 60 ? `${q.prompt.slice(0, 57)}…` : q.prompt };
}

export default async function QuestionPage({ params }: { params: Params }) {
  const { locale, t } = await getI18n();
  const { slug } = await params;
  const [question, user] = await Promise.all([load(slug, locale), currentUser()]);
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href="/questions" className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">← {t.question.back}</Link>
        <span className="mx-2 text-slate-400" aria-hidden="true">/</span>
        <Link href={`/questions?topic=${question.topic.id}`} className="text-slate-600 underline-offset-2 hover:underline dark:text-slate-400">{question.topic.title}</Link>
      </nav>
      <header className="mt-4">
        <div className="flex flex-wrap items-center gap-2">
          <TypeBadge type={question.type} locale={locale} />
          <DifficultyBadge difficulty={question.difficulty} locale={locale} />
          {question.tags.slice(0, 4).map((tag) => (
            <span key={tag} className="chip bg-slate-100 font-mono text-slate-600 dark:bg-slate-800 dark:text-slate-300">#{tag}</span>
          ))}
        </div>
        <h1 className="mt-3 text-2xl font-bold leading-snug sm:text-3xl">{question.prompt}</h1>
      </header>
      <div className="mt-6">
        {question.type === "interview" ? (
          <InterviewAnswerForm key={`${question.slug}-${locale}`} slug={question.slug} locale={locale} signedIn={Boolean(user)} />
        ) : (
          <ExactAnswerForm key={`${question.slug}-${locale}`} question={question} locale={locale} signedIn={Boolean(user)} />
        )}
      </div>
      {question.sandbox.length > 0 && (
        <div className="mt-8" id="sandbox">
          <SandboxPanel scenarios={scenarioOptions(question.sandbox)} locale={locale} compact />
        </div>
      )}
      <ReportProblem slug={question.slug} locale={locale} />
    </article>
  );
}

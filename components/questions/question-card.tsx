import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { QuestionSummaryDto } from "@/lib/validation/dto";
import { DifficultyBadge, TypeBadge } from "./badges";

export function QuestionCard({ question, locale }: { question: QuestionSummaryDto; locale: Locale }) {
  return (
    <Link href={`/questions/${question.slug}`} className="card group block p-4 transition hover:border-brand-400 hover:shadow-md sm:p-5">
      <div className="flex flex-wrap items-center gap-2">
        <TypeBadge type={question.type} locale={locale} />
        <DifficultyBadge difficulty={question.difficulty} locale={locale} />
        <span className="text-xs text-slate-500 dark:text-slate-400">{question.topic.title}</span>
      </div>
      <p className="mt-2 font-medium leading-relaxed group-hover:text-brand-700 dark:group-hover:text-brand-300">{question.prompt}</p>
    </Link>
  );
}

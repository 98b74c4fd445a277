import type { QuestionType } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

const TYPE_STYLE: Record<QuestionType, string> = {
  interview: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200",
  "single-choice": "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  "multi-choice": "bg-cyan-100 text-cyan-900 dark:bg-cyan-950 dark:text-cyan-200",
  "true-false": "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  ordering: "bg-pink-100 text-pink-800 dark:bg-pink-950 dark:text-pink-200",
  short: "bg-lime-100 text-lime-900 dark:bg-lime-950 dark:text-lime-200",
};

export function TypeBadge({ type, locale }: { type: QuestionType; locale: Locale }) {
  return <span className={`chip ${TYPE_STYLE[type]}`}>{getMessages(locale).types[type]}</span>;
}

export function DifficultyBadge({ difficulty, locale }: { difficulty: number; locale: Locale }) {
  const label = getMessages(locale).difficulty[difficulty];
  return (
    <span className="chip gap-1 bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300">
      <span aria-hidden="true">{"●".repeat(difficulty)}{"○".repeat(3 - difficulty)}</span>
      {label}
    </span>
  );
}

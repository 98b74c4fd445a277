import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

const STYLE: Record<string, string> = {
  correct: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  partial: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  incorrect: "bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100",
};

export function VerdictChip({ verdict, score, locale }: { verdict: string; score: number; locale: Locale }) {
  const label = getMessages(locale).question.verdict[verdict as "correct"] ?? verdict;
  return (
    <span className={`chip shrink-0 gap-1 tabular-nums ${STYLE[verdict] ?? STYLE.incorrect}`}>
      {label} · {score}
    </span>
  );
}

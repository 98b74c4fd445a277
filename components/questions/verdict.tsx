import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

type Verdict = "correct" | "partial" | "incorrect";

const STYLE: Record<Verdict, { box: string; icon: string }> = {
  correct: { box: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100", icon: "✓" },
  partial: { box: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100", icon: "◐" },
  incorrect: { box: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100", icon: "✗" },
};

export function VerdictBanner({ verdict, score, locale }: { verdict: Verdict; score: number; locale: Locale }) {
  const t = getMessages(locale);
  const s = STYLE[verdict];
  return (
    <div className={`flex items-center justify-between gap-4 rounded-2xl border-2 px-5 py-4 ${s.box}`} role="status" data-verdict={verdict}>
      <p className="flex items-center gap-3 text-lg font-bold">
        <span aria-hidden="true" className="text-2xl">{s.icon}</span>
        {t.question.verdict[verdict]}
      </p>
      <p className="text-right">
        <span className="block text-xs font-medium uppercase tracking-wide opacity-80">{t.question.score}</span>
        <span className="text-2xl font-extrabold tabular-nums">{score}</span>
        <span className="text-sm opacity-80">/100</span>
      </p>
    </div>
  );
}

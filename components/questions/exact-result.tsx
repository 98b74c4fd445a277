"use client";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { ExactGradeResultDto } from "@/lib/validation/dto";
import { FollowUps } from "./follow-ups";
import { VerdictBanner } from "./verdict";

export function ExactResult({ result, answer, locale, onRetry }: { result: ExactGradeResultDto; answer: string[]; locale: Locale; onRetry: () => void }) {
  const t = getMessages(locale);
  const ca = result.correctAnswer;
  return (
    <section aria-label={t.question.verdict[result.verdict]} className="space-y-4" data-testid="grade-result">
      <VerdictBanner verdict={result.verdict} score={result.score} locale={locale} />
      <div className="card space-y-4 p-5">
        <div>
          <h2 className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t.question.correctAnswer}</h2>
          {ca.kind === "boolean" && <p className="mt-1 text-lg font-semibold">{ca.value ? t.question.true : t.question.false}</p>}
          {ca.kind === "text" && <p className="mt-1 font-mono text-lg font-semibold">{ca.value}</p>}
          {ca.kind === "choices" && (
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {ca.options.map((o) => (
                <li key={o.key}>{o.text}</li>
              ))}
            </ul>
          )}
          {ca.kind === "order" && (
            <ol className="mt-1 list-decimal space-y-1 pl-5">
              {ca.options.map((o) => (
                <li key={o.key} className={answer.indexOf(o.key) !== -1 && result.detail?.inPlace?.includes(o.key) ? "" : "text-rose-800 dark:text-rose-300"}>
                  {o.text}
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h2 className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t.question.explanation}</h2>
          <p className="mt-1 leading-relaxed">{result.explanation}</p>
        </div>
        <details className="group">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">{t.question.modelAnswer}</summary>
          <p className="mt-2 leading-relaxed">{result.modelAnswer}</p>
        </details>
        <button type="button" onClick={onRetry} className="btn-secondary">{t.question.tryAgain}</button>
      </div>
      <FollowUps items={result.followUps} locale={locale} />
    </section>
  );
}

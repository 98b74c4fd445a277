/** The end-of-interview report: shown to the owner and, read-only, through a share link. */
import Link from "next/link";
import type { ReportDto } from "@/lib/dal/interviews";
import { getMessages } from "@/lib/i18n/messages";
import { studyMessages } from "@/lib/i18n/study";
import { SCENARIO_INFO } from "@/lib/sandbox/catalog";
import type { SandboxScenarioId } from "@/lib/sandbox/types";
import { VerdictChip } from "@/components/study/verdict-chip";

export function InterviewReport({ report, owner, timeZone }: { report: ReportDto; owner: boolean; timeZone?: string }) {
  const locale = report.locale;
  const t = studyMessages(locale).interview;
  const base = getMessages(locale);
  // The owner sees their own zone; a shared report (reader's zone unknown on the server) says UTC.
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: timeZone ?? "UTC" });
  return (
    <div className="space-y-6" lang={locale}>
      <section className="card grid gap-4 p-5 sm:grid-cols-3 sm:p-6" aria-label={t.overall}>
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.overall}</p>
          <p className="text-4xl font-bold tabular-nums">{report.score ?? "–"}<span className="text-lg text-slate-500">/100</span></p>
        </div>
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.followUpScore}</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">{t.followUpCount(report.followUps)}</p>
          <p className="text-2xl font-bold tabular-nums">{report.followUpScore ?? "–"}</p>
        </div>
        <div className="text-sm text-slate-600 dark:text-slate-400">
          <p>{t.questions(report.mainQuestions)}</p>
          <p>{fmt.format(new Date(report.finishedAt))}{timeZone ? "" : " UTC"}</p>
        </div>
      </section>

      <section aria-labelledby="per-question">
        <h2 id="per-question" className="text-lg font-bold">{t.perQuestion}</h2>
        <ol className="mt-3 space-y-3">
          {report.turns.map((turn) => (
            <li key={turn.position} className={`card p-4 sm:p-5 ${turn.depth ? "ml-4 border-l-4 border-l-violet-400 sm:ml-8" : ""}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                  {turn.depth ? t.followUpDepth(turn.depth) : t.question(turn.main + 1, report.mainQuestions)}
                  <span className="ml-2 normal-case tracking-normal">· {t.took(Math.round(turn.timeTakenMs / 1000))}</span>
                </p>
                <VerdictChip verdict={turn.verdict} score={turn.score} locale={locale} />
              </div>
              <h3 className="mt-1 font-semibold leading-snug">
                {turn.kind === "question" ? <Link href={`/questions/${turn.question}`} className="underline-offset-2 hover:underline">{turn.prompt}</Link> : turn.prompt}
              </h3>
              {turn.overtime && <p className="mt-1 text-sm font-semibold text-rose-700 dark:text-rose-300">{t.overtime}</p>}
              <div className="mt-2 rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">
                <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">{t.yourAnswer}</p>
                <p className="mt-0.5 whitespace-pre-line">{turn.answer.trim() || t.noAnswer}</p>
              </div>
              {turn.missed.length > 0 && (
                <div className="mt-2 text-sm">
                  <p className="font-semibold text-rose-800 dark:text-rose-300">{t.missed}</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {turn.missed.map((m) => (
                      <li key={m.id}>
                        {m.label}
                        {m.sandbox && <Link href={`/sandbox?scenario=${m.sandbox}`} className="ml-2 text-brand-700 underline underline-offset-2 dark:text-brand-300">{studyMessages(locale).me.seeLive}</Link>}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {turn.misconceptions.length > 0 && (
                <div className="mt-2 text-sm">
                  <p className="font-semibold text-amber-800 dark:text-amber-300">{t.misconceptions}</p>
                  <ul className="mt-1 space-y-1">
                    {turn.misconceptions.map((m) => (
                      <li key={m.label}><span className="font-medium">{m.label}</span> — {m.correction}</li>
                    ))}
                  </ul>
                </div>
              )}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer font-semibold text-slate-700 dark:text-slate-300">{t.modelAnswer}</summary>
                <p className="mt-1 whitespace-pre-line leading-relaxed text-slate-700 dark:text-slate-300">{turn.modelAnswer}</p>
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section className="card p-5 sm:p-6" aria-labelledby="next-steps">
        <h2 id="next-steps" className="text-lg font-bold">{t.nextSteps}</h2>
        {report.flashcards.length === 0 && report.sandbox.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">{t.allGood}</p>
        ) : (
          <div className="mt-3 grid gap-6 md:grid-cols-2">
            {report.flashcards.length > 0 && (
              <div>
                <h3 className="font-semibold">{t.flashcardsTitle}</h3>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                  {report.flashcards.map((f) => <li key={f.slug}><Link href={`/questions/${f.slug}`} className="underline-offset-2 hover:underline">{f.prompt}</Link></li>)}
                </ul>
                {owner && <Link href={`/review?deck=interview:${report.id}`} className="btn-primary mt-3">{t.reviewThese}</Link>}
              </div>
            )}
            {report.sandbox.length > 0 && (
              <div>
                <h3 className="font-semibold">{t.sandboxTitle}</h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {report.sandbox.map((id) => (
                    <li key={id}>
                      <Link href={`/sandbox?scenario=${id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                        {SCENARIO_INFO[id as SandboxScenarioId]?.title[locale] ?? id}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        <p className="sr-only">{base.meta.title}</p>
      </section>
    </div>
  );
}

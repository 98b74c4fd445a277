"use client";
import Link from "next/link";
import { Fragment } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { InterviewGradeResultDto } from "@/lib/validation/dto";
import { VerdictBanner } from "./verdict";

/**
 * The answer with the phrases that earned key points marked. Overlapping evidence merges into
 * one mark that lists every key point it supports. Text only: never HTML from the answer.
 */
function HighlightedAnswer({ answer, result }: { answer: string; result: InterviewGradeResultDto }) {
  const spans = result.keyPoints
    .flatMap((k, i) => (k.hit ? k.evidence.map((e) => ({ start: e.start, end: Math.min(e.end, answer.length), n: [i + 1], labels: [k.label] })) : []))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const m of spans) {
    const last = merged.at(-1);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      m.n.forEach((n, j) => {
        if (last.n.includes(n)) return;
        last.n.push(n);
        last.labels.push(m.labels[j]!);
      });
    } else merged.push({ ...m, n: [...m.n], labels: [...m.labels] });
  }
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) pieces.push(<Fragment key={`t${at}`}>{answer.slice(at, m.start)}</Fragment>);
    pieces.push(
      <mark key={`m${m.start}`} title={m.labels.join(" · ")} className="rounded bg-emerald-100 px-0.5 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50">
        {answer.slice(m.start, m.end)}
        <sup className="ml-0.5 text-[0.65em] font-bold">{m.n.sort((a, b) => a - b).join(",")}</sup>
      </mark>,
    );
    at = m.end;
  }
  pieces.push(<Fragment key="rest">{answer.slice(at)}</Fragment>);
  return <p className="whitespace-pre-wrap break-words leading-relaxed">{pieces}</p>;
}

/**
 * Core ideas decide the verdict: a missed one is marked ✗. Depth points only raise the score, so
 * a missed one is shown as something "to go further", not as a failure. Numbers match the marks
 * in the highlighted answer.
 */
function KeyPointList({ result, locale, core }: { result: InterviewGradeResultDto; locale: Locale; core: boolean }) {
  const t = getMessages(locale);
  const ti = t.question.interview;
  const id = core ? "kp-core" : "kp-depth";
  const items = result.keyPoints.map((k, i) => ({ k, n: i + 1 })).filter(({ k }) => k.core === core);
  return (
    <div>
      <h2 id={id} className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{core ? ti.corePoints : ti.depthPoints}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{core ? ti.coreHint : ti.depthHint}</p>
      <ol className="mt-2 space-y-2" aria-labelledby={id}>
        {items.map(({ k, n }) => {
          const state = k.hit ? "hit" : k.negated ? "negated" : core ? "missed" : "open";
          return (
            <li
              key={k.id}
              data-hit={k.hit}
              data-core={k.core}
              className={`flex items-start gap-3 rounded-xl border px-3 py-2.5 ${
                k.hit
                  ? "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950"
                  : state === "open"
                    ? "border-dashed border-slate-300 dark:border-slate-600"
                    : "border-slate-200 dark:border-slate-700"
              }`}
            >
              <span
                aria-hidden="true"
                className={`mt-0.5 font-bold ${k.hit ? "text-emerald-700 dark:text-emerald-300" : state === "open" ? "text-slate-500 dark:text-slate-400" : "text-rose-700 dark:text-rose-300"}`}
              >
                {k.hit ? "✓" : state === "open" ? "＋" : "✗"}
              </span>
              <div className="flex-1">
                <p>
                  <span className="mr-1 text-xs font-bold text-slate-500">{n}.</span>
                  {k.label}
                  <span className="sr-only"> — {k.hit ? ti.hit : k.negated ? ti.negatedNote : core ? ti.missed : ti.notYet}</span>
                </p>
                {k.hit && k.evidence.length > 0 && (
                  <p className="mt-1 text-sm text-emerald-900 dark:text-emerald-200">“{k.evidence.map((e) => e.text).join(" … ")}”</p>
                )}
                {k.negated && <p className="mt-1 text-sm text-rose-800 dark:text-rose-300">{ti.negatedNote}: “{k.evidence.map((e) => e.text).join(" … ")}”</p>}
                {!k.hit && k.sandbox && (
                  <Link href={`/sandbox?scenario=${k.sandbox}#run`} className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                    <span aria-hidden="true">⚡</span> {t.sandbox.seeItLive}
                  </Link>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function InterviewResult({ result, answer, locale, onRetry }: { result: InterviewGradeResultDto; answer: string; locale: Locale; onRetry: () => void }) {
  const t = getMessages(locale);
  const ti = t.question.interview;
  const labelOf = (id: string) => result.keyPoints.find((k) => k.id === id)?.label ?? id;
  const missed = new Set(result.keyPoints.filter((k) => !k.hit).map((k) => k.id));
  return (
    <section aria-label={t.question.verdict[result.verdict]} className="space-y-4" data-testid="grade-result">
      <VerdictBanner verdict={result.verdict} score={result.score} locale={locale} />
      <div className="card space-y-5 p-5">
        <div>
          <h2 className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{ti.feedback}</h2>
          <p className="mt-1 leading-relaxed" lang={result.language}>{result.feedback}</p>
        </div>

        <KeyPointList result={result} locale={locale} core />
        {result.keyPoints.some((k) => !k.core) && <KeyPointList result={result} locale={locale} core={false} />}

        {result.misconceptions.length > 0 && (
          <div>
            <h2 className="text-sm font-bold uppercase tracking-wide text-rose-800 dark:text-rose-300">{ti.misconceptions}</h2>
            <ul className="mt-2 space-y-2">
              {result.misconceptions.map((m) => (
                <li key={m.id} className="rounded-xl border border-rose-200 bg-rose-50 px-3 py-2.5 dark:border-rose-900 dark:bg-rose-950">
                  <p className="font-medium text-rose-900 dark:text-rose-100">{m.label}</p>
                  {m.evidence.length > 0 && <p className="mt-1 text-sm text-rose-800 dark:text-rose-200">“{m.evidence.map((e) => e.text).join(" … ")}”</p>}
                  <p className="mt-1 text-sm">
                    <span className="font-semibold">{ti.correction}: </span>
                    {m.correction}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        )}

        {answer && (
          <div>
            <h2 className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{ti.yourAnswer}</h2>
            <div className="mt-2 rounded-xl bg-slate-50 p-3 dark:bg-slate-800">
              <HighlightedAnswer answer={answer} result={result} />
            </div>
          </div>
        )}

        <details className="group" open={result.verdict !== "correct"}>
          <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">{t.question.modelAnswer}</summary>
          <p className="mt-2 leading-relaxed">{result.modelAnswer}</p>
          <p className="mt-3 text-sm leading-relaxed text-slate-600 dark:text-slate-400">{result.explanation}</p>
        </details>
        <p className="text-xs text-slate-500 dark:text-slate-400">{ti.grader}</p>
        <button type="button" onClick={onRetry} className="btn-secondary">{t.question.tryAgain}</button>
      </div>

      {result.followUps.length > 0 && (
        <section className="card p-5" aria-labelledby="followups-title">
          <h2 id="followups-title" className="font-bold">{t.question.followUps}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.question.followUpsHint}</p>
          <ul className="mt-3 space-y-2">
            {result.followUps.map((f) => (
              <li key={f.slug}>
                <Link href={`/questions/${f.slug}`} className="group flex items-start gap-2 rounded-lg px-2 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800">
                  <span aria-hidden="true" className="text-brand-600 dark:text-brand-400">↳</span>
                  <span className="flex-1">
                    <span className="text-brand-800 underline-offset-2 group-hover:underline dark:text-brand-200">{f.prompt}</span>
                    {f.probes && missed.has(f.probes) && (
                      <span className="mt-0.5 block text-xs text-amber-800 dark:text-amber-300">{ti.probes(labelOf(f.probes))}</span>
                    )}
                  </span>
                  <span className="chip bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300">{t.types[f.type]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

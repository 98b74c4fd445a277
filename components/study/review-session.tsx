"use client";
/**
 * The flashcard loop with Anki's keys: Space shows the answer, 1–4 rate it. Interview and
 * short-answer cards can be answered first; the grader's verdict then suggests a rating.
 * Each rating button shows the interval ts-fsrs would give.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { api } from "@/lib/client/api";
import { useDraft } from "@/components/questions/use-draft";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { studyMessages } from "@/lib/i18n/study";
import { correctAnswerText } from "@/lib/i18n/answers";
import type { NextCardDto, RateResultDto } from "@/lib/dal/review";
import type { GradeResultDto } from "@/lib/validation/dto";
import { suggestedRating, type RatingValue } from "@/lib/scheduling/suggest";

const RATING_STYLE: Record<RatingValue, string> = {
  1: "border-rose-300 text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-200 dark:hover:bg-rose-950",
  2: "border-amber-300 text-amber-900 hover:bg-amber-50 dark:border-amber-800 dark:text-amber-200 dark:hover:bg-amber-950",
  3: "border-emerald-300 text-emerald-900 hover:bg-emerald-50 dark:border-emerald-800 dark:text-emerald-200 dark:hover:bg-emerald-950",
  4: "border-sky-300 text-sky-900 hover:bg-sky-50 dark:border-sky-800 dark:text-sky-200 dark:hover:bg-sky-950",
};

export function ReviewSession({ initial, locale }: { initial: NextCardDto; locale: Locale }) {
  const t = studyMessages(locale).review;
  const base = getMessages(locale);
  const [data, setData] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [graded, setGraded] = useState<GradeResultDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const card = data.card;
  // A draft per card, kept in localStorage: a language switch or a reload loses nothing typed.
  const [typed, setTyped] = useDraft(`review:${card?.question.slug ?? "none"}`);
  const canType = card?.question.type === "interview" || card?.question.type === "short";
  const suggested = graded ? suggestedRating(graded.verdict, graded.score) : undefined;

  const load = useCallback(async () => {
    const res = await api<NextCardDto>(`/api/v1/review/next?deck=${encodeURIComponent(data.deck)}&locale=${locale}`);
    if (!res.ok) {
      setError(res.error.message || t.error);
      return;
    }
    setData(res.data);
    setRevealed(false);
    setGraded(null);
    setError(null);
    requestAnimationFrame(() => heading.current?.focus());
  }, [data.deck, locale, t.error]);

  const check = useCallback(async () => {
    if (!card || !typed.trim() || busy) return;
    setBusy(true);
    const res = await api<GradeResultDto>("/api/v1/grade", { body: { question: card.question.slug, answer: typed, locale, mode: "review" } });
    setBusy(false);
    if (res.ok) {
      setGraded(res.data);
      setRevealed(true);
    } else setError(res.error.message);
  }, [busy, card, locale, typed]);

  const rate = useCallback(
    async (rating: RatingValue) => {
      if (!card || !revealed || busy) return;
      setBusy(true);
      const res = await api<RateResultDto>("/api/v1/review/rate", { body: { question: card.question.slug, rating, reps: card.reps, suggested } });
      setBusy(false);
      if (res.ok) {
        setNote(`${t.ratings[rating]} — ${t.rated(res.data.interval)}`);
        setTyped(""); // this card is done: its draft goes
      }
      else if (res.error.status !== 409) {
        setError(res.error.message);
        return;
      }
      await load();
    },
    [busy, card, load, revealed, setTyped, suggested, t],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const el = e.target as HTMLElement;
      const typing = el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.isContentEditable;
      if (typing) {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void check();
        }
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === " " && !revealed) {
        if (el.tagName === "BUTTON" || el.tagName === "A") return; // Space activates the focused control
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        void rate(Number(e.key) as RatingValue);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [check, rate, revealed]);

  return (
    <div className="space-y-4">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        <span>{t.due(data.counts.due)}</span>
        <span>{t.newLeft(data.counts.newLeft)}</span>
        <span>{t.reviewed(data.counts.reviewedToday)}</span>
      </p>
      {note && <p role="status" className="text-sm text-emerald-800 dark:text-emerald-200">{note}</p>}
      {error && (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {error} <button type="button" className="ml-2 underline" onClick={() => void load()}>{t.retry}</button>
        </p>
      )}
      {!card ? (
        <div className="card p-6 text-center">
          <h2 ref={heading} tabIndex={-1} className="text-xl font-bold">{t.done}</h2>
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.doneBody}</p>
          {data.nextDueAt && <p className="mt-2 text-sm">{t.nextAt(new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(data.nextDueAt)))}</p>}
          <Link href="/questions" className="btn-secondary mt-4">{getMessages(locale).nav.questions}</Link>
        </div>
      ) : (
        <article className="card p-5 sm:p-6" aria-labelledby="card-prompt">
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <span className="chip bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300">{card.question.topic.title}</span>
            <span className="chip bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300">{base.types[card.question.type]}</span>
            {card.isNew && <span className="chip bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-100">{t.newCard}</span>}
          </div>
          <h2 id="card-prompt" ref={heading} tabIndex={-1} className="mt-3 text-xl font-bold leading-snug focus:outline-none sm:text-2xl">{card.question.prompt}</h2>
          {card.question.options.length > 0 && (
            <ul className="mt-4 space-y-2" aria-label={t.options}>
              {card.question.options.map((o) => {
                const right = revealed && card.back.correctAnswer && "options" in card.back.correctAnswer && card.back.correctAnswer.options.some((c) => c.key === o.key);
                return (
                  <li key={o.key} className={`rounded-xl border px-3 py-2 ${right ? "border-emerald-400 bg-emerald-50 font-semibold dark:border-emerald-700 dark:bg-emerald-950" : "border-slate-200 dark:border-slate-700"}`}>
                    {o.text}
                  </li>
                );
              })}
            </ul>
          )}
          {canType && !revealed && (
            <div className="mt-4">
              <label htmlFor="review-answer" className="text-sm text-slate-600 dark:text-slate-400">{t.typeFirst}</label>
              <textarea id="review-answer" value={typed} onChange={(e) => setTyped(e.target.value)} rows={card.question.type === "short" ? 2 : 5} maxLength={5000} className="field mt-1 resize-y" />
            </div>
          )}
          {!revealed ? (
            <div className="mt-4 flex flex-wrap gap-2">
              {canType && typed.trim() && <button type="button" className="btn-primary" onClick={() => void check()} disabled={busy}>{busy ? t.checking : t.check}</button>}
              <button type="button" className={canType && typed.trim() ? "btn-secondary" : "btn-primary"} onClick={() => setRevealed(true)}>
                {t.show} <kbd className="rounded border border-current/30 px-1 text-xs">Space</kbd>
              </button>
            </div>
          ) : (
            <div className="mt-5 space-y-4 border-t border-slate-200 pt-4 dark:border-slate-700">
              {graded && (
                <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800">
                  {t.suggestion(t.ratings[suggested!], graded.score)}
                  {graded.type === "interview" && graded.keyPoints.some((k) => !k.hit) && (
                    <span className="mt-1 block text-slate-600 dark:text-slate-400">
                      {base.question.interview.missed}: {graded.keyPoints.filter((k) => !k.hit).map((k) => k.label).join(" · ")}
                    </span>
                  )}
                </p>
              )}
              {card.back.correctAnswer && !card.question.options.length && (
                <p><span className="font-semibold">{t.correctAnswer}: </span>{correctAnswerText(card.back.correctAnswer, locale)}</p>
              )}
              {card.back.correctAnswer?.kind === "order" && (
                <p><span className="font-semibold">{t.correctAnswer}: </span>{card.back.correctAnswer.options.map((o) => o.text).join(" → ")}</p>
              )}
              <div>
                <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-300">{t.modelAnswer}</h3>
                <p className="mt-1 whitespace-pre-line leading-relaxed">{card.back.modelAnswer}</p>
              </div>
              <details>
                <summary className="cursor-pointer text-sm font-semibold text-slate-700 dark:text-slate-300">{t.explanation}</summary>
                <p className="mt-1 whitespace-pre-line text-sm leading-relaxed text-slate-700 dark:text-slate-300">{card.back.explanation}</p>
              </details>
              <div role="group" aria-label={t.keys} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                {([1, 2, 3, 4] as const).map((r) => (
                  <button key={r} type="button" disabled={busy} onClick={() => void rate(r)} className={`btn flex-col gap-0 border-2 bg-white dark:bg-slate-900 ${RATING_STYLE[r]} ${suggested === r ? "ring-2 ring-brand-500 ring-offset-2 dark:ring-offset-slate-900" : ""}`}>
                    <span>
                      <kbd className="mr-1 text-xs opacity-70">{r}</kbd>
                      {t.ratings[r]}
                      {suggested === r && <span className="ml-1 text-xs font-normal">({t.suggested})</span>}
                    </span>
                    <span className="text-xs font-normal opacity-80">{card.intervals[r]}</span>
                  </button>
                ))}
              </div>
            </div>
          )}
          <p className="mt-4 hidden text-xs text-slate-500 sm:block dark:text-slate-400">{t.keys}</p>
          <Link href={`/questions/${card.question.slug}`} className="mt-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{t.openQuestion}</Link>
        </article>
      )}
    </div>
  );
}

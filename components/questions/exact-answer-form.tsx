"use client";
/**
 * Answer form for the exact types (choices, true/false, ordering, short). Submits to a
 * server action; before hydration the form still posts (progressive enhancement), except
 * ordering, whose reordering needs JavaScript.
 */
import { useActionState, useEffect, useState } from "react";
import { useAttemptClock } from "./use-attempt-clock";
import { gradeAction, type GradeState } from "@/app/questions/[slug]/actions";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { ExactGradeResultDto, QuestionDetailDto } from "@/lib/validation/dto";
import { ExactResult } from "./exact-result";
import { AnswerError, useAnswerFeedback } from "./answer-feedback";

const initial: GradeState = { status: "idle" };

export function ExactAnswerForm({ question, locale, signedIn = false }: { question: QuestionDetailDto; locale: Locale; signedIn?: boolean }) {
  const [attempt, setAttempt] = useState(0);
  return <AttemptForm key={attempt} question={question} locale={locale} signedIn={signedIn} onRetry={() => setAttempt((n) => n + 1)} />;
}

function AttemptForm({ question, locale, signedIn, onRetry }: { question: QuestionDetailDto; locale: Locale; signedIn: boolean; onRetry: () => void }) {
  const t = getMessages(locale);
  const [state, action, pending] = useActionState(gradeAction, initial);
  const graded = state.status === "graded" && state.result.type !== "interview" ? { result: state.result, answer: state.answer } : undefined;
  const mode = question.type === "multi-choice" || question.type === "ordering" ? "list" : "single";
  const errorId = `${question.slug}-error`;
  const clock = useAttemptClock(signedIn);
  const feedback = useAnswerFeedback(locale);
  const error = feedback.errorFor(state.status === "error" ? state.message : null);
  useEffect(() => {
    if (state.status === "graded") clock.remember(question.slug, state.answer, mode === "single", state.timeTakenMs);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per graded state
  }, [state]);

  return (
    <div className="space-y-6">
      <form
        action={action}
        onSubmit={(e) => {
          feedback.onSubmit();
          clock.onSubmit(e);
        }}
        onChange={feedback.onEdit}
        className="card p-5 sm:p-6"
        aria-describedby={error ? errorId : undefined}
      >
        <input type="hidden" name="slug" value={question.slug} />
        <input type="hidden" name="mode" value={mode} />
        <input type="hidden" name="timeTakenMs" defaultValue="" />
        <fieldset disabled={pending || Boolean(graded)} className="space-y-3">
          <legend className="mb-3 text-sm font-semibold text-slate-700 dark:text-slate-300">
            {t.question.yourAnswer}
            {question.type === "multi-choice" && <span className="ml-2 font-normal text-slate-600 dark:text-slate-400">{t.question.selectAll}</span>}
          </legend>
          {(question.type === "single-choice" || question.type === "multi-choice") && (
            <ChoiceInputs question={question} graded={graded} multiple={question.type === "multi-choice"} />
          )}
          {question.type === "true-false" && (
            <div className="grid grid-cols-2 gap-3">
              {(["true", "false"] as const).map((v) => (
                <label key={v} className="flex min-h-14 cursor-pointer items-center justify-center gap-2 rounded-xl border-2 border-slate-200 px-4 text-lg font-semibold has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-950">
                  <input type="radio" name="answer" value={v} required className="h-4 w-4 accent-brand-600" />
                  {v === "true" ? t.question.true : t.question.false}
                </label>
              ))}
            </div>
          )}
          {question.type === "ordering" && <OrderingInput question={question} locale={locale} />}
          {question.type === "short" && (
            <div>
              <label htmlFor="short-answer" className="sr-only">{t.question.yourAnswer}</label>
              <input id="short-answer" name="answer" type="text" required maxLength={200} autoComplete="off" placeholder={t.question.shortPlaceholder} className="field max-w-sm" />
            </div>
          )}
        </fieldset>
        <AnswerError id={errorId} message={error} className="mt-4" />
        {!graded && (
          <button type="submit" className="btn-primary mt-5" disabled={pending}>
            {pending ? t.question.submitting : t.question.submit}
          </button>
        )}
      </form>
      {graded && <ExactResult result={graded.result} answer={graded.answer} locale={locale} onRetry={onRetry} />}
    </div>
  );
}

export function ChoiceInputs({ question, graded, multiple }: { question: QuestionDetailDto; graded?: { result: ExactGradeResultDto; answer: string[] }; multiple: boolean }) {
  const correctKeys = graded?.result.correctAnswer.kind === "choices" ? graded.result.correctAnswer.options.map((o) => o.key) : [];
  return (
    <ul className="space-y-2">
      {question.options.map((o, i) => {
        const picked = graded?.answer.includes(o.key);
        const isCorrect = correctKeys.includes(o.key);
        const tone = !graded
          ? "border-slate-200 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-950"
          : isCorrect
            ? "border-emerald-500 bg-emerald-50 dark:bg-emerald-950"
            : picked
              ? "border-rose-400 bg-rose-50 dark:bg-rose-950"
              : "border-slate-200 dark:border-slate-700";
        return (
          <li key={o.key}>
            <label className={`flex cursor-pointer items-start gap-3 rounded-xl border-2 px-4 py-3 ${tone}`}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name="answer"
                value={o.key}
                required={!multiple}
                defaultChecked={picked}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
              />
              <span className="font-mono text-sm text-slate-500" aria-hidden="true">{String.fromCharCode(65 + i)}.</span>
              <span className="flex-1 leading-relaxed">{o.text}</span>
              {graded && isCorrect && <span className="text-emerald-700 dark:text-emerald-300" aria-hidden="true">✓</span>}
              {graded && picked && !isCorrect && <span className="text-rose-700 dark:text-rose-300" aria-hidden="true">✗</span>}
            </label>
          </li>
        );
      })}
    </ul>
  );
}

export function OrderingInput({ question, locale }: { question: QuestionDetailDto; locale: Locale }) {
  const t = getMessages(locale);
  const [items, setItems] = useState(question.options);
  const [announce, setAnnounce] = useState("");
  const move = (index: number, delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target]!, next[index]!];
    setItems(next);
    setAnnounce(`${next[target]!.text}: ${target + 1} / ${next.length}`);
    requestAnimationFrame(() => document.getElementById(`order-${next[target]!.key}`)?.focus());
  };
  return (
    <div>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t.question.orderHint}</p>
      <ol className="space-y-2">
        {items.map((item, i) => (
          <li
            key={item.key}
            id={`order-${item.key}`}
            tabIndex={0}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
              e.preventDefault();
              move(i, e.key === "ArrowUp" ? -1 : 1);
            }}
            className="flex items-center gap-3 rounded-xl border-2 border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          >
            <input type="hidden" name="answer" value={item.key} />
            <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-bold dark:bg-slate-800">{i + 1}</span>
            <span className="flex-1 leading-relaxed">{item.text}</span>
            <span className="flex shrink-0 gap-1">
              <button type="button" onClick={() => move(i, -1)} disabled={i === 0} className="btn-secondary min-h-10 px-3" aria-label={t.question.moveUp(item.text)}>↑</button>
              <button type="button" onClick={() => move(i, 1)} disabled={i === items.length - 1} className="btn-secondary min-h-10 px-3" aria-label={t.question.moveDown(item.text)}>↓</button>
            </span>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">{announce}</p>
    </div>
  );
}

"use client";
/**
 * Free-text interview answer: a draft kept in localStorage (a reload loses nothing), graded
 * by the rubric grader through the same server action as the other types.
 */
import { useActionState, useEffect, useState } from "react";
import { useAttemptClock } from "./use-attempt-clock";
import { gradeAction, type GradeState } from "@/app/questions/[slug]/actions";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { AnswerCount, AnswerError, useAnswerFeedback } from "./answer-feedback";
import { InterviewResult } from "./interview-result";
import { useDraft } from "./use-draft";

const initial: GradeState = { status: "idle" };

export function InterviewAnswerForm({ slug, locale, signedIn = false }: { slug: string; locale: Locale; signedIn?: boolean }) {
  const [attempt, setAttempt] = useState(0);
  return <Attempt key={attempt} slug={slug} locale={locale} signedIn={signedIn} onRetry={() => setAttempt((n) => n + 1)} />;
}

function Attempt({ slug, locale, signedIn, onRetry }: { slug: string; locale: Locale; signedIn: boolean; onRetry: () => void }) {
  const t = getMessages(locale);
  const [state, action, pending] = useActionState(gradeAction, initial);
  const [draft, setDraft] = useDraft(slug);
  const graded = state.status === "graded" && state.result.type === "interview" ? state.result : undefined;
  const feedback = useAnswerFeedback(locale, draft);
  const error = feedback.errorFor(state.status === "error" ? state.message : null);
  const clock = useAttemptClock(signedIn);
  useEffect(() => {
    if (state.status === "graded") clock.remember(slug, state.answer, true, state.timeTakenMs);
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
        className="card p-5 sm:p-6"
      >
        <h2 className="font-bold">{t.question.interview.title}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.question.interview.intro}</p>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="mode" value="single" />
        <input type="hidden" name="timeTakenMs" defaultValue="" />
        <label htmlFor="answer" className="sr-only">{t.question.yourAnswer}</label>
        <textarea
          id="answer"
          name="answer"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            feedback.onEdit();
          }}
          rows={8}
          readOnly={Boolean(graded)}
          placeholder={t.question.interview.placeholder}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "answer-help answer-error" : "answer-help"}
          className="field mt-4 resize-y leading-relaxed read-only:bg-slate-50 dark:read-only:bg-slate-800"
        />
        <AnswerCount id="answer-help" text={draft} locale={locale} note={draft ? t.question.interview.saved : undefined} />
        <AnswerError id="answer-error" message={error} />
        {!graded && (
          <button type="submit" className="btn-primary mt-4" disabled={pending || feedback.over}>
            {pending ? t.question.submitting : t.question.interview.submit}
          </button>
        )}
      </form>
      {graded && <InterviewResult result={graded} answer={state.status === "graded" ? (state.answer[0] ?? "") : ""} locale={locale} onRetry={onRetry} />}
    </div>
  );
}

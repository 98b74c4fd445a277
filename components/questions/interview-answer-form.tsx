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
import { MAX_ANSWER_CHARS as MAX } from "@/lib/grading/limits";
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
  const over = draft.length > MAX;
  const clock = useAttemptClock(signedIn);
  useEffect(() => {
    if (state.status === "graded") clock.remember(slug, state.answer, true, state.timeTakenMs);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per graded state
  }, [state]);
  return (
    <div className="space-y-6">
      <form action={action} onSubmit={clock.onSubmit} className="card p-5 sm:p-6">
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
          onChange={(e) => setDraft(e.target.value)}
          rows={8}
          readOnly={Boolean(graded)}
          placeholder={t.question.interview.placeholder}
          aria-invalid={over || state.status === "error"}
          aria-describedby="answer-help"
          className="field mt-4 resize-y leading-relaxed read-only:bg-slate-50 dark:read-only:bg-slate-800"
        />
        <p id="answer-help" className={`mt-1 flex justify-between text-xs ${over ? "text-rose-700 dark:text-rose-300" : "text-slate-500 dark:text-slate-400"}`}>
          <span>{draft ? t.question.interview.saved : ""}</span>
          <span>{t.question.interview.chars(draft.length, MAX)}</span>
        </p>
        {state.status === "error" && (
          <p role="alert" className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{state.message}</p>
        )}
        {!graded && (
          <button type="submit" className="btn-primary mt-4" disabled={pending || over}>
            {pending ? t.question.submitting : t.question.interview.submit}
          </button>
        )}
      </form>
      {graded && <InterviewResult result={graded} answer={state.status === "graded" ? (state.answer[0] ?? "") : ""} locale={locale} onRetry={onRetry} />}
    </div>
  );
}

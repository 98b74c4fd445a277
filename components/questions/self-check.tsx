"use client";
/**
 * Interview questions, before automatic grading exists: the learner drafts an answer, then
 * reveals the model answer and ticks the key points they covered. Clearly a self-assessment.
 */
import { useActionState, useState } from "react";
import { selfCheckAction, type SelfCheckState } from "@/app/questions/[slug]/actions";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { FollowUps } from "./follow-ups";
import { useDraft } from "./use-draft";

const initial: SelfCheckState = { status: "idle" };

export function SelfCheck({ slug, locale }: { slug: string; locale: Locale }) {
  const t = getMessages(locale);
  const [state, action, pending] = useActionState(selfCheckAction, initial);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [draft, setDraft] = useDraft(slug);
  const result = state.status === "revealed" ? state.result : undefined;
  return (
    <div className="space-y-6">
      <form action={action} className="card p-5 sm:p-6">
        <h2 className="font-bold">{t.question.selfCheck.title}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.question.selfCheck.intro}</p>
        <input type="hidden" name="slug" value={slug} />
        <label htmlFor="draft" className="sr-only">{t.question.yourAnswer}</label>
        <textarea id="draft" name="draft" value={draft} onChange={(e) => setDraft(e.target.value)} rows={6} maxLength={5000} placeholder={t.question.selfCheck.placeholder} className="field mt-4 resize-y leading-relaxed" />
        {state.status === "error" && <p role="alert" className="mt-3 text-sm text-rose-700 dark:text-rose-300">{state.message}</p>}
        {!result && (
          <button type="submit" className="btn-primary mt-4" disabled={pending}>
            {pending ? t.question.submitting : t.question.selfCheck.reveal}
          </button>
        )}
      </form>
      {result && (
        <>
          <section className="card space-y-4 p-5" aria-labelledby="kp-title" data-testid="self-check-result">
            <p className="rounded-lg bg-violet-50 px-3 py-2 text-sm font-medium text-violet-900 dark:bg-violet-950 dark:text-violet-100">
              {t.question.selfCheck.disclaimer}
            </p>
            <fieldset>
              <legend id="kp-title" className="font-bold">{t.question.selfCheck.keyPoints}</legend>
              <ul className="mt-3 space-y-2">
                {result.keyPoints.map((k) => (
                  <li key={k.id}>
                    <label className="flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 px-3 py-2.5 has-[:checked]:border-emerald-400 has-[:checked]:bg-emerald-50 dark:border-slate-700 dark:has-[:checked]:bg-emerald-950">
                      <input
                        type="checkbox"
                        className="mt-1 h-4 w-4 shrink-0 accent-emerald-600"
                        checked={ticked.has(k.id)}
                        onChange={(e) => {
                          const next = new Set(ticked);
                          if (e.target.checked) next.add(k.id);
                          else next.delete(k.id);
                          setTicked(next);
                        }}
                      />
                      <span className="flex-1">{k.label}</span>
                      {k.required && <span className="chip bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300">{t.question.selfCheck.required}</span>}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <p aria-live="polite" className="text-sm font-semibold">{t.question.selfCheck.tally(ticked.size, result.keyPoints.length)}</p>
            <div>
              <h2 className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t.question.modelAnswer}</h2>
              <p className="mt-1 leading-relaxed">{result.modelAnswer}</p>
            </div>
            <div>
              <h2 className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t.question.explanation}</h2>
              <p className="mt-1 leading-relaxed">{result.explanation}</p>
            </div>
          </section>
          <FollowUps items={result.followUps} locale={locale} />
        </>
      )}
    </div>
  );
}

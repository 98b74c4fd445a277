"use client";
/**
 * One interview turn at a time. The server owns the clock (each turn carries its deadline);
 * when it runs out, whatever is typed is submitted. No feedback between questions — as in a
 * real interview — only the report at the end. Drafts survive a reload (localStorage).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { api } from "@/lib/client/api";
import type { InterviewDto } from "@/lib/dal/interviews";
import { getMessages } from "@/lib/i18n/messages";
import { studyMessages } from "@/lib/i18n/study";
import type { Locale } from "@/lib/i18n/locale";
import { ChoiceInputs, OrderingInput } from "@/components/questions/exact-answer-form";
import { useDraft } from "@/components/questions/use-draft";
import { AnswerCount, AnswerError, useAnswerFeedback } from "@/components/questions/answer-feedback";
import { MAX_ANSWER_CHARS } from "@/lib/validation/answer-input";
import { speak, useSpeakSetting } from "./speech";

type Outcome = { next: "follow-up" | "question" | "finished"; interview: InterviewDto };

export function InterviewRunner({ initial, uiLocale }: { initial: InterviewDto; uiLocale: Locale }) {
  const router = useRouter();
  const [iv, setIv] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [speakOn, setSpeakOn, speechSupported] = useSpeakSetting();
  const locale = iv.locale; // the interview's language
  const t = studyMessages(locale).interview;
  const base = getMessages(locale);
  const turn = iv.current;
  const formRef = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useDraft(`interview:${turn?.id ?? "none"}`);
  const [now, setNow] = useState(() => Date.now());
  const submitted = useRef(false);
  const textual = Boolean(turn && (turn.kind === "key-point" || turn.question.type === "interview" || turn.question.type === "short"));
  const feedback = useAnswerFeedback(locale, textual ? text : undefined);
  const { onSubmit: markSubmitted } = feedback;
  const left = turn?.deadline ? Math.max(0, Math.ceil((Date.parse(turn.deadline) - now) / 1000)) : null;

  useEffect(() => {
    submitted.current = false;
    heading.current?.focus();
  }, [turn]);

  useEffect(() => {
    if (turn && speakOn) speak(turn.question.prompt, locale);
  }, [turn, speakOn, locale]);

  const submit = useCallback(async () => {
    if (!turn || submitted.current || !formRef.current) return;
    const data = new FormData(formRef.current);
    const values = data.getAll("answer").map(String);
    const list = turn.kind === "question" && (turn.question.type === "multi-choice" || turn.question.type === "ordering");
    const answer = list ? values : (values[0] ?? "");
    submitted.current = true;
    markSubmitted();
    setBusy(true);
    setError(null);
    const res = await api<Outcome>(`/api/v1/interviews/${iv.id}/answers`, { body: { turn: turn.id, answer } });
    setBusy(false);
    if (!res.ok) {
      submitted.current = false;
      if (res.error.status === 409) router.refresh();
      setError(res.error.message);
      return;
    }
    setText("");
    if (res.data.next === "finished") {
      router.refresh();
      return;
    }
    setNotice(res.data.next === "follow-up" ? t.nextFollowUp : null);
    setIv(res.data.interview);
  }, [iv.id, markSubmitted, router, setText, t.nextFollowUp, turn]);

  // The countdown; at zero the current answer goes in as it is.
  useEffect(() => {
    if (!turn?.deadline) return;
    const deadline = Date.parse(turn.deadline);
    const tick = () => {
      const ms = deadline - Date.now();
      setNow(Date.now());
      if (ms <= 0 && !submitted.current) {
        setNotice(t.timeUp);
        void submit();
      }
    };
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [turn, submit, t.timeUp]);

  if (!turn) return null;
  const q = turn.question;
  const shownError = feedback.errorFor(error);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">
          {t.question(turn.main + 1, iv.length)}
          {turn.depth > 0 && <span className="chip ml-2 bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100">{t.followUpDepth(turn.depth)}</span>}
        </p>
        <div className="flex items-center gap-3">
          {left !== null && (
            <p className={`rounded-lg px-2.5 py-1 font-mono text-lg font-bold tabular-nums ${left <= 10 ? "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100" : "bg-slate-100 dark:bg-slate-800"}`} aria-label={`${t.timeLeft}: ${left}`}>
              <span aria-hidden="true">{Math.floor(left / 60)}:{String(left % 60).padStart(2, "0")}</span>
            </p>
          )}
          {speechSupported && (
            <button type="button" className="btn-secondary min-h-9 px-3 text-xs" aria-pressed={speakOn} onClick={() => setSpeakOn(!speakOn)}>
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor"><path d="M9 4 5 8H2v4h3l4 4V4Zm3.5 2.5a5 5 0 0 1 0 7l-1-1a3.6 3.6 0 0 0 0-5l1-1Zm2-2a8 8 0 0 1 0 11l-1-1a6.6 6.6 0 0 0 0-9l1-1Z" /></svg>
              {t.readAloud}
            </button>
          )}
        </div>
      </div>
      <div className="h-1.5 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
        <div className="h-full bg-brand-500" style={{ width: `${(iv.answeredMain / iv.length) * 100}%` }} />
      </div>
      {notice && <p role="status" className="rounded-lg bg-violet-50 px-3 py-2 text-sm text-violet-900 dark:bg-violet-950 dark:text-violet-100">{notice}</p>}
      <form
        ref={formRef}
        className="card space-y-4 p-5 sm:p-6"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onChange={feedback.onEdit}
      >
        <h1 ref={heading} tabIndex={-1} className="text-xl font-bold leading-snug focus:outline-none sm:text-2xl" lang={locale}>{q.prompt}</h1>
        <fieldset disabled={busy} className="space-y-3">
          <legend className="sr-only">{t.yourAnswer}</legend>
          {textual ? (
            <>
              <label htmlFor="iv-answer" className="sr-only">{t.yourAnswer}</label>
              <textarea
                id="iv-answer"
                name="answer"
                rows={q.type === "short" && turn.kind === "question" ? 2 : 7}
                maxLength={MAX_ANSWER_CHARS}
                value={text}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    void submit();
                  }
                }}
                className="field resize-y leading-relaxed"
                lang={locale}
                aria-invalid={Boolean(shownError)}
                aria-describedby={shownError ? "iv-answer-count iv-answer-error" : "iv-answer-count"}
              />
              <AnswerCount id="iv-answer-count" text={text} locale={locale} />
            </>
          ) : q.type === "single-choice" || q.type === "multi-choice" ? (
            <ChoiceInputs question={q} multiple={q.type === "multi-choice"} />
          ) : q.type === "true-false" ? (
            <div className="grid grid-cols-2 gap-3">
              {(["true", "false"] as const).map((v) => (
                <label key={v} className="flex min-h-14 cursor-pointer items-center justify-center gap-2 rounded-xl border-2 border-slate-200 px-4 text-lg font-semibold has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-950">
                  <input type="radio" name="answer" value={v} className="h-4 w-4 accent-brand-600" />
                  {v === "true" ? base.question.true : base.question.false}
                </label>
              ))}
            </div>
          ) : (
            <OrderingInput question={q} locale={locale} />
          )}
        </fieldset>
        <AnswerError id="iv-answer-error" message={shownError} className="" />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <button type="submit" className="btn-primary" disabled={busy || feedback.over}>{busy ? t.submitting : t.submit}</button>
          <button
            type="button"
            className="text-sm text-slate-600 underline dark:text-slate-400"
            onClick={async () => {
              if (!window.confirm(t.confirmFinish)) return;
              await api(`/api/v1/interviews/${iv.id}/finish`, { method: "POST", body: {} });
              router.refresh();
            }}
          >
            {t.finishEarly}
          </button>
        </div>
      </form>
      {uiLocale !== locale && <p className="text-xs text-slate-500 dark:text-slate-400">{studyMessages(uiLocale).interview.language}: {locale === "ko" ? "한국어" : "English"}</p>}
    </div>
  );
}

"use client";
/**
 * The error line (and, for typed answers, the character count) under every answer form:
 * question pages, the interview runner and the live-quiz player. The rules are in
 * lib/validation/answer-input.ts; this file only keeps "edited since the last submit" and
 * renders the result.
 */
import { useCallback, useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { answerError, answerLength, isOverLong, MAX_ANSWER_CHARS } from "@/lib/validation/answer-input";

/**
 * `text`: the typed answer, for answers typed in a box (omit it for choices). Call
 * `onSubmit` when the answer is sent and `onEdit` on every change (a form's onChange sees
 * its inputs' changes).
 */
export function useAnswerFeedback(locale: Locale, text?: string) {
  const [edited, setEdited] = useState(false);
  const onEdit = useCallback(() => setEdited(true), []);
  const onSubmit = useCallback(() => setEdited(false), []);
  return {
    over: text !== undefined && isOverLong(text),
    errorFor: (serverError: string | null | undefined) => answerError({ text, serverError, editedSinceSubmit: edited }, locale),
    onEdit,
    onSubmit,
  };
}

/** The error, announced when it appears. `id` is what the input's aria-describedby names. */
export function AnswerError({ id, message, className = "mt-3" }: { id?: string; message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className={`${className} rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200`}>
      {message}
    </p>
  );
}

/** "1,234 / 5,000", red over the limit; `note` goes on the left (e.g. "Draft saved"). */
export function AnswerCount({ id, text, locale, note }: { id?: string; text: string; locale: Locale; note?: string }) {
  const over = isOverLong(text);
  return (
    <p id={id} className={`mt-1 flex justify-between gap-2 text-xs ${over ? "text-rose-700 dark:text-rose-300" : "text-slate-500 dark:text-slate-400"}`}>
      <span>{note ?? ""}</span>
      <span>{getMessages(locale).question.interview.chars(answerLength(text), MAX_ANSWER_CHARS)}</span>
    </p>
  );
}

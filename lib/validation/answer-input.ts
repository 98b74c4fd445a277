/**
 * What every answer box (question page, interview, live quiz) and the grading service
 * agree on: how an answer's length is counted, when it is blank or too long, the words for
 * those problems, and which error line an answer form shows. Client-safe: no grader code.
 */
import { MAX_ANSWER_CHARS } from "@/lib/grading/limits";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

export { MAX_ANSWER_CHARS };

export type AnswerValue = string | readonly string[];
export type AnswerProblem = "blank" | "too_long";

/**
 * Browsers send a textarea's line breaks as CRLF in form posts (server actions) but as LF in
 * JSON and in the textarea's value; counted as typed, "\r\n" is one character.
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function answerLength(answer: AnswerValue): number {
  return typeof answer === "string" ? answer.length : answer.reduce((n, a) => n + a.length, 0);
}

export function isOverLong(answer: AnswerValue): boolean {
  return answerLength(answer) > MAX_ANSWER_CHARS;
}

/** Too long is checked first: a long answer of spaces is "too long", not "choose an answer". */
export function answerProblem(answer: AnswerValue): AnswerProblem | null {
  if (isOverLong(answer)) return "too_long";
  const blank = typeof answer === "string" ? !answer.trim() : answer.length === 0 || answer.every((a) => !a.trim());
  return blank ? "blank" : null;
}

export function answerProblemMessage(problem: AnswerProblem, locale: Locale): string {
  const q = getMessages(locale).question;
  return problem === "too_long" ? q.tooLong(MAX_ANSWER_CHARS) : q.blank;
}

/**
 * The one error line under an answer. What is typed now comes first: an answer over the
 * limit always says so. A server error describes the answer as it was submitted, so it is
 * shown only until the learner edits the answer; an "answer first" from an earlier empty
 * submit must not outlive the text typed since.
 */
export function answerError(
  input: { text?: string; serverError?: string | null; editedSinceSubmit: boolean },
  locale: Locale,
): string | null {
  if (input.text !== undefined && isOverLong(input.text)) return answerProblemMessage("too_long", locale);
  if (input.serverError && !input.editedSinceSubmit) return input.serverError;
  return null;
}

/**
 * Answers as one line of text, in the user's language: what a learner chose (choice keys →
 * option texts, "true" → 참/True, an order with arrows) and what the right answer was. Used
 * by interview reports, live results, the live reveal and flashcards; client-safe.
 */
import type { Answer } from "@/lib/grading";
import type { CorrectAnswerDto } from "@/lib/validation/dto";
import type { Locale } from "./locale";
import { getMessages } from "./messages";

export function answerText(q: { type: string; options: { key: string; text: string }[] }, a: Answer, locale: Locale): string {
  const b = getMessages(locale).question;
  const text = (k: string) => q.options.find((o) => o.key === k)?.text ?? k;
  if (Array.isArray(a)) return a.map(text).join(q.type === "ordering" ? " → " : ", ");
  if (q.type === "single-choice") return text(a);
  if (q.type === "true-false") return a === "true" ? b.true : a === "false" ? b.false : a;
  return a;
}

export function correctAnswerText(c: CorrectAnswerDto | { kind: "model"; value: string }, locale: Locale): string {
  const b = getMessages(locale).question;
  switch (c.kind) {
    case "choices":
    case "order":
      return c.options.map((o) => o.text).join(c.kind === "order" ? " → " : ", ");
    case "boolean":
      return c.value ? b.true : b.false;
    case "text":
      return c.accepted.join(" / ");
    case "model":
      return c.value;
  }
}

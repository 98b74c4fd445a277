import "server-only";
/**
 * Grading service: loads a question's answer key from the catalog, grades with the pure
 * graders in lib/grading and maps the outcome to a DTO in the learner's language. Shared by
 * POST /api/v1/grade, the question page's server action and (later) interviews and quizzes.
 */
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { AnswerShapeError, BLANK_MESSAGE, grade, type Answer, type RubricInput } from "@/lib/grading";
import type { ShapeProblem } from "@/lib/grading/exact";
import type { Locale } from "@/lib/i18n/locale";
import { answerProblemMessage, isOverLong } from "@/lib/validation/answer-input";
import type { CorrectAnswerDto, GradeResultDto } from "@/lib/validation/dto";
import type { CatalogQuestion } from "./catalog";
import { getAnswerKey, type AnswerKey } from "./questions";

const SHAPE_MESSAGES: Record<ShapeProblem, Record<Locale, string>> = {
  "expected-one-choice": { ko: "보기 하나의 key를 보내 주세요.", en: "Send the key of exactly one choice." },
  "unknown-choice": { ko: "이 문제에 없는 보기입니다.", en: "That choice does not belong to this question." },
  "expected-choices": { ko: "보기 key의 배열을 보내 주세요.", en: "Send an array of choice keys." },
  "expected-true-false": { ko: '"true" 또는 "false"로 답해 주세요.', en: 'Answer with "true" or "false".' },
  "expected-permutation": {
    ko: "모든 항목의 key를 한 번씩, 원하는 순서대로 배열로 보내 주세요.",
    en: "Send every item key exactly once, as an array in your order.",
  },
  "expected-text": { ko: "답을 하나의 문자열로 보내 주세요.", en: "Send the answer as one string." },
};

/**
 * Rubrics are compiled once per catalog snapshot (the grader memoises by object identity).
 * `focus` narrows the rubric to one key point: an interview follow-up that digs into it.
 */
const rubrics = new WeakMap<CatalogQuestion, Map<string, RubricInput>>();
function rubricOf(q: CatalogQuestion, focus?: string): RubricInput {
  let byFocus = rubrics.get(q);
  if (!byFocus) rubrics.set(q, (byFocus = new Map()));
  const key = focus ?? "";
  let r = byFocus.get(key);
  if (!r) {
    const keyPoints = focus ? q.keyPoints.filter((k) => k.id === focus).map((k) => ({ ...k, core: true })) : q.keyPoints;
    if (!keyPoints.length) throw new AppError("not_found");
    // A focused follow-up quotes the key point's label, so repeating the label back counts as restating the question.
    r = { prompt: focus ? keyPoints[0]!.label : q.prompt, keyPoints, misconceptions: q.misconceptions, contrasts: q.contrasts, context: [q.modelAnswer.ko, q.modelAnswer.en, q.explanation.ko, q.explanation.en], followUps: focus ? [] : q.followUps };
    byFocus.set(key, r);
  }
  return r;
}

export function correctAnswerOf(q: CatalogQuestion, locale: Locale): CorrectAnswerDto {
  const text = (k: string) => q.options.find((o) => o.key === k)!.text[locale];
  const exact = q.exact!;
  switch (exact.type) {
    case "single-choice":
    case "multi-choice":
      return { kind: "choices", options: exact.choices.filter((c) => c.correct).map((c) => ({ key: c.key, text: text(c.key) })) };
    case "true-false":
      return { kind: "boolean", value: exact.answer };
    case "ordering":
      return { kind: "order", options: exact.order.map((k) => ({ key: k, text: text(k) })) };
    case "short":
      return { kind: "text", value: exact.accepted[0]!, accepted: exact.accepted };
  }
}

export async function gradeAnswer(db: Db, slug: string, answer: Answer, locale: Locale, explicitLocale = true, focus?: string): Promise<GradeResultDto> {
  if (isOverLong(answer)) {
    const message = answerProblemMessage("too_long", locale);
    throw new AppError("payload_too_large", message, { answer: [message] });
  }
  const key: AnswerKey = await getAnswerKey(db, slug, locale);
  const q = key.question;
  const links = key.followUps.map(({ slug: s, type, prompt }) => ({ slug: s, type, prompt }));
  try {
    if (q.type === "interview") {
      // Labels follow the requested language; feedback follows the answer's language.
      const r = grade({ rubric: rubricOf(q, focus) }, answer, explicitLocale ? locale : undefined);
      if (r.kind !== "interview") throw new Error("unreachable");
      const byslug = new Map(key.followUps.map((f) => [f.slug, f]));
      return {
        question: q.slug,
        type: "interview",
        locale: explicitLocale ? locale : r.language,
        language: r.language,
        score: r.score,
        verdict: r.verdict,
        keyPoints: r.keyPoints,
        misconceptions: r.misconceptions,
        feedback: r.feedback,
        flags: r.flags,
        modelAnswer: q.modelAnswer[explicitLocale ? locale : r.language],
        explanation: q.explanation[explicitLocale ? locale : r.language],
        followUps: r.followUps.map((s) => byslug.get(s)).filter((f): f is NonNullable<typeof f> => Boolean(f)),
      };
    }
    const r = grade({ exact: q.exact }, answer);
    if (r.kind !== "exact") throw new Error("unreachable");
    return {
      question: q.slug,
      type: q.type as Exclude<typeof q.type, "interview">,
      locale,
      score: r.score,
      verdict: r.verdict,
      correctAnswer: correctAnswerOf(q, locale),
      ...(r.detail && { detail: r.detail }),
      ...(r.blank && { feedback: BLANK_MESSAGE[locale] }),
      explanation: q.explanation[locale],
      modelAnswer: q.modelAnswer[locale],
      followUps: links,
    };
  } catch (err) {
    if (err instanceof AnswerShapeError) {
      const message = SHAPE_MESSAGES[err.problem][locale];
      throw new AppError("validation", message, { answer: [message] });
    }
    throw err;
  }
}

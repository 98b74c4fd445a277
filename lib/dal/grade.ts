import "server-only";
/**
 * Grading service: loads a question's answer key, grades the answer with the pure graders
 * in lib/grading and maps the outcome to a DTO in the learner's language. Shared by
 * POST /api/v1/grade and the question page's server action.
 */
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { AnswerShapeError, gradeExact, type Answer, type ShapeProblem } from "@/lib/grading/exact";
import type { Locale } from "@/lib/i18n/locale";
import type { CorrectAnswerDto, ExactGradeResultDto, SelfCheckDto } from "@/lib/validation/dto";
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

function correctAnswerOf(key: AnswerKey, locale: Locale): CorrectAnswerDto {
  const text = (k: string) => key.options.find((o) => o.key === k)!.text[locale];
  const exact = key.exact!;
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

const followUpsOf = (key: AnswerKey) => key.followUps.map(({ slug, type, prompt }) => ({ slug, type, prompt }));

export async function gradeAnswer(db: Db, slug: string, answer: Answer, locale: Locale): Promise<ExactGradeResultDto> {
  const key = await getAnswerKey(db, slug, locale);
  if (!key.exact) {
    throw new AppError(
      "unprocessable",
      locale === "ko"
        ? "면접형(서술형) 답변의 자동 채점은 아직 지원하지 않습니다. 문제 페이지의 자기 점검을 이용해 주세요."
        : "Automatic grading of interview (free-text) answers is not available yet. Use the self-check on the question page.",
    );
  }
  try {
    const result = gradeExact(key.exact, answer);
    return {
      question: key.slug,
      type: key.type,
      locale,
      score: result.score,
      verdict: result.verdict,
      correctAnswer: correctAnswerOf(key, locale),
      ...(result.detail && { detail: result.detail }),
      explanation: key.explanation[locale],
      modelAnswer: key.modelAnswer[locale],
      followUps: followUpsOf(key),
    };
  } catch (err) {
    if (err instanceof AnswerShapeError) {
      const message = SHAPE_MESSAGES[err.problem][locale];
      throw new AppError("validation", message, { answer: [message] });
    }
    throw err;
  }
}

/** Interview questions before automatic grading: the model answer and key points to tick. */
export async function getSelfCheck(db: Db, slug: string, locale: Locale): Promise<SelfCheckDto> {
  const key = await getAnswerKey(db, slug, locale);
  if (key.type !== "interview") throw new AppError("unprocessable");
  return {
    question: key.slug,
    locale,
    modelAnswer: key.modelAnswer[locale],
    explanation: key.explanation[locale],
    keyPoints: key.keyPoints.map((k) => ({ id: k.id, label: k.label[locale], required: k.required, weight: k.weight })),
    followUps: followUpsOf(key),
  };
}

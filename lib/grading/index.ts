/**
 * One entry point for every question type: exact graders for choices, true/false, ordering
 * and short answers; the rubric grader for interview answers. A blank answer is graded
 * "incorrect" with a helpful message rather than rejected.
 */
import { AnswerShapeError, gradeExact, type Answer, type ExactKey, type ExactResult } from "./exact";
import { gradeInterview, type InterviewResult, type Locale, type RubricInput } from "./rubric";

export { AnswerShapeError, type Answer, type ExactKey, type InterviewResult, type RubricInput, type Locale };

export { MAX_ANSWER_CHARS } from "./limits";

export type GradeOutcome = ({ kind: "exact" } & ExactResult & { blank: boolean }) | ({ kind: "interview" } & InterviewResult);

export const BLANK_MESSAGE: Record<Locale, string> = {
  ko: "답이 비어 있습니다. 답을 고르거나 입력한 뒤 다시 제출해 주세요.",
  en: "No answer was given. Choose or type an answer, then submit again.",
};

export function isBlank(answer: Answer): boolean {
  return typeof answer === "string" ? answer.trim().length === 0 : answer.length === 0 || answer.every((a) => !a.trim());
}

export function grade(key: { exact?: ExactKey; rubric?: RubricInput }, answer: Answer, locale?: Locale): GradeOutcome {
  if (key.rubric) {
    const text = typeof answer === "string" ? answer : answer.join("\n");
    return { kind: "interview", ...gradeInterview(key.rubric, text, locale) };
  }
  if (!key.exact) throw new Error("question has neither an exact key nor a rubric");
  if (isBlank(answer)) return { kind: "exact", score: 0, verdict: "incorrect", blank: true };
  return { kind: "exact", ...gradeExact(key.exact, answer), blank: false };
}

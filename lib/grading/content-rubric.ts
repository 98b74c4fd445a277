/** Builds grader input straight from content/ question files (the CLI and the eval need no database). */
import { contrastsOf, type Contrast, type InterviewQuestion, type QuestionFile } from "@/lib/content/schema";
import type { ExactKey } from "./exact";
import type { RubricInput } from "./rubric";

export function rubricFromContent(q: InterviewQuestion, contrasts: Contrast[]): RubricInput {
  return {
    prompt: q.prompt,
    keyPoints: q.rubric.keyPoints.map((k) => ({ id: k.id, weight: k.weight, core: k.core, label: k.label, match: k.match, sandbox: k.sandbox ?? null })),
    misconceptions: q.rubric.misconceptions,
    contrasts: contrastsOf(q, contrasts),
    context: [q.modelAnswer.ko, q.modelAnswer.en, q.explanation.ko, q.explanation.en],
    followUps: q.followUps.map((f) => ({ slug: f.slug, probes: f.probes ?? null })),
  };
}

/** The exact answer key of a choice, true/false, ordering or short question; undefined for interview questions. */
export function exactKeyFromContent(q: QuestionFile): ExactKey | undefined {
  switch (q.type) {
    case "single-choice":
    case "multi-choice":
      return { type: q.type, choices: q.choices.map((c) => ({ key: c.id, correct: c.correct })) };
    case "true-false":
      return { type: q.type, answer: q.answer };
    case "ordering":
      return { type: q.type, order: q.items.map((i) => i.id) };
    case "short":
      return { type: q.type, accepted: q.accepted };
    default:
      return undefined;
  }
}

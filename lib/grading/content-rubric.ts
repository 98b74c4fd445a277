/** Builds grader input straight from a content/ question file (CLI and eval need no database). */
import type { InterviewQuestion } from "@/lib/content/schema";
import type { RubricInput } from "./rubric";

export function rubricFromContent(q: InterviewQuestion): RubricInput {
  return {
    prompt: q.prompt,
    keyPoints: q.rubric.keyPoints.map((k) => ({ id: k.id, weight: k.weight, required: k.required, label: k.label, match: k.match, sandbox: k.sandbox ?? null })),
    misconceptions: q.rubric.misconceptions,
    followUps: q.followUps.map((f) => ({ slug: f.slug, probes: f.probes ?? null })),
  };
}

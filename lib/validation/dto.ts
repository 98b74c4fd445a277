/**
 * Shapes that leave the server. Route handlers parse their output with these schemas, so a
 * change that would leak an answer key or a raw row fails loudly in tests.
 */
import { z } from "zod";
import { LOCALES, QUESTION_TYPES } from "@/lib/content/schema";

const locale = z.enum(LOCALES);
const verdict = z.enum(["correct", "partial", "incorrect"]);

export const topicDto = z.object({ id: z.string(), title: z.string(), description: z.string(), questionCount: z.number().int() }).strict();
export type TopicDto = z.infer<typeof topicDto>;

export const questionSummaryDto = z
  .object({
    slug: z.string(),
    type: z.enum(QUESTION_TYPES),
    difficulty: z.number().int().min(1).max(3),
    topic: z.object({ id: z.string(), title: z.string() }).strict(),
    tags: z.array(z.string()),
    prompt: z.string(),
    sandbox: z.array(z.string()),
  })
  .strict();
export type QuestionSummaryDto = z.infer<typeof questionSummaryDto>;

const option = z.object({ key: z.string(), text: z.string() }).strict();
const link = z.object({ slug: z.string(), prompt: z.string(), type: z.enum(QUESTION_TYPES) }).strict();
export type QuestionLinkDto = z.infer<typeof link>;

export const questionDetailDto = questionSummaryDto
  .extend({
    locale,
    /** single/multi-choice options, or ordering items in a shuffled order. No correctness flags. */
    options: z.array(option),
    followUps: z.array(link),
  })
  .strict();
export type QuestionDetailDto = z.infer<typeof questionDetailDto>;

export const questionPageDto = z
  .object({
    items: z.array(questionSummaryDto),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    totalPages: z.number().int(),
  })
  .strict();
export type QuestionPageDto = z.infer<typeof questionPageDto>;

export const correctAnswerDto = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choices"), options: z.array(option) }).strict(),
  z.object({ kind: z.literal("boolean"), value: z.boolean() }).strict(),
  z.object({ kind: z.literal("order"), options: z.array(option) }).strict(),
  z.object({ kind: z.literal("text"), value: z.string(), accepted: z.array(z.string()) }).strict(),
]);
export type CorrectAnswerDto = z.infer<typeof correctAnswerDto>;

const EXACT_TYPES = QUESTION_TYPES.filter((t) => t !== "interview") as [Exclude<(typeof QUESTION_TYPES)[number], "interview">, ...Exclude<(typeof QUESTION_TYPES)[number], "interview">[]];

export const exactGradeResultDto = z
  .object({
    question: z.string(),
    type: z.enum(EXACT_TYPES),
    locale,
    score: z.number().int().min(0).max(100),
    verdict,
    correctAnswer: correctAnswerDto,
    detail: z
      .object({
        correctPicks: z.array(z.string()).optional(),
        wrongPicks: z.array(z.string()).optional(),
        missedPicks: z.array(z.string()).optional(),
        inPlace: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
    /** Set when there is something to say beyond the verdict (e.g. a blank answer). */
    feedback: z.string().optional(),
    explanation: z.string(),
    modelAnswer: z.string(),
    followUps: z.array(link),
  })
  .strict();
export type ExactGradeResultDto = z.infer<typeof exactGradeResultDto>;

const evidence = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).strict();

/** A graded interview answer: every key point with its evidence, misconceptions, feedback. */
export const interviewGradeResultDto = z
  .object({
    question: z.string(),
    type: z.literal("interview"),
    locale,
    /** The answer's language; `feedback` is written in it. */
    language: locale,
    score: z.number().int().min(0).max(100),
    verdict,
    keyPoints: z.array(
      z
        .object({
          id: z.string(),
          label: z.string(),
          core: z.boolean(),
          weight: z.number().int(),
          hit: z.boolean(),
          negated: z.boolean(),
          evidence: z.array(evidence),
          sandbox: z.string().nullable(),
        })
        .strict(),
    ),
    misconceptions: z.array(
      z.object({ id: z.string(), label: z.string(), correction: z.string(), kind: z.enum(["pattern", "negated-key-point", "swapped", "fact", "jargon"]), severity: z.enum(["major", "minor"]), evidence: z.array(evidence) }).strict(),
    ),
    feedback: z.string(),
    flags: z.object({ empty: z.boolean(), restatesQuestion: z.boolean(), offTopic: z.boolean() }).strict(),
    modelAnswer: z.string(),
    explanation: z.string(),
    followUps: z.array(link.extend({ probes: z.string().nullable() }).strict()),
  })
  .strict();
export type InterviewGradeResultDto = z.infer<typeof interviewGradeResultDto>;

/** Discriminated by `type`, so parsing never tries (and fails) the wrong shape first. */
export const gradeResultDto = z.discriminatedUnion("type", [exactGradeResultDto, interviewGradeResultDto]);
export type GradeResultDto = z.infer<typeof gradeResultDto>;

/** zod schemas for question browsing and grading input, shared by pages, actions and routes. */
import { z } from "zod";
import { LOCALES, QUESTION_TYPES } from "@/lib/content/schema";

export const PAGE_SIZE_DEFAULT = 12;
export const MAX_SEARCH_LENGTH = 100;

const slugParam = z.string().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Query string of GET /api/v1/questions and of the /questions page. */
export const questionListQuerySchema = z
  .object({
    topic: slugParam.optional(),
    type: z.enum(QUESTION_TYPES).optional(),
    difficulty: z.enum(["1", "2", "3"]).transform(Number).optional(),
    q: z.string().trim().max(MAX_SEARCH_LENGTH).optional(),
    page: z.string().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().int().min(1).max(1000)).optional(),
    pageSize: z.string().regex(/^\d{1,2}$/).transform(Number).pipe(z.number().int().min(1).max(50)).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();
export type QuestionListQuery = z.output<typeof questionListQuerySchema>;

export const questionSlugSchema = slugParam;

/**
 * The answer's length is checked by the grading service (413 over 5,000 characters), so the
 * schema only bounds it loosely; the 64 KiB body limit stops anything bigger.
 */
export const gradeRequestSchema = z
  .object({
    question: slugParam,
    answer: z.union([z.string().max(65_536), z.array(z.string().max(60)).max(20)]),
    locale: z.enum(LOCALES).optional(),
    /** Signed-in learners: how long the answer took (stored with the attempt) and where it came from. */
    timeTakenMs: z.number().int().min(0).max(7_200_000).optional(),
    mode: z.enum(["practice", "review"]).optional(),
  })
  .strict();
export type GradeRequest = z.output<typeof gradeRequestSchema>;

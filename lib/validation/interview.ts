import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";
import { LENGTHS, TIMERS } from "@/lib/interview/engine";

export const interviewIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/);
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

export const createInterviewSchema = z
  .object({
    topics: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).min(1).max(20),
    length: z.literal(LENGTHS),
    timerSec: z.literal(TIMERS).nullable().optional(),
    locale: z.enum(LOCALES),
  })
  .strict();
export type CreateInterviewInput = z.output<typeof createInterviewSchema>;

export const answerTurnSchema = z
  .object({
    turn: z.string().regex(/^[a-z0-9]{10,40}$/),
    answer: z.union([z.string().max(65_536), z.array(z.string().max(60)).max(20)]),
  })
  .strict();
export type AnswerTurnInput = z.output<typeof answerTurnSchema>;

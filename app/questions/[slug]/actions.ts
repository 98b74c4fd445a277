"use server";
/**
 * Question page actions: grade an exact answer, or open the interview self-check. Both
 * validate with zod, never throw to the client, and answer in the user's language.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { currentUser } from "@/lib/auth/session";
import { gradeAndRecord } from "@/lib/dal/progress";
import { AppError, genericMessage } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { questionSlugSchema } from "@/lib/validation/questions";
import type { GradeResultDto } from "@/lib/validation/dto";
import type { FieldErrors } from "@/lib/errors";

export type GradeState =
  | { status: "idle" }
  | { status: "graded"; result: GradeResultDto; answer: string[]; timeTakenMs?: number }
  | { status: "error"; message: string; fieldErrors?: FieldErrors };

const formSchema = z.object({
  slug: questionSlugSchema,
  answer: z.array(z.string().max(20_000)).max(20),
  mode: z.enum(["single", "list"]),
  timeTakenMs: z.coerce.number().int().min(0).max(7_200_000).optional().catch(undefined),
});

export async function gradeAction(_prev: GradeState, formData: FormData): Promise<GradeState> {
  const locale = await getLocale();
  const parsed = formSchema.safeParse({
    slug: formData.get("slug"),
    answer: formData.getAll("answer").filter((v): v is string => typeof v === "string"),
    mode: formData.get("mode"),
    timeTakenMs: formData.get("timeTakenMs") || undefined,
  });
  if (!parsed.success) return { status: "error", message: genericMessage("validation", locale) };
  const { slug, answer, mode, timeTakenMs } = parsed.data;
  if (answer.length === 0 || (mode === "single" && !answer[0]?.trim())) {
    // Nothing submitted: say so next to the form instead of grading a blank.
    const message = locale === "ko" ? "먼저 답을 고르거나 입력하세요." : "Choose or type an answer first.";
    return { status: "error", message, fieldErrors: { answer: [message] } };
  }
  try {
    // Signed in: the attempt is stored with the time it took. Anonymous: the browser keeps it.
    const { result } = await gradeAndRecord(db, await currentUser(), slug, mode === "single" ? answer[0]! : answer, locale, { timeTakenMs });
    return { status: "graded", result, answer, timeTakenMs };
  } catch (err) {
    if (err instanceof AppError) return { status: "error", message: err.message === err.code ? genericMessage(err.code, locale) : err.message, fieldErrors: err.fieldErrors };
    console.error("[action] gradeAction failed", err);
    return { status: "error", message: genericMessage("internal", locale) };
  }
}

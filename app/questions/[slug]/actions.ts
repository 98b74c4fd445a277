"use server";
/**
 * Question page actions: grade an exact answer, or open the interview self-check. Both
 * validate with zod, never throw to the client, and answer in the user's language.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { gradeAnswer, getSelfCheck } from "@/lib/dal/grade";
import { AppError, genericMessage } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { questionSlugSchema } from "@/lib/validation/questions";
import type { ExactGradeResultDto, SelfCheckDto } from "@/lib/validation/dto";
import type { FieldErrors } from "@/lib/errors";

export type GradeState =
  | { status: "idle" }
  | { status: "graded"; result: ExactGradeResultDto; answer: string[] }
  | { status: "error"; message: string; fieldErrors?: FieldErrors };

export type SelfCheckState = { status: "idle" } | { status: "revealed"; result: SelfCheckDto } | { status: "error"; message: string };

const formSchema = z.object({
  slug: questionSlugSchema,
  answer: z.array(z.string().max(5000)).max(20),
  mode: z.enum(["single", "list"]),
});

export async function gradeAction(_prev: GradeState, formData: FormData): Promise<GradeState> {
  const locale = await getLocale();
  const parsed = formSchema.safeParse({
    slug: formData.get("slug"),
    answer: formData.getAll("answer").filter((v): v is string => typeof v === "string"),
    mode: formData.get("mode"),
  });
  if (!parsed.success) return { status: "error", message: genericMessage("validation", locale) };
  const { slug, answer, mode } = parsed.data;
  if (answer.length === 0 || (mode === "single" && !answer[0]?.trim())) {
    const message = locale === "ko" ? "먼저 답을 고르거나 입력하세요." : "Choose or type an answer first.";
    return { status: "error", message, fieldErrors: { answer: [message] } };
  }
  try {
    const result = await gradeAnswer(db, slug, mode === "single" ? answer[0]! : answer, locale);
    return { status: "graded", result, answer };
  } catch (err) {
    if (err instanceof AppError) return { status: "error", message: err.message === err.code ? genericMessage(err.code, locale) : err.message, fieldErrors: err.fieldErrors };
    console.error("[action] gradeAction failed", err);
    return { status: "error", message: genericMessage("internal", locale) };
  }
}

export async function selfCheckAction(_prev: SelfCheckState, formData: FormData): Promise<SelfCheckState> {
  const locale = await getLocale();
  const slug = questionSlugSchema.safeParse(formData.get("slug"));
  if (!slug.success) return { status: "error", message: genericMessage("validation", locale) };
  try {
    return { status: "revealed", result: await getSelfCheck(db, slug.data, locale) };
  } catch (err) {
    if (err instanceof AppError) return { status: "error", message: genericMessage(err.code, locale) };
    console.error("[action] selfCheckAction failed", err);
    return { status: "error", message: genericMessage("internal", locale) };
  }
}

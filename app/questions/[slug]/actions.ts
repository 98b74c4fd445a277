"use server";
/**
 * Question page actions: grade an answer (exact or interview), and report a problem with the
 * question. Each validates with zod, never throws to the client, and answers in the user's language.
 */
import { z } from "zod";
import { headers } from "next/headers";
import { clientOfHeaders } from "@/lib/http/client";
import { limits } from "@/lib/http/limits";
import { rateLimited } from "@/lib/http/route";
import { db } from "@/lib/db";
import { currentUser } from "@/lib/auth/session";
import { gradeAndRecord } from "@/lib/dal/progress";
import { AppError, fieldErrorsFrom, genericMessage } from "@/lib/errors";
import { fileReport } from "@/lib/dal/reports";
import { reportMessages } from "@/lib/i18n/reports";
import { REPORT_MAX_CHARS, reportInputSchema } from "@/lib/validation/reports";
import { getLocale } from "@/lib/i18n/server";
import { questionSlugSchema } from "@/lib/validation/questions";
import { answerProblem, answerProblemMessage, normalizeNewlines } from "@/lib/validation/answer-input";
import type { GradeResultDto } from "@/lib/validation/dto";
import type { FieldErrors } from "@/lib/errors";

export type GradeState =
  | { status: "idle" }
  | { status: "graded"; result: GradeResultDto; answer: string[]; timeTakenMs?: number }
  | { status: "error"; message: string; fieldErrors?: FieldErrors };

const formSchema = z.object({
  slug: questionSlugSchema,
  // As generous as the JSON API's bound: anything over the grading limit gets the "too long" message below, not "check the input".
  answer: z.array(z.string().max(65_536).transform(normalizeNewlines)).max(20),
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
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.path[0] === "answer" && i.path.length === 2 && i.code === "too_big");
    const message = tooLong ? answerProblemMessage("too_long", locale) : genericMessage("validation", locale);
    return { status: "error", message, ...(tooLong && { fieldErrors: { answer: [message] } }) };
  }
  const { slug, answer, mode, timeTakenMs } = parsed.data;
  // Too long or nothing submitted: say so next to the form instead of grading. Length first,
  // so an over-long answer never reads "choose or type an answer first".
  const problem = answerProblem(mode === "single" ? (answer[0] ?? "") : answer);
  if (problem) {
    const message = answerProblemMessage(problem, locale);
    return { status: "error", message, fieldErrors: { answer: [message] } };
  }
  try {
    // The same grading limit as POST /api/v1/grade: per user, else per client address.
    const user = await currentUser();
    const wait = await limits.grade.consume(user ? `user:${user.id}` : `ip:${clientOfHeaders(await headers()).address}`);
    if (wait) return { status: "error", message: rateLimited("grade", wait, locale).message };
    // Signed in: the attempt is stored with the time it took. Anonymous: the browser keeps it.
    const { result } = await gradeAndRecord(db, user, slug, mode === "single" ? answer[0]! : answer, locale, { timeTakenMs });
    return { status: "graded", result, answer, timeTakenMs };
  } catch (err) {
    if (err instanceof AppError) return { status: "error", message: err.message === err.code ? genericMessage(err.code, locale) : err.message, fieldErrors: err.fieldErrors };
    console.error("[action] gradeAction failed", err);
    return { status: "error", message: genericMessage("internal", locale) };
  }
}

export type ReportState =
  | { status: "idle" }
  | { status: "sent"; id: string }
  | { status: "error"; message: string; fieldErrors?: FieldErrors };

/** "Report a problem with this question": anyone, signed in or not, within the report limit. */
export async function reportAction(_prev: ReportState, formData: FormData): Promise<ReportState> {
  const locale = await getLocale();
  const t = reportMessages(locale).form;
  const slug = questionSlugSchema.safeParse(formData.get("slug"));
  const field = formData.get("field");
  const parsed = reportInputSchema.safeParse({ field: field === "" || field === null ? undefined : field, message: formData.get("message") ?? "" });
  if (!slug.success) return { status: "error", message: genericMessage("validation", locale) };
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error, locale);
    const issue = parsed.error.issues.find((i) => i.path[0] === "message");
    const message = issue ? (issue.code === "too_big" ? t.tooLong(REPORT_MAX_CHARS) : t.empty) : genericMessage("validation", locale);
    return { status: "error", message, fieldErrors: issue ? { ...fieldErrors, message: [message] } : fieldErrors };
  }
  try {
    const user = await currentUser();
    const wait = await limits.report.consume(user ? `user:${user.id}` : `ip:${clientOfHeaders(await headers()).address}`);
    if (wait) return { status: "error", message: rateLimited("report", wait, locale).message };
    const filed = await fileReport(db, user, slug.data, parsed.data, locale);
    return { status: "sent", id: filed.id };
  } catch (err) {
    if (err instanceof AppError) return { status: "error", message: err.message === err.code ? genericMessage(err.code, locale) : err.message };
    console.error("[action] reportAction failed", err);
    return { status: "error", message: genericMessage("internal", locale) };
  }
}

import { db } from "@/lib/db";
import { sessionUserFromRequest } from "@/lib/auth/request-session";
import { gradeAndRecord } from "@/lib/dal/progress";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { gradeResultDto } from "@/lib/validation/dto";
import { gradeRequestSchema } from "@/lib/validation/questions";

/** Grades an answer; for a signed-in learner the attempt is stored (X-Attempt-Id names it). */
export const POST = apiHandler("/api/v1/grade", async (req, { locale }) => {
  const body = parseWith(gradeRequestSchema, await readJsonBody(req), locale);
  const user = await sessionUserFromRequest(req);
  const { result, attemptId } = await gradeAndRecord(db, user, body.question, body.answer, body.locale ?? locale, {
    explicitLocale: body.locale !== undefined,
    mode: body.mode,
    timeTakenMs: body.timeTakenMs,
  });
  return json(gradeResultDto.parse(result), attemptId ? { headers: { "x-attempt-id": attemptId } } : undefined);
});

import { gradeAndRecord } from "@/lib/dal/progress";
import { json } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { gradeResultDto } from "@/lib/validation/dto";
import { gradeRequestSchema } from "@/lib/validation/questions";

/** Grades an answer; for a signed-in learner the attempt is stored (X-Attempt-Id names it). */
export const POST = route({ path: "/api/v1/grade", auth: "optional", body: gradeRequestSchema, bodyLimit: 64 * 1024, limit: "grade", fast: true }, async ({ db, user, body, locale }) => {
  const { result, attemptId } = await gradeAndRecord(db, user, body.question, body.answer, body.locale ?? locale, {
    explicitLocale: body.locale !== undefined,
    mode: body.mode,
    timeTakenMs: body.timeTakenMs,
  });
  return json(gradeResultDto.parse(result), attemptId ? { headers: { "x-attempt-id": attemptId } } : undefined);
});

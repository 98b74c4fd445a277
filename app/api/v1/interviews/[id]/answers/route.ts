import { answerTurn, getInterview } from "@/lib/dal/interviews";
import { idParams, route } from "@/lib/http/route";
import { gradeResultDto } from "@/lib/validation/dto";
import { answerTurnSchema, interviewIdSchema } from "@/lib/validation/interview";

/** Answers the current turn; the reply has the grade and the interview's new state. */
export const POST = route({ path: "/api/v1/interviews/[id]/answers", auth: "user", params: idParams(interviewIdSchema), body: answerTurnSchema, limit: "grade" }, async ({ db, user, params, body }) => {
  const outcome = await answerTurn(db, user, params.id, body);
  return { result: gradeResultDto.parse(outcome.result), overtime: outcome.overtime, next: outcome.next, interview: await getInterview(db, user, params.id) };
});

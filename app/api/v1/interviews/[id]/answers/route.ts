import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { answerTurn, getInterview } from "@/lib/dal/interviews";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { gradeResultDto } from "@/lib/validation/dto";
import { answerTurnSchema, interviewIdSchema } from "@/lib/validation/interview";

type Ctx = { params: Promise<{ id: string }> };

/** Answers the current turn; the reply has the grade and the interview's new state. */
export const POST = apiHandler<Ctx>("/api/v1/interviews/[id]/answers", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  const id = parseWith(interviewIdSchema, (await params).id, locale);
  const body = parseWith(answerTurnSchema, await readJsonBody(req), locale);
  const outcome = await answerTurn(db, user, id, body);
  return json({ result: gradeResultDto.parse(outcome.result), overtime: outcome.overtime, next: outcome.next, interview: await getInterview(db, user, id) });
});

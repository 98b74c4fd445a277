import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { finishInterview, getInterview } from "@/lib/dal/interviews";
import { apiHandler, json, parseWith } from "@/lib/http/api";
import { interviewIdSchema } from "@/lib/validation/interview";

type Ctx = { params: Promise<{ id: string }> };

/** Ends the interview now; the report covers what was answered. */
export const POST = apiHandler<Ctx>("/api/v1/interviews/[id]/finish", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  const id = parseWith(interviewIdSchema, (await params).id, locale);
  await finishInterview(db, user, id);
  return json(await getInterview(db, user, id));
});

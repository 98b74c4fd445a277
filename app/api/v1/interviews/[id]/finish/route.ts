import { finishInterview, getInterview } from "@/lib/dal/interviews";
import { idParams, route } from "@/lib/http/route";
import { interviewIdSchema } from "@/lib/validation/interview";

/** Ends the interview now; the report covers what was answered. */
export const POST = route({ path: "/api/v1/interviews/[id]/finish", auth: "user", params: idParams(interviewIdSchema) }, async ({ db, user, params }) => {
  await finishInterview(db, user, params.id);
  return getInterview(db, user, params.id);
});

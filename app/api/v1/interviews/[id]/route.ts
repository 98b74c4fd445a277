import { deleteInterview, getInterview } from "@/lib/dal/interviews";
import { idParams, route } from "@/lib/http/route";
import { interviewIdSchema } from "@/lib/validation/interview";

const path = "/api/v1/interviews/[id]";
const params = idParams(interviewIdSchema);

export const GET = route({ path, auth: "user", params }, async ({ db, user, params }) => getInterview(db, user, params.id));

export const DELETE = route({ path, auth: "user", params }, async ({ db, user, params }) => {
  await deleteInterview(db, user, params.id);
  return new Response(null, { status: 204 });
});

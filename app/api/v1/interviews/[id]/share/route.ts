import { revokeShare, shareInterview } from "@/lib/dal/interviews";
import { json } from "@/lib/http/api";
import { idParams, route } from "@/lib/http/route";
import { interviewIdSchema } from "@/lib/validation/interview";

const path = "/api/v1/interviews/[id]/share";
const params = idParams(interviewIdSchema);

/** Creates a new share link (an earlier one stops working). The token is in this reply only: just its hash is stored. */
export const POST = route({ path, auth: "user", params }, async ({ db, user, params }) => {
  const { token } = await shareInterview(db, user, params.id);
  return json({ token, path: `/r/${token}` }, { status: 201 });
});

/** Revokes the link: it stops working at once. */
export const DELETE = route({ path, auth: "user", params }, async ({ db, user, params }) => {
  await revokeShare(db, user, params.id);
  return new Response(null, { status: 204 });
});

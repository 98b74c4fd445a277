import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { revokeShare, shareInterview } from "@/lib/dal/interviews";
import { apiHandler, json, parseWith } from "@/lib/http/api";
import { interviewIdSchema } from "@/lib/validation/interview";

type Ctx = { params: Promise<{ id: string }> };

/** Creates the share link (or returns the existing one). */
export const POST = apiHandler<Ctx>("/api/v1/interviews/[id]/share", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  const { token } = await shareInterview(db, user, parseWith(interviewIdSchema, (await params).id, locale));
  return json({ token, path: `/r/${token}` }, { status: 201 });
});

/** Revokes the link: it stops working at once. */
export const DELETE = apiHandler<Ctx>("/api/v1/interviews/[id]/share", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  await revokeShare(db, user, parseWith(interviewIdSchema, (await params).id, locale));
  return new Response(null, { status: 204 });
});

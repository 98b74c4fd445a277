import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { deleteInterview, getInterview } from "@/lib/dal/interviews";
import { apiHandler, json, parseWith } from "@/lib/http/api";
import { interviewIdSchema } from "@/lib/validation/interview";

type Ctx = { params: Promise<{ id: string }> };

export const GET = apiHandler<Ctx>("/api/v1/interviews/[id]", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  const id = parseWith(interviewIdSchema, (await params).id, locale);
  return json(await getInterview(db, user, id));
});

export const DELETE = apiHandler<Ctx>("/api/v1/interviews/[id]", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  await deleteInterview(db, user, parseWith(interviewIdSchema, (await params).id, locale));
  return new Response(null, { status: 204 });
});

import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { createInterview, getInterview, listInterviews } from "@/lib/dal/interviews";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { createInterviewSchema } from "@/lib/validation/interview";

export const GET = apiHandler("/api/v1/interviews", async (req) => json({ items: await listInterviews(db, await requireApiUser(req)) }));

export const POST = apiHandler("/api/v1/interviews", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const body = parseWith(createInterviewSchema, await readJsonBody(req, 4 * 1024), locale);
  const { id } = await createInterview(db, user, body);
  return json(await getInterview(db, user, id), { status: 201 });
});

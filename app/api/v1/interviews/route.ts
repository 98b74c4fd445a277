import { createInterview, getInterview, listInterviews } from "@/lib/dal/interviews";
import { json } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { createInterviewSchema } from "@/lib/validation/interview";

export const GET = route({ path: "/api/v1/interviews", auth: "user" }, async ({ db, user }) => ({ items: await listInterviews(db, user) }));

export const POST = route({ path: "/api/v1/interviews", auth: "user", body: createInterviewSchema, bodyLimit: 4 * 1024 }, async ({ db, user, body }) => {
  const { id } = await createInterview(db, user, body);
  return json(await getInterview(db, user, id), { status: 201 });
});

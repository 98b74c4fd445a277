import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { control, hostView, runtimeById } from "@/lib/dal/live";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { controlSchema, idSchema } from "@/lib/validation/live";

type Ctx = { params: Promise<{ id: string }> };

/** Host controls: start, reveal, leaderboard, next, end, lock/unlock, kick. Host only. */
export const POST = apiHandler<Ctx>("/api/v1/live/sessions/[id]/control", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  const id = parseWith(idSchema, (await params).id, locale);
  const body = parseWith(controlSchema, await readJsonBody(req, 4 * 1024), locale);
  await control(db, user, id, body, locale);
  return json(hostView((await runtimeById(db, id))!));
});

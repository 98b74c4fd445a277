import { control, hostView } from "@/lib/dal/live";
import { idParams, route } from "@/lib/http/route";
import { controlSchema, idSchema } from "@/lib/validation/live";

/** Host controls: start, reveal, leaderboard, next, end, lock/unlock, kick. Host only. */
export const POST = route({ path: "/api/v1/live/sessions/[id]/control", auth: "host", params: idParams(idSchema), body: controlSchema, bodyLimit: 4 * 1024 }, async ({ db, viewer, body, locale }) => {
  await control(db, viewer.user, viewer.rt.id, body, locale);
  return hostView(viewer.rt);
});

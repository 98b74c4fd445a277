import { submitAnswer } from "@/lib/dal/live";
import { idParams, route } from "@/lib/http/route";
import { idSchema, liveAnswerSchema } from "@/lib/validation/live";

/** A player's answer: stored before this returns; a retry with the same answerId is acknowledged again. */
export const POST = route({ path: "/api/v1/live/sessions/[id]/answers", auth: "player", params: idParams(idSchema), body: liveAnswerSchema, bodyLimit: 16 * 1024, fast: true }, async ({ db, viewer, body, locale }) =>
  submitAnswer(db, viewer.rt, viewer.player, body, locale),
);

import { submitAnswer } from "@/lib/dal/live";
import { idParams, route } from "@/lib/http/route";
import { idSchema, liveAnswerSchema } from "@/lib/validation/live";

/**
 * A player's answer: stored before this returns; a retry with the same answerId is acknowledged
 * again. Lateness and speed are judged by when the request reached the server (`arrivedAt`),
 * not by when it got through the queue.
 */
export const POST = route({ path: "/api/v1/live/sessions/[id]/answers", auth: "player", params: idParams(idSchema), body: liveAnswerSchema, bodyLimit: 16 * 1024, fast: true }, async ({ db, viewer, body, locale, client }) =>
  submitAnswer(db, viewer.rt, viewer.player, body, locale, client.arrivedAt),
);

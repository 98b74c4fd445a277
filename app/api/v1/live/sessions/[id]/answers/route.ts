import { db } from "@/lib/db";
import { submitAnswer } from "@/lib/dal/live";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { viewerOf } from "@/lib/http/live";
import { idSchema, liveAnswerSchema } from "@/lib/validation/live";

type Ctx = { params: Promise<{ id: string }> };

/** A player's answer: stored before this returns; a retry with the same answerId is acknowledged again. */
export const POST = apiHandler<Ctx>("/api/v1/live/sessions/[id]/answers", async (req, { params, locale }) => {
  const id = parseWith(idSchema, (await params).id, locale);
  const body = parseWith(liveAnswerSchema, await readJsonBody(req, 16 * 1024), locale);
  const viewer = await viewerOf(req, id, false);
  if (viewer.kind !== "player") throw new Error("unreachable");
  return json(await submitAnswer(db, viewer.rt, viewer.player, body, locale));
});

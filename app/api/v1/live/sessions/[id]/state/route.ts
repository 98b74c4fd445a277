import { z } from "zod";
import { hostView, playerView } from "@/lib/dal/live";
import { apiHandler, json, parseWith, searchParamsObject } from "@/lib/http/api";
import { viewerOf } from "@/lib/http/live";
import { idSchema } from "@/lib/validation/live";

type Ctx = { params: Promise<{ id: string }> };
const querySchema = z.object({ role: z.enum(["host", "player"]).optional(), locale: z.enum(["ko", "en"]).optional() }).strict();

/** The current view once (the event stream sends the same shape on every change). */
export const GET = apiHandler<Ctx>("/api/v1/live/sessions/[id]/state", async (req, { params, locale }) => {
  const id = parseWith(idSchema, (await params).id, locale);
  const q = parseWith(querySchema, searchParamsObject(req.url), locale);
  const viewer = await viewerOf(req, id, q.role === "host");
  return json(viewer.kind === "host" ? hostView(viewer.rt) : playerView(viewer.rt, viewer.player));
});

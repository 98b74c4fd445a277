import { z } from "zod";
import { hostView, playerView } from "@/lib/dal/live";
import { idParams, route } from "@/lib/http/route";
import { idSchema } from "@/lib/validation/live";

const query = z.object({ role: z.enum(["host", "player"]).optional(), locale: z.enum(["ko", "en"]).optional() }).strict();

/** The current view once (the event stream sends the same shape on every change). */
export const GET = route({ path: "/api/v1/live/sessions/[id]/state", auth: "viewer", params: idParams(idSchema), query }, async ({ viewer }) =>
  viewer.kind === "host" ? hostView(viewer.rt) : playerView(viewer.rt, viewer.player),
);

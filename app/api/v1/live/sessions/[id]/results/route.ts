import { z } from "zod";
import { results, resultsCsv } from "@/lib/dal/live";
import { csvCell } from "@/lib/csv";
import { idParams, route } from "@/lib/http/route";
import { idSchema } from "@/lib/validation/live";

const query = z.object({ format: z.enum(["json", "csv"]).optional(), locale: z.enum(["ko", "en"]).optional() }).strict();

/** Per-question statistics and per-student answers (host only); `?format=csv` downloads them. */
export const GET = route({ path: "/api/v1/live/sessions/[id]/results", auth: "host", params: idParams(idSchema), query }, async ({ db, viewer, query, locale }) => {
  const r = await results(db, viewer.user, viewer.rt.id, locale);
  if (query.format !== "csv") return r;
  return new Response(resultsCsv(r, csvCell), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="live-quiz-${r.code}-${r.createdAt.slice(0, 10)}.csv"`, "cache-control": "no-store" },
  });
});

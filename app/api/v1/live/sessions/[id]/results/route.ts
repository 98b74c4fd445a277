import { z } from "zod";
import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { results, resultsCsv } from "@/lib/dal/live";
import { csvCell } from "@/lib/dal/progress";
import { apiHandler, json, parseWith, searchParamsObject } from "@/lib/http/api";
import { idSchema } from "@/lib/validation/live";

type Ctx = { params: Promise<{ id: string }> };
const querySchema = z.object({ format: z.enum(["json", "csv"]).optional(), locale: z.enum(["ko", "en"]).optional() }).strict();

/** Per-question statistics and per-student answers (host only); `?format=csv` downloads them. */
export const GET = apiHandler<Ctx>("/api/v1/live/sessions/[id]/results", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  const id = parseWith(idSchema, (await params).id, locale);
  const q = parseWith(querySchema, searchParamsObject(req.url), locale);
  const r = await results(db, user, id, locale);
  if (q.format !== "csv") return json(r);
  return new Response(resultsCsv(r, csvCell), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="live-quiz-${r.code}-${r.createdAt.slice(0, 10)}.csv"`, "cache-control": "no-store" },
  });
});

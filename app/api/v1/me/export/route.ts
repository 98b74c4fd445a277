import { z } from "zod";
import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { attemptsCsv, exportData } from "@/lib/dal/progress";
import { apiHandler, parseWith, searchParamsObject } from "@/lib/http/api";

const querySchema = z.object({ format: z.enum(["json", "csv"]).optional() }).strict();

/** Everything stored about the learner as JSON, or the attempts as CSV; sent as a download. */
export const GET = apiHandler("/api/v1/me/export", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const { format = "json" } = parseWith(querySchema, searchParamsObject(req.url), locale);
  const data = await exportData(db, user);
  const stamp = new Date().toISOString().slice(0, 10);
  const body = format === "csv" ? attemptsCsv(data) : JSON.stringify(data, null, 2);
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="ports-sockets-lab-${format === "csv" ? "attempts" : "export"}-${stamp}.${format}"`,
      "cache-control": "no-store",
    },
  });
});

import { z } from "zod";
import { attemptsCsv, exportData } from "@/lib/dal/progress";
import { route } from "@/lib/http/route";

const query = z.object({ format: z.enum(["json", "csv"]).optional(), locale: z.enum(["ko", "en"]).optional() }).strict();

/** Everything stored about the learner as JSON, or the attempts as CSV; sent as a download. */
export const GET = route({ path: "/api/v1/me/export", auth: "user", query }, async ({ db, user, query }) => {
  const format = query.format ?? "json";
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

import { listReports } from "@/lib/dal/reports";
import { route } from "@/lib/http/route";
import { reportListQuerySchema } from "@/lib/validation/reports";

export const GET = route({ path: "/api/v1/reports", auth: "teacher", query: reportListQuerySchema }, async ({ db, user, query, locale }) => ({
  items: await listReports(db, user, query.status ?? "open", locale),
}));

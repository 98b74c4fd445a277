import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { dashboard } from "@/lib/dal/progress";
import { apiHandler, json, parseWith, searchParamsObject } from "@/lib/http/api";
import { localeQuerySchema } from "@/lib/validation/common";

export const GET = apiHandler("/api/v1/me/dashboard", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const query = parseWith(localeQuerySchema, searchParamsObject(req.url), locale);
  return json(await dashboard(db, user, query.locale ?? locale));
});

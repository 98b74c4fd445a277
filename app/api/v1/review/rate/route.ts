import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { rateCard } from "@/lib/dal/review";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { rateSchema } from "@/lib/validation/review";

export const POST = apiHandler("/api/v1/review/rate", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const body = parseWith(rateSchema, await readJsonBody(req, 4 * 1024), locale);
  return json(await rateCard(db, user, body, locale));
});

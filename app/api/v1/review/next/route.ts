import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { nextCard } from "@/lib/dal/review";
import { apiHandler, json, parseWith, searchParamsObject } from "@/lib/http/api";
import { nextCardQuerySchema } from "@/lib/validation/review";

export const GET = apiHandler("/api/v1/review/next", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const q = parseWith(nextCardQuerySchema, searchParamsObject(req.url), locale);
  return json(await nextCard(db, user, q.deck ?? "all", q.locale ?? locale));
});

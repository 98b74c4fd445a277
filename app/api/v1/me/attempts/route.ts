import { z } from "zod";
import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { listAttempts } from "@/lib/dal/progress";
import { apiHandler, json, parseWith, searchParamsObject } from "@/lib/http/api";
import { LOCALES } from "@/lib/content/schema";

const querySchema = z
  .object({
    before: z.iso.datetime().optional(),
    limit: z.string().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().int().min(1).max(100)).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();

/** The signed-in learner's attempts, newest first; page with ?before=<at of the last item>. */
export const GET = apiHandler("/api/v1/me/attempts", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const q = parseWith(querySchema, searchParamsObject(req.url), locale);
  return json(await listAttempts(db, user, q.locale ?? locale, { before: q.before ? new Date(q.before) : undefined, limit: q.limit }));
});

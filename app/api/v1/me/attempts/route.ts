import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";
import { listAttempts } from "@/lib/dal/progress";
import { route } from "@/lib/http/route";

const query = z
  .object({
    before: z.iso.datetime().optional(),
    limit: z.string().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().int().min(1).max(100)).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();

/** The signed-in learner's attempts, newest first; page with ?before=<at of the last item>. */
export const GET = route({ path: "/api/v1/me/attempts", auth: "user", query }, async ({ db, user, query, locale }) =>
  listAttempts(db, user, locale, { before: query.before ? new Date(query.before) : undefined, limit: query.limit }),
);

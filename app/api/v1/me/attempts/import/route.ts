import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { importAttempts, importSchema } from "@/lib/dal/progress";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";

/** Imports the practice attempts a browser kept before sign-up (graded again on the server). */
export const POST = apiHandler("/api/v1/me/attempts/import", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const body = parseWith(importSchema, await readJsonBody(req, 512 * 1024), locale);
  return json(await importAttempts(db, user, body.attempts, locale));
});

import { importAttempts, importSchema } from "@/lib/dal/progress";
import { limits } from "@/lib/http/limits";
import { rateLimited, route } from "@/lib/http/route";

/** Imports the practice attempts a browser kept before sign-up (graded again on the server: each one counts as a grading). */
export const POST = route({ path: "/api/v1/me/attempts/import", auth: "user", body: importSchema, bodyLimit: 512 * 1024 }, async ({ db, user, body, locale }) => {
  const wait = await limits.grade.consume(`user:${user.id}`, Math.max(1, body.attempts.length));
  if (wait) throw rateLimited("grade", wait, locale);
  return importAttempts(db, user, body.attempts, locale);
});

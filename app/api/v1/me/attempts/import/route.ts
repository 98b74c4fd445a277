import { importAttempts, importSchema } from "@/lib/dal/progress";
import { route } from "@/lib/http/route";

/** Imports the practice attempts a browser kept before sign-up (graded again on the server). */
export const POST = route({ path: "/api/v1/me/attempts/import", auth: "user", body: importSchema, bodyLimit: 512 * 1024, limit: "grade" }, async ({ db, user, body, locale }) => importAttempts(db, user, body.attempts, locale));

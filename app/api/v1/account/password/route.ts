import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { changePassword } from "@/lib/dal/users";
import { apiHandler, parseWith, readJsonBody } from "@/lib/http/api";
import { changePasswordSchema } from "@/lib/validation/account";

/** Changes the password; every session, this one included, must sign in again. */
export const POST = apiHandler("/api/v1/account/password", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const body = parseWith(changePasswordSchema, await readJsonBody(req, 4 * 1024), locale);
  await changePassword(db, user, body.currentPassword, body.newPassword, locale);
  return new Response(null, { status: 204 });
});

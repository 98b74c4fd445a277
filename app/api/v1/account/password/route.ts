import { changePassword } from "@/lib/dal/users";
import { passwordChecked, route } from "@/lib/http/route";
import { changePasswordSchema } from "@/lib/validation/account";

/** Changes the password; every session, this one included, must sign in again. */
export const POST = route({ path: "/api/v1/account/password", auth: "user", body: changePasswordSchema, bodyLimit: 4 * 1024 }, async ({ db, user, body, locale, client }) => {
  await passwordChecked(user.email, client, locale, () => changePassword(db, user, body.currentPassword, body.newPassword, locale));
  return new Response(null, { status: 204 });
});

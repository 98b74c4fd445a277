import { dashboard } from "@/lib/dal/progress";
import { route } from "@/lib/http/route";

export const GET = route({ path: "/api/v1/me/dashboard", auth: "user" }, async ({ db, user, locale }) => dashboard(db, user, locale));

import { rateCard } from "@/lib/dal/review";
import { route } from "@/lib/http/route";
import { rateSchema } from "@/lib/validation/review";

export const POST = route({ path: "/api/v1/review/rate", auth: "user", body: rateSchema, bodyLimit: 4 * 1024 }, async ({ db, user, body, locale }) => rateCard(db, user, body, locale));

import { nextCard } from "@/lib/dal/review";
import { route } from "@/lib/http/route";
import { nextCardQuerySchema } from "@/lib/validation/review";

export const GET = route({ path: "/api/v1/review/next", auth: "user", query: nextCardQuerySchema, fast: true }, async ({ db, user, query, locale }) => nextCard(db, user, query.deck ?? "all", locale));

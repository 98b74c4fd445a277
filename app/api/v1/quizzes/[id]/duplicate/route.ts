import { duplicateQuiz } from "@/lib/dal/quizzes";
import { json } from "@/lib/http/api";
import { idParams, route } from "@/lib/http/route";
import { idSchema } from "@/lib/validation/live";

export const POST = route({ path: "/api/v1/quizzes/[id]/duplicate", auth: "user", params: idParams(idSchema) }, async ({ db, user, params, locale }) => json(await duplicateQuiz(db, user, params.id, locale), { status: 201 }));

import { deleteQuiz, getQuiz, updateQuiz } from "@/lib/dal/quizzes";
import { idParams, route } from "@/lib/http/route";
import { idSchema, quizSchema } from "@/lib/validation/live";

const path = "/api/v1/quizzes/[id]";
const params = idParams(idSchema);

export const GET = route({ path, auth: "user", params }, async ({ db, user, params, locale }) => getQuiz(db, user, params.id, locale));

export const PUT = route({ path, auth: "user", params, body: quizSchema }, async ({ db, user, params, body, locale }) => {
  await updateQuiz(db, user, params.id, body, locale);
  return getQuiz(db, user, params.id, locale);
});

export const DELETE = route({ path, auth: "user", params }, async ({ db, user, params, locale }) => {
  await deleteQuiz(db, user, params.id, locale);
  return new Response(null, { status: 204 });
});

import { createQuiz, listQuizzes } from "@/lib/dal/quizzes";
import { json } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { quizSchema } from "@/lib/validation/live";

export const GET = route({ path: "/api/v1/quizzes", auth: "user" }, async ({ db, user, locale }) => ({ items: await listQuizzes(db, user, locale) }));

export const POST = route({ path: "/api/v1/quizzes", auth: "user", body: quizSchema }, async ({ db, user, body, locale }) => json(await createQuiz(db, user, body, locale), { status: 201 }));

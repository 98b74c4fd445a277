import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { createQuiz, listQuizzes } from "@/lib/dal/quizzes";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { quizSchema } from "@/lib/validation/live";

export const GET = apiHandler("/api/v1/quizzes", async (req, { locale }) => json({ items: await listQuizzes(db, await requireApiUser(req), locale) }));

export const POST = apiHandler("/api/v1/quizzes", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const body = parseWith(quizSchema, await readJsonBody(req), locale);
  return json(await createQuiz(db, user, body, locale), { status: 201 });
});

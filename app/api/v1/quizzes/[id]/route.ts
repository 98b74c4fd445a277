import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { deleteQuiz, getQuiz, updateQuiz } from "@/lib/dal/quizzes";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { idSchema, quizSchema } from "@/lib/validation/live";

type Ctx = { params: Promise<{ id: string }> };

export const GET = apiHandler<Ctx>("/api/v1/quizzes/[id]", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  return json(await getQuiz(db, user, parseWith(idSchema, (await params).id, locale), locale));
});

export const PUT = apiHandler<Ctx>("/api/v1/quizzes/[id]", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  const id = parseWith(idSchema, (await params).id, locale);
  await updateQuiz(db, user, id, parseWith(quizSchema, await readJsonBody(req), locale), locale);
  return json(await getQuiz(db, user, id, locale));
});

export const DELETE = apiHandler<Ctx>("/api/v1/quizzes/[id]", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  await deleteQuiz(db, user, parseWith(idSchema, (await params).id, locale), locale);
  return new Response(null, { status: 204 });
});

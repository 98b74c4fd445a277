import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { duplicateQuiz } from "@/lib/dal/quizzes";
import { apiHandler, json, parseWith } from "@/lib/http/api";
import { idSchema } from "@/lib/validation/live";

type Ctx = { params: Promise<{ id: string }> };

export const POST = apiHandler<Ctx>("/api/v1/quizzes/[id]/duplicate", async (req, { params, locale }) => {
  const user = await requireApiUser(req);
  return json(await duplicateQuiz(db, user, parseWith(idSchema, (await params).id, locale), locale), { status: 201 });
});

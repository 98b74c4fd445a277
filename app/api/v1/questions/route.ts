import { db } from "@/lib/db";
import { listQuestions } from "@/lib/dal/questions";
import { apiHandler, json, parseWith, searchParamsObject } from "@/lib/http/api";
import { questionPageDto } from "@/lib/validation/dto";
import { questionListQuerySchema } from "@/lib/validation/questions";

export const GET = apiHandler("/api/v1/questions", async (req, { locale }) => {
  const query = parseWith(questionListQuerySchema, searchParamsObject(req.url), locale);
  const page = await listQuestions(db, query, query.locale ?? locale);
  return json(questionPageDto.parse(page));
});

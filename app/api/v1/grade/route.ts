import { db } from "@/lib/db";
import { gradeAnswer } from "@/lib/dal/grade";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { gradeResultDto } from "@/lib/validation/dto";
import { gradeRequestSchema } from "@/lib/validation/questions";

export const POST = apiHandler("/api/v1/grade", async (req, { locale }) => {
  const body = parseWith(gradeRequestSchema, await readJsonBody(req), locale);
  const result = await gradeAnswer(db, body.question, body.answer, body.locale ?? locale, body.locale !== undefined);
  return json(gradeResultDto.parse(result));
});

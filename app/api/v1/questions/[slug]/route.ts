import { db } from "@/lib/db";
import { getQuestion } from "@/lib/dal/questions";
import { apiHandler, json, parseWith, searchParamsObject } from "@/lib/http/api";
import { questionDetailDto } from "@/lib/validation/dto";
import { questionSlugSchema } from "@/lib/validation/questions";
import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";

const querySchema = z.object({ locale: z.enum(LOCALES).optional() }).strict();

export const GET = apiHandler<{ params: Promise<{ slug: string }> }>("/api/v1/questions/{slug}", async (req, { params, locale }) => {
  const { slug } = await params;
  const query = parseWith(querySchema, searchParamsObject(req.url), locale);
  const validSlug = parseWith(z.object({ slug: questionSlugSchema }), { slug }, locale).slug;
  return json(questionDetailDto.parse(await getQuestion(db, validSlug, query.locale ?? locale)));
});

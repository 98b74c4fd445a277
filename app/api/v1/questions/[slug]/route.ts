import { z } from "zod";
import { getQuestion } from "@/lib/dal/questions";
import { route } from "@/lib/http/route";
import { questionDetailDto } from "@/lib/validation/dto";
import { questionSlugSchema } from "@/lib/validation/questions";

export const GET = route({ path: "/api/v1/questions/[slug]", auth: "none", params: z.object({ slug: questionSlugSchema }).strict() }, async ({ db, params, locale }) => questionDetailDto.parse(await getQuestion(db, params.slug, locale)));

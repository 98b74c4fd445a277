import { listQuestions } from "@/lib/dal/questions";
import { route } from "@/lib/http/route";
import { questionPageDto } from "@/lib/validation/dto";
import { questionListQuerySchema } from "@/lib/validation/questions";

export const GET = route({ path: "/api/v1/questions", auth: "none", query: questionListQuerySchema }, async ({ db, query, locale }) => questionPageDto.parse(await listQuestions(db, query, locale)));

import { z } from "zod";
import { fileReport } from "@/lib/dal/reports";
import { json } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { questionSlugSchema } from "@/lib/validation/questions";
import { reportInputSchema } from "@/lib/validation/reports";

export const POST = route(
  { path: "/api/v1/questions/[slug]/reports", auth: "optional", params: z.object({ slug: questionSlugSchema }).strict(), body: reportInputSchema, bodyLimit: 16 * 1024, limit: "report" },
  async ({ db, user, params, body, locale }) => json(await fileReport(db, user, params.slug, body, locale), { status: 201 }),
);

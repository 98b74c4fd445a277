import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { listSandboxLinks } from "@/lib/dal/questions";
import { apiHandler, json, parseWith, searchParamsObject } from "@/lib/http/api";
import { ALL_SCENARIOS, scenarioParamsJsonSchema } from "@/lib/sandbox/catalog";
import { isolationInfo } from "@/lib/sandbox/instance";

const querySchema = z.object({ locale: z.enum(LOCALES).optional() }).strict();

export const GET = apiHandler("/api/v1/sandbox/scenarios", async (req, ctx) => {
  const locale = parseWith(querySchema, searchParamsObject(req.url), ctx.locale).locale ?? ctx.locale;
  const links = await listSandboxLinks(db, locale);
  return json({
    isolation: isolationInfo(),
    scenarios: ALL_SCENARIOS.map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      notice: s.notice,
      params: scenarioParamsJsonSchema(s.id),
      questions: links.get(s.id) ?? [],
    })),
  });
});

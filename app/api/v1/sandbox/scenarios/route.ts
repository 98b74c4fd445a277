import { listSandboxLinks } from "@/lib/dal/questions";
import { json } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { isolationInfo } from "@/lib/sandbox/instance";
import { ALL_SCENARIOS, scenarioParamsJsonSchema } from "@/lib/sandbox/catalog";

export const GET = route({ path: "/api/v1/sandbox/scenarios", auth: "none" }, async ({ db, locale }) => {
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

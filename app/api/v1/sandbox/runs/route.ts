import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { admitRun, validatedParams } from "@/lib/http/sandbox";
import { runIsolated } from "@/lib/sandbox/isolation";
import { runRequestSchema } from "@/lib/validation/sandbox";

export const POST = apiHandler("/api/v1/sandbox/runs", async (req, { locale }) => {
  const body = parseWith(runRequestSchema, await readJsonBody(req, 4 * 1024), locale);
  const params = validatedParams(body.scenario, body.params ?? {}, locale);
  const release = await admitRun(req, body.locale ?? locale);
  try {
    const result = await runIsolated(body.scenario, params, { signal: req.signal });
    return json({ runId: result.runId, scenario: result.scenario, params: result.params, events: result.events, summary: result.summary });
  } finally {
    release();
  }
});

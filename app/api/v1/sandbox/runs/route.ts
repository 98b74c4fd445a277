import { admitRun, validatedParams } from "@/lib/http/sandbox";
import { route } from "@/lib/http/route";
import { runIsolated } from "@/lib/sandbox/isolation";
import { runRequestSchema } from "@/lib/validation/sandbox";

export const POST = route({ path: "/api/v1/sandbox/runs", auth: "optional", body: runRequestSchema, bodyLimit: 4 * 1024 }, async ({ req, user, client, body, locale }) => {
  const lang = body.locale ?? locale;
  const params = validatedParams(body.scenario, body.params ?? {}, lang);
  const release = await admitRun({ userId: user?.id, address: client.address }, lang);
  try {
    const result = await runIsolated(body.scenario, params, { signal: req.signal });
    return { runId: result.runId, scenario: result.scenario, params: result.params, events: result.events, summary: result.summary };
  } finally {
    release();
  }
});

import { admitRun, validatedParams } from "@/lib/http/sandbox";
import { route } from "@/lib/http/route";
import { runIsolated } from "@/lib/sandbox/isolation";
import { numbersFromText } from "@/lib/sandbox/types";
import { streamQuerySchema } from "@/lib/validation/sandbox";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events: one `event` per sandbox event as it happens, then `end` with the
 * summary. Validation and admission happen before the stream opens (errors are JSON 4xx);
 * a viewer that disconnects aborts the run, which closes every socket it opened.
 */
export const GET = route({ path: "/api/v1/sandbox/runs/stream", auth: "optional", query: streamQuerySchema }, async ({ req, user, client, query, locale }) => {
  const { scenario, locale: _locale, ...rest } = query;
  const params = validatedParams(scenario, numbersFromText(rest), locale);
  const release = await admitRun({ userId: user?.id, address: client.address }, locale);
  const encoder = new TextEncoder();
  const abort = new AbortController();
  req.signal.addEventListener("abort", () => abort.abort(), { once: true });
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let id = 0;
      const send = (event: string, data: unknown) => {
        if (abort.signal.aborted) return;
        controller.enqueue(encoder.encode(`id: ${++id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      try {
        const result = await runIsolated(scenario, params, { signal: abort.signal, onEvent: (e) => send("event", e) });
        send("end", { runId: result.runId, scenario: result.scenario, params: result.params, summary: result.summary });
      } finally {
        release();
        try {
          controller.close();
        } catch {
          // the viewer is gone
        }
      }
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no", connection: "keep-alive" },
  });
});

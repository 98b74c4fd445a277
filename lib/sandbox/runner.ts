/**
 * Runs one scenario with a hard deadline, streaming events as they happen, and always closes
 * every handle it opened — on success, error, deadline, or when the viewer goes away.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { kernelViewAvailable } from "./kernel";
import { Run, RunAborted } from "./run";
import { SCENARIOS } from "./scenarios";
import { paramSchemas, SANDBOX_SCENARIOS, type RunResult, type SandboxEvent, type SandboxScenarioId } from "./types";

export const DEADLINE_MS = 3000;

export const scenarioIdSchema = z.enum(SANDBOX_SCENARIOS);

export class SandboxInputError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super("invalid sandbox parameters");
    this.name = "SandboxInputError";
  }
}

/** Validates parameters strictly: unknown keys, non-integers and out-of-range values are errors. */
export function parseParams(id: SandboxScenarioId, params: unknown): Record<string, number> {
  const parsed = paramSchemas[id].safeParse(params ?? {});
  if (!parsed.success) throw new SandboxInputError(parsed.error.issues);
  return parsed.data as Record<string, number>;
}

export interface RunOptions {
  signal?: AbortSignal;
  onEvent?: (e: SandboxEvent) => void;
  deadlineMs?: number;
}

export async function runScenario(id: SandboxScenarioId, rawParams: unknown, opts: RunOptions = {}): Promise<RunResult> {
  const params = parseParams(id, rawParams);
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort("deadline"), Math.min(opts.deadlineMs ?? DEADLINE_MS, DEADLINE_MS));
  const onExternalAbort = () => controller.abort("cancelled");
  opts.signal?.addEventListener("abort", onExternalAbort, { once: true });
  if (opts.signal?.aborted) controller.abort("cancelled");
  const run = new Run(controller.signal, opts.onEvent);
  let facts: RunResult["summary"]["facts"] = [];
  let aborted: string | undefined;
  try {
    facts = await (SCENARIOS[id] as (r: Run, p: Record<string, number>) => Promise<typeof facts>)(run, params);
  } catch (err) {
    if (err instanceof RunAborted) aborted = err.reason;
    else {
      aborted = "error";
      const errno = (err as NodeJS.ErrnoException)?.code;
      try {
        run.emit({ actor: "kernel", call: "error", errno, note: { ko: `실행 중 오류: ${errno ?? "unknown"}`, en: `The run failed: ${errno ?? "unknown"}` } });
      } catch {
        // already aborted
      }
    }
  } finally {
    clearTimeout(deadline);
    opts.signal?.removeEventListener("abort", onExternalAbort);
    await run.closeAll();
  }
  return {
    runId: randomUUID(),
    scenario: id,
    params,
    events: run.events,
    summary: { facts, ports: [...run.ports].sort((a, b) => a - b), kernelView: kernelViewAvailable().available, durationMs: run.now(), ...(aborted && { aborted }) },
  };
}

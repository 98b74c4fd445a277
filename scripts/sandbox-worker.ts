/**
 * The sandbox worker: a long-lived process started inside a private network namespace
 * (`unshare -rn`, loopback up, nothing else listening). It reads JSON Lines jobs on stdin —
 * {"op":"run","id","scenario","params"} | {"op":"cancel","id"} | {"op":"probe","id"} — and
 * writes {"id","event"} per event, then {"id","result"} or {"id","error"}.
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { runScenario } from "../lib/sandbox/runner";
import type { SandboxScenarioId } from "../lib/sandbox/types";

const running = new Map<string, AbortController>();
const write = (obj: unknown) => process.stdout.write(`${JSON.stringify(obj)}\n`);

createInterface({ input: process.stdin }).on("line", (line) => {
  let job: { op: string; id: string; scenario?: SandboxScenarioId; params?: unknown };
  try {
    job = JSON.parse(line);
  } catch {
    return;
  }
  if (job.op === "cancel") return running.get(job.id)?.abort();
  if (job.op === "probe") {
    const tcp = readFileSync("/proc/net/tcp", "utf8").trim().split("\n").length - 1;
    return write({ id: job.id, result: { tcpSockets: tcp, pid: process.pid, envNames: Object.keys(process.env) } });
  }
  if (job.op !== "run" || !job.scenario) return write({ id: job.id, error: "bad job" });
  const controller = new AbortController();
  running.set(job.id, controller);
  runScenario(job.scenario, job.params, { signal: controller.signal, onEvent: (event) => write({ id: job.id, event }) })
    .then((result) => write({ id: job.id, result }))
    .catch((err: Error) => write({ id: job.id, error: err.message }))
    .finally(() => running.delete(job.id));
});

process.stdin.on("end", () => process.exit(0));

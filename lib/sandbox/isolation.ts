/**
 * Where scenarios run. On Linux with unprivileged user namespaces, a long-lived worker runs
 * inside a private network namespace (`unshare -rn`): its loopback holds nothing but the
 * runs' own sockets, and the kernel view (/proc/net) shows only them. Elsewhere runs happen
 * in-process with the same guarantees (127.0.0.1 only, ports from the kernel, own ports only).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import { runScenario, type RunOptions } from "./runner";
import type { RunResult, SandboxScenarioId } from "./types";

export type IsolationMode = "namespace" | "in-process";

let probed: { ok: boolean; detail: string } | undefined;

/** Can this machine give us a private network namespace? Checked once. */
export function probeNamespace(): { ok: boolean; detail: string } {
  if (probed) return probed;
  if (process.platform !== "linux") return (probed = { ok: false, detail: `not Linux (${process.platform})` });
  const res = spawnSync("unshare", ["-rn", "sh", "-c", "ip link set lo up && echo ready"], { encoding: "utf8", timeout: 5000 });
  probed =
    res.status === 0 && res.stdout.trim() === "ready"
      ? { ok: true, detail: "unshare -rn: a private network namespace with only its own loopback" }
      : { ok: false, detail: `unshare -rn unavailable (${(res.stderr || res.error?.message || "failed").trim().slice(0, 120)})` };
  return probed;
}

/** Variables the worker may see from ours: what sh, ip, node and tsx need, and the sandbox's own switches. */
const WORKER_ENV_ALLOWED = ["PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "TZ", "NODE_ENV", "SANDBOX_KERNEL_VIEW"] as const;

/**
 * The worker's whole environment, built from an allowlist rather than a copy of ours: the
 * worker runs scenario code and has no use for AUTH_SECRET, NEXTAUTH_SECRET, DATABASE_URL,
 * GITHUB_SECRET or anything else the server holds.
 */
export function workerEnv(source: Readonly<Record<string, string | undefined>> = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of WORKER_ENV_ALLOWED) {
    const value = source[name];
    if (value !== undefined) env[name] = value;
  }
  env.PATH ??= "/usr/local/bin:/usr/bin:/bin";
  env.TSX_TSCONFIG_PATH = path.resolve("tsconfig.server.json");
  env.NODE_OPTIONS = "";
  return env;
}

interface Pending {
  onEvent?: RunOptions["onEvent"];
  resolve: (r: RunResult) => void;
  reject: (e: Error) => void;
}

class NamespaceWorker {
  private child?: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<string, Pending>();

  private ensure(): ChildProcessWithoutNullStreams {
    if (this.child && this.child.exitCode === null && !this.child.killed) return this.child;
    const worker = path.resolve("scripts/sandbox-worker.ts");
    const child = spawn("unshare", ["-rn", "sh", "-c", `ip link set lo up && exec "$0" --import tsx "$1"`, process.execPath, worker], {
      env: workerEnv() as NodeJS.ProcessEnv, // Next types NODE_ENV as required; the worker has it only when we do
      stdio: ["pipe", "pipe", "pipe"],
    });
    createInterface({ input: child.stdout }).on("line", (line) => this.onLine(line));
    child.stderr.on("data", (d: Buffer) => console.error(`[sandbox-worker] ${d.toString().trim()}`));
    child.on("exit", () => {
      if (this.child !== child) return; // an old worker (stopped) exiting late: not the current one's business
      this.failPending("sandbox worker exited");
      this.child = undefined;
    });
    this.child = child;
    return child;
  }

  private onLine(line: string) {
    let msg: { id: string; event?: unknown; result?: RunResult; error?: string };
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.event) p.onEvent?.(msg.event as Parameters<NonNullable<RunOptions["onEvent"]>>[0]);
    else if (msg.result) {
      this.pending.delete(msg.id);
      p.resolve(msg.result);
    } else if (msg.error) {
      this.pending.delete(msg.id);
      p.reject(new Error(msg.error));
    }
  }

  request(job: Record<string, unknown>, opts: RunOptions = {}): Promise<RunResult> {
    const child = this.ensure();
    const id = randomUUID();
    return new Promise<RunResult>((resolve, reject) => {
      this.pending.set(id, { onEvent: opts.onEvent, resolve, reject });
      const cancel = () => child.stdin.write(`${JSON.stringify({ op: "cancel", id })}\n`);
      if (opts.signal?.aborted) cancel();
      opts.signal?.addEventListener("abort", cancel, { once: true });
      child.stdin.write(`${JSON.stringify({ ...job, id })}\n`);
    });
  }

  stop() {
    const child = this.child;
    this.child = undefined;
    this.failPending("sandbox worker stopped");
    child?.kill();
  }

  private failPending(reason: string) {
    for (const [, p] of this.pending) p.reject(new Error(reason));
    this.pending.clear();
  }
}

const globalForWorker = globalThis as unknown as { __sandboxWorker?: NamespaceWorker };
function worker(): NamespaceWorker {
  return (globalForWorker.__sandboxWorker ??= new NamespaceWorker());
}

/** The mode in force: SANDBOX_ISOLATION=namespace|in-process|auto (default auto). */
export function isolationMode(): { mode: IsolationMode; detail: string } {
  const wanted = process.env.SANDBOX_ISOLATION ?? "auto";
  if (wanted === "in-process") return { mode: "in-process", detail: "in-process (SANDBOX_ISOLATION=in-process)" };
  const probe = probeNamespace();
  if (probe.ok) return { mode: "namespace", detail: probe.detail };
  return { mode: "in-process", detail: `in-process: ${probe.detail}` };
}

/** Runs a scenario in the active isolation mode; the result has the same shape either way. */
export function runIsolated(id: SandboxScenarioId, params: Record<string, number>, opts: RunOptions = {}): Promise<RunResult> {
  if (isolationMode().mode === "namespace") return worker().request({ op: "run", scenario: id, params }, opts);
  return runScenario(id, params, opts);
}

/** Inside the namespace: how many TCP sockets exist at all, and the names of its environment variables (tests use these to prove privacy). */
export function probeWorker(): Promise<{ tcpSockets: number; pid: number; envNames: string[] }> {
  return worker().request({ op: "probe" }) as unknown as Promise<{ tcpSockets: number; pid: number; envNames: string[] }>;
}

export function stopWorker(): void {
  globalForWorker.__sandboxWorker?.stop();
}

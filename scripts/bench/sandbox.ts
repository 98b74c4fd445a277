/**
 * `npm run bench:sandbox` — the cost of a sandbox run, three ways, in one run:
 *   raw    — the same socket work as tcp-echo in plain Node, no recording (the floor);
 *   runner — runScenario("tcp-echo") in-process (recording, kernel snapshot, cleanup);
 *   http   — POST /api/v1/sandbox/runs {"scenario":"tcp-echo"} against the production server.
 * Sequential iterations after a warm-up. Last stdout line:
 * {"rawP50Ms","runnerP50Ms","httpP50Ms","httpP95Ms","runnerOverRaw"}.
 */
import net from "node:net";
import os from "node:os";
import { runScenario } from "../../lib/sandbox/runner";
import { withBenchServer } from "../lib/server";

const N = Number(process.env.BENCH_ITERATIONS ?? 400);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Number(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(3));
}

async function rawEcho(): Promise<void> {
  const server = net.createServer((s) => s.on("data", (d) => s.write(d)));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as net.AddressInfo;
  const client = net.connect(port, "127.0.0.1");
  await new Promise<void>((r) => client.once("connect", () => r()));
  client.write("hello");
  await new Promise<void>((r) => client.once("data", () => r()));
  await new Promise<void>((r) => {
    client.end();
    client.once("close", () => r());
  });
  await new Promise<void>((r) => server.close(() => r()));
}

async function timeIt(fn: () => Promise<unknown>, n: number): Promise<number[]> {
  for (let i = 0; i < 50; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  const raw = await timeIt(rawEcho, N);
  const runner = await timeIt(() => runScenario("tcp-echo", {}), N);
  const http = await withBenchServer(
    "bench-sandbox",
    Number(process.env.BENCH_PORT ?? 3202),
    async (base) =>
      timeIt(async () => {
        const res = await fetch(`${base}/api/v1/sandbox/runs`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"scenario":"tcp-echo"}' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        await res.arrayBuffer();
      }, N),
    { SANDBOX_RUNS_PER_MINUTE: "100000" },
  );
  const result = {
    rawP50Ms: pct(raw, 50),
    runnerP50Ms: pct(runner, 50),
    httpP50Ms: pct(http, 50),
    httpP95Ms: pct(http, 95),
    runnerOverRaw: Number((pct(runner, 50) / pct(raw, 50)).toFixed(2)),
  };
  console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}; ${N} sequential iterations each`);
  console.log(`raw p50 ${result.rawP50Ms} ms · runner p50 ${result.runnerP50Ms} ms (p95 ${pct(runner, 95)}) · http p50 ${result.httpP50Ms} ms, p95 ${result.httpP95Ms} ms`);
  console.log(JSON.stringify(result));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

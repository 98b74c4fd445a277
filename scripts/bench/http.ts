/**
 * `npm run bench` — HTTP throughput of the question API and a question page against
 * the production server, next to a constant-JSON route (the framework's ceiling on this machine).
 * Last stdout line: {"apiRps","ceilingRps","ratio","pageRps","pageP50Ms","apiP99Ms"}.
 */
import autocannon from "autocannon";
import os from "node:os";
import { withBenchServer } from "../lib/server";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function load(pathname: string, headers: Record<string, string> = {}) {
  const run = (duration: number) =>
    autocannon({ url: BASE + pathname, connections: CONNECTIONS, duration, headers, pipelining: 1 });
  await run(2); // warm-up: JIT, route compilation caches, SQLite page cache
  const r = await run(DURATION);
  if (r.non2xx || r.errors) throw new Error(`${pathname}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function main() {
  await withBenchServer("bench", PORT, async () => {
    const ceiling = await load("/api/health");
    const api = await load("/api/v1/questions?topic=ports&locale=en");
    const page = await load("/questions/what-is-a-port", { cookie: "locale=ko" });
    const rows = [
      ["GET /api/health (ceiling)", ceiling],
      ["GET /api/v1/questions?topic=ports", api],
      ["GET /questions/what-is-a-port", page],
    ] as const;
    console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}; ${CONNECTIONS} connections, ${DURATION} s each`);
    for (const [name, r] of rows) console.log(`${name.padEnd(36)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms`);
    console.log(
      JSON.stringify({
        apiRps: Math.round(api.rps),
        ceilingRps: Math.round(ceiling.rps),
        ratio: Number((api.rps / ceiling.rps).toFixed(3)),
        pageRps: Math.round(page.rps),
        pageP50Ms: page.p50,
        apiP99Ms: api.p99,
      }),
    );
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

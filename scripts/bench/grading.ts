/**
 * `npm run bench:grading` — (1) gradings per second of the pure rubric grader over the
 * evaluation answers, in-process on one core, with the production server's V8 flag
 * (--max-semi-space-size=64, as `npm run serve` sets it); (2) POST /api/v1/grade with interview answers
 * under autocannon at 50 connections against the production server.
 * Last stdout line: {"gradingsPerSec","apiRps","apiP99Ms"}.
 */
import autocannon from "autocannon";
import os from "node:os";
import { loadContent } from "../../lib/content/load";
import type { InterviewQuestion } from "../../lib/content/schema";
import { rubricFromContent } from "../../lib/grading/content-rubric";
import { gradeInterview } from "../../lib/grading/rubric";
import { loadEvalSet } from "../eval/grading";
import { withBenchServer } from "../lib/server";

const PORT = Number(process.env.BENCH_PORT ?? 3201);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

function inProcess(): number {
  const bank = loadContent();
  const rubrics = new Map(bank.questions.filter((q): q is InterviewQuestion => q.type === "interview").map((q) => [q.slug, rubricFromContent(q, bank.contrasts)]));
  const { rows } = loadEvalSet();
  const work = rows.map((r) => ({ rubric: rubrics.get(r.question)!, answer: r.answer }));
  for (const w of work) gradeInterview(w.rubric, w.answer); // compile rubrics, warm the JIT
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 3000) {
    for (const w of work) gradeInterview(w.rubric, w.answer);
    n += work.length;
  }
  return n / ((performance.now() - start) / 1000);
}

async function main() {
  const gradingsPerSec = inProcess();
  console.log(`in-process: ${gradingsPerSec.toFixed(0)} gradings/s over the eval answers (one core)`);

  const { rows } = loadEvalSet();
  const bodies = rows.map((r) => JSON.stringify({ question: r.question, answer: r.answer }));
  await withBenchServer("bench-grading", PORT, async () => {
    const run = (duration: number) =>
      autocannon({
        url: `${BASE}/api/v1/grade`,
        connections: 50,
        duration,
        requests: bodies.map((body) => ({ method: "POST", path: "/api/v1/grade", headers: { "content-type": "application/json" }, body })),
      });
    await run(2);
    const r = await run(SECONDS);
    if (r.non2xx || r.errors) throw new Error(`${r.non2xx} non-2xx, ${r.errors} errors`);
    console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
    console.log(`POST /api/v1/grade (interview, 50 connections, ${SECONDS} s): ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
    console.log(JSON.stringify({ gradingsPerSec: Math.round(gradingsPerSec), apiRps: Math.round(r.requests.average), apiP99Ms: r.latency.p99 }));
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

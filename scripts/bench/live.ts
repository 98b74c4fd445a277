/**
 * `npm run bench:live -- --players N` — a live quiz with N simulated students over real
 * HTTP and SSE against the production server: join (all from one address, like a classroom
 * behind one NAT; the per-session join limit is set to N), one SSE stream each, answer every question
 * with one of the choices the question shows (think time uniform over the whole time limit,
 * so some answers are sent right before the deadline; 5 % send their answer twice, as a flaky
 * phone would), while the host drives the quiz. Without --players: N = 100, 300 and 1,000.
 *
 * Reports per N: time to join all, answer-ack p50/p95/p99, fan-out latency (server emits a
 * question → every student has it) p95, answers sent before the deadline but refused as late,
 * points lost to the server's own queue (what the answer would have earned at the moment it
 * was sent minus what it got, p95 over correct answers), lost answers (acknowledged but not
 * stored), server RSS and CPU. Last stdout line, for the largest N:
 * {"players","instances","db","ackP95Ms","fanoutP95Ms","lateButSentInTime","queuePointsP95","lost", …}.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { randomUUID } from "node:crypto";
import { createDb } from "@/lib/db";
import { createQuiz } from "@/lib/dal/quizzes";
import { createAccount, setRole } from "@/lib/dal/users";
import { answerPoints } from "@/lib/live/scoring";
import { withBenchServer } from "../lib/server";
import { withBenchCluster } from "../lib/cluster";
import { openStream, request, signIn, type StateEvent } from "../lib/live-client";

const PORT = Number(process.env.BENCH_PORT ?? 3220);
const QUESTIONS = ["ftp-control-port", "accept-does-handshake", "accept-returns"];
const TIME_LIMIT_SEC = 8;
const POINTS = 1000;
const EMAIL = "bench-teacher@example.com";
const PASSWORD = "benchmark teacher password";

let databaseUrl = "";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const BURST_MS = Number(arg("burst-ms") ?? 0);

function pct(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
}

function serverUsage(pid: number): { rssMb: number; cpuSec: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime
  return { rssMb: Math.round(rssKb / 1024), cpuSec: ticks / 100 };
}

async function pool<T>(items: T[], concurrency: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  }));
}

async function runQuiz(base: string, pids: number[], hostCookie: string, quizId: string, players: number) {
  const usage0 = pids.map(serverUsage);
  const t0 = Date.now();
  const created = await request(base, "POST", "/api/v1/live/sessions", { quiz: quizId, locale: "ko" }, hostCookie);
  const { id, code } = JSON.parse(created.body) as { id: string; code: string };
  const control = async (command: string) => {
    const r = await request(base, "POST", `/api/v1/live/sessions/${id}/control`, { command }, hostCookie);
    if (r.status !== 200) throw new Error(`control ${command}: ${r.status} ${r.body}`);
  };

  // Join everyone (50 at a time, like a class scanning the QR code), all from one address.
  const joinStart = Date.now();
  const cookies: string[] = new Array(players);
  const playerIds: string[] = new Array(players);
  await pool([...Array(players).keys()], 50, async (n) => {
    const r = await request(base, "POST", "/api/v1/live/join", { code, nickname: `학생-${n}` });
    if (r.status !== 201) throw new Error(`join ${n}: ${r.status} ${r.body}`);
    cookies[n] = r.setCookie.map((c) => c.split(";")[0]).join("; ");
    playerIds[n] = (JSON.parse(r.body) as { playerId: string }).playerId;
  });
  const joinAllMs = Date.now() - joinStart;

  // One SSE stream per student; fan-out measured from the host's click (the control request
  // leaving the host) to each student having the question: with several instances that
  // includes the NOTIFY and the reload on the instances the host's request did not reach.
  let clickAt = 0;
  const fanout: number[] = [];
  const seen = new Map<number, number>(); // question index → students that have it
  const waiters = new Map<number, () => void>();
  const questionOf = new Map<number, StateEvent>(); // what the question looked like when it opened
  const streams = await Promise.all(
    cookies.map((cookie) =>
      openStream(base, `/api/v1/live/sessions/${id}/events`, cookie, (data, at) => {
        if (data.state.phase !== "question") return;
        const i = data.state.index;
        if (!questionOf.has(i)) questionOf.set(i, data);
        const count = (seen.get(i) ?? 0) + 1;
        seen.set(i, count);
        if (count <= players) fanout.push(at - clickAt);
        if (count === players) waiters.get(i)?.();
      }),
    ),
  );

  const acks: number[] = [];
  /** Per answer that was acknowledged: when it was sent, to compare with the points it got. */
  const sentAt = new Map<string, number>(); // `${playerId}:${index}` → epoch ms of the first send
  let sent = 0;
  let acked = 0;
  let rejected = 0;
  let lateButSentInTime = 0;
  for (let q = 0; q < QUESTIONS.length; q++) {
    const everyoneHasIt = new Promise<void>((resolve) => waiters.set(q, resolve));
    clickAt = Date.now();
    await control(q === 0 ? "start" : "next");
    await everyoneHasIt;
    const opened = questionOf.get(q)!;
    const keys = opened.question!.options.map((o) => o.key);
    const endsAt = opened.state.endsAt!;
    await Promise.all(
      cookies.map(async (cookie, n) => {
        // Think time: uniform over the question's whole time limit, measured from when it opened
        // (--burst-ms B: uniform over the last B ms before the deadline instead, a worst case).
        const from = BURST_MS ? Math.max(opened.state.startedAt!, endsAt - BURST_MS) : opened.state.startedAt!;
        const due = from + Math.random() * (endsAt - from);
        await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
        // (A true/false question shows no options: the answer is "true" or "false".)
        const body = { answerId: randomUUID(), index: q, answer: keys.length ? keys[n % keys.length]! : n % 3 ? "true" : "false" };
        const times = n % 20 === 0 ? 2 : 1; // a flaky phone sends the same answer twice
        let ok = false;
        for (let k = 0; k < times; k++) {
          const at = Date.now();
          const start = performance.now();
          const r = await request(base, "POST", `/api/v1/live/sessions/${id}/answers`, body, cookie);
          if (k === 0) acks.push(performance.now() - start);
          if (r.status === 200) {
            ok = true;
            if (!sentAt.has(`${playerIds[n]}:${q}`)) sentAt.set(`${playerIds[n]}:${q}`, at);
          } else {
            rejected++;
            if (k === 0 && at <= endsAt && r.body.includes('"late"')) lateButSentInTime++;
          }
        }
        sent++;
        if (ok) acked++;
      }),
    );
    // The server closes the question when everyone has answered; the host shows the leaderboard.
    // (With several instances the close may come a moment later, from the clock's instance: a
    // "reveal" that finds it already closed is a 409 the host can ignore.)
    await control("leaderboard").catch(async () => {
      await control("reveal").catch((err: Error) => {
        if (!err.message.includes(": 409 ")) throw err;
      });
      await control("leaderboard");
    });
  }
  await control("next"); // past the last question: ended
  const usage1 = pids.map(serverUsage);
  for (const s of streams) s.close();

  const db = createDb(databaseUrl, 60_000);
  const rows = await db.liveAnswer.findMany({ where: { sessionId: id }, select: { playerId: true, itemIndex: true, correct: true, score: true, points: true } });
  await db.$disconnect();
  // Points lost to the server's queue: what a correct answer would have earned at the moment it
  // was sent (its think time as the student saw it) minus what it was given.
  const queuePoints: number[] = [];
  for (const row of rows) {
    const at = sentAt.get(`${row.playerId}:${row.itemIndex}`);
    const opened = questionOf.get(row.itemIndex);
    if (!row.correct || at === undefined || !opened) continue;
    const atSend = answerPoints({ points: POINTS, score: row.score, elapsedMs: Math.max(0, at - opened.state.startedAt!), limitMs: TIME_LIMIT_SEC * 1000 });
    queuePoints.push(Math.max(0, atSend - row.points));
  }
  return {
    players,
    joinAllMs,
    ackP50Ms: pct(acks, 50),
    ackP95Ms: pct(acks, 95),
    ackP99Ms: pct(acks, 99),
    fanoutP95Ms: pct(fanout, 95),
    fanoutMaxMs: pct(fanout, 100),
    sent,
    acked,
    stored: rows.length,
    lost: acked - rows.length,
    rejected,
    lateButSentInTime,
    queuePointsP95: pct(queuePoints, 95),
    queuePointsMax: pct(queuePoints, 100),
    rssMb: usage1.map((u) => u.rssMb),
    cpuSec: usage1.map((u, i) => Math.round((u.cpuSec - usage0[i]!.cpuSec) * 10) / 10),
    wallSec: Math.round((Date.now() - t0) / 100) / 10,
  };
}

async function main() {
  const only = arg("players");
  const sizes = only ? [Number(only)] : [100, 300, 1000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 5000)) throw new Error("--players must be an integer from 1 to 5000");
  const dbArg = arg("db") ?? "sqlite";
  if (dbArg !== "sqlite" && dbArg !== "postgres") throw new Error("--db must be sqlite or postgres");
  const instances = Number(arg("instances") ?? 1);
  if (!Number.isInteger(instances) || instances < 1 || instances > 8) throw new Error("--instances must be an integer from 1 to 8");
  if (instances > 1 && dbArg !== "postgres") throw new Error("--instances above 1 needs --db postgres (several instances share one PostgreSQL database)");
  const run = async (base: string, pids: number[]) => {
    const hostCookie = await signIn(base, EMAIL, PASSWORD);
    const quizzes = await request(base, "GET", "/api/v1/quizzes", undefined, hostCookie);
    const quizId = (JSON.parse(quizzes.body) as { items: { id: string }[] }).items[0]!.id;
    const out = [];
    for (const n of sizes) out.push(await runQuiz(base, pids, hostCookie, quizId, n));
    return out;
  };
  const env = { LIVE_JOINS_PER_MINUTE: String(Math.max(1000, ...sizes)), SLOW_QUERY_MS: "60000" };
  const prepare = async (url: string) => {
    databaseUrl = url;
    const db = createDb(url, 60_000);
    const user = await createAccount(db, { email: EMAIL, password: PASSWORD }, "ko");
    const teacher = (await setRole(db, EMAIL, "teacher"))!;
    await createQuiz(db, { ...user, role: teacher.role }, { title: "벤치마크 퀴즈", items: QUESTIONS.map((question) => ({ question, timeLimitSec: TIME_LIMIT_SEC, points: POINTS })) }, "ko");
    await db.$disconnect();
  };
  const rows =
    instances === 1
      ? await withBenchServer("bench-live", PORT, (base, server) => run(base, [server.pid!]), env, prepare, dbArg)
      : await withBenchCluster("bench-live", PORT, instances, run, env, prepare);
  console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}; ${instances === 1 ? "1 instance" : `${instances} instances behind nginx (deploy/nginx.conf)`}, ${dbArg === "postgres" ? "PostgreSQL" : "SQLite"}; ${QUESTIONS.length} questions of ${TIME_LIMIT_SEC} s, think time ${BURST_MS ? `uniform over the last ${BURST_MS} ms` : "uniform over the whole limit"}, 5 % sent twice; all players from one address`);
  for (const r of rows) {
    console.log(
      `${String(r.players).padStart(5)} players  join all ${r.joinAllMs} ms  ack p50/p95/p99 ${r.ackP50Ms}/${r.ackP95Ms}/${r.ackP99Ms} ms  fan-out p95 ${r.fanoutP95Ms} ms (max ${r.fanoutMaxMs})  sent ${r.sent} acked ${r.acked} stored ${r.stored} lost ${r.lost}  rejected ${r.rejected} (late but sent in time ${r.lateButSentInTime})  queue points p95 ${r.queuePointsP95} (max ${r.queuePointsMax})  server RSS ${r.rssMb.join(" + ")} MB, CPU ${r.cpuSec.join(" + ")} s in ${r.wallSec} s`,
    );
  }
  const top = rows.at(-1)!;
  console.log(
    JSON.stringify({
      players: top.players,
      instances,
      db: dbArg,
      ackP95Ms: top.ackP95Ms,
      fanoutP95Ms: top.fanoutP95Ms,
      lateButSentInTime: top.lateButSentInTime,
      queuePointsP95: top.queuePointsP95,
      lost: top.lost,
      joinAllMs: top.joinAllMs,
      ackP50Ms: top.ackP50Ms,
      ackP99Ms: top.ackP99Ms,
      rssMbPerInstance: top.rssMb,
      cpuSecPerInstance: top.cpuSec,
    }),
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

/**
 * `npm run bench:live -- --players N` — a live quiz with N simulated students over real
 * HTTP and SSE against the production server: join, one SSE stream each, answer every
 * question (a random delay within the time limit; 5 % send their answer twice, as a flaky
 * phone would), while the host drives the quiz. Without --players: N = 100, 300 and 1,000.
 *
 * Reports per N: time to join all, answer-ack p50/p95/p99, fan-out latency (server emits a
 * question → every student has it) p95, lost answers (answers acknowledged minus rows in the
 * database), server RSS and CPU. Last stdout line, for the largest N:
 * {"players","ackP95Ms","fanoutP95Ms","lost","rssMb", …}.
 */
import http from "node:http";
import { readFileSync } from "node:fs";
import os from "node:os";
import { randomUUID } from "node:crypto";
import { createDb } from "@/lib/db";
import { createQuiz } from "@/lib/dal/quizzes";
import { createAccount, setRole } from "@/lib/dal/users";
import { withBenchServer } from "../lib/server";

const PORT = Number(process.env.BENCH_PORT ?? 3220);
const QUESTIONS = ["ftp-control-port", "accept-does-handshake", "accept-returns"];
const TIME_LIMIT_SEC = 10;
const ANSWER_WINDOW_MS = 6_000; // students answer spread over the first 6 s of each question
const EMAIL = "bench-teacher@example.com";
const PASSWORD = "benchmark teacher password";

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
let databaseUrl = "";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pct(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
}

/** A tiny HTTP client: JSON in and out, cookies as a plain header. */
function request(base: string, method: string, path: string, body?: unknown, cookie?: string): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const req = http.request(base + path, {
      method,
      agent,
      headers: {
        ...(data !== undefined && { "content-type": typeof body === "string" ? "application/x-www-form-urlencoded" : "application/json", "content-length": Buffer.byteLength(data) }),
        ...(cookie && { cookie }),
      },
    }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, setCookie: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
    if (data !== undefined) req.write(data);
    req.end();
  });
}

interface Stream {
  close(): void;
}

/** An EventSource client: calls `onState` with each `state` event's parsed data and the arrival time. */
function openStream(base: string, path: string, cookie: string, onState: (data: { state: { phase: string; index: number }; emittedAt: number }, at: number) => void): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.get(base + path, { headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream ${path}: ${res.statusCode}`));
      res.setEncoding("utf8");
      let buf = "";
      res.on("data", (chunk: string) => {
        const at = Date.now();
        buf += chunk;
        let end;
        while ((end = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, end);
          buf = buf.slice(end + 2);
          if (!block.includes("event: state")) continue;
          const line = block.split("\n").find((l) => l.startsWith("data: "));
          if (line) onState(JSON.parse(line.slice(6)), at);
        }
      });
      resolve({ close: () => req.destroy() });
    });
    req.on("error", (err) => (err.message.includes("socket hang up") ? undefined : reject(err)));
  });
}

function serverUsage(pid: number): { rssMb: number; cpuSec: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime
  return { rssMb: Math.round(rssKb / 1024), cpuSec: ticks / 100 };
}

async function signIn(base: string): Promise<string> {
  const csrf = await request(base, "GET", "/api/auth/csrf");
  const jar = csrf.setCookie.map((c) => c.split(";")[0]).join("; ");
  const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const res = await request(base, "POST", "/api/auth/callback/credentials", new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken: token, json: "true" }).toString(), jar);
  const session = res.setCookie.find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed: ${res.status}`);
  return session.split(";")[0]!;
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

async function runQuiz(base: string, pid: number, hostCookie: string, quizId: string, players: number) {
  const usage0 = serverUsage(pid);
  const t0 = Date.now();
  const created = await request(base, "POST", "/api/v1/live/sessions", { quiz: quizId, locale: "ko" }, hostCookie);
  const { id, code } = JSON.parse(created.body) as { id: string; code: string };
  const control = async (command: string) => {
    const r = await request(base, "POST", `/api/v1/live/sessions/${id}/control`, { command }, hostCookie);
    if (r.status !== 200) throw new Error(`control ${command}: ${r.status} ${r.body}`);
  };

  // Join everyone (50 at a time, like a class scanning the QR code).
  const joinStart = Date.now();
  const cookies: string[] = new Array(players);
  await pool([...Array(players).keys()], 50, async (n) => {
    const r = await request(base, "POST", "/api/v1/live/join", { code, nickname: `학생-${n}` });
    if (r.status !== 201) throw new Error(`join ${n}: ${r.status} ${r.body}`);
    cookies[n] = r.setCookie.map((c) => c.split(";")[0]).join("; ");
  });
  const joinAllMs = Date.now() - joinStart;

  // One SSE stream per student; fan-out measured from the server's emittedAt to arrival.
  const fanout: number[] = [];
  const seen = new Map<number, number>(); // question index → students that have it
  const waiters = new Map<number, () => void>();
  const streams = await Promise.all(
    cookies.map((cookie) =>
      openStream(base, `/api/v1/live/sessions/${id}/events`, cookie, (data, at) => {
        if (data.state.phase !== "question") return;
        const i = data.state.index;
        const count = (seen.get(i) ?? 0) + 1;
        seen.set(i, count);
        if (count <= players) fanout.push(at - data.emittedAt);
        if (count === players) waiters.get(i)?.();
      }),
    ),
  );

  const acks: number[] = [];
  let sent = 0;
  let rejected = 0;
  for (let q = 0; q < QUESTIONS.length; q++) {
    const everyoneHasIt = new Promise<void>((resolve) => waiters.set(q, resolve));
    await control(q === 0 ? "start" : "next");
    await everyoneHasIt;
    await Promise.all(
      cookies.map(async (cookie, n) => {
        await new Promise((r) => setTimeout(r, Math.random() * ANSWER_WINDOW_MS));
        const body = { answerId: randomUUID(), index: q, answer: q === 1 ? (n % 3 ? "true" : "false") : ["a", "b", "c", "d"][n % 4]! };
        const times = n % 20 === 0 ? 2 : 1; // a flaky phone sends the same answer twice
        for (let k = 0; k < times; k++) {
          const start = performance.now();
          const r = await request(base, "POST", `/api/v1/live/sessions/${id}/answers`, body, cookie);
          if (k === 0) acks.push(performance.now() - start);
          if (r.status !== 200) rejected++;
        }
        sent++;
      }),
    );
    // Everyone answered: the server reveals on its own; the host shows the leaderboard.
    await control("leaderboard").catch(async () => {
      await control("reveal");
      await control("leaderboard");
    });
  }
  await control("next"); // past the last question: ended
  const usage1 = serverUsage(pid);
  for (const s of streams) s.close();

  const db = createDb(databaseUrl, 60_000);
  const stored = await db.liveAnswer.count({ where: { sessionId: id } });
  await db.$disconnect();
  return {
    players,
    joinAllMs,
    ackP50Ms: pct(acks, 50),
    ackP95Ms: pct(acks, 95),
    ackP99Ms: pct(acks, 99),
    fanoutP95Ms: pct(fanout, 95),
    fanoutMaxMs: pct(fanout, 100),
    sent,
    stored,
    lost: sent - stored,
    rejected,
    rssMb: usage1.rssMb,
    cpuSec: Math.round((usage1.cpuSec - usage0.cpuSec) * 10) / 10,
    wallSec: Math.round((Date.now() - t0) / 100) / 10,
  };
}

async function main() {
  const only = arg("players");
  const sizes = only ? [Number(only)] : [100, 300, 1000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 5000)) throw new Error("--players must be an integer from 1 to 5000");
  const rows = await withBenchServer(
    "bench-live",
    PORT,
    async (base, server) => {
      const hostCookie = await signIn(base);
      const quizzes = await request(base, "GET", "/api/v1/quizzes", undefined, hostCookie);
      const quizId = (JSON.parse(quizzes.body) as { items: { id: string }[] }).items[0]!.id;
      const out = [];
      for (const n of sizes) out.push(await runQuiz(base, server.pid!, hostCookie, quizId, n));
      return out;
    },
    { LIVE_JOINS_PER_MINUTE: "1000000", SLOW_QUERY_MS: "60000" },
    async (url) => {
      databaseUrl = url;
      const db = createDb(url, 60_000);
      const user = await createAccount(db, { email: EMAIL, password: PASSWORD }, "ko");
      const teacher = (await setRole(db, EMAIL, "teacher"))!;
      await createQuiz(db, { ...user, role: teacher.role }, { title: "벤치마크 퀴즈", items: QUESTIONS.map((question) => ({ question, timeLimitSec: TIME_LIMIT_SEC, points: 1000 })) }, "ko");
      await db.$disconnect();
    },
  );
  console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}; ${QUESTIONS.length} questions, answers spread over ${ANSWER_WINDOW_MS / 1000} s, 5 % sent twice`);
  for (const r of rows) {
    console.log(
      `${String(r.players).padStart(5)} players  join all ${r.joinAllMs} ms  ack p50/p95/p99 ${r.ackP50Ms}/${r.ackP95Ms}/${r.ackP99Ms} ms  fan-out p95 ${r.fanoutP95Ms} ms (max ${r.fanoutMaxMs})  sent ${r.sent} stored ${r.stored} lost ${r.lost}  rejected ${r.rejected}  server RSS ${r.rssMb} MB, CPU ${r.cpuSec} s in ${r.wallSec} s`,
    );
  }
  const top = rows.at(-1)!;
  console.log(JSON.stringify({ players: top.players, ackP95Ms: top.ackP95Ms, fanoutP95Ms: top.fanoutP95Ms, lost: top.lost, rssMb: top.rssMb, joinAllMs: top.joinAllMs, ackP50Ms: top.ackP50Ms, ackP99Ms: top.ackP99Ms, cpuSec: top.cpuSec }));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

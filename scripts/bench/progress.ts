/**
 * `npm run bench:progress` — the dashboard and the next flashcard for a heavy learner: one
 * user with 10,000 graded attempts and 2,000 FSRS cards (with their review logs), served by
 * the production server, measured with autocannon while signed in (real next-auth cookie).
 *
 * The bank has 99 questions and a user has one card per question, so 2,000 cards need a
 * bigger bank: the benchmark database (only) gets 1,901 extra generated single-choice
 * questions, which also makes the dashboard's catalog 20× larger than today's.
 * Last stdout line: {"dashboardP50Ms","dashboardP99Ms","nextCardP50Ms", …}.
 */
import autocannon from "autocannon";
import os from "node:os";
import { createDb } from "@/lib/db";
import { getCatalog } from "@/lib/dal/catalog";
import { gradeAnswer } from "@/lib/dal/grade";
import { recordAttempts, type AttemptInput } from "@/lib/dal/progress";
import { createAccount } from "@/lib/dal/users";
import { CONTENT_VERSION_KEY } from "@/lib/content/seed";
import { cardKey, newCard, review, type RatingValue } from "@/lib/scheduling/fsrs";
import { withBenchServer } from "../lib/server";

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const ATTEMPTS = 10_000;
const CARDS = 2_000;
const EMAIL = "heavy-learner@example.com";
const PASSWORD = "benchmark learner password";

/** Deterministic pseudo-random numbers (mulberry32), so every run seeds the same data. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedHeavyUser(url: string): Promise<void> {
  const t0 = performance.now();
  const db = createDb(url, 60_000); // bulk inserts: no slow-query log
  const random = rng(42);
  const topics = await db.topic.findMany();
  const real = await db.question.count({ where: { retired: false } });

  // 1. A bigger bank: generated single-choice questions until a user can hold CARDS cards.
  const extra = CARDS - real;
  for (let i = 0; i < extra; i += 200) {
    await db.$transaction(
      Array.from({ length: Math.min(200, extra - i) }, (_, j) => {
        const n = i + j;
        const topic = topics[n % topics.length]!;
        return db.question.create({
          data: {
            slug: `bench-q-${n}`,
            type: "single-choice",
            topicId: topic.id,
            difficulty: 1 + (n % 3),
            version: 1,
            contentHash: `bench-${n}`,
            searchText: `bench question ${n}`,
            translations: {
              create: [
                { locale: "ko", prompt: `벤치마크 문제 ${n}`, modelAnswer: "보기 a", explanation: "벤치마크용 문제입니다." },
                { locale: "en", prompt: `Benchmark question ${n}`, modelAnswer: "Option a", explanation: "A generated benchmark question." },
              ],
            },
            choices: { create: ["a", "b", "c", "d"].map((key, position) => ({ key, position, textKo: `보기 ${key}`, textEn: `Option ${key}`, correct: key === "a" })) },
          },
        });
      }),
    );
  }
  await db.meta.upsert({ where: { key: CONTENT_VERSION_KEY }, create: { key: CONTENT_VERSION_KEY, value: "bench" }, update: { value: `bench-${Date.now()}` } });

  // 2. The learner, with 10,000 graded attempts over the last year on the real questions.
  const user = await createAccount(db, { email: EMAIL, password: PASSWORD, timeZone: "Asia/Seoul" }, "ko");
  const catalog = await getCatalog(db);
  const bank = catalog.questions.filter((q) => !q.slug.startsWith("bench-q-"));
  const now = Date.now();
  const inputs: AttemptInput[] = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    const q = bank[Math.floor(random() * bank.length)]!;
    let answer: string | string[];
    if (q.type === "interview") answer = random() < 0.5 ? q.modelAnswer.ko.slice(0, 120) : q.modelAnswer.en.slice(0, 200);
    else if (q.type === "ordering") answer = q.options.map((o) => o.key).sort(() => random() - 0.5);
    else if (q.type === "multi-choice") answer = q.options.map((o) => o.key).slice(0, random() < 0.5 ? 2 : q.options.length);
    else if (q.type === "true-false") answer = random() < 0.7 ? "true" : "false";
    else if (q.type === "short") answer = random() < 0.6 ? (q.exact?.type === "short" ? q.exact.accepted[0]! : "x") : "모르겠어요";
    else answer = q.options[Math.floor(random() * q.options.length)]!.key;
    const result = await gradeAnswer(db, q.slug, answer, random() < 0.6 ? "ko" : "en");
    const at = new Date(now - Math.floor(random() ** 2 * 365 * 86_400_000));
    inputs.push({ question: q, answer, result, mode: random() < 0.8 ? "practice" : "review", timeTakenMs: Math.floor(5_000 + random() * 120_000), at });
  }
  inputs.sort((a, b) => a.at!.getTime() - b.at!.getTime());
  for (let i = 0; i < inputs.length; i += 500) await recordAttempts(db, user, inputs.slice(i, i + 500));

  // 3. 2,000 cards with real FSRS histories; about one in ten due today.
  const questions = catalog.questions.slice(0, CARDS);
  for (let i = 0; i < questions.length; i += 200) {
    const cardRows: Parameters<typeof db.card.create>[0]["data"][] = [];
    const logs: { card: number; log: ReturnType<typeof review>["log"] }[] = [];
    for (const [k, q] of questions.slice(i, i + 200).entries()) {
      let when = now - Math.floor((30 + random() * 300) * 86_400_000);
      let card = newCard(new Date(when));
      const created = new Date(when);
      // Review on time until the next due date is in the future, as a regular learner would.
      for (let r = 0; r < 40 && when < now; r++) {
        const rating = (random() < 0.15 ? 1 : random() < 0.3 ? 2 : random() < 0.9 ? 3 : 4) as RatingValue;
        const next = review(card, rating, new Date(when), cardKey(user.id, q.id));
        logs.push({ card: k, log: next.log });
        card = next.card;
        when = Math.max(card.due.getTime(), when + 60_000);
      }
      if (random() < 0.1) card = { ...card, due: new Date(now - Math.floor(random() * 3 * 86_400_000)) };
      cardRows.push({ userId: user.id, questionId: q.id, topicId: q.topicId, ...card, createdAt: created });
    }
    await db.$transaction(async (tx) => {
      const ids: string[] = [];
      for (const data of cardRows) ids.push((await tx.card.create({ data, select: { id: true } })).id);
      await tx.reviewLog.createMany({ data: logs.map(({ card, log }) => ({ cardId: ids[card]!, userId: user.id, ...log })) });
    });
  }
  const [a, c, l] = await Promise.all([db.attempt.count(), db.card.count(), db.reviewLog.count()]);
  console.log(`seeded ${a} attempts, ${c} cards, ${l} review logs, ${catalog.questions.length} questions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await db.$disconnect();
}

async function signIn(base: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const jar = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken, json: "true" }),
    redirect: "manual",
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return session.split(";")[0]!;
}

async function load(url: string, cookie: string, connections = CONNECTIONS) {
  const run = (duration: number) => autocannon({ url, connections, duration, headers: { cookie }, pipelining: 1 });
  await run(2); // warm-up
  const r = await run(DURATION);
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function main() {
  await withBenchServer(
    "bench-progress",
    PORT,
    async (base) => {
      const cookie = await signIn(base);
      const check = await fetch(`${base}/api/v1/me/dashboard`, { headers: { cookie } });
      const d = (await check.json()) as { totals: { attempts: number; dueToday: number } };
      if (d.totals.attempts !== ATTEMPTS) throw new Error(`dashboard sees ${d.totals.attempts} attempts, expected ${ATTEMPTS}`);
      const page = await fetch(`${base}/me`, { headers: { cookie, "accept-language": "ko" }, redirect: "manual" });
      if (page.status !== 200) throw new Error(`/me answered ${page.status}`);
      const dashboard = await load(`${base}/me`, cookie);
      const dashboardApi = await load(`${base}/api/v1/me/dashboard`, cookie);
      const next = await load(`${base}/api/v1/review/next?deck=all`, cookie);
      const weak = await load(`${base}/api/v1/review/next?deck=weak`, cookie);
      const single = await load(`${base}/api/v1/review/next?deck=all`, cookie, 1); // one learner, no queueing
      console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}; ${CONNECTIONS} connections, ${DURATION} s each; ${d.totals.dueToday} cards due today`);
      for (const [name, r] of [["GET /me (page)", dashboard], ["GET /api/v1/me/dashboard", dashboardApi], ["GET /api/v1/review/next", next], ["GET /api/v1/review/next?deck=weak", weak], ["GET /api/v1/review/next (1 connection)", single]] as const) {
        console.log(`${name.padEnd(36)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms`);
      }
      console.log(
        JSON.stringify({
          dashboardP50Ms: dashboard.p50,
          dashboardP99Ms: dashboard.p99,
          nextCardP50Ms: next.p50,
          dashboardApiP50Ms: dashboardApi.p50,
          weakDeckP50Ms: weak.p50,
          nextCardP50Ms1Conn: single.p50,
          connections: CONNECTIONS,
        }),
      );
    },
    {},
    seedHeavyUser,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

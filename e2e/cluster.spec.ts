/**
 * Two app instances on one PostgreSQL database behind nginx running deploy/nginx.conf, as
 * docs/deployment.md deploys them (scripts/lib/cluster.ts; the production build the e2e web
 * server made). Runs when TEST_POSTGRES_URL is set and nginx is installed (.ci/run sees to both).
 *
 * 1. A teacher hosts and 10 students play in Chromium through the proxy; their requests and
 *    streams land on both instances.
 * 2. The instance that owns a running session's clock is killed with SIGKILL mid-question: the
 *    other takes the clock over and closes the question on time, every acknowledged answer is
 *    stored exactly once, and every student's stream comes back (Last-Event-ID) on the live
 *    instance and sees the reveal.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { LOCK_CLASS } from "../lib/live/cluster";
import { ANSWER_GRACE_MS } from "../lib/live/machine";
import { startCluster, type Cluster } from "../scripts/lib/cluster";
import { openStream, request, signIn, cookieJar, type StateEvent, type Stream } from "../scripts/lib/live-client";
import { preparePostgres } from "../scripts/lib/server";
import { expect, test } from "./fixtures";
import { grantRole, signUpAndSignIn } from "./support";

const PORT = Number(process.env.E2E_CLUSTER_PORT ?? 3300);
const SLOW = 30_000;
const PASSWORD = "two instances password";

let cluster: Cluster;
let database: { url: string; drop: () => Promise<void> };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  database = await preparePostgres("e2e_cluster");
  cluster = await startCluster({ name: "e2e-cluster", port: PORT, instances: 2, databaseUrl: database.url, showUpstream: true, env: { SLOW_QUERY_MS: "5000" } });
});

test.afterAll(async () => {
  await cluster?.stop();
  await database?.drop();
});

async function teacher(): Promise<{ email: string; cookie: string }> {
  const email = `teacher-${randomUUID().slice(0, 8)}@example.com`;
  const res = await request(cluster.base, "POST", "/api/v1/account", { email, password: PASSWORD });
  expect(res.status).toBe(201);
  grantRole(email, "teacher", database.url);
  return { email, cookie: await signIn(cluster.base, email, PASSWORD) };
}

test("a host and 10 students play through nginx, spread over two instances", async ({ browser }) => {
  test.setTimeout(300_000);
  const upstreams = new Set<string>();
  const watch = (ctx: BrowserContext) =>
    ctx.on("response", (res) => {
      const u = res.headers()["x-psl-upstream"];
      if (u && res.url().includes("/api/v1/live/")) upstreams.add(u.split(",").pop()!.trim());
    });
  const hostCtx = await browser.newContext({ baseURL: cluster.base });
  await hostCtx.addCookies([{ name: "locale", value: "en", url: cluster.base }]);
  watch(hostCtx);
  const page = await hostCtx.newPage();
  const email = `host-${randomUUID().slice(0, 8)}@example.com`;
  await signUpAndSignIn(page, email, PASSWORD);
  grantRole(email, "teacher", database.url);
  const quiz = await page.request.post("/api/v1/quizzes", { data: { title: "Two instances", items: ["accept-returns", "accept-does-handshake"].map((question) => ({ question, timeLimitSec: 60, points: 1000 })) } });
  expect(quiz.status()).toBe(201);
  await page.goto("/teach");
  await page.getByRole("button", { name: "Host live" }).first().click();
  await expect(page).toHaveURL(/\/teach\/live\/[a-z0-9]+$/);
  const sessionId = page.url().split("/").pop()!;
  const code = (await page.locator("p.font-mono.text-6xl").innerText()).trim();

  const students: Page[] = [];
  const contexts: BrowserContext[] = [];
  for (let i = 0; i < 10; i += 5) {
    await Promise.all(
      Array.from({ length: 5 }, async (_, k) => {
        const n = i + k;
        const ctx = await browser.newContext({ baseURL: cluster.base, viewport: { width: 390, height: 844 }, locale: n % 2 ? "ko-KR" : "en-US" });
        watch(ctx);
        const p = await ctx.newPage();
        await p.goto(`/join?code=${code}`);
        await p.locator("#join-nick").fill(`student-${n}`);
        await p.locator("main form button[type=submit]").click();
        await expect(p).toHaveURL(new RegExp(`/play/${sessionId}$`), { timeout: SLOW });
        students[n] = p;
        contexts[n] = ctx;
      }),
    );
  }
  await expect(page.getByText("10 players joined")).toBeVisible({ timeout: SLOW });
  await page.getByRole("button", { name: "Start the quiz" }).click();
  for (let q = 0; q < 2; q++) {
    const prompt = await page.locator("#host-q").innerText();
    await Promise.all(students.map((s) => expect(s.locator("h1")).toHaveText(prompt, { timeout: SLOW })));
    await Promise.all(
      students.map(async (s, n) => {
        await s.locator("main .grid button").nth(n % 2).click();
        await expect(s.getByText(/^(Answer sent\. Waiting for the others…|Correct!|Not this time|정답을 보냈습니다.*|정답입니다!|아쉽네요.*)$/)).toBeVisible({ timeout: SLOW });
      }),
    );
    // The last answer may land on either instance: the session closes all the same.
    await expect(page.getByText("10 / 10 answered")).toBeVisible({ timeout: SLOW });
    await expect(page.getByRole("button", { name: "Leaderboard" })).toBeVisible({ timeout: SLOW });
    await page.getByRole("button", { name: "Leaderboard" }).click();
    await page.getByRole("button", { name: q === 1 ? "Finish" : "Next question" }).click();
  }
  await expect(page.getByText("The quiz has ended.")).toBeVisible({ timeout: SLOW });
  const board = await page.getByRole("region", { name: "Leaderboard" }).innerText();
  await Promise.all(students.map((s) => expect.poll(() => s.getByRole("region", { name: "Leaderboard" }).innerText(), { timeout: SLOW }).toBe(board)));
  const results = await (await page.request.get(`/api/v1/live/sessions/${sessionId}/results`)).json();
  expect(results.students).toHaveLength(10);
  for (const q of results.questions) expect(q.answered).toBe(10);
  // Both instances served this quiz.
  expect([...upstreams].sort()).toEqual(cluster.direct.map((u) => u.replace("http://", "")).sort());
  await Promise.all([...contexts, hostCtx].map((c) => c.close()));
});

/** The app instance (index into cluster.procs) that holds the session's clock, from PostgreSQL's lock table. */
async function clockOwner(sessionId: string): Promise<number> {
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  try {
    const { rows } = await c.query<{ application_name: string }>(
      `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = $1::oid
          AND l.objid::bigint = (hashtext($2)::bigint & 4294967295)`,
      [LOCK_CLASS, sessionId],
    );
    const pids = rows.map((r) => Number(r.application_name.split(":")[2]));
    expect(pids).toHaveLength(1);
    const i = cluster.procs.findIndex((p) => p?.pid === pids[0]);
    expect(i).toBeGreaterThanOrEqual(0);
    return i;
  } finally {
    await c.end();
  }
}

test("kill -9 of the instance that owns the clock mid-question loses nothing; the other takes over", async () => {
  test.setTimeout(180_000);
  const host = await teacher();
  const base = cluster.base;
  const quiz = await request(base, "POST", "/api/v1/quizzes", { title: "Failover", items: ["accept-returns", "accept-does-handshake"].map((question) => ({ question, timeLimitSec: 12, points: 1000 })) }, host.cookie);
  expect(quiz.status).toBe(201);
  const created = await request(base, "POST", "/api/v1/live/sessions", { quiz: (JSON.parse(quiz.body) as { id: string }).id, locale: "en" }, host.cookie);
  expect(created.status).toBe(201);
  const { id, code } = JSON.parse(created.body) as { id: string; code: string };
  const control = async (command: string) => {
    const r = await request(base, "POST", `/api/v1/live/sessions/${id}/control`, { command }, host.cookie);
    expect(r.status, r.body).toBe(200);
  };

  // 10 students join through the proxy, each with a stream that reconnects like EventSource.
  const players: { id: string; cookie: string; last?: StateEvent; stream?: Stream }[] = [];
  for (let n = 0; n < 10; n++) {
    const r = await request(base, "POST", "/api/v1/live/join", { code, nickname: `p${n}` });
    expect(r.status, r.body).toBe(201);
    players.push({ id: (JSON.parse(r.body) as { playerId: string }).playerId, cookie: cookieJar(r.setCookie) });
  }
  for (const p of players) p.stream = await openStream(base, `/api/v1/live/sessions/${id}/events`, p.cookie, (data) => (p.last = data), { reconnect: true, retryMs: 300 });

  await control("start");
  await expect.poll(() => players.every((p) => p.last?.state.phase === "question"), { timeout: SLOW }).toBe(true);
  const opened = players[0]!.last!;
  const keys = opened.question!.options.map((o) => o.key);
  const owner = await clockOwner(id);

  // Answers go through the proxy; a phone retries the same answer (same answerId) until it is acknowledged.
  const acked = new Map<string, string>(); // answerId → playerId
  const answer = async (n: number) => {
    const body = { answerId: randomUUID(), index: 0, answer: keys[n % keys.length]! };
    for (let attempt = 0; attempt < 20; attempt++) {
      const r = await request(base, "POST", `/api/v1/live/sessions/${id}/answers`, body, players[n]!.cookie).catch(() => ({ status: 0, body: "" }));
      if (r.status === 200) return void acked.set(body.answerId, players[n]!.id);
      expect([0, 502, 503, 504], r.body).toContain(r.status); // only the dead instance may fail an answer
      await new Promise((res) => setTimeout(res, 250));
    }
    throw new Error(`answer of player ${n} never acknowledged`);
  };
  for (let n = 0; n < 5; n++) await answer(n);

  // The clock's owner dies without a word, mid-question.
  await cluster.kill(owner, "SIGKILL");
  // More answers while the other instance takes over; player 9 never answers, so only the clock can close the question.
  await Promise.all([5, 6, 7, 8].map(answer));
  expect(acked.size).toBe(9);

  // The surviving instance closes the question on time (within a few seconds of the deadline) and every stream sees it.
  const deadline = opened.state.endsAt! + ANSWER_GRACE_MS;
  await expect.poll(() => players.every((p) => p.last?.state.phase === "reveal" && p.last.state.index === 0), { timeout: Math.max(5_000, deadline - Date.now() + 8_000) }).toBe(true);
  const survivor = 1 - owner;
  expect(await clockOwner(id)).toBe(survivor);
  // Streams that were on the dead instance came back (with Last-Event-ID) on the live one.
  expect(players.reduce((n, p) => n + p.stream!.reconnects, 0)).toBeGreaterThan(0);

  // Every acknowledged answer is stored once, and each score is the sum of its answers' points.
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  try {
    const { rows } = await c.query<{ answerId: string; playerId: string; points: number }>(`SELECT "answerId", "playerId", points FROM "LiveAnswer" WHERE "sessionId" = $1`, [id]);
    expect(rows.map((r) => r.answerId).sort()).toEqual([...acked.keys()].sort());
    const scores = await c.query<{ id: string; score: number }>(`SELECT id, score FROM "LivePlayer" WHERE "sessionId" = $1`, [id]);
    for (const p of scores.rows) expect(p.score).toBe(rows.filter((r) => r.playerId === p.id).reduce((n, r) => n + r.points, 0));
  } finally {
    await c.end();
  }

  // The killed instance comes back and the quiz goes on across both.
  await cluster.restart(owner);
  await control("next");
  await expect.poll(() => players.every((p) => p.last?.state.phase === "question" && p.last.state.index === 1), { timeout: SLOW }).toBe(true);
  await Promise.all(
    players.map(async (p, n) => {
      const r = await request(base, "POST", `/api/v1/live/sessions/${id}/answers`, { answerId: randomUUID(), index: 1, answer: n % 2 ? "true" : "false" }, p.cookie);
      expect(r.status, r.body).toBe(200);
    }),
  );
  // Everyone answered: whichever instance took the last answer closes the question.
  await expect.poll(() => players.every((p) => p.last?.state.phase === "reveal" && p.last.state.index === 1), { timeout: SLOW }).toBe(true);
  await control("next");
  const results = JSON.parse((await request(base, "GET", `/api/v1/live/sessions/${id}/results`, undefined, host.cookie)).body) as { questions: { answered: number }[]; students: unknown[] };
  expect(results.questions.map((q) => q.answered)).toEqual([9, 10]);
  expect(results.students).toHaveLength(10);
  for (const p of players) p.stream!.close();
});

/**
 * Fuzzing every route handler under app/api (found by globbing, so a new route is fuzzed
 * without touching this file) with malformed requests: random and wrongly-typed JSON, huge
 * and hostile unicode strings, prototype keys, deep nesting, broken JSON, wrong content types,
 * hostile query strings, cookies, Origin / Sec-Fetch-Site and locale headers, and dynamic
 * segments that are either real ids (a quiz, an interview, a live session with a host and a
 * player, a question slug, a share token) or garbage. Handlers are called in-process, inside
 * the request scope Next gives them, against this file's own seeded SQLite copy.
 *
 * Every response must be < 500; every error (>= 400) must be JSON with error.code and
 * error.message strings and no stack trace. SSE successes are cancelled at once.
 *
 * Each handler is one fast-check property. When it fails, the shrunk counterexample is kept,
 * that failure kind is set aside and the property is run again, so one test lists every
 * distinct failure of its handler. Seed: FUZZ_SEED (default below).
 */
// Next's request-scope storages need globalThis.AsyncLocalStorage before next/server loads.
import "../support/next-als";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { loadContent } from "@/lib/content/load";
import { SANDBOX_SCENARIOS } from "@/lib/content/schema";
import { createInterview, finishInterview, getInterview, shareInterview } from "@/lib/dal/interviews";
import { control, createSession, join, playerCookieName } from "@/lib/dal/live";
import { createQuiz } from "@/lib/dal/quizzes";
import { authSecret } from "@/lib/auth/secret";
import { inRequestScope } from "../support/next-scope";
import { makeUser, sessionCookie } from "../support/session";

// Rate limits are process-wide: let joins through to validation, and keep real sandbox runs
// (which open sockets) to a handful per minute. Only the documented env settings are used.
vi.hoisted(() => {
  process.env.LIVE_JOINS_PER_MINUTE ??= "1000000";
  process.env.LIVE_BAD_CODES_PER_10_MIN ??= "1000000";
  process.env.SANDBOX_RUNS_PER_MINUTE ??= "3";
});

const SEED = Number.parseInt(process.env.FUZZ_SEED ?? "", 10) || 20_240_917;
fc.configureGlobal({ seed: SEED });

const BASE = "http://localhost:3000";
const MIN_REQUESTS = 10_000;
const DEFAULT_RUNS = 350;
/** Handlers that hash passwords or open sockets get fewer runs. */
const RUNS: Record<string, number> = {
  "POST /api/auth/[...nextauth]": 180,
  "POST /api/v1/account": 180,
  "DELETE /api/v1/account": 180,
  "POST /api/v1/account/password": 180,
  "POST /api/v1/sandbox/runs": 180,
  "GET /api/v1/sandbox/runs/stream": 180,
};
const REQUEST_TIMEOUT_MS = 15_000;
/** Distinct failure kinds collected per handler before giving up on finding more. */
const MAX_DISTINCT = 6;
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

// ------------------------------------------------------------------ the route table

type Params = Record<string, string | string[]>;
type Handler = (req: NextRequest, ctx: { params: Promise<Params> }) => Response | Promise<Response>;
interface Segment {
  name: string;
  catchAll: boolean;
}
interface Route {
  file: string;
  template: string;
  segments: Segment[];
  handlers: [string, Handler][];
  /** HTTP-method exports that are not functions (Next would not route to them). */
  notFunctions: string[];
  importError?: unknown;
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const API_DIR = path.join(ROOT, "app", "api");

async function loadRoutes(): Promise<Route[]> {
  const files = readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => /^route\.(?:ts|js)$/.test(path.basename(f)))
    .sort();
  const out: Route[] = [];
  for (const rel of files) {
    const dir = path.dirname(rel).split(path.sep).filter((s) => s !== ".");
    const template = `/api/${dir.join("/")}`.replace(/\/$/, "");
    const segments = dir.flatMap((s) => {
      const m = /^\[{1,2}(\.\.\.)?([^\]]+)\]{1,2}$/.exec(s);
      return m ? [{ name: m[2]!, catchAll: Boolean(m[1]) }] : [];
    });
    const route: Route = { file: path.join("app/api", rel), template, segments, handlers: [], notFunctions: [] };
    try {
      const mod = (await import(/* @vite-ignore */ path.join(API_DIR, rel))) as Record<string, unknown>;
      for (const m of HTTP_METHODS) {
        if (typeof mod[m] === "function") route.handlers.push([m, mod[m] as Handler]);
        else if (m in mod) route.notFunctions.push(m);
      }
    } catch (err) {
      route.importError = err;
    }
    out.push(route);
  }
  return out;
}

const routes = await loadRoutes();

function urlPath(route: Route, params: Params): string {
  return route.template
    .split("/")
    .map((s) => {
      const m = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(s);
      if (!m) return s;
      const v = params[m[1]!];
      return Array.isArray(v) ? v.map(encodeSegment).join("/") : encodeSegment(v ?? "");
    })
    .join("/");
}

function encodeSegment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "\ufffd")); // lone surrogates: as a browser would send them
  }
}

// ------------------------------------------------------------------ fixtures

interface Fixtures {
  learnerCookie: string;
  teacherCookie: string;
  learnerEmail: string;
  learnerId: string;
  teacherId: string;
  foreignCookie: string;
  ghostCookie: string;
  staleCookie: string;
  csrf?: { token: string; cookie: string };
  slugs: string[];
  topics: string[];
  quizId: string;
  interviewId: string;
  finishedInterviewId: string;
  turnId: string;
  shareToken: string;
  sessionId: string;
  sessionCode: string;
  lobbyId: string;
  lobbyCode: string;
  playerId: string;
  playerCookie: string;
  lobbyPlayerCookie: string;
  /** Fixture values → labels, to keep counterexamples readable. */
  labels: Map<string, string>;
}

let fx: Fixtures;
type User = Awaited<ReturnType<typeof makeUser>>["user"];
let learner: User;
let teacher: User;

const bank = loadContent();

beforeAll(async () => {
  const l = await makeUser(db);
  const t = await makeUser(db);
  await db.user.update({ where: { id: t.user.id }, data: { role: "teacher" } });
  learner = l.user;
  teacher = { ...t.user, role: "teacher" };
  const name = l.cookie.split("=")[0]!;
  const foreign = await encode({ token: { sub: l.user.id, ver: l.user.tokenVersion }, secret: "some-other-secret-0123456789abcdef0123456789" });
  const ghost = await encode({ token: { sub: "nosuchuser00000000000000", ver: 0 }, secret: authSecret() });
  fx = {
    learnerCookie: l.cookie,
    teacherCookie: t.cookie,
    learnerEmail: l.user.email,
    learnerId: l.user.id,
    teacherId: t.user.id,
    foreignCookie: `${name}=${foreign}`,
    ghostCookie: `${name}=${ghost}`,
    staleCookie: await sessionCookie({ id: l.user.id, tokenVersion: l.user.tokenVersion + 7 }),
    csrf: await csrfPair(),
    slugs: bank.questions.map((q) => q.slug).slice(0, 40),
    topics: bank.topics.map((tp) => tp.id),
    quizId: "",
    interviewId: "",
    finishedInterviewId: "",
    turnId: "",
    shareToken: "",
    sessionId: "",
    sessionCode: "",
    lobbyId: "",
    lobbyCode: "",
    playerId: "",
    playerCookie: "",
    lobbyPlayerCookie: "",
    labels: new Map(),
  };
}, 60_000);

/** Fresh ids for every handler: another handler's fuzzing may have deleted or ended them. */
beforeEach(async () => {
  const items = ["accept-returns", "accept-does-handshake", "dns-default-port"].filter((s) => bank.questions.some((q) => q.slug === s));
  const topics = [fx.topics.includes("socket-api") ? "socket-api" : fx.topics[0]!];
  const missing = "missingfixture0000";
  const quiz = await step("quiz", () => createQuiz(db, teacher, { title: "Fuzz quiz", items: (items.length ? items : fx.slugs.slice(0, 3)).map((question) => ({ question, timeLimitSec: 60, points: 1000 })) }, "en"), { id: missing });
  const interview = await step("interview", () => createInterview(db, learner, { topics, length: 5, locale: "en" }), { id: missing });
  const turnId = await step("interview turn", async () => (await getInterview(db, learner, interview.id)).current?.id ?? "noturn0000", "noturn0000");
  const finished = await step("finished interview", async () => {
    const { id } = await createInterview(db, learner, { topics, length: 5, locale: "en" });
    await finishInterview(db, learner, id);
    return { id };
  }, { id: missing });
  const { token } = await step("share token", () => shareInterview(db, learner, finished.id), { token: "missingsharetoken0000000000000000000" });
  const started = await step("started live session", () => createSession(db, teacher, quiz.id, "en"), { id: missing, code: "000000" });
  const player = await step("player", () => join(db, started.code, "Fuzzer", null, "en"), { playerId: missing, token: "x", sessionId: started.id });
  await step("start", () => control(db, teacher, started.id, { command: "start" }, "en"), undefined);
  const lobby = await step("lobby live session", () => createSession(db, teacher, quiz.id, "en"), { id: missing, code: "000000" });
  const lobbyPlayer = await step("lobby player", () => join(db, lobby.code, "Lobby fuzzer", null, "en"), { playerId: missing, token: "x", sessionId: lobby.id });
  Object.assign(fx, {
    quizId: quiz.id,
    interviewId: interview.id,
    finishedInterviewId: finished.id,
    turnId,
    shareToken: token,
    sessionId: started.id,
    sessionCode: started.code,
    lobbyId: lobby.id,
    lobbyCode: lobby.code,
    playerId: player.playerId,
    playerCookie: `${playerCookieName(started.id)}=${player.playerId}.${player.token}`,
    lobbyPlayerCookie: `${playerCookieName(lobby.id)}=${lobbyPlayer.playerId}.${lobbyPlayer.token}`,
  });
  fx.labels = new Map<string, string>([
    [fx.learnerCookie, "<learner session cookie>"],
    [fx.teacherCookie, "<teacher/host session cookie>"],
    [fx.foreignCookie, "<session cookie signed with another secret>"],
    [fx.ghostCookie, "<session cookie of a deleted user>"],
    [fx.staleCookie, "<session cookie with a stale token version>"],
    [fx.playerCookie, "<player cookie>"],
    [fx.lobbyPlayerCookie, "<lobby player cookie>"],
    ...(fx.csrf ? ([[fx.csrf.cookie, "<csrf cookie>"], [fx.csrf.token, "<csrf token>"]] as [string, string][]) : []),
    [fx.quizId, "<quiz id>"],
    [fx.interviewId, "<interview id>"],
    [fx.finishedInterviewId, "<finished interview id>"],
    [fx.turnId, "<turn id>"],
    [fx.shareToken, "<share token>"],
    [fx.sessionId, "<live session id>"],
    [fx.lobbyId, "<lobby session id>"],
    [fx.sessionCode, "<live session code>"],
    [fx.lobbyCode, "<lobby session code>"],
    [fx.playerId, "<player id>"],
    [fx.learnerId, "<learner id>"],
    [fx.teacherId, "<teacher id>"],
  ]);
});

/**
 * One fixture; if the app cannot make it right now (the tree is being edited), the fuzz runs
 * on with a placeholder instead of failing every test, and says so once.
 */
const fixtureWarnings = new Set<string>();
async function step<T>(what: string, make: () => Promise<T>, placeholder: T): Promise<T> {
  try {
    return await make();
  } catch (err) {
    if (!fixtureWarnings.has(what)) console.warn(`fuzz: could not create the ${what} fixture (${err instanceof Error ? err.message.trim().split("\n")[0] : String(err)}); using a placeholder`);
    fixtureWarnings.add(what);
    return placeholder;
  }
}

/** A next-auth CSRF token and its cookie, through the auth route itself (none if it fails). */
async function csrfPair(): Promise<{ token: string; cookie: string } | undefined> {
  const auth = routes.find((r) => r.template === "/api/auth/[...nextauth]")?.handlers.find(([m]) => m === "GET")?.[1];
  if (!auth) return undefined;
  try {
    const req = new NextRequest(`${BASE}/api/auth/csrf`, { headers: { host: "localhost:3000" } });
    const res = await inRequestScope(req, "/api/auth/[...nextauth]", async () => auth(req, { params: Promise.resolve({ nextauth: ["csrf"] }) }));
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .join("; ");
    return { token: csrfToken, cookie };
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------------ arbitraries: strings and values

const HOSTILE_CHARS = ["\ud800", "\udfff", "\udbff", "\u0000", "\u202e", "\u200f", "\u200b", "\ufeff", "\uffff", "\u0301", "😀", "👩‍👩‍👧‍👦", "한국어", "ㄱ", "\r\n", "\\", '"', "'", "<script>", "%00", "../", "${x}"];
const hostileChar = fc.oneof(
  fc.constantFrom(...HOSTILE_CHARS),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 2 }),
);
const unicodeStr = fc.array(fc.oneof(hostileChar, fc.string({ maxLength: 3 })), { maxLength: 16 }).map((a) => a.join(""));
/** Up to ~200 KB, built by repetition (cheap to generate and to shrink). */
const hugeStr = fc
  .tuple(fc.oneof(fc.constantFrom("a", "한", "😀", "\u0000", "\ud800", "%", "{", '"', "a\\", "<b>"), unicodeStr.filter((s) => s.length > 0)), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
const oddStr = fc.constantFrom(
  "",
  " ",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "../../etc/passwd",
  "%",
  "%zz",
  "%E0%A4%A",
  "a".repeat(41),
  "A".repeat(20),
  "' OR 1=1 --",
);
const garbageStr = fc.oneof({ arbitrary: fc.string({ maxLength: 30 }), weight: 3 }, { arbitrary: unicodeStr, weight: 3 }, { arbitrary: oddStr, weight: 3 }, { arbitrary: hugeStr, weight: 1 });
const deepValue = fc.integer({ min: 2, max: 800 }).map((n) => {
  let v: unknown = "bottom";
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
});
const wrongType = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0, 1e308, -1, 2 ** 53 + 1, 0.5, 4294967296, -2147483649),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);
const badValue = fc.oneof({ arbitrary: wrongType, weight: 4 }, { arbitrary: garbageStr, weight: 4 }, { arbitrary: deepValue, weight: 1 });

/** Plausible values for every body field any route reads (fixtures are read at build time). */
function validValue(key: string): fc.Arbitrary<unknown> {
  const slug = fc.oneof({ arbitrary: fc.constantFrom(...fx.slugs), weight: 5 }, { arbitrary: fc.constantFrom("no-such-question", "Accept-Returns"), weight: 1 });
  const answer = fc.oneof(
    fc.constantFrom("a", "b", "true", "false", "53", "80", ""),
    fc.string({ maxLength: 40 }),
    unicodeStr,
    fc.array(fc.constantFrom("socket", "connect", "send", "recv", "close", "bind", "listen", "accept"), { maxLength: 6 }),
    fc.array(fc.string({ maxLength: 60 }), { maxLength: 20 }),
  );
  const password = fc.oneof(fc.string({ maxLength: 24 }), fc.constantFrom("hunter2", "an actually long passphrase 42!", "비밀번호는 열 글자 이상입니다"));
  const v: Record<string, () => fc.Arbitrary<unknown>> = {
    question: () => slug,
    answer: () => answer,
    locale: () => fc.constantFrom("ko", "en"),
    timeTakenMs: () => fc.integer({ min: 0, max: 7_200_000 }),
    mode: () => fc.constantFrom("practice", "review"),
    title: () => fc.oneof(fc.string({ minLength: 1, maxLength: 100 }), unicodeStr),
    items: () => fc.array(fc.record({ question: slug, timeLimitSec: fc.integer({ min: 5, max: 600 }), points: fc.integer({ min: 0, max: 2000 }) }), { minLength: 1, maxLength: 4 }),
    quiz: () => fc.constantFrom(fx.quizId, fx.interviewId, "abcdefghij"),
    code: () => fc.oneof(fc.constantFrom(fx.lobbyCode, fx.sessionCode, ` ${fx.lobbyCode} `), fc.stringMatching(/^\d{6,8}$/)),
    nickname: () => fc.oneof(fc.string({ maxLength: 30 }), unicodeStr, fc.constantFrom("", "   ", "Fuzzer", "\u202eevil")),
    answerId: () => fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    index: () => fc.integer({ min: 0, max: 4 }),
    command: () => fc.constantFrom("start", "reveal", "leaderboard", "next", "end", "lock", "kick"),
    locked: () => fc.boolean(),
    player: () => fc.constantFrom(fx.playerId, fx.learnerId, "abcdefghij"),
    turn: () => fc.constantFrom(fx.turnId, "abcdefghij"),
    topics: () => fc.array(fc.constantFrom(...fx.topics, "no-such-topic"), { minLength: 1, maxLength: 3 }),
    length: () => fc.constantFrom(5, 10, 15),
    timerSec: () => fc.constantFrom(null, 60, 90, 120, 180, 300),
    email: () => fc.oneof(fc.constantFrom(fx.learnerEmail, fx.learnerEmail.toUpperCase(), ` ${fx.learnerEmail} `), fc.emailAddress()),
    password: () => password,
    name: () => fc.oneof(fc.string({ maxLength: 60 }), unicodeStr),
    timeZone: () => fc.constantFrom("Asia/Seoul", "UTC", "Europe/Berlin", "Mars/Olympus", "", "Etc/GMT+14"),
    dailyNewCards: () => fc.integer({ min: 0, max: 200 }),
    currentPassword: () => password,
    newPassword: () => password,
    confirm: () => password,
    scenario: () => fc.constantFrom(...SANDBOX_SCENARIOS),
    params: () => fc.dictionary(fc.constantFrom("clients", "messages", "backlog", "port", "host", "bytes"), fc.oneof(fc.integer({ min: -2, max: 100 }), badValue), { maxKeys: 3 }),
    attempts: () =>
      fc.array(
        fc.record({
          question: slug,
          answer,
          at: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4_102_444_800_000) }).map((d) => d.toISOString()),
          timeTakenMs: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10_000_000 })),
        }),
        { maxLength: 5 },
      ),
    rating: () => fc.constantFrom(1, 2, 3, 4),
    reps: () => fc.integer({ min: 0, max: 10 }),
    suggested: () => fc.constantFrom(1, 2, 3, 4),
    csrfToken: () => fc.constantFrom(fx.csrf?.token ?? "no-csrf", "forged"),
    json: () => fc.constant("true"),
    callbackUrl: () => fc.constantFrom("/", `${BASE}/dashboard`, "https://evil.example/", "javascript:alert(1)", "//evil.example"),
    redirect: () => fc.constantFrom("false", "true"),
  };
  return v[key]?.() ?? garbageStr;
}

const ALL_BODY_KEYS = ["question", "answer", "locale", "title", "items", "quiz", "code", "nickname", "answerId", "index", "command", "turn", "topics", "email", "password", "scenario", "params", "attempts", "rating"];
/** The fields each handler reads; others get a few of ALL_BODY_KEYS. */
const BODY_KEYS: Record<string, string[]> = {
  "POST /api/auth/[...nextauth]": ["email", "password", "csrfToken", "json", "callbackUrl", "redirect"],
  "POST /api/v1/account": ["email", "password", "name", "locale", "timeZone"],
  "PATCH /api/v1/account": ["name", "locale", "timeZone", "dailyNewCards"],
  "DELETE /api/v1/account": ["confirm"],
  "POST /api/v1/account/password": ["currentPassword", "newPassword"],
  "POST /api/v1/grade": ["question", "answer", "locale", "timeTakenMs", "mode"],
  "POST /api/v1/interviews": ["topics", "length", "timerSec", "locale"],
  "POST /api/v1/interviews/[id]/answers": ["turn", "answer"],
  "POST /api/v1/live/join": ["code", "nickname"],
  "POST /api/v1/live/sessions": ["quiz", "locale"],
  "POST /api/v1/live/sessions/[id]/answers": ["answerId", "index", "answer"],
  "POST /api/v1/live/sessions/[id]/control": ["command", "locked", "player"],
  "POST /api/v1/me/attempts/import": ["attempts"],
  "POST /api/v1/quizzes": ["title", "items"],
  "PUT /api/v1/quizzes/[id]": ["title", "items"],
  "POST /api/v1/review/rate": ["question", "rating", "reps", "suggested"],
  "POST /api/v1/sandbox/runs": ["scenario", "params", "locale"],
};
/** Query keys each handler reads (locale for the rest), with plausible values. */
const QUERY_KEYS: Record<string, string[]> = {
  "/api/auth/[...nextauth]": ["callbackUrl", "error", "csrf"],
  "/api/v1/questions": ["topic", "type", "difficulty", "q", "page", "pageSize", "locale"],
  "/api/v1/review/next": ["deck", "locale"],
  "/api/v1/me/attempts": ["before", "limit", "locale"],
  "/api/v1/me/export": ["format"],
  "/api/v1/live/sessions/[id]/results": ["format", "locale"],
  "/api/v1/live/sessions/[id]/state": ["role", "locale"],
  "/api/v1/live/sessions/[id]/events": ["role", "locale"],
  "/api/v1/sandbox/runs/stream": ["scenario", "clients", "messages", "backlog", "locale"],
};
function validQueryValue(key: string): fc.Arbitrary<string> {
  const v: Record<string, () => fc.Arbitrary<string>> = {
    locale: () => fc.constantFrom("ko", "en"),
    role: () => fc.constantFrom("host", "player"),
    format: () => fc.constantFrom("json", "csv"),
    page: () => fc.integer({ min: 1, max: 3 }).map(String),
    pageSize: () => fc.integer({ min: 1, max: 50 }).map(String),
    q: () => fc.oneof(fc.constantFrom("port", "포트", "SO_REUSEADDR", "%", "_"), fc.string({ maxLength: 10 })),
    topic: () => fc.constantFrom(...fx.topics),
    type: () => fc.constantFrom("short", "single-choice", "multi-choice", "true-false", "ordering", "interview"),
    difficulty: () => fc.constantFrom("1", "2", "3"),
    deck: () => fc.constantFrom("all", "weak", "topic:ports", `interview:${fx.interviewId}`),
    before: () => fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4_102_444_800_000) }).map((d) => d.toISOString()),
    limit: () => fc.integer({ min: 1, max: 100 }).map(String),
    scenario: () => fc.constantFrom(...SANDBOX_SCENARIOS),
    clients: () => fc.integer({ min: 0, max: 9 }).map(String),
    messages: () => fc.integer({ min: 0, max: 9 }).map(String),
    backlog: () => fc.integer({ min: 0, max: 9 }).map(String),
    callbackUrl: () => fc.constantFrom("/", "https://evil.example/"),
    error: () => fc.constantFrom("CredentialsSignin", "Configuration", "x"),
    csrf: () => fc.constant("true"),
  };
  return v[key]?.() ?? fc.string({ maxLength: 10 });
}

// ------------------------------------------------------------------ arbitraries: requests

interface Body {
  kind: string;
  data: string | Uint8Array;
  /** The content type that goes with this kind of body (sent most of the time). */
  type?: string;
}
interface Input {
  params: Params;
  query: string;
  headers: [string, string][];
  cookie: string;
  body?: Body;
}

function withKeys(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of [...Object.entries(base), ...Object.entries(extra)]) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

function bodyArb(keys: string[]): fc.Arbitrary<Body> {
  const valid = fc.record(Object.fromEntries(keys.map((k) => [k, validValue(k)])) as Record<string, fc.Arbitrary<unknown>>);
  const anyShape = fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof({ arbitrary: validValue(k), weight: 2 }, { arbitrary: badValue, weight: 2 })])) as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [] });
  const extraKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "then", "", "id", "userId", "role", "isAdmin"), fc.string({ maxLength: 10 }));
  const mutated = fc.tuple(valid, fc.constantFrom(...keys), fc.oneof(fc.constant(undefined), badValue)).map(([o, k, v]) => {
    const copy = { ...o };
    if (v === undefined) delete copy[k];
    else copy[k] = v;
    return copy;
  });
  const withExtra = fc.tuple(fc.oneof(valid, anyShape), fc.dictionary(extraKey, badValue, { minKeys: 1, maxKeys: 3 })).map(([o, e]) => withKeys(o, e));
  const object = fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: mutated, weight: 4 }, { arbitrary: anyShape, weight: 3 }, { arbitrary: withExtra, weight: 2 });
  const json = (kind: string, a: fc.Arbitrary<unknown>): fc.Arbitrary<Body> => a.map((v) => ({ kind, data: JSON.stringify(v) ?? "undefined", type: "application/json" }));
  const raw = (kind: string, a: fc.Arbitrary<string>, type = "application/json"): fc.Arbitrary<Body> => a.map((data) => ({ kind, data, type }));
  const PROTO = ['"__proto__":{"role":"teacher","isAdmin":true,"polluted":1}', '"constructor":{"prototype":{"polluted":1}}', '"a":{"b":{"__proto__":{"polluted":1}}}'];
  return fc.oneof(
    { arbitrary: json("object", object), weight: 14 },
    { arbitrary: json("json-value", fc.jsonValue()), weight: 2 },
    {
      arbitrary: json(
        "anything",
        fc.anything({ maxDepth: 3 }).map((v) => {
          try {
            return JSON.parse(JSON.stringify(v) ?? "null") as unknown;
          } catch {
            return String(v);
          }
        }),
      ),
      weight: 1,
    },
    {
      arbitrary: raw(
        "invalid-json",
        fc.oneof(
          fc.constantFrom("{", "}", "[", "[1,", '{"a":}', "{'a':1}", "{a:1}", "NaN", "undefined", "Infinity", "01", "1e", '"unterminated', '{"a":1,}', "[1,2,]", "\ufeff{}", "{}{}", "nul", '"\\u12"', "\u0000", " "),
          fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
          fc.tuple(object, fc.string({ minLength: 1, maxLength: 4 })).map(([v, junk]) => JSON.stringify(v) + junk),
          fc.string({ maxLength: 40 }),
          unicodeStr,
        ),
      ),
      weight: 3,
    },
    { arbitrary: fc.tuple(object, fc.constantFrom(...PROTO)).map(([v, p]) => ({ kind: "proto", data: JSON.stringify(v).replace(/^\{/, `{${p}${Object.keys(v).length ? "," : ""}`), type: "application/json" })), weight: 2 },
    {
      arbitrary: fc.tuple(fc.constantFrom("[", '{"a":', '{"__proto__":'), fc.integer({ min: 1, max: 100_000 })).map(([open, n]) => ({ kind: "deep", data: open.repeat(n) + "1" + (open === "[" ? "]" : "}").repeat(n), type: "application/json" })),
      weight: 1,
    },
    {
      arbitrary: fc.oneof(
        hugeStr.map((s) => JSON.stringify(s)),
        hugeStr,
        fc.tuple(valid, fc.constantFrom(...keys), hugeStr).map(([o, k, s]) => JSON.stringify({ ...o, [k]: s })),
      ).map((data) => ({ kind: "huge", data, type: "application/json" })),
      weight: 2,
    },
    { arbitrary: fc.constantFrom<Body>({ kind: "empty", data: "", type: "application/json" }), weight: 1 },
    {
      arbitrary: fc
        .oneof(
          fc.uint8Array({ maxLength: 128 }),
          fc.constantFrom([0xff, 0xfe], [0xc3], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf, 0x7b, 0x7d], [0xf4, 0x90, 0x80, 0x80]).map((b) => new Uint8Array([...Buffer.from('{"answer":"'), ...b, ...Buffer.from('"}')])),
        )
        .map((data) => ({ kind: "bytes", data, type: "application/json" })),
      weight: 1,
    },
    { arbitrary: object.map((o) => ({ kind: "form", data: new URLSearchParams(Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v) ?? ""])).toString(), type: "application/x-www-form-urlencoded" })), weight: 2 },
    {
      arbitrary: fc.tuple(object, fc.boolean()).map(([o, truncate]) => {
        const parts = Object.entries(o).map(([k, v]) => `------fuzz\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${typeof v === "string" ? v : JSON.stringify(v)}\r\n`);
        const text = `${parts.join("")}------fuzz--\r\n`;
        return { kind: "multipart", data: truncate ? text.slice(0, text.length >> 1) : text, type: "multipart/form-data; boundary=----fuzz" };
      }),
      weight: 1,
    },
  );
}

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/vnd.api+json",
  "application/jsonp",
  "text/plain",
  "text/plain;charset=UTF-8",
  "multipart/form-data; boundary=----fuzz",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
  "application/octet-stream",
  "text/html",
  "json",
  "",
];

function queryArb(template: string): fc.Arbitrary<string> {
  const keys = QUERY_KEYS[template] ?? ["locale"];
  const pct = fc.constantFrom("%", "%%", "%zz", "%E0%A4%A", "%00", "%FF%FE", "%ED%A0%80", "%C0%AF", "%2e%2e%2f", "%u0041", "a=%", "=", "&&", "==x", "a=b=c");
  const enc = (s: string) => encodeSegment(s);
  const pair = fc.oneof(
    { arbitrary: fc.constantFrom(...keys).chain((k) => validQueryValue(k).map((v) => `${k}=${enc(v)}`)), weight: 6 },
    { arbitrary: fc.tuple(fc.constantFrom(...keys), garbageStr).map(([k, v]) => `${k}=${enc(v)}`), weight: 3 },
    { arbitrary: fc.tuple(fc.constantFrom(...keys), fc.oneof(unicodeStr, fc.string({ maxLength: 10 }))).map(([k, v]) => `${k}=${v.replace(/[&#]/g, "")}`), weight: 1 },
    { arbitrary: fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "toString", "evil", "locale[]", "a[b]")), fc.string({ maxLength: 8 })).map(([k, v]) => `${enc(k)}=${enc(v)}`), weight: 2 },
    { arbitrary: pct, weight: 2 },
    { arbitrary: fc.constantFrom(...keys).map((k) => k), weight: 1 },
  );
  const validOnly = fc.uniqueArray(fc.constantFrom(...keys), { maxLength: keys.length }).chain((ks) => fc.tuple(...ks.map((k) => validQueryValue(k).map((v) => `${k}=${enc(v)}`))).map((a) => a.join("&")));
  // Strict query schemas refuse anything unknown, so most requests carry no or a valid query
  // (to reach the body and the handler); the rest are hostile.
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant(""), weight: 10 },
    { arbitrary: validOnly, weight: 5 },
    { arbitrary: fc.array(pair, { minLength: 1, maxLength: 6 }).map((a) => a.join("&")), weight: 5 },
    { arbitrary: fc.tuple(fc.constantFrom(...keys), validQueryValue(keys[0]!), fc.integer({ min: 2, max: 4 })).map(([k, v, n]) => Array.from({ length: n }, () => `${k}=${enc(v)}`).join("&")), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...keys), hugeStr).map(([k, v]) => `${k}=${enc(v)}`), weight: 1 },
  );
}

/** `a` with probability `percent`, else undefined (which is what shrinking tends to). */
function maybe<T>(a: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant(undefined), weight: 100 - percent }, { arbitrary: a, weight: percent });
}

/** Header values a Headers object accepts (bytes 0x00-0xFF without NUL, CR, LF). */
const headerSafe = (s: string) => s.replace(/[^\u0001-\u0009\u000b\u000c\u000e-\u00ff]/g, "?");

function headersArb(withBody: boolean): fc.Arbitrary<[string, string][]> {
  const header = (name: string, a: fc.Arbitrary<string>, percent = 40): fc.Arbitrary<[string, string][]> => maybe(a, percent).map((v) => (v === undefined ? [] : [[name, headerSafe(v)]]));
  const parts = [
    header("host", fc.oneof({ arbitrary: fc.constant("localhost:3000"), weight: 8 }, { arbitrary: fc.constantFrom("evil.example", "", "localhost", "[::1]:3000"), weight: 1 }), 90),
    // Mostly absent or same-origin, so that mutations get past the CSRF check often enough.
    header("origin", fc.oneof({ arbitrary: fc.constant(BASE), weight: 3 }, { arbitrary: fc.constantFrom("https://evil.example", "null", "http://localhost:3001", "file://", "http://[::1]"), weight: 1 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }), 30),
    header("sec-fetch-site", fc.oneof({ arbitrary: fc.constant("same-origin"), weight: 3 }, { arbitrary: fc.constantFrom("same-site", "cross-site", "none", "CROSS-SITE"), weight: 1 }, { arbitrary: fc.string({ maxLength: 8 }), weight: 1 }), 30),
    header("accept-language", fc.oneof(fc.constantFrom("ko", "ko-KR,ko;q=0.9,en;q=0.8", "en-US", "fr", "*", "en;q=abc", ";;;,,", "zh-Hant-TW", "ko;q=0,en;q=0"), unicodeStr, hugeStr.map((s) => s.slice(0, 20_000)))),
    header("x-forwarded-for", fc.constantFrom("10.0.0.1", "198.51.100.7, 10.1.1.1", "garbage", "::1", "")),
    header("x-psl-client", fc.constantFrom("forged 1.2.3.4 https", "garbage", "")),
    header("last-event-id", fc.oneof(fc.constantFrom("0", "1", "-1", "1e9", "NaN"), fc.string({ maxLength: 6 })), 15),
    header("accept", fc.constantFrom("text/event-stream", "application/json", "*/*", "text/html"), 15),
  ];
  if (withBody) parts.push(header("content-type", fc.constantFrom(...CONTENT_TYPES), 35));
  return fc.tuple(...parts).map((lists) => lists.flat());
}

function cookieArb(): fc.Arbitrary<string> {
  const name = fx.learnerCookie.split("=")[0]!;
  return fc
    .tuple(
      maybe(
        fc.oneof(
          { arbitrary: fc.constantFrom(fx.learnerCookie, fx.teacherCookie), weight: 6 },
          { arbitrary: fc.constantFrom(fx.foreignCookie, fx.ghostCookie, fx.staleCookie), weight: 2 },
          { arbitrary: garbageStr.map((g) => `${name}=${g}`), weight: 2 },
          { arbitrary: fc.constant(`${name}=${"x".repeat(9000)}`), weight: 1 },
        ),
        75,
      ),
      maybe(
        fc.oneof(
          { arbitrary: fc.constantFrom(fx.playerCookie, fx.lobbyPlayerCookie), weight: 5 },
          { arbitrary: garbageStr.map((g) => `${playerCookieName(fx.sessionId)}=${g}`), weight: 2 },
          { arbitrary: fc.constantFrom(`${playerCookieName(fx.sessionId)}=${fx.playerId}.wrongtoken`, `${playerCookieName(fx.sessionId)}=${fx.playerId}`, `${playerCookieName(fx.sessionId)}=%E0%A4%A`, `${playerCookieName(fx.lobbyId)}=${fx.playerCookie.split("=")[1]}`), weight: 2 },
        ),
        50,
      ),
      maybe(fc.oneof(fc.constantFrom("locale=ko", "locale=en", "locale=fr", "locale=", "locale=%"), garbageStr.map((g) => `locale=${g}`)), 40),
      maybe(fc.constant(fx.csrf?.cookie ?? "next-auth.csrf-token=none"), 25),
      maybe(fc.oneof(fc.constantFrom("a", "=", ";;", "%", "x=%E0%A4%A", "__proto__=1", "a=1; a=2"), fc.string({ maxLength: 12 })), 20),
    )
    .map((parts) => headerSafe(parts.filter((p) => p !== undefined).join("; ")));
}

function paramArb(route: Route, seg: Segment): fc.Arbitrary<string | string[]> {
  if (seg.catchAll) {
    const known = [["csrf"], ["session"], ["providers"], ["signin"], ["signin", "credentials"], ["signout"], ["callback", "credentials"], ["callback", "github"], ["error"], ["_log"], ["verify-request"]];
    return fc.oneof(
      { arbitrary: fc.constantFrom(...known), weight: 6 },
      { arbitrary: fc.constant<string[]>(["callback", "credentials"]), weight: 4 },
      { arbitrary: fc.array(fc.oneof(garbageStr, fc.constantFrom("callback", "signin", "credentials", "..")), { maxLength: 4 }), weight: 3 },
    );
  }
  const t = route.template;
  const byName: Record<string, string[]> = {
    slug: [...fx.slugs.slice(0, 10)],
    token: [fx.shareToken],
    id: t.includes("/interviews/") ? [fx.interviewId, fx.finishedInterviewId] : t.includes("/quizzes/") ? [fx.quizId] : t.includes("/live/") ? [fx.sessionId, fx.lobbyId] : [fx.quizId, fx.interviewId, fx.sessionId],
  };
  const relevant = byName[seg.name] ?? [fx.quizId, fx.interviewId, fx.sessionId, fx.shareToken, fx.slugs[0]!];
  const others = [fx.quizId, fx.interviewId, fx.sessionId, fx.learnerId, fx.playerId, fx.shareToken, fx.slugs[0]!];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...relevant), weight: 6 },
    { arbitrary: fc.constantFrom(...others), weight: 1 },
    { arbitrary: fc.stringMatching(/^[a-z0-9]{10,40}$/), weight: 1 },
    { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{32,64}$/), weight: 1 },
    { arbitrary: garbageStr, weight: 3 },
  );
}

function inputArb(route: Route, method: string): fc.Arbitrary<Input> {
  const withBody = method !== "GET" && method !== "HEAD";
  const params = fc.record(Object.fromEntries(route.segments.map((s) => [s.name, paramArb(route, s)])) as Record<string, fc.Arbitrary<string | string[]>>);
  const keys = BODY_KEYS[`${method} ${route.template}`];
  const body = withBody ? maybe(bodyArb(keys ?? ALL_BODY_KEYS), 92) : fc.constant(undefined);
  return fc.record({ params, query: queryArb(route.template), headers: headersArb(withBody), cookie: cookieArb(), body }).map((input) => {
    // Most of the time a body goes with its own content type; else whatever headersArb chose (or none).
    if (input.body?.type && !input.headers.some(([k]) => k === "content-type")) input.headers.push(["content-type", input.body.type]);
    return input;
  });
}

// ------------------------------------------------------------------ sending and judging

let requests = 0;
let serverErrors = 0;
/** FUZZ_STATS=1 prints each handler's status histogram (to see how deep the inputs get). */
const stats = new Map<string, Map<string, number>>();
const fuzzedRoutes = new Set<string>();

interface Outcome {
  status: number;
  contentType: string;
  excerpt: string;
  /** Why this outcome breaks the contract, if it does. */
  problem?: string;
}

/**
 * What the server logged while answering (console.error: the route pipeline's "[api] … failed:"
 * and next-auth's logger), so that 500s with the same generic body but different causes are
 * told apart in the report. Logs are kept, not printed: thousands of them would drown the output.
 */
let logged: string[] = [];
const realConsoleError = console.error;
beforeAll(() => {
  console.error = (...args: unknown[]) => {
    const err = args.find((a): a is Error => a instanceof Error);
    // Prisma's messages start with "Invalid `…` invocation" and end with the actual reason.
    const lines = err?.message.split("\n").filter((l) => l.trim()) ?? [];
    logged.push(err ? `${err.name}: ${(/invocation/.test(lines[0] ?? "") ? lines.at(-1) : lines[0])?.trim() ?? ""}` : args.map(String).join(" ").slice(0, 200));
  };
});
afterAll(() => {
  console.error = realConsoleError;
});

const STACK = /(?:^|\n|\\n)\s*at [^\n]*?(?:file:\/\/|node:|\/[\w.-]+\/|[A-Za-z]:\\)[^\s)]*:\d+/;
const INTERNAL = /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|URIError|AggregateError|PrismaClient\w*|SqliteError|ZodError|Error)(?::|\s\[)|invocation:|prisma\.\w+\.\w+\(/;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no response within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

async function send(route: Route, method: string, handler: Handler, input: Input): Promise<Outcome> {
  requests++;
  logged = [];
  const abort = new AbortController();
  const headers = new Headers(input.headers);
  if (input.cookie) headers.set("cookie", input.cookie);
  const url = `${BASE}${urlPath(route, input.params)}${input.query ? `?${input.query}` : ""}`;
  const req = new NextRequest(url, { method, headers, body: input.body ? (typeof input.body.data === "string" ? input.body.data : Buffer.from(input.body.data)) : undefined, signal: abort.signal });
  let res: Response;
  try {
    res = await withTimeout(
      inRequestScope(req, route.template, async () => handler(req, { params: Promise.resolve(input.params) })),
      REQUEST_TIMEOUT_MS,
    );
  } catch (err) {
    abort.abort();
    serverErrors++;
    const e = err instanceof Error ? err : new Error(String(err));
    return { status: 500, contentType: "", excerpt: (e.stack ?? e.message).slice(0, 400), problem: `handler threw ${e.name}: ${normalise(e.message)}` };
  }
  const contentType = res.headers.get("content-type") ?? "";
  if (/text\/event-stream/i.test(contentType)) {
    await res.body?.cancel().catch(() => undefined);
    abort.abort();
    if (res.status >= 400) return { status: res.status, contentType, excerpt: "", problem: `${res.status} as an event stream` };
    return { status: res.status, contentType, excerpt: "" };
  }
  let text: string;
  try {
    text = await withTimeout(res.text(), REQUEST_TIMEOUT_MS);
  } catch (err) {
    abort.abort();
    return { status: res.status, contentType, excerpt: String(err).slice(0, 300), problem: `${res.status} body stream failed` };
  }
  abort.abort();
  const out: Outcome = { status: res.status, contentType, excerpt: text.slice(0, 300) };
  if (res.status >= 500) {
    serverErrors++;
    let code = "";
    try {
      code = String((JSON.parse(text) as { error?: { code?: unknown } }).error?.code ?? "");
    } catch {
      code = "non-JSON";
    }
    const cause = logged.at(-1);
    return { ...out, problem: `${res.status} ${code}${cause ? ` (logged ${normalise(cause)})` : ""}` };
  }
  if (res.status < 400) return out;
  if (!/^application\/json\b/i.test(contentType)) return { ...out, problem: `${res.status} error with content-type "${contentType}"` };
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { ...out, problem: `${res.status} error body is not JSON` };
  }
  const err = body?.error;
  if (typeof err?.code !== "string" || !err.code || typeof err.message !== "string" || !err.message) return { ...out, problem: `${res.status} error body without error.code/error.message strings` };
  if (STACK.test(text)) return { ...out, problem: `${res.status} ${err.code}: stack trace in body` };
  if (INTERNAL.test(err.message)) return { ...out, problem: `${res.status} ${err.code}: internal error text in message` };
  return out;
}

/** Failure kinds are grouped by message shape, not by the random input inside them. */
function normalise(message: string): string {
  return message
    .split("\n")[0]!
    .replace(/(["'`]).*?\1/g, "$1…$1")
    .replace(/\d+/g, "#")
    .slice(0, 120);
}

function preview(v: unknown): unknown {
  if (typeof v === "string") {
    let s = v;
    for (const [secret, label] of fx.labels) if (secret && s.includes(secret)) s = s.split(secret).join(label);
    return s.length > 160 ? `${s.slice(0, 80)}…[${s.length} chars]…${s.slice(-20)}` : s;
  }
  if (v instanceof Uint8Array) return `<${v.length} bytes: ${Buffer.from(v.subarray(0, 40)).toString("hex")}${v.length > 40 ? "…" : ""}>`;
  if (Array.isArray(v)) return v.map(preview);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, preview(x)]));
  return v;
}

interface Failure {
  route: string;
  method: string;
  kind: string;
  status: number;
  excerpt: string;
  counterexample: unknown;
  shrinks: number;
}

function describeFailure(f: Failure): string {
  return [
    `• ${f.method} ${f.route} — ${f.kind}`,
    `  status ${f.status}; body: ${JSON.stringify(preview(f.excerpt))}`,
    `  minimal counterexample (${f.shrinks} shrinks): ${JSON.stringify(preview(f.counterexample))}`,
  ].join("\n");
}

// ------------------------------------------------------------------ the tests

afterAll(() => {
  for (const [name, h] of stats) console.log(`${name}: ${[...h].sort().map(([k, n]) => `${k}×${n}`).join(" ")}`);
  console.log(`fuzz: ${requests} requests, ${fuzzedRoutes.size} routes, ${serverErrors} 5xx`);
  expect(requests).toBeGreaterThanOrEqual(MIN_REQUESTS);
});

describe(`fuzzing every route under app/api (seed ${SEED}; override with FUZZ_SEED)`, () => {
  it("finds the route files", () => {
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.map((r) => r.template)).toContain("/api/auth/[...nextauth]");
  });

  for (const route of routes) {
    describe(route.template, () => {
      it("exports at least one HTTP handler", () => {
        expect(route.importError, `${route.file} failed to load`).toBeUndefined();
        expect(route.handlers.length, `${route.file} exports no GET/POST/PUT/PATCH/DELETE handler`).toBeGreaterThan(0);
        // Methods a route does not export are answered by Next itself (405), so they are not fuzzed.
        expect(route.notFunctions, `${route.file} exports HTTP-method names that are not functions`).toEqual([]);
      });

      for (const [method, handler] of route.handlers) {
        const runs = RUNS[`${method} ${route.template}`] ?? DEFAULT_RUNS;
        it(`${method}: ${runs} malformed requests, never a 5xx or a non-JSON error`, async () => {
          fuzzedRoutes.add(route.template);
          const arb = inputArb(route, method);
          const known = new Set<string>();
          const failures: Failure[] = [];
          for (let round = 0; round < MAX_DISTINCT; round++) {
            let target: string | undefined;
            let last: Outcome | undefined;
            const details = await fc.check(
              fc.asyncProperty(arb, async (input) => {
                const outcome = await send(route, method, handler, input);
                if (process.env.FUZZ_STATS) {
                  const h = stats.get(`${method} ${route.template}`) ?? new Map<string, number>();
                  const key = `${outcome.status}${outcome.problem ? "!" : ""}`;
                  stats.set(`${method} ${route.template}`, h.set(key, (h.get(key) ?? 0) + 1));
                }
                if (!outcome.problem || known.has(outcome.problem)) return true;
                target ??= outcome.problem; // shrink towards this kind of failure only
                if (outcome.problem !== target) return true;
                last = outcome;
                return false;
              }),
              { numRuns: runs },
            );
            if (!details.failed || !target || !last) break;
            known.add(target);
            failures.push({ route: route.template, method, kind: target, status: last.status, excerpt: last.excerpt, counterexample: details.counterexample?.[0], shrinks: details.numShrinks });
          }
          if (failures.length) throw new Error(`${failures.length} distinct failure(s) (seed ${SEED}):\n${failures.map(describeFailure).join("\n")}`);
        }, 120_000);
      }
    });
  }
});

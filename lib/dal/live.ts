import "server-only";
/**
 * Live class quizzes, server-authoritative. The database is the truth; each running session
 * has a runtime in this process (state, players, answers) that caches it: every state change
 * is a compare-and-set on the session row, and every answer is written before it is
 * acknowledged, so a restart, a host reload or a second instance loses nothing. The server owns
 * the clock (a timer closes each question) and the scoring; students only ever receive a
 * question without its answer until the reveal. Changes are announced on the realtime bus;
 * each SSE stream renders its own view.
 *
 * Several instances (PostgreSQL, lib/live/cluster.ts): any instance accepts answers, joins and
 * host commands for any session and serves its streams; exactly one (the holder of the
 * session's advisory lock) runs its clock. Each change is announced to the other instances
 * with a NOTIFY naming the session, and they reload it from the database (syncRuntime).
 */
import { hashToken } from "@/lib/token-hash";
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import type { Answer } from "@/lib/grading";
import type { Locale } from "@/lib/i18n/locale";
import { answerText } from "@/lib/i18n/answers";
import { getMessages } from "@/lib/i18n/messages";
import { bus } from "@/lib/realtime/bus";
import { db as appDb } from "@/lib/db";
import { dbKind } from "@/lib/db-kind";
import { liveCluster, NOTIFY_CHANNEL, type NoticeKind } from "@/lib/live/cluster";
import { ANSWER_GRACE_MS, apply, canAnswerAt, initialState, windowOf, type AnswerWindow, type Command, type LiveState } from "@/lib/live/machine";
import { answersInFlight } from "@/lib/live/inflight";
import { cleanNickname, nicknameError, nicknameKey, nicknameProblem, nicknamesClash } from "@/lib/live/nickname";
import { answerPoints, rank } from "@/lib/live/scoring";
import type { CorrectAnswerDto, GradeResultDto, QuestionDetailDto } from "@/lib/validation/dto";
import type { ControlInput, LiveAnswerInput } from "@/lib/validation/live";
import { getCatalog } from "./catalog";
import { correctAnswerOf, gradeAnswer } from "./grade";
import { recordAttempt } from "./progress";
import { getQuestion } from "./questions";
import { requireTeacher } from "./quizzes";
import { toSessionUser, type SessionUser } from "./users";
import { authSecret } from "@/lib/auth/secret";
import { cookieFrom } from "@/lib/auth/request-session";

// ------------------------------------------------------------------ runtime

interface Item {
  questionId: string;
  slug: string;
  timeLimitSec: number;
  points: number;
}

interface PlayerAnswer {
  answerId: string;
  answer: Answer;
  score: number;
  correct: boolean;
  points: number;
}

interface Player {
  id: string;
  nickname: string;
  key: string;
  tokenHash: string;
  userId: string | null;
  kicked: boolean;
  score: number;
  answers: Map<number, PlayerAnswer>;
  /** Answers queued for the next batch write (question index → answerId and the write's outcome). */
  writing?: Map<number, { answerId: string; done: Promise<unknown> }>;
}

interface Runtime {
  id: string;
  code: string;
  hostId: string;
  title: string;
  locale: Locale;
  items: Item[];
  state: LiveState;
  /** The state exactly as stored: the compare-and-set of the next transition is against it. */
  stateJson: string;
  players: Map<string, Player>;
  timer?: ReturnType<typeof setTimeout>;
  /** The bank's questions (internal: results, answer text, grading). */
  questions: QuestionDetailDto[];
  /** What players and the host see: no slug, no links, choices shuffled per session under their own keys. */
  shown: LiveQuestionDto[];
  /** Per question: shown key → bank key. */
  keyMaps: Map<string, string>[];
  correct: (CorrectAnswerDto | { kind: "model"; value: string })[];
  /** Serialises database writes of this session's state (never two transitions at once). */
  queue: Promise<unknown>;
  /**
   * Answer windows of questions that have closed in this process: an answer that arrived in
   * time but was handled after the close still counts (lib/live/machine.ts, canAnswerAt).
   */
  windows: Map<number, AnswerWindow>;
  /** Answers waiting for the next batch write (see writeAnswer). */
  batch?: PendingWrite[];
  /** Signed-in players' answers, written to their progress when the question closes. */
  pendingAttempts?: { index: number; userId: string; slug: string; answer: Answer; graded: GradeResultDto; elapsedMs: number }[];
  /** Views are rebuilt once per state version, not once per player. */
  cache?: { version: number; shared: SharedView; leaderboard: LeaderRow[]; ranks: Map<string, number> };
  /** A reload from the database under way (several instances), and whether another is due after it. */
  syncing?: Promise<void>;
  /** What the next reload must read (several notices share one). */
  syncWanted?: SyncScope;
  /** A reload of new players or answers, soon (notices of joins and answers are coalesced). */
  syncSoon?: ReturnType<typeof setTimeout>;
  syncSoonScope?: SyncScope;
  /** The newest join and answer times read back from the database: later reloads read only rows near or after them. */
  lastJoinedAt?: number;
  lastAnswerAt?: number;
}

const parseState = (json: string): LiveState => stateSchema.parse(JSON.parse(json));

const itemsSchema = z.array(z.object({ questionId: z.string(), slug: z.string(), timeLimitSec: z.number(), points: z.number() }));
const stateSchema = z.object({
  phase: z.enum(["lobby", "question", "reveal", "leaderboard", "ended"]),
  index: z.number(),
  total: z.number(),
  startedAt: z.number().nullable(),
  endsAt: z.number().nullable(),
  locked: z.boolean(),
  version: z.number(),
});

const g = globalThis as unknown as { __liveRuntimes?: Map<string, Runtime>; __liveLoading?: Map<string, Promise<Runtime | null>> };
const runtimes = (g.__liveRuntimes ??= new Map());
const loading = (g.__liveLoading ??= new Map());

export const channelOf = (sessionId: string) => `live:${sessionId}`;
export const hostChannelOf = (sessionId: string) => `live:${sessionId}:host`;

export { hashToken };

function msg(locale: Locale, ko: string, en: string): string {
  return locale === "ko" ? ko : en;
}

async function buildRuntime(db: Db, row: { id: string; code: string; hostId: string; title: string; locale: string; items: string; state: string; players: { id: string; nickname: string; nicknameKey: string; tokenHash: string; userId: string | null; kicked: boolean; score: number }[]; answers: { playerId: string; itemIndex: number; answerId: string; answer: string; score: number; correct: boolean; points: number }[] }): Promise<Runtime> {
  const locale: Locale = row.locale === "en" ? "en" : "ko";
  const items = itemsSchema.parse(JSON.parse(row.items));
  const catalog = await getCatalog(db);
  const questions: QuestionDetailDto[] = [];
  const shown: LiveQuestionDto[] = [];
  const keyMaps: Map<string, string>[] = [];
  const correct: Runtime["correct"] = [];
  for (const [index, item] of items.entries()) {
    const q = catalog.bySlug.get(item.slug);
    if (!q) throw new AppError("not_found");
    const detail = await getQuestion(db, item.slug, locale);
    const disguised = disguise(row.id, index, detail);
    questions.push(detail);
    shown.push(disguised.question);
    keyMaps.push(disguised.keyMap);
    const right = q.exact ? correctAnswerOf(q, locale) : ({ kind: "model", value: q.modelAnswer[locale] } as const);
    correct.push(right.kind === "choices" || right.kind === "order" ? { ...right, options: right.options.map((o) => ({ key: disguised.shownKey.get(o.key) ?? o.key, text: o.text })) } : right);
  }
  const players = new Map<string, Player>();
  // Keys are recomputed on load: rows written before the confusables key still compare correctly.
  for (const p of row.players) players.set(p.id, { id: p.id, nickname: p.nickname, key: nicknameKey(p.nickname), tokenHash: p.tokenHash, userId: p.userId, kicked: p.kicked, score: p.score, answers: new Map() });
  for (const a of row.answers) players.get(a.playerId)?.answers.set(a.itemIndex, { answerId: a.answerId, answer: JSON.parse(a.answer) as Answer, score: a.score, correct: a.correct, points: a.points });
  return { id: row.id, code: row.code, hostId: row.hostId, title: row.title, locale, items, state: parseState(row.state), stateJson: row.state, players, questions, shown, keyMaps, correct, queue: Promise.resolve(), windows: new Map() };
}

/** A live question as players see it: nothing that names it in the public bank. */
export interface LiveQuestionDto {
  type: QuestionDetailDto["type"];
  locale: Locale;
  prompt: string;
  options: { key: string; text: string }[];
}

/**
 * The answer oracle, closed: the live view carries no slug, id, tag or link a student could
 * look up in the public bank, and choices come in a per-session order under fresh keys
 * (k1, k2…), so "the answer is b" on the question page says nothing here. The order is
 * keyed on the server secret, so knowing the session id does not reveal it.
 */
export function disguise(sessionId: string, index: number, q: QuestionDetailDto): { question: LiveQuestionDto; keyMap: Map<string, string>; shownKey: Map<string, string> } {
  const order = q.options.map((o) => ({ o }));
  for (let i = order.length - 1; i > 0; i--) {
    // Fisher–Yates on HMAC output: one 32-bit draw per step.
    const j = createHmac("sha256", authSecret()).update(`live-order:${sessionId}:${index}:${i}`).digest().readUInt32BE(0) % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const keyMap = new Map<string, string>();
  const shownKey = new Map<string, string>();
  const options = order.map(({ o }, i) => {
    const key = `k${i + 1}`;
    keyMap.set(key, o.key);
    shownKey.set(o.key, key);
    return { key, text: o.text };
  });
  return { question: { type: q.type, locale: q.locale, prompt: q.prompt, options }, keyMap, shownKey };
}

/** A player's answer in shown keys → bank keys. Only the session's keys are answers: the bank's own ("b") are refused. */
function toBankKeys(rt: Runtime, index: number, answer: Answer, locale: Locale): Answer {
  const map = rt.keyMaps[index];
  if (!map || map.size === 0) return answer;
  const one = (k: string) => {
    const bank = map.get(k);
    if (bank === undefined) {
      const m = msg(locale, "이 문제의 보기가 아닙니다.", "That is not one of this question's options.");
      throw new AppError("validation", m, { answer: [m] });
    }
    return bank;
  };
  return typeof answer === "string" ? one(answer) : answer.map(one);
}

/** The runtime of a session, loaded from the database on first use (after a restart too). */
export async function runtimeById(db: Db, id: string): Promise<Runtime | null> {
  const cached = runtimes.get(id);
  if (cached) return cached;
  let pending = loading.get(id);
  if (!pending) {
    pending = (async () => {
      // (Ordered: the runtime keeps players in join order, and PostgreSQL, unlike SQLite, returns rows in no particular order.)
      const row = await db.liveSession.findUnique({
        where: { id },
        include: { players: { orderBy: [{ joinedAt: "asc" }, { id: "asc" }] }, answers: { orderBy: [{ itemIndex: "asc" }, { createdAt: "asc" }, { id: "asc" }] } },
      });
      if (!row) return null;
      const rt = await buildRuntime(db, row);
      runtimes.set(id, rt);
      armTimer(db, rt);
      return rt;
    })().finally(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending;
}

async function runtimeByCode(db: Db, code: string): Promise<Runtime | null> {
  for (const rt of runtimes.values()) if (rt.code === code && rt.state.phase !== "ended") return rt;
  const row = await db.liveSession.findFirst({ where: { code, active: true }, select: { id: true } });
  return row ? runtimeById(db, row.id) : null;
}

// ------------------------------------------------------------------ state changes

function limitMs(rt: Runtime) {
  return (i: number) => (rt.items[i]?.timeLimitSec ?? 20) * 1000;
}

function announce(rt: Runtime): void {
  bus.publish(channelOf(rt.id), { version: rt.state.version, emittedAt: Date.now() });
}

/** How long the clock may wait past the grace period for answers still being handled. */
const MAX_CLOSE_WAIT_MS = 2_000;

function armTimer(db: Db, rt: Runtime): void {
  if (rt.timer) clearTimeout(rt.timer);
  rt.timer = undefined;
  if (rt.state.phase !== "question" || rt.state.endsAt === null) return;
  const cluster = liveCluster();
  if (cluster && !cluster.owns(rt.id)) {
    void claimClock(db, rt); // nobody may hold it yet (a new session, or its owner died)
    return;
  }
  const index = rt.state.index;
  // Closed once the grace period is over too: an answer sent in time and still in flight counts.
  const closeAt = rt.state.endsAt + ANSWER_GRACE_MS;
  const fire = () => {
    if (rt.state.phase !== "question" || rt.state.index !== index) return;
    // Answers that reached the server in time and are still being handled: let them land first
    // (they would count anyway, but the reveal should show them), for at most MAX_CLOSE_WAIT_MS.
    if (answersInFlight(rt.id) > 0 && Date.now() < closeAt + MAX_CLOSE_WAIT_MS) {
      rt.timer = setTimeout(fire, 10);
      rt.timer.unref?.();
      return;
    }
    void transition(db, rt, { type: "timeout" }, Date.now()).catch((err) => console.error("[live] timeout failed", err));
  };
  rt.timer = setTimeout(fire, Math.max(0, closeAt - Date.now()) + 5);
  rt.timer.unref?.();
}

/** Attempts at a compare-and-set before a command gives up (each lost race reloads the state first). */
const CAS_ATTEMPTS = 4;

/**
 * Applies a command and persists the new state with a compare-and-set on the stored state, so
 * two instances (or the clock and a host) can never both move the quiz on from the same state:
 * the loser reloads what the winner wrote and applies its command to that, or gives up. Then
 * the clock is re-armed and the change announced, here and to the other instances.
 */
async function transition(db: Db, rt: Runtime, cmd: Command, now: number, alongside?: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<LiveState> {
  const run = rt.queue.then(async () => {
    let reloaded = false;
    for (let attempt = 1; ; attempt++) {
      const t = apply(rt.state, cmd, now, limitMs(rt));
      if (!t.ok && !reloaded && liveCluster()) {
        // This instance may not have heard yet that the quiz moved on (another instance closed the question).
        reloaded = true;
        await loadChanges(db, rt);
        continue;
      }
      if (!t.ok) {
        if (cmd.type === "timeout") return rt.state; // the host (or another instance) got there first
        throw new AppError("conflict", msg(rt.locale, "지금 단계에서는 할 수 없는 동작입니다.", "That is not possible at this point of the quiz."), { command: [t.reason] });
      }
      const ended = t.state.phase === "ended";
      const json = JSON.stringify(t.state);
      const cas = (c: Prisma.TransactionClient | Db) => c.liveSession.updateMany({ where: { id: rt.id, state: rt.stateJson }, data: { state: json, ...(ended && { active: false, endedAt: new Date(now) }) } });
      // `alongside`: a write that stands or falls with this state change (a kick).
      const { count } = alongside
        ? await db.$transaction(async (tx) => {
            const r = await cas(tx);
            if (r.count === 1) await alongside(tx);
            return r;
          })
        : await cas(db);
      if (count === 1) {
        adoptState(db, rt, t.state, json);
        noticePeers(db, rt, "state");
        return rt.state;
      }
      if (attempt >= CAS_ATTEMPTS) throw new AppError("conflict", msg(rt.locale, "다른 변경과 겹쳤습니다. 다시 시도해 주세요.", "Another change got there first. Try again."));
      await loadChanges(db, rt); // someone else moved the quiz on: start from what they wrote
    }
  });
  rt.queue = run.catch(() => undefined);
  return run;
}

/** Takes a state that is now stored (written here, or read back after another instance wrote it). */
function adoptState(db: Db, rt: Runtime, next: LiveState, json: string): void {
  const before = rt.state;
  const closedIndex = before.phase === "question" && (next.phase !== "question" || next.index !== before.index) ? before.index : -1;
  if (closedIndex >= 0) {
    const w = windowOf(before, next);
    if (w) rt.windows.set(closedIndex, w);
  }
  rt.state = next;
  rt.stateJson = json;
  rt.cache = undefined;
  if (closedIndex >= 0) flushAttempts(db, rt, closedIndex);
  armTimer(db, rt);
  announce(rt);
  if (next.phase === "ended") {
    evictLater(rt.id);
    void liveCluster()?.release(rt.id);
  }
}

/**
 * The answer window of a question that has closed, as the stored state tells it: on an
 * instance that did not close it (several instances), or after a restart. `grace` when the
 * clock closed it: the window ran its full length.
 */
function storedWindow(rt: Runtime, index: number, s: LiveState = rt.state): AnswerWindow | undefined {
  if (s.phase === "question" || s.index !== index || s.startedAt === null || s.endsAt === null) return undefined;
  return { startedAt: s.startedAt, endsAt: s.endsAt, grace: s.endsAt - s.startedAt >= limitMs(rt)(index) };
}

// ------------------------------------------------------------------ several instances

/** Tells the other instances (if any) to reload this session. */
function noticePeers(db: Db, rt: Runtime, kind: NoticeKind): void {
  const cluster = liveCluster();
  if (!cluster) return;
  db.$executeRaw`SELECT pg_notify(${NOTIFY_CHANNEL}, ${cluster.notice(rt.id, rt.state.version, kind)})`.catch((err) => console.error("[live] NOTIFY failed (peers catch up within a second)", err));
}

/** What a reload reads: the state (and with it everything), or only new players, or only new answers. */
interface SyncScope {
  state: boolean;
  players: boolean;
  answers: boolean;
}
const FULL: SyncScope = { state: true, players: true, answers: true };
const union = (a: SyncScope | undefined, b: SyncScope): SyncScope => (a ? { state: a.state || b.state, players: a.players || b.players, answers: a.answers || b.answers } : b);

/** Reloads the session from the database; calls made while one runs are served by the next one. */
function syncRuntime(db: Db, rt: Runtime, scope: SyncScope = FULL): Promise<void> {
  rt.syncWanted = union(rt.syncWanted, scope);
  rt.syncing ??= (async () => {
    while (rt.syncWanted) {
      const want = rt.syncWanted;
      rt.syncWanted = undefined;
      await loadChanges(db, rt, want);
    }
  })().finally(() => (rt.syncing = undefined));
  return rt.syncing;
}

/**
 * Rows written this long before the newest one already read are read again: a row's time is
 * taken just before its insert commits, so a later reload may find one that is "older" than
 * the newest it saw. (Anything older still is read by the next full reload, on every transition.)
 */
const SYNC_SLACK_MS = 3_000;

/**
 * What other instances wrote: the state (taken only when newer) and with it every player and
 * the answers since this instance's question; or, for a join or answer notice, only the players
 * or answers written since the last reload. Scores only grow, and every figure this instance
 * has is a lower bound of the truth, so a player's score is the largest of: what it had, what
 * the database says (full reloads), and the sum of the answers it knows — nothing counts twice.
 */
async function loadChanges(db: Db, rt: Runtime, want: SyncScope = FULL): Promise<void> {
  const row = want.state ? await db.liveSession.findUnique({ where: { id: rt.id }, select: { state: true } }) : null;
  if (want.state && !row) return;
  const next = row ? parseState(row.state) : rt.state;
  const from = Math.max(0, Math.min(rt.state.index, next.index));
  const since = (t: number | undefined) => (!want.state && t !== undefined ? { gte: new Date(t - SYNC_SLACK_MS) } : undefined);
  const [players, answers] = await Promise.all([
    want.players
      ? db.livePlayer.findMany({ where: { sessionId: rt.id, joinedAt: since(rt.lastJoinedAt) }, orderBy: [{ joinedAt: "asc" }, { id: "asc" }], select: { id: true, nickname: true, tokenHash: true, userId: true, kicked: true, score: true, joinedAt: true } })
      : [],
    want.answers
      ? db.liveAnswer.findMany({ where: { sessionId: rt.id, itemIndex: want.state ? { gte: from } : next.index, createdAt: since(rt.lastAnswerAt) }, select: { playerId: true, itemIndex: true, answerId: true, answer: true, score: true, correct: true, points: true, createdAt: true } })
      : [],
  ]);
  let changed = false;
  for (const { joinedAt, ...p } of players) {
    rt.lastJoinedAt = Math.max(rt.lastJoinedAt ?? 0, joinedAt.getTime());
    const have = rt.players.get(p.id);
    if (!have) {
      rt.players.set(p.id, { ...p, key: nicknameKey(p.nickname), answers: new Map() });
      changed = true;
      continue;
    }
    if (p.kicked && !have.kicked) {
      have.kicked = true;
      changed = true;
    }
    if (p.score > have.score) {
      have.score = p.score;
      changed = true;
    }
  }
  for (const a of answers) {
    rt.lastAnswerAt = Math.max(rt.lastAnswerAt ?? 0, a.createdAt.getTime());
    const p = rt.players.get(a.playerId);
    if (!p || p.answers.has(a.itemIndex)) continue;
    p.answers.set(a.itemIndex, { answerId: a.answerId, answer: JSON.parse(a.answer) as Answer, score: a.score, correct: a.correct, points: a.points });
    let sum = 0;
    for (const x of p.answers.values()) sum += x.points;
    p.score = Math.max(p.score, sum);
    changed = true;
  }
  if (changed) rt.cache = undefined;
  if (row && next.version > rt.state.version) adoptState(db, rt, next, row.state);
  else if (changed) {
    bus.publish(hostChannelOf(rt.id), { type: "answers", emittedAt: Date.now() });
    if (rt.state.phase !== "question" && rt.state.phase !== "lobby") announce(rt); // the reveal's counts grew
  }
  const cluster = liveCluster();
  if (changed && rt.state.phase === "question" && (!cluster || cluster.owns(rt.id)) && everyoneAnswered(rt, rt.state.index)) void closeIfEveryoneAnswered(db, rt, rt.state.index);
}

/** Takes the session's clock when nobody holds it, then runs it from the stored state. */
async function claimClock(db: Db, rt: Runtime): Promise<void> {
  const cluster = liveCluster();
  if (!cluster || cluster.owns(rt.id) || rt.state.phase === "ended" || runtimes.get(rt.id) !== rt) return;
  if (!(await cluster.claim(rt.id))) return;
  await syncRuntime(db, rt).catch(() => undefined);
  armTimer(db, rt);
}

/** How often a burst of join or answer notices from other instances is turned into one reload. */
const SYNC_SOON_MS = 200;

const clusterHooks = {
  onNotice(n: { s: string; k: NoticeKind }) {
    const rt = runtimes.get(n.s);
    if (!rt) return; // not held here: loaded fresh from the database when first needed
    if (n.k === "state") return void syncRuntime(appDb, rt).catch((err) => console.error("[live] reload failed", err));
    rt.syncSoonScope = union(rt.syncSoonScope, { state: false, players: n.k === "players", answers: n.k === "answers" });
    rt.syncSoon ??= setTimeout(() => {
      const scope = rt.syncSoonScope!;
      rt.syncSoon = rt.syncSoonScope = undefined;
      void syncRuntime(appDb, rt, scope).catch((err) => console.error("[live] reload failed", err));
    }, SYNC_SOON_MS);
  },
  onResync() {
    for (const rt of runtimes.values()) void syncRuntime(appDb, rt).catch(() => undefined);
  },
  onLost() {
    // The advisory locks went with the connection: another instance may be running these clocks now.
    for (const rt of runtimes.values()) {
      if (rt.timer) clearTimeout(rt.timer);
      rt.timer = undefined;
    }
  },
  onTick() {
    const held = [...runtimes.values()].filter((rt) => rt.state.phase !== "ended");
    if (!held.length) return;
    for (const rt of held) if (rt.state.phase === "question" && !liveCluster()?.owns(rt.id)) void claimClock(appDb, rt);
    // A notice lost while the listener was away (or never sent: its sender died) is caught here.
    void appDb.liveSession
      .findMany({ where: { id: { in: held.map((rt) => rt.id) } }, select: { id: true, state: true } })
      .then((rows) => {
        for (const r of rows) {
          const rt = runtimes.get(r.id);
          if (rt && r.state !== rt.stateJson) void syncRuntime(appDb, rt);
        }
      })
      .catch(() => undefined);
  },
};
{
  const cluster = liveCluster();
  if (cluster) cluster.hooks = clusterHooks;
}

/** An ended session leaves memory after a while (streams get their last view first); results read it back from the database. */
const EVICT_AFTER_MS = 10 * 60_000;
function evictLater(id: string): void {
  setTimeout(() => {
    const rt = runtimes.get(id);
    if (rt && rt.state.phase === "ended") {
      runtimes.delete(id);
      bus.publish(channelOf(id), { evicted: true, emittedAt: Date.now() }); // streams still open end now
    }
  }, EVICT_AFTER_MS).unref?.();
}

// ------------------------------------------------------------------ host

function notFound(): AppError {
  return new AppError("not_found");
}

async function hostRuntime(db: Db, user: SessionUser, id: string, locale: Locale): Promise<Runtime> {
  requireTeacher(user, locale);
  return (await liveViewer(db, id, { host: user })).rt;
}

async function freshCode(db: Db): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    if (!(await db.liveSession.findFirst({ where: { code, active: true }, select: { id: true } }))) return code;
  }
  return String(randomInt(0, 100_000_000)).padStart(8, "0"); // a very busy server: longer codes
}

export async function createSession(db: Db, user: SessionUser, quizId: string, locale: Locale): Promise<{ id: string; code: string }> {
  requireTeacher(user, locale);
  const quiz = await db.quiz.findFirst({ where: { id: quizId, ownerId: user.id }, include: { items: { orderBy: { position: "asc" } } } });
  if (!quiz) throw notFound();
  const catalog = await getCatalog(db);
  const items: Item[] = quiz.items.flatMap((i) => {
    const q = catalog.byId.get(i.questionId);
    return q ? [{ questionId: q.id, slug: q.slug, timeLimitSec: i.timeLimitSec, points: i.points }] : [];
  });
  if (!items.length) throw new AppError("unprocessable", msg(locale, "퀴즈에 문제가 없습니다.", "The quiz has no questions."));
  // The database refuses a code already used by a running session (partial unique index);
  // two sessions created at the same instant simply draw again.
  for (let attempt = 0; ; attempt++) {
    const code = await freshCode(db);
    try {
      return await db.liveSession.create({
        data: { quizId: quiz.id, hostId: user.id, code, title: quiz.title, locale, items: JSON.stringify(items), state: JSON.stringify(initialState(items.length)) },
        select: { id: true, code: true },
      });
    } catch (err) {
      if ((err as { code?: string }).code !== "P2002" || attempt >= 5) throw err;
    }
  }
}

export async function control(db: Db, user: SessionUser, id: string, input: ControlInput, locale: Locale): Promise<void> {
  const rt = await hostRuntime(db, user, id, locale);
  const now = Date.now();
  if (input.command === "kick") {
    // With several instances: the player may have joined on another one, or the quiz ended there.
    if (liveCluster()) await syncRuntime(db, rt);
    const p = rt.players.get(input.player);
    if (!p) throw notFound();
    if (rt.state.phase === "ended") throw new AppError("conflict", msg(locale, "끝난 퀴즈입니다.", "The quiz has ended."));
    // The flag and the new version are written together: a kick that loses to an "end" leaves no trace.
    try {
      await transition(db, rt, { type: "roster" }, now, async (tx) => {
        await tx.livePlayer.update({ where: { id: p.id }, data: { kicked: true } });
        p.kicked = true; // (before the new version is announced: every view rebuilt from it leaves the player out)
      });
    } catch (err) {
      p.kicked = (await db.livePlayer.findUnique({ where: { id: p.id }, select: { kicked: true } }))?.kicked ?? p.kicked;
      throw err;
    }
    // The player everyone was waiting for is gone: close the question, as when the last one answers.
    if (rt.state.phase === "question" && everyoneAnswered(rt, rt.state.index)) await transition(db, rt, { type: "reveal" }, now).catch(() => undefined);
    return;
  }
  const cmd: Command = input.command === "lock" ? { type: "lock", locked: input.locked } : { type: input.command };
  await transition(db, rt, cmd, now);
}

export interface SessionSummaryDto {
  id: string;
  code: string;
  title: string;
  phase: LiveState["phase"];
  players: number;
  createdAt: string;
}

export async function listHostedSessions(db: Db, user: SessionUser, locale: Locale): Promise<SessionSummaryDto[]> {
  requireTeacher(user, locale);
  const rows = await db.liveSession.findMany({ where: { hostId: user.id }, orderBy: { createdAt: "desc" }, take: 30, include: { _count: { select: { players: true } } } });
  return rows.map((r) => ({ id: r.id, code: r.code, title: r.title, phase: stateSchema.parse(JSON.parse(r.state)).phase, players: r._count.players, createdAt: r.createdAt.toISOString() }));
}

// ------------------------------------------------------------------ players

export const PLAYER_COOKIE_PREFIX = "psl_live_";
export const playerCookieName = (sessionId: string) => `${PLAYER_COOKIE_PREFIX}${sessionId}`;

/** The 404 for a code no running quiz has (the same whether it never existed or has ended). */
export function noQuizWithCode(locale: Locale): AppError {
  return new AppError("not_found", msg(locale, "이 코드로 진행 중인 퀴즈가 없습니다. 코드를 확인해 주세요.", "No quiz is running with this code. Check the code."), { code: [msg(locale, "코드를 확인해 주세요.", "Check the code.")] });
}

/** The id of the running (not ended) session with this join code, or null. */
export async function runningSessionForCode(db: Db, code: string): Promise<string | null> {
  const rt = await runtimeByCode(db, code);
  return rt && rt.state.phase !== "ended" ? rt.id : null;
}

/** `admit` runs once the code is known to be right (per-session join limits); it throws to refuse. */
export async function join(db: Db, code: string, rawNickname: string, user: SessionUser | null, locale: Locale, admit?: (sessionId: string) => Promise<void>): Promise<{ sessionId: string; playerId: string; token: string }> {
  const rt = await runtimeByCode(db, code);
  if (!rt) throw noQuizWithCode(locale);
  await admit?.(rt.id);
  // A ceiling per session (kicked players count too): a known code cannot be used to grow one without bound.
  if (rt.players.size >= env.LIVE_MAX_PLAYERS) throw new AppError("conflict", msg(locale, "이 퀴즈는 정원이 찼습니다.", "This quiz is full."), { code: [msg(locale, "정원이 찼습니다.", "The quiz is full.")] });
  if (rt.state.locked) throw new AppError("forbidden", msg(locale, "진행자가 입장을 잠갔습니다.", "The host has locked this quiz: no new players."));
  if (rt.state.phase === "ended") throw notFound();
  const nickname = cleanNickname(rawNickname);
  const problem = nicknameProblem(nickname);
  if (problem) throw nicknameError(problem, locale);
  const key = nicknameKey(nickname); // a confusables skeleton: look-alikes clash
  const taken = () => nicknameError("taken", locale);
  for (const p of rt.players.values()) if (nicknamesClash(p.key, key)) throw taken();
  const token = randomBytes(24).toString("base64url");
  const tokenHash = hashToken(token);
  let row;
  try {
    row = await db.livePlayer.create({ data: { sessionId: rt.id, nickname, nicknameKey: key, tokenHash, userId: user?.id ?? null }, select: { id: true } });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") throw taken();
    throw err;
  }
  rt.players.set(row.id, { id: row.id, nickname, key, tokenHash, userId: user?.id ?? null, kicked: false, score: 0, answers: new Map() });
  rt.cache = undefined;
  bus.publish(hostChannelOf(rt.id), { type: "players", emittedAt: Date.now() });
  noticePeers(db, rt, "players");
  return { sessionId: rt.id, playerId: row.id, token };
}

export type HostViewer = { kind: "host"; rt: Runtime; user: SessionUser };
export type PlayerViewer = { kind: "player"; rt: Runtime; player: Player };
export type Viewer = HostViewer | PlayerViewer;

/**
 * Who may see or act on a live session — the one place that decides it. The host is the
 * signed-in teacher who owns the session; a player is whoever holds a valid, un-kicked
 * player cookie for it. Anyone else gets 404 (not 403: a session id is not confirmed).
 */
export async function liveViewer(db: Db, sessionId: string, who: { host: SessionUser | null } | { cookieHeader: string | null }): Promise<Viewer> {
  if ("host" in who) {
    if (!who.host) throw new AppError("unauthorized");
    const rt = await runtimeById(db, sessionId);
    if (!rt || rt.hostId !== who.host.id || who.host.role !== "teacher") throw notFound();
    return { kind: "host", rt, user: who.host };
  }
  const found = await playerFromCookie(db, sessionId, cookieFrom(who.cookieHeader, playerCookieName(sessionId)));
  if (!found) throw notFound();
  return { kind: "player", ...found };
}

/** The player behind a cookie value "<playerId>.<token>", or null. */
export async function playerFromCookie(db: Db, sessionId: string, value: string | undefined): Promise<{ rt: Runtime; player: Player } | null> {
  if (!value || value.length > 200) return null;
  const [playerId, token] = value.split(".");
  if (!playerId || !token) return null;
  const rt = await runtimeById(db, sessionId);
  if (!rt) return null;
  // A player who joined on another instance a moment ago may not be known here yet.
  if (!rt.players.has(playerId) && liveCluster()) await syncRuntime(db, rt, { state: false, players: true, answers: false });
  const player = rt.players.get(playerId);
  if (!player || player.kicked) return null;
  const a = Buffer.from(hashToken(token));
  const b = Buffer.from(player.tokenHash);
  return a.length === b.length && timingSafeEqual(a, b) ? { rt, player } : null;
}

export interface AnswerAckDto {
  accepted: true;
  answerId: string;
  index: number;
}

interface PendingWrite {
  row: { sessionId: string; playerId: string; itemIndex: number; answerId: string; answer: string; score: number; correct: boolean; points: number; elapsedMs: number };
  /** When the request reached the server: judged again against the stored state as it is written. */
  arrivedAt: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

type Refusal = "late" | "wrong-question" | "not-open" | "kicked";

/** An answer the stored state refused as it was written (another instance closed the question or removed the player). */
class AnswerRefused extends Error {
  constructor(readonly reason: Refusal) {
    super(`answer refused: ${reason}`);
  }
}

/**
 * Answers are written in batches: everything that arrives while a write is under way (or in the
 * same turn of the event loop) goes into the next one, as one transaction — one multi-row insert
 * and one score update for the whole batch, instead of two statements per answer. Each answer
 * is acknowledged only after the transaction holding it has committed.
 */
function writeAnswer(db: Db, rt: Runtime, row: PendingWrite["row"], arrivedAt: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const first = !rt.batch;
    (rt.batch ??= []).push({ row, arrivedAt, resolve, reject });
    if (first) rt.queue = rt.queue.then(() => flushAnswers(db, rt)).catch(() => undefined);
  });
}

async function flushAnswers(db: Db, rt: Runtime): Promise<void> {
  const batch = rt.batch ?? [];
  rt.batch = undefined;
  if (!batch.length) return;
  const settle = (refused: Map<PendingWrite, Refusal>, ws: PendingWrite[]) => {
    for (const w of ws) {
      const why = refused.get(w);
      if (why) w.reject(new AnswerRefused(why));
      else w.resolve();
    }
  };
  try {
    settle(await writeRows(db, rt, batch), batch);
    noticePeers(db, rt, "answers");
  } catch (err) {
    if (batch.length > 1 && (err as { code?: string }).code === "P2002") {
      // One row of the batch was already stored (by another process): the others must not fail with it.
      for (const w of batch) await writeRows(db, rt, [w]).then((refused) => settle(refused, [w]), w.reject);
      noticePeers(db, rt, "answers");
      return;
    }
    for (const w of batch) w.reject(err);
  }
}

/**
 * One transaction: the session's stored state is read first (on PostgreSQL `FOR SHARE`, so no
 * transition can commit until this batch has), every answer is judged again against it — by
 * its arrival time, against the stored answer window, and its player must not have been
 * removed — and the answers that pass are inserted, each player's score raised by the sum of
 * their points. So an instance that has not yet heard that another one closed the question (or
 * kicked the player) cannot take an answer sent after the reveal. Returns the refused ones.
 */
async function writeRows(db: Db, rt: Runtime, batch: PendingWrite[]): Promise<Map<PendingWrite, Refusal>> {
  const lock = dbKind(env.DATABASE_URL) === "postgres" ? Prisma.sql` FOR SHARE` : Prisma.empty;
  return db.$transaction(async (tx) => {
    const [session] = await tx.$queryRaw<{ state: string }[]>`SELECT "state" FROM "LiveSession" WHERE "id" = ${rt.id}${lock}`;
    const stored = session ? parseState(session.state) : rt.state;
    const playerIds = [...new Set(batch.map((w) => w.row.playerId))];
    const kicked = new Set((await tx.livePlayer.findMany({ where: { id: { in: playerIds }, kicked: true }, select: { id: true } })).map((p) => p.id));
    const refused = new Map<PendingWrite, Refusal>();
    const rows: PendingWrite["row"][] = [];
    for (const w of batch) {
      const i = w.row.itemIndex;
      const check = canAnswerAt(stored, rt.windows.get(i) ?? storedWindow(rt, i, stored), i, w.arrivedAt);
      if (kicked.has(w.row.playerId)) refused.set(w, "kicked");
      else if (!check.ok) refused.set(w, check.reason);
      else rows.push(w.row);
    }
    if (!rows.length) return refused;
    const gained = new Map<string, number>();
    for (const r of rows) if (r.points > 0) gained.set(r.playerId, (gained.get(r.playerId) ?? 0) + r.points);
    const ids = [...gained.keys()];
    await tx.liveAnswer.createMany({ data: rows });
    if (ids.length) {
      await tx.$executeRaw`UPDATE "LivePlayer" SET "score" = "score" + CASE "id" ${Prisma.join(
        // (CAST: PostgreSQL cannot infer a bare parameter's type inside CASE; SQLite accepts it too.)
        ids.map((id) => Prisma.sql`WHEN ${id} THEN CAST(${gained.get(id)!} AS INTEGER)`),
        " ",
      )} ELSE 0 END WHERE "id" IN (${Prisma.join(ids)})`;
    }
    return refused;
  });
}

/**
 * This player's answer to this question, stored or on its way to the database (a phone that
 * sent it twice): the same ack for the same answerId once it has landed, 409 for another one.
 */
async function earlierAnswer(player: Player, input: LiveAnswerInput, already: () => AppError): Promise<AnswerAckDto | null> {
  const ack = { accepted: true as const, answerId: input.answerId, index: input.index };
  const stored = player.answers.get(input.index);
  if (stored) {
    if (stored.answerId === input.answerId) return ack;
    throw already();
  }
  const pending = player.writing?.get(input.index);
  if (!pending) return null;
  if (pending.answerId !== input.answerId) throw already();
  await pending.done;
  return ack;
}

/** Why an answer was not taken, in the player's language (409, or 404 for a player who was removed). */
function refusal(reason: Refusal, locale: Locale): AppError {
  if (reason === "kicked") return notFound();
  const m =
    reason === "late"
      ? msg(locale, "시간이 끝난 뒤에 도착한 답입니다.", "Time was up before the answer arrived.")
      : reason === "wrong-question"
        ? msg(locale, "지금 진행 중인 문제가 아닙니다.", "That is not the current question.")
        : msg(locale, "지금은 답할 수 있는 문제가 없습니다.", "No question is open right now.");
  return new AppError("conflict", m, { index: [reason] });
}

/** Grades and stores one answer (written before it is acknowledged); a retry with the same answerId gets the same ack. */
export async function submitAnswer(db: Db, rt: Runtime, player: Player, input: LiveAnswerInput, locale: Locale, now = Date.now()): Promise<AnswerAckDto> {
  const already = () => new AppError("conflict", msg(locale, "이 문제에는 이미 답했습니다.", "You already answered this question."));
  const earlier = await earlierAnswer(player, input, already);
  if (earlier) return earlier;
  // Judged by arrival: `now` is when the request reached the server (ClientInfo.arrivedAt).
  let check = canAnswerAt(rt.state, rt.windows.get(input.index) ?? storedWindow(rt, input.index), input.index, now);
  if (!check.ok && liveCluster()) {
    // This instance may not have heard of the question yet (it was opened on another one).
    await syncRuntime(db, rt);
    check = canAnswerAt(rt.state, rt.windows.get(input.index) ?? storedWindow(rt, input.index), input.index, now);
  }
  if (!check.ok) throw refusal(check.reason, locale);
  const item = rt.items[input.index]!;
  const answer = toBankKeys(rt, input.index, input.answer, locale);
  const graded = await gradeAnswer(db, item.slug, answer, rt.locale); // a malformed answer for this type: 400
  const score = graded.score;

  // Points for a correct answer only (a mostly-right multi-choice earns its share); wrong is 0, never "wrong +199".
  const correct = score >= 75;
  const points = correct ? answerPoints({ points: item.points, score, elapsedMs: check.elapsedMs, limitMs: item.timeLimitSec * 1000 }) : 0;
  // (Checked again: grading awaited, and another request for this answer may have got here first.)
  const raced = await earlierAnswer(player, input, already);
  if (raced) return raced;
  const done = writeAnswer(db, rt, { sessionId: rt.id, playerId: player.id, itemIndex: input.index, answerId: input.answerId, answer: JSON.stringify(answer), score, correct, points, elapsedMs: check.elapsedMs }, now);
  // What this write comes to — a copy of the same request waiting in earlierAnswer gets the same.
  const outcome = done.then(
    () => true,
    async (err: unknown) => {
      if (err instanceof AnswerRefused) throw refusal(err.reason, locale);
      if ((err as { code?: string }).code === "P2002") {
        // Stored already (another instance, or a row written before a restart): answer as it was stored.
        const stored = await db.liveAnswer.findUnique({ where: { playerId_itemIndex: { playerId: player.id, itemIndex: input.index } } });
        if (stored?.answerId === input.answerId) return false;
        throw already();
      }
      throw err;
    },
  );
  (player.writing ??= new Map()).set(input.index, { answerId: input.answerId, done: outcome });
  let wroteHere: boolean;
  try {
    wroteHere = await outcome;
  } finally {
    player.writing?.delete(input.index);
  }
  if (!wroteHere) return { accepted: true, answerId: input.answerId, index: input.index };
  if (player.answers.has(input.index)) return { accepted: true, answerId: input.answerId, index: input.index };
  player.answers.set(input.index, { answerId: input.answerId, answer, score, correct, points });
  player.score += points;
  rt.cache = undefined;
  bus.publish(hostChannelOf(rt.id), { type: "answers", emittedAt: Date.now() });
  // Signed-in students: the answer also lands in their own progress — once the question has
  // closed, so their attempt list cannot tell them the question or their verdict before the reveal.
  if (player.userId) {
    (rt.pendingAttempts ??= []).push({ index: input.index, userId: player.userId, slug: item.slug, answer, graded, elapsedMs: check.elapsedMs });
    // (An answer that arrived in time but was handled after the close is written at once.)
    if (!(rt.state.phase === "question" && rt.state.index === input.index)) flushAttempts(db, rt, input.index);
  }
  if (everyoneAnswered(rt, input.index) && rt.state.phase === "question" && rt.state.index === input.index) void closeIfEveryoneAnswered(db, rt, input.index);
  return { accepted: true, answerId: input.answerId, index: input.index };
}

/**
 * Everyone still in has answered: close the question now rather than wait for the clock. With
 * several instances, only after reading the roster and answers back: a player who joined on
 * another instance a moment ago has not answered yet.
 */
async function closeIfEveryoneAnswered(db: Db, rt: Runtime, index: number): Promise<void> {
  if (liveCluster()) await syncRuntime(db, rt).catch(() => undefined);
  if (!everyoneAnswered(rt, index) || rt.state.phase !== "question" || rt.state.index !== index) return;
  await transition(db, rt, { type: "reveal" }, Date.now()).catch(() => undefined); // the host may have revealed at the same moment
}

function everyoneAnswered(rt: Runtime, index: number): boolean {
  const active = [...rt.players.values()].filter((p) => !p.kicked);
  return active.length > 0 && active.every((p) => p.answers.has(index));
}

function flushAttempts(db: Db, rt: Runtime, index: number): void {
  const due = (rt.pendingAttempts ?? []).filter((a) => a.index === index);
  rt.pendingAttempts = (rt.pendingAttempts ?? []).filter((a) => a.index !== index);
  for (const a of due) void recordLiveAttempt(db, a.userId, a.slug, a.answer, a.graded, a.elapsedMs);
}

async function recordLiveAttempt(db: Db, userId: string, slug: string, answer: Answer, result: GradeResultDto, elapsedMs: number) {
  try {
    const user = await db.user.findUnique({ where: { id: userId } });
    const question = (await getCatalog(db)).bySlug.get(slug);
    if (!user || !question) return; // the account was deleted meanwhile, or the question retired
    await recordAttempt(db, toSessionUser(user), { question, answer, result, mode: "live", timeTakenMs: elapsedMs });
  } catch (err) {
    console.error("[live] could not record the attempt in the student's progress", err);
  }
}

// ------------------------------------------------------------------ views (what each screen is sent)

export interface LeaderRow {
  playerId: string;
  nickname: string;
  score: number;
  rank: number;
}

export interface SharedView {
  session: { id: string; code: string; title: string; locale: Locale; total: number };
  state: { phase: LiveState["phase"]; index: number; startedAt: number | null; endsAt: number | null; locked: boolean; version: number };
  question: LiveQuestionDto | null;
  item: { timeLimitSec: number; points: number } | null;
  /** Only once the question is closed: the answer and how the room answered. */
  reveal: null | {
    correct: CorrectAnswerDto | { kind: "model"; value: string };
    distribution: { key: string; label: string; count: number; correct: boolean }[];
    answered: number;
  };
  leaderboard: LeaderRow[];
  players: number;
}

export interface PlayerView extends SharedView {
  me: { id: string; nickname: string; score: number; rank: number | null; answered: boolean; result: { correct: boolean; points: number } | null };
}

export interface HostView extends SharedView {
  roster: { id: string; nickname: string; score: number; answered: boolean; signedIn: boolean }[];
  answered: number;
}

function distribution(rt: Runtime, index: number): NonNullable<SharedView["reveal"]>["distribution"] {
  const q = rt.shown[index]!;
  const answers = [...rt.players.values()].filter((p) => !p.kicked).flatMap((p) => (p.answers.has(index) ? [p.answers.get(index)!] : []));
  const c = rt.correct[index]!;
  if (q.type === "single-choice" || q.type === "multi-choice") {
    const right = new Set(c.kind === "choices" ? c.options.map((o) => o.key) : []); // shown keys
    const bank = rt.keyMaps[index]!;
    return q.options.map((o) => {
      const k = bank.get(o.key) ?? o.key; // answers are stored in bank keys
      return { key: o.key, label: o.text, count: answers.filter((a) => (Array.isArray(a.answer) ? a.answer.includes(k) : a.answer === k)).length, correct: right.has(o.key) };
    });
  }
  if (q.type === "true-false") {
    const truth = c.kind === "boolean" ? c.value : true;
    const b = getMessages(rt.locale).question; // the same O/X wording as the answer buttons
    const t = { true: b.true, false: b.false };
    return (["true", "false"] as const).map((k) => ({ key: k, label: t[k], count: answers.filter((a) => a.answer === k).length, correct: (k === "true") === truth }));
  }
  const ok = answers.filter((a) => a.correct).length;
  const l = rt.locale === "ko" ? { right: "정답", wrong: "오답" } : { right: "Correct", wrong: "Incorrect" };
  return [
    { key: "correct", label: l.right, count: ok, correct: true },
    { key: "incorrect", label: l.wrong, count: answers.length - ok, correct: false },
  ];
}

/**
 * A player's score as students see it: while a question is open, without that question's
 * points, so a score (or rank) that moves never tells anyone an answer was right before the reveal.
 */
function shownScore(rt: Runtime, p: Player): number {
  return rt.state.phase === "question" ? p.score - (p.answers.get(rt.state.index)?.points ?? 0) : p.score;
}

function shared(rt: Runtime): NonNullable<Runtime["cache"]> {
  if (rt.cache && rt.cache.version === rt.state.version) return rt.cache;
  const s = rt.state;
  const active = [...rt.players.values()].filter((p) => !p.kicked);
  const ranked = rank(active.map((p) => ({ playerId: p.id, nickname: p.nickname, score: shownScore(rt, p) })));
  const open = s.phase === "question" || s.phase === "reveal" || s.phase === "leaderboard";
  const closed = s.phase === "reveal" || s.phase === "leaderboard" || (s.phase === "ended" && s.index >= 0);
  const view: SharedView = {
    session: { id: rt.id, code: rt.code, title: rt.title, locale: rt.locale, total: rt.items.length },
    state: { phase: s.phase, index: s.index, startedAt: s.startedAt, endsAt: s.endsAt, locked: s.locked, version: s.version },
    question: open && s.index >= 0 ? rt.shown[s.index]! : null,
    item: s.index >= 0 && rt.items[s.index] ? { timeLimitSec: rt.items[s.index]!.timeLimitSec, points: rt.items[s.index]!.points } : null,
    reveal: closed && s.index >= 0 ? { correct: rt.correct[s.index]!, distribution: distribution(rt, s.index), answered: active.filter((p) => p.answers.has(s.index)).length } : null,
    leaderboard: s.phase === "lobby" || s.phase === "question" ? [] : ranked.slice(0, 10),
    players: active.length,
  };
  rt.cache = { version: s.version, shared: view, leaderboard: ranked, ranks: new Map(ranked.map((r) => [r.playerId, r.rank])) };
  return rt.cache;
}

export function playerView(rt: Runtime, player: Player): PlayerView {
  const c = shared(rt);
  const s = rt.state;
  const a = s.index >= 0 ? player.answers.get(s.index) : undefined;
  const closed = s.phase !== "question" && s.phase !== "lobby";
  return {
    ...c.shared,
    me: {
      id: player.id,
      nickname: player.nickname,
      score: shownScore(rt, player),
      rank: c.ranks.get(player.id) ?? null,
      answered: Boolean(a),
      // Right or wrong only after the question closed: no peeking at a neighbour's screen.
      result: closed && s.index >= 0 ? { correct: Boolean(a?.correct), points: a?.points ?? 0 } : null,
    },
  };
}

export function hostView(rt: Runtime): HostView {
  const c = shared(rt);
  const index = rt.state.index;
  const roster = [...rt.players.values()]
    .filter((p) => !p.kicked)
    .map((p) => ({ id: p.id, nickname: p.nickname, score: p.score, answered: index >= 0 && p.answers.has(index), signedIn: p.userId !== null }));
  return { ...c.shared, roster, answered: roster.filter((r) => r.answered).length };
}

export type { Runtime, Player };

// ------------------------------------------------------------------ results

export interface ResultsDto {
  id: string;
  title: string;
  code: string;
  locale: Locale;
  phase: LiveState["phase"];
  createdAt: string;
  questions: { index: number; slug: string; type: string; prompt: string; points: number; answered: number; correct: number; averagePoints: number; averageMs: number | null }[];
  students: { rank: number; nickname: string; score: number; signedIn: boolean; answers: ({ answer: string; correct: boolean; points: number; elapsedMs: number } | null)[] }[];
}


export async function results(db: Db, user: SessionUser, id: string, locale: Locale): Promise<ResultsDto> {
  const rt = await hostRuntime(db, user, id, locale);
  if (liveCluster()) await syncRuntime(db, rt); // answers taken by other instances
  const rows = await db.liveAnswer.findMany({ where: { sessionId: rt.id }, select: { playerId: true, itemIndex: true, elapsedMs: true } });
  const elapsed = new Map(rows.map((r) => [`${r.playerId}:${r.itemIndex}`, r.elapsedMs]));
  const created = await db.liveSession.findUniqueOrThrow({ where: { id: rt.id }, select: { createdAt: true } });
  const players = [...rt.players.values()].filter((p) => !p.kicked);
  const ranked = rank(players.map((p) => ({ playerId: p.id, nickname: p.nickname, score: p.score })));
  return {
    id: rt.id,
    title: rt.title,
    code: rt.code,
    locale: rt.locale,
    phase: rt.state.phase,
    createdAt: created.createdAt.toISOString(),
    questions: rt.items.map((item, index) => {
      const answers = players.flatMap((p) => (p.answers.has(index) ? [{ a: p.answers.get(index)!, ms: elapsed.get(`${p.id}:${index}`) ?? 0 }] : []));
      return {
        index,
        slug: item.slug,
        type: rt.questions[index]!.type,
        prompt: rt.questions[index]!.prompt,
        points: item.points,
        answered: answers.length,
        correct: answers.filter((x) => x.a.correct).length,
        averagePoints: answers.length ? Math.round(answers.reduce((n, x) => n + x.a.points, 0) / answers.length) : 0,
        averageMs: answers.length ? Math.round(answers.reduce((n, x) => n + x.ms, 0) / answers.length) : null,
      };
    }),
    students: ranked.map((r) => {
      const p = rt.players.get(r.playerId)!;
      return {
        rank: r.rank,
        nickname: p.nickname,
        score: p.score,
        signedIn: p.userId !== null,
        answers: rt.items.map((_, index) => {
          const a = p.answers.get(index);
          return a ? { answer: answerText(rt.questions[index]!, a.answer, rt.locale), correct: a.correct, points: a.points, elapsedMs: elapsed.get(`${p.id}:${index}`) ?? 0 } : null;
        }),
      };
    }),
  };
}

/** One row per student: rank, nickname, total, then answer / points per question. */
export function resultsCsv(r: ResultsDto, cell: (v: unknown) => string): string {
  const header = ["rank", "nickname", "score", ...r.questions.flatMap((q) => [`q${q.index + 1}_answer`, `q${q.index + 1}_correct`, `q${q.index + 1}_points`])];
  const rows = r.students.map((s) => [s.rank, s.nickname, s.score, ...s.answers.flatMap((a) => (a ? [a.answer, a.correct ? "yes" : "no", a.points] : ["", "", 0]))]);
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/**
 * Live quizzes on several app instances (PostgreSQL only; docs/decisions/017). Each instance
 * keeps ONE dedicated connection to PostgreSQL, used for two things:
 *
 * - the cross-instance bus: `LISTEN psl_live`. Notices are tiny — `{ s: session id, v: state
 *   version, k: what changed, o: origin instance }` — and say only "reload this session"; the
 *   database is the truth. NOTIFY drops whatever is sent while a listener is away, so after every
 *   (re)connect the instance resyncs every session it holds (`onResync`).
 * - clock ownership: a session-level advisory lock per live session
 *   (`pg_try_advisory_lock(LOCK_CLASS, hashtext(id))`). Only the holder runs the session's
 *   timer. The lock lives and dies with this connection: when the instance is killed, or its
 *   backend is terminated, PostgreSQL releases it at once and another instance's next claim
 *   (every second) takes the clock over. Two owners for a moment (a backend terminated before
 *   this process notices) are harmless: every transition is a compare-and-set on the session row.
 *
 * The instance is started by server.ts when DATABASE_URL is PostgreSQL; lib/dal/live.ts finds it
 * with `liveCluster()`. Without one (SQLite, unit tests) a process owns every session it holds.
 */
import { randomUUID } from "node:crypto";
import { Client } from "pg";

export const NOTIFY_CHANNEL = "psl_live";
/** First key of the two-key advisory lock: keeps these locks apart from anyone else's. */
export const LOCK_CLASS = 0x50534c; // "PSL"

export type NoticeKind = "state" | "answers" | "players";
export interface Notice {
  s: string;
  v: number;
  k: NoticeKind;
  o: string;
}

export interface ClusterHooks {
  /** A notice from another instance. */
  onNotice(n: Notice): void;
  /** (Re)connected: everything held may have changed meanwhile. */
  onResync(): void;
  /** The connection dropped: the advisory locks, and so every clock this instance ran, are gone. */
  onLost(): void;
  /** Every second while connected: claim clocks nobody holds, catch changes a notice missed. */
  onTick(): void;
}

const NO_HOOKS: ClusterHooks = { onNotice: () => undefined, onResync: () => undefined, onLost: () => undefined, onTick: () => undefined };
const TICK_MS = 1_000;

const MAX_BACKOFF_MS = 5_000;

export class LiveCluster {
  readonly instanceId = randomUUID().slice(0, 8);
  private client: Client | undefined;
  private readonly owned = new Set<string>();
  private stopped = false;
  private backoff = 250;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  /** Connections made so far (1 after the first; tests and logs). */
  connects = 0;
  /**
   * Set by lib/dal/live.ts when it loads (server.ts starts the cluster before Next has loaded
   * any route module); until then nothing is held, so there is nothing to do.
   */
  hooks: ClusterHooks = NO_HOOKS;

  constructor(private readonly url: string) {}

  get connected(): boolean {
    return this.client !== undefined;
  }

  /** Resolves once the first connection is up (or failed: it keeps retrying in the background). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.ticker) clearInterval(this.ticker);
    const c = this.client;
    this.client = undefined;
    this.owned.clear();
    await c?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const url = new URL(this.url);
    url.searchParams.set("application_name", `psl-live:${this.instanceId}:${process.pid}`); // (the pid: tests find which process holds a clock)
    const c = new Client({ connectionString: url.toString(), keepAlive: true, connectionTimeoutMillis: 5_000 });
    let dropped = false;
    const drop = (why: unknown) => {
      if (dropped) return;
      dropped = true;
      if (this.client === c) {
        this.client = undefined;
        this.owned.clear();
        console.warn(`[live] lost the PostgreSQL listener connection (${(why as Error)?.message ?? why}); reconnecting`);
        this.hooks.onLost();
      }
      c.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    c.on("error", drop);
    c.on("end", () => drop(new Error("connection ended")));
    c.on("notification", (m) => {
      if (m.channel !== NOTIFY_CHANNEL || !m.payload) return;
      const n = parseNotice(m.payload);
      if (n && n.o !== this.instanceId) this.hooks.onNotice(n);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (err) {
      drop(err);
      return;
    }
    if (dropped || this.stopped) {
      await c.end().catch(() => undefined);
      return;
    }
    this.client = c;
    this.connects++;
    this.backoff = 250;
    if (!this.ticker) {
      this.ticker = setInterval(() => {
        if (this.client) this.hooks.onTick();
      }, TICK_MS);
      this.ticker.unref?.();
    }
    this.hooks.onResync();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const wait = this.backoff;
    this.backoff = Math.min(MAX_BACKOFF_MS, this.backoff * 2);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, wait);
    this.reconnectTimer.unref?.();
  }

  owns(sessionId: string): boolean {
    return this.owned.has(sessionId);
  }

  /** Takes the session's clock if nobody holds it; true when this instance holds it. */
  async claim(sessionId: string): Promise<boolean> {
    if (this.owned.has(sessionId)) return true;
    const c = this.client;
    if (!c) return false;
    try {
      const r = await c.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok", [LOCK_CLASS, sessionId]);
      // (The connection may have been replaced while the query ran: that lock died with it.)
      if (r.rows[0]?.ok && this.client === c) {
        this.owned.add(sessionId);
        return true;
      }
    } catch {
      /* the connection's error handler deals with it */
    }
    return false;
  }

  /** Gives the clock up (the session ended or left memory). */
  async release(sessionId: string): Promise<void> {
    if (!this.owned.delete(sessionId)) return;
    await this.client?.query("SELECT pg_advisory_unlock($1, hashtext($2))", [LOCK_CLASS, sessionId]).catch(() => undefined);
  }

  /** The listener connection's backend pid (tests terminate it). */
  async backendPid(): Promise<number | null> {
    const r = await this.client?.query<{ pid: number }>("SELECT pg_backend_pid() AS pid").catch(() => undefined);
    return r?.rows[0]?.pid ?? null;
  }

  notice(sessionId: string, version: number, kind: NoticeKind): string {
    return JSON.stringify({ s: sessionId, v: version, k: kind, o: this.instanceId } satisfies Notice);
  }
}

export function parseNotice(payload: string): Notice | null {
  try {
    const n = JSON.parse(payload) as Partial<Notice>;
    if (typeof n.s !== "string" || typeof n.v !== "number" || typeof n.o !== "string" || (n.k !== "state" && n.k !== "answers" && n.k !== "players")) return null;
    return n as Notice;
  } catch {
    return null;
  }
}

const g = globalThis as unknown as { __pslLiveCluster?: LiveCluster };

/** This instance's cluster membership, or undefined (SQLite, tests): then this process owns every session. */
export function liveCluster(): LiveCluster | undefined {
  return g.__pslLiveCluster;
}

export function setLiveCluster(c: LiveCluster | undefined): void {
  g.__pslLiveCluster = c;
}

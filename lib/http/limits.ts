/**
 * Every rate limit in the app, on rate-limiter-flexible. The store is chosen in one place
 * (`store()`): process memory for the embedded single-process setup; PostgreSQL
 * (`psl_limits.rate_limits`, prisma/postgres/migrations) when DATABASE_URL is PostgreSQL or
 * RATE_LIMIT_STORE=postgres, so a limit holds across every app instance. If the database cannot
 * be reached, each instance falls back to counting in its own memory (the library's insurance
 * limiter) rather than letting everything through or failing the request. Keys are a user id,
 * a player id or the client address from lib/http/client.ts — never a header a client can set.
 *
 * Each check answers "seconds to wait" (0 = go), so routes turn it into 429 + Retry-After.
 */
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { dbKind } from "@/lib/db-kind";
import { env } from "@/lib/env";

export type LimitStore = { kind: "memory" } | { kind: "postgres"; url: string };

/** The store the app's limits use (RATE_LIMIT_STORE, else the database's kind). */
export function defaultStore(): LimitStore {
  const postgres = env.RATE_LIMIT_STORE === "postgres" || (env.RATE_LIMIT_STORE === "auto" && dbKind(env.DATABASE_URL) === "postgres");
  return postgres ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "memory" };
}

const pools = new Map<string, pg.Pool>();
function poolFor(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    // (Timeouts: a database that hangs instead of refusing must also fall back to memory, quickly.)
    pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 2_000, query_timeout: 2_000 });
    // A dropped idle connection must not crash the process; the next query reconnects.
    pool.on("error", (err) => console.warn(`[limits] PostgreSQL pool: ${err.message}`));
    pools.set(url, pool);
  }
  return pool;
}

function store(name: string, points: number, durationSec: number, where: LimitStore): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSec });
  if (where.kind === "memory") return memory;
  return new RateLimiterPostgres({
    storeClient: poolFor(where.url),
    storeType: "pool",
    schemaName: "psl_limits",
    tableName: "rate_limits",
    tableCreated: true,
    clearExpiredByTimeout: true,
    keyPrefix: name,
    points,
    duration: durationSec,
    insuranceLimiter: memory,
  });
}

function waitOf(res: unknown): number {
  if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  throw res;
}

/** One counter: `consume` counts and answers the wait; `peek` answers without counting. */
export class Limit {
  private readonly limiter: RateLimiterAbstract;
  constructor(
    readonly name: string,
    readonly points: number,
    readonly durationSec: number,
    where: LimitStore = defaultStore(),
  ) {
    this.limiter = store(name, points, durationSec, where);
  }
  async consume(key: string, points = 1): Promise<number> {
    try {
      await this.limiter.consume(key, points);
      return 0;
    } catch (res) {
      return waitOf(res);
    }
  }
  async peek(key: string): Promise<number> {
    const res = await this.limiter.get(key);
    return res && res.consumedPoints >= this.points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  }
  async used(key: string): Promise<number> {
    return (await this.limiter.get(key))?.consumedPoints ?? 0;
  }
  async reward(key: string, points = 1): Promise<void> {
    await this.limiter.reward(key, points);
  }
  async penalty(key: string, points = 1): Promise<void> {
    await this.limiter.penalty(key, points);
  }
  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

/**
 * Sign-in. Every attempt is counted before any password is hashed, so a concurrent burst
 * cannot slip past. A third party cannot lock an account: the hard limits key on the
 * client address (and on address + account); the account itself only slows down — after
 * many failures from anywhere, one attempt per SIGNIN_SLOW_SEC from addresses it has never
 * signed in from — while its owner's usual addresses are not slowed at all.
 */
export class SignInLimits {
  readonly perAddress: Limit;
  readonly perPair: Limit;
  readonly accountFailures: Limit;
  readonly accountSlow: Limit;
  /**
   * Addresses an account signed in from successfully (14 days): exempt from the account's
   * slow-down. (The memory store expires keys with setTimeout, which overflows past 24.8 days.)
   */
  readonly knownAddresses = new Limit("signin-known", 1_000_000, 14 * 24 * 3600);
  private readonly slowAfter: number;

  constructor(opts: { perAddress?: number; perPair?: number; windowSec?: number; slowAfter?: number; slowSec?: number } = {}) {
    const window = opts.windowSec ?? 15 * 60;
    this.perAddress = new Limit("signin-ip", opts.perAddress ?? env.SIGNIN_PER_ADDRESS_15_MIN, window);
    this.perPair = new Limit("signin-pair", opts.perPair ?? env.SIGNIN_FAILURES_PER_ACCOUNT_15_MIN, window);
    this.accountFailures = new Limit("signin-acct", 1_000_000, window);
    this.accountSlow = new Limit("signin-slow", 1, opts.slowSec ?? SIGNIN_SLOW_SEC);
    this.slowAfter = opts.slowAfter ?? ACCOUNT_SLOWDOWN_AFTER;
  }

  /** Counts the attempt; 0 = go ahead and check the password. */
  async attempt(email: string, address: string): Promise<number> {
    const account = norm(email);
    const ip = await this.perAddress.consume(address);
    if (ip) return ip;
    const pair = await this.perPair.consume(`${account}|${address}`);
    if (pair) return pair;
    if ((await this.accountFailures.used(account)) >= this.slowAfter && !(await this.knownAddresses.used(`${account}|${address}`))) {
      const slow = await this.accountSlow.consume(account);
      if (slow) return slow;
    }
    return 0;
  }

  async succeeded(email: string, address: string): Promise<void> {
    const account = norm(email);
    await Promise.all([this.perAddress.reward(address), this.perPair.reset(`${account}|${address}`), this.accountFailures.reset(account), this.knownAddresses.consume(`${account}|${address}`)]);
  }

  async failed(email: string): Promise<void> {
    await this.accountFailures.penalty(norm(email));
  }
}

/** Failures on one account (from any address) after which it slows to one attempt per SIGNIN_SLOW_SEC. */
export const ACCOUNT_SLOWDOWN_AFTER = 20;
export const SIGNIN_SLOW_SEC = 10;

function norm(email: string): string {
  return email.trim().toLowerCase().slice(0, 254);
}

/**
 * Joining a live quiz: wrong codes are scarce per address (a million codes against a few
 * guesses); right ones are not limited per address at all — a whole classroom shares one NAT
 * address — only per address *and session* (`LIVE_JOINS_PER_MINUTE`), which bounds how fast one
 * address can fill a session it knows the code of.
 *
 * A guess is only known to be wrong after the lookup, so a burst sent at once would all pass a
 * check made before any of them is counted. `lookup` therefore runs check, lookup and count for
 * one address one at a time (in this process; the counts themselves are shared by every
 * instance): a burst of wrong codes gets exactly the allowance, then 429s, while right codes
 * wait only for other lookups from their address (microseconds for a running quiz).
 */
export class JoinLimits {
  readonly joins = new Limit("join", env.LIVE_JOINS_PER_MINUTE, 60);
  readonly badCodes = new Limit("badcode", env.LIVE_BAD_CODES_PER_10_MIN, 600);
  private readonly queues = new Map<string, Promise<unknown>>();

  /**
   * Looks a code up for an address: `{ wait }` if the address has guessed too many wrong codes,
   * else `{ found }` — and a wrong code (`found` null) is counted before the next lookup from
   * the same address runs.
   */
  async lookup<T>(address: string, find: () => Promise<T | null>): Promise<{ wait: number; found: T | null }> {
    const previous = this.queues.get(address) ?? Promise.resolve();
    const run = previous.then(async () => {
      const wait = await this.badCodes.peek(address);
      if (wait) return { wait, found: null };
      const found = await find();
      if (found === null) await this.badCodes.penalty(address);
      return { wait: 0, found };
    });
    const tail = run.catch(() => undefined);
    this.queues.set(address, tail);
    void tail.then(() => {
      if (this.queues.get(address) === tail) this.queues.delete(address);
    });
    return run;
  }
  /** The code was right: counts this join against the address in this session. */
  async rightCode(address: string, sessionId: string): Promise<number> {
    return this.joins.consume(`${address}|${sessionId}`);
  }
}

export interface Limits {
  signIn: SignInLimits;
  signUp: Limit;
  join: JoinLimits;
  sandbox: Limit;
  grade: Limit;
  report: Limit;
}

export function createLimits(): Limits {
  return {
    signIn: new SignInLimits(),
    signUp: new Limit("signup", env.SIGNUPS_PER_HOUR, 3600),
    join: new JoinLimits(),
    sandbox: new Limit("sandbox", env.SANDBOX_RUNS_PER_MINUTE, 60),
    grade: new Limit("grade", env.GRADES_PER_MINUTE, 60),
    report: new Limit("report", env.REPORTS_PER_HOUR, 3600),
  };
}

const g = globalThis as unknown as { __pslLimits?: Limits };
/** One set per process, shared by route handlers whichever module instance loaded them. */
export const limits: Limits = (g.__pslLimits ??= createLimits());

/** Routes declare a simple limit by name; it keys on the user id when signed in, else the address. */
export type SimpleLimitName = "signUp" | "sandbox" | "grade" | "report";

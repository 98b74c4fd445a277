/**
 * Sign-in throttling: at most MAX_FAILURES failed sign-ins per account and per client IP in
 * WINDOW_SEC; after that the route answers 429 with Retry-After until the window passes.
 * A successful sign-in clears the account's counter (not the IP's). Sign-ups are limited
 * per IP. In-process memory: with several app instances, swap in rate-limiter-flexible's
 * Postgres or Redis limiter with the same interface (docs/architecture.md).
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export const MAX_FAILURES = 10;
export const WINDOW_SEC = 15 * 60;
export const SIGNUPS_PER_HOUR = 20;

export class AuthThrottle {
  private readonly byAccount: RateLimiterMemory;
  private readonly byIp: RateLimiterMemory;
  private readonly signups: RateLimiterMemory;

  constructor(opts: { maxFailures?: number; windowSec?: number; signupsPerHour?: number } = {}) {
    const points = opts.maxFailures ?? MAX_FAILURES;
    const duration = opts.windowSec ?? WINDOW_SEC;
    this.byAccount = new RateLimiterMemory({ keyPrefix: "acct", points, duration });
    this.byIp = new RateLimiterMemory({ keyPrefix: "ip", points, duration });
    this.signups = new RateLimiterMemory({ keyPrefix: "signup", points: opts.signupsPerHour ?? SIGNUPS_PER_HOUR, duration: 3600 });
  }

  /** Seconds to wait before another attempt is allowed, or 0. Does not count anything. */
  async blockedFor(email: string, ip: string): Promise<number> {
    const [a, i] = await Promise.all([this.byAccount.get(norm(email)), this.byIp.get(ip)]);
    const points = this.byAccount.points;
    const wait = [a, i].filter((r): r is RateLimiterRes => !!r && r.consumedPoints >= points).map((r) => r.msBeforeNext);
    return wait.length ? Math.max(1, Math.ceil(Math.max(...wait) / 1000)) : 0;
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.byAccount.penalty(norm(email), 1), this.byIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(norm(email));
  }

  /** Counts one sign-up from this IP; returns seconds to wait if over the limit, else 0. */
  async signup(ip: string): Promise<number> {
    try {
      await this.signups.consume(ip);
      return 0;
    } catch (res) {
      if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw res;
    }
  }
}

function norm(email: string): string {
  return email.trim().toLowerCase();
}

const g = globalThis as unknown as { __authThrottle?: AuthThrottle };
/** One throttle per process (route handlers and the auth callbacks share it). */
export const authThrottle: AuthThrottle = (g.__authThrottle ??= new AuthThrottle());

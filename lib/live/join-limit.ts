/**
 * Join throttling so codes cannot be brute-forced: few wrong codes per address (a million
 * 6-digit codes against 20 guesses per 10 minutes), generous successful joins (a lecture
 * hall behind one NAT address). 429 with Retry-After when over.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export class JoinLimiter {
  private readonly joins: RateLimiterMemory;
  private readonly badCodes: RateLimiterMemory;

  constructor(opts: { joinsPerMinute: number; badCodesPer10Min: number }) {
    this.joins = new RateLimiterMemory({ keyPrefix: "join", points: opts.joinsPerMinute, duration: 60 });
    this.badCodes = new RateLimiterMemory({ keyPrefix: "badcode", points: opts.badCodesPer10Min, duration: 600 });
  }

  /** Seconds to wait, or 0 when this address may try to join now (counts the attempt). */
  async admit(ip: string): Promise<number> {
    const bad = await this.badCodes.get(ip);
    if (bad && bad.consumedPoints >= this.badCodes.points) return Math.max(1, Math.ceil(bad.msBeforeNext / 1000));
    try {
      await this.joins.consume(ip);
      return 0;
    } catch (res) {
      if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw res;
    }
  }

  async wrongCode(ip: string): Promise<void> {
    await this.badCodes.penalty(ip, 1);
  }
}

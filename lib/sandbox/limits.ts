/**
 * Admission control for sandbox runs: a global cap on concurrent runs and a per-client rate
 * limit. Over either, the caller gets how long to wait (Retry-After).
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface GateOptions {
  maxConcurrent: number;
  perMinute: number;
}

export type Admission = { ok: true; release: () => void } | { ok: false; reason: "busy" | "rate"; retryAfterSec: number };

export class SandboxGate {
  private active = 0;
  /** Runs ever admitted (a run that was rejected by validation never gets here). */
  admittedTotal = 0;
  private readonly limiter: RateLimiterMemory;

  constructor(readonly options: GateOptions) {
    this.limiter = new RateLimiterMemory({ points: options.perMinute, duration: 60 });
  }

  get running(): number {
    return this.active;
  }

  async admit(clientKey: string): Promise<Admission> {
    if (this.active >= this.options.maxConcurrent) return { ok: false, reason: "busy", retryAfterSec: 1 };
    try {
      await this.limiter.consume(clientKey);
    } catch (res) {
      if (res instanceof RateLimiterRes) return { ok: false, reason: "rate", retryAfterSec: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
      throw res;
    }
    // Re-check: another request may have been admitted while we awaited the limiter.
    if (this.active >= this.options.maxConcurrent) return { ok: false, reason: "busy", retryAfterSec: 1 };
    this.active++;
    this.admittedTotal++;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (!released) {
          released = true;
          this.active--;
        }
      },
    };
  }
}

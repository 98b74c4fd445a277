/**
 * Admission control for sandbox runs: a global cap on concurrent runs and a per-client rate
 * limit. Over either, the caller gets how long to wait (Retry-After).
 */
/** The per-client rate limit itself lives with every other limit (lib/http/limits.ts). */
export interface RateCheck {
  consume(key: string): Promise<number>;
}

export interface GateOptions {
  maxConcurrent: number;
  /** Runs at once per client key, so one client cannot hold every slot. */
  maxPerClient?: number;
  rate: RateCheck;
}

export type Admission = { ok: true; release: () => void } | { ok: false; reason: "busy" | "rate"; retryAfterSec: number };

export class SandboxGate {
  private active = 0;
  /** Runs ever admitted (a run that was rejected by validation never gets here). */
  admittedTotal = 0;
  private readonly perClient = new Map<string, number>();

  constructor(readonly options: GateOptions) {}

  get running(): number {
    return this.active;
  }

  async admit(clientKey: string): Promise<Admission> {
    if (this.active >= this.options.maxConcurrent) return { ok: false, reason: "busy", retryAfterSec: 1 };
    if ((this.perClient.get(clientKey) ?? 0) >= (this.options.maxPerClient ?? Infinity)) return { ok: false, reason: "busy", retryAfterSec: 1 };
    const wait = await this.options.rate.consume(clientKey);
    if (wait) return { ok: false, reason: "rate", retryAfterSec: wait };
    // Re-check both caps: other requests (this client's own burst, too) may have been admitted while we awaited the limiter.
    if (this.active >= this.options.maxConcurrent) return { ok: false, reason: "busy", retryAfterSec: 1 };
    if ((this.perClient.get(clientKey) ?? 0) >= (this.options.maxPerClient ?? Infinity)) return { ok: false, reason: "busy", retryAfterSec: 1 };
    this.active++;
    this.admittedTotal++;
    this.perClient.set(clientKey, (this.perClient.get(clientKey) ?? 0) + 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (!released) {
          released = true;
          this.active--;
          const left = (this.perClient.get(clientKey) ?? 1) - 1;
          if (left > 0) this.perClient.set(clientKey, left);
          else this.perClient.delete(clientKey);
        }
      },
    };
  }
}

/**
 * One sandbox run: the clock, the event log, every handle the run opened, and the ports it
 * owns. Everything opened is tracked so closeAll() can release it on success, error,
 * deadline or cancellation.
 */
import type dgram from "node:dgram";
import type net from "node:net";
import { snapshot } from "./kernel";
import type { Endpoint, KernelRow, KernelSnapshot, Pair, SandboxEvent } from "./types";

type Handle = net.Socket | net.Server | dgram.Socket;

export class RunAborted extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "RunAborted";
  }
}

/** Text preview of bytes: printable ASCII and Hangul as is, the rest escaped, at most 64 chars. */
export function preview(buf: Buffer): string {
  const s = buf.toString("utf8");
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += (c >= 0x20 && c < 0x7f) || (c >= 0xac00 && c <= 0xd7a3) ? ch : c === 0x0a ? "\\n" : c < 0x100 ? `\\x${c.toString(16).padStart(2, "0")}` : `\\u{${c.toString(16)}}`;
    if (out.length >= 64) return `${out.slice(0, 64)}…`;
  }
  return out;
}

export function endpointOf(address: string | undefined, port: number | undefined): Endpoint {
  return { address: address ?? "?", port: port ?? 0 };
}

export class Run {
  readonly events: SandboxEvent[] = [];
  readonly ports = new Set<number>();
  private readonly handles = new Set<Handle>();
  private readonly t0 = performance.now();
  private counters = new Map<string, number>();
  /** Set once the run opens an IPv6 socket: snapshots then read the tcp6/udp6 tables too. */
  ipv6 = false;

  constructor(
    readonly signal: AbortSignal,
    private readonly onEvent?: (e: SandboxEvent) => void,
  ) {}

  now(): number {
    return Math.round((performance.now() - this.t0) * 100) / 100;
  }

  /** A fresh handle id: L1, A1, C1, U1… */
  nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}${n}`;
  }

  emit(event: Omit<SandboxEvent, "t">): SandboxEvent {
    this.checkAborted();
    const e = { t: this.now(), ...event };
    this.events.push(e);
    this.onEvent?.(e);
    return e;
  }

  /** The kernel's socket table for this run's ports, right now, without recording an event. */
  table(opts: { tcpInfo?: boolean } = {}): KernelSnapshot {
    return snapshot(this.ports, { ipv6: this.ipv6, tcpInfo: opts.tcpInfo });
  }

  /** A kernel event: the kernel's socket table for this run's ports, right now. */
  kernel(note: Pair, highlight?: string, opts: { tcpInfo?: boolean } = {}): SandboxEvent {
    return this.emit({ actor: "kernel", call: "kernel", note, kernel: this.table(opts), ...(highlight && { highlight }) });
  }

  /**
   * A kernel event taken once `ready` holds for the table (or after `timeoutMs`): some states
   * need a moment on loopback (a delayed ACK turns FIN_WAIT1 into FIN_WAIT2).
   */
  async kernelWhen(note: Pair, ready: (rows: KernelRow[]) => boolean, highlight?: string, timeoutMs = 300, opts: { tcpInfo?: boolean } = {}): Promise<SandboxEvent> {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      const snap = this.table(opts);
      if (!snap.available || ready(snap.rows)) break;
      await this.sleep(3);
    }
    return this.kernel(note, highlight, opts);
  }

  track<H extends Handle>(h: H): H {
    this.handles.add(h);
    return h;
  }

  own(port: number | undefined): void {
    if (port) this.ports.add(port);
  }

  checkAborted(): void {
    if (this.signal.aborted) throw new RunAborted(String(this.signal.reason ?? "aborted"));
  }

  /** Awaits a promise, but gives up as soon as the run is aborted. */
  async wait<T>(promise: Promise<T>): Promise<T> {
    this.checkAborted();
    return await new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new RunAborted(String(this.signal.reason ?? "aborted")));
      this.signal.addEventListener("abort", onAbort, { once: true });
      promise.then(
        (v) => {
          this.signal.removeEventListener("abort", onAbort);
          resolve(v);
        },
        (err) => {
          this.signal.removeEventListener("abort", onAbort);
          reject(err);
        },
      );
    });
  }

  sleep(ms: number): Promise<void> {
    return this.wait(new Promise((r) => setTimeout(r, ms)));
  }

  /** Closes every handle the run opened; resolves when all report closed (or after 500 ms). */
  async closeAll(): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const h of this.handles) {
      pending.push(
        new Promise<void>((resolve) => {
          if ("destroyed" in h && h.destroyed) return resolve();
          h.once("close", () => resolve());
          try {
            if ("destroy" in h && typeof h.destroy === "function") (h as net.Socket).destroy();
            else (h as net.Server | dgram.Socket).close();
          } catch {
            resolve(); // already closed
          }
        }),
      );
    }
    this.handles.clear();
    await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 500))]);
  }
}

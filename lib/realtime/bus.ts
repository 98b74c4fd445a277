/**
 * Fan-out for realtime features inside one process. Publishers say "channel X changed" with a
 * small message; every subscriber (one per open SSE stream) reacts. Between app instances
 * (PostgreSQL), lib/live/cluster.ts carries "session X changed" with LISTEN/NOTIFY; each
 * instance reloads the session and publishes here for its own streams (docs/architecture.md,
 * "Live quizzes").
 */
export type Listener<T> = (message: T) => void;

export interface RealtimeBus {
  publish<T>(channel: string, message: T): void;
  subscribe<T>(channel: string, listener: Listener<T>): () => void;
  /** Open subscriptions on a channel (for tests and metrics). */
  subscribers(channel: string): number;
}

export class InProcessBus implements RealtimeBus {
  private readonly channels = new Map<string, Set<Listener<unknown>>>();

  publish<T>(channel: string, message: T): void {
    const listeners = this.channels.get(channel);
    if (!listeners) return;
    for (const l of [...listeners]) {
      try {
        l(message);
      } catch (err) {
        console.error(`[realtime] listener on ${channel} failed`, err); // one broken stream never stops the others
      }
    }
  }

  subscribe<T>(channel: string, listener: Listener<T>): () => void {
    let set = this.channels.get(channel);
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(listener as Listener<unknown>);
    return () => {
      set.delete(listener as Listener<unknown>);
      if (set.size === 0) this.channels.delete(channel);
    };
  }

  subscribers(channel: string): number {
    return this.channels.get(channel)?.size ?? 0;
  }
}

const g = globalThis as unknown as { __realtimeBus?: RealtimeBus };
/** The process's bus: route handlers and the live-session service share it. */
export const bus: RealtimeBus = (g.__realtimeBus ??= new InProcessBus());

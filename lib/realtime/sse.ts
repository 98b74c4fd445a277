/**
 * Server-Sent Events over a Web ReadableStream: events with ids (for Last-Event-ID resume),
 * comment heartbeats that keep proxies from closing idle streams, and cleanup when the
 * client goes away.
 */
export const HEARTBEAT_MS = 15_000;

export interface SseWriter {
  send(event: string, data: string, id?: number | string): void;
  /**
   * Like send, for events that carry a whole state: when the reader is behind (the queue is
   * full), only the newest such event is kept and written once the reader catches up.
   */
  sendLatest(event: string, data: string, id?: number | string): void;
  /** Ends the stream from the server side (the subscription is released). */
  close(): void;
  closed(): boolean;
}

/** Chunks queued for a slow reader before latest-wins kicks in, and before the stream is dropped. */
const HIGH_WATER = 16;
const DROP_AT = 256;

export function sseResponse(signal: AbortSignal, start: (w: SseWriter) => () => void, heartbeatMs = HEARTBEAT_MS): Response {
  const encoder = new TextEncoder();
  let stop: (() => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let done = false;
  let pending: string | undefined;
  let ctl: ReadableStreamDefaultController<Uint8Array> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    pull() {
      if (pending !== undefined && ctl && !done) {
        const chunk = pending;
        pending = undefined;
        ctl.enqueue(encoder.encode(chunk));
      }
    },
    start(controller) {
      ctl = controller;
      const close = () => {
        if (done) return;
        done = true;
        if (timer) clearInterval(timer);
        stop?.();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      const frame = (event: string, data: string, id?: number | string) => `${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${data}\n\n`;
      const write = (chunk: string) => {
        if (done) return;
        // A reader this far behind is gone or hostile: drop it (EventSource resyncs on reconnect).
        if ((controller.desiredSize ?? 0) <= HIGH_WATER - DROP_AT) {
          close();
          pending = undefined;
          try {
            controller.error(new Error("event stream reader too slow")); // frees the queue at once
          } catch {
            /* already errored */
          }
          return;
        }
        try {
          if (pending !== undefined) {
            const p = pending;
            pending = undefined;
            controller.enqueue(encoder.encode(p));
          }
          controller.enqueue(encoder.encode(chunk));
        } catch {
          close();
        }
      };
      const writer: SseWriter = {
        send(event, data, id) {
          write(frame(event, data, id));
        },
        sendLatest(event, data, id) {
          if (done) return;
          if ((controller.desiredSize ?? 1) <= 0) pending = frame(event, data, id);
          else write(frame(event, data, id));
        },
        close,
        closed: () => done,
      };
      // Tell EventSource to come back quickly after a drop.
      controller.enqueue(encoder.encode("retry: 1500\n\n"));
      stop = start(writer);
      if (done) {
        stop(); // closed while starting: release what start() subscribed
        return;
      }
      timer = setInterval(() => {
        if ((controller.desiredSize ?? 1) <= 0) return; // the reader is behind: no need to prove we are alive
        try {
          controller.enqueue(encoder.encode(`: ping ${Date.now()}\n\n`));
        } catch {
          close();
        }
      }, heartbeatMs);
      signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      pending = undefined;
      done = true;
      if (timer) clearInterval(timer);
      stop?.();
    },
  }, new CountQueuingStrategy({ highWaterMark: HIGH_WATER }));
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}

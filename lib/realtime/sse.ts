/**
 * Server-Sent Events over a Web ReadableStream: events with ids (for Last-Event-ID resume),
 * comment heartbeats that keep proxies from closing idle streams, and cleanup when the
 * client goes away.
 */
export const HEARTBEAT_MS = 15_000;

export interface SseWriter {
  send(event: string, data: string, id?: number | string): void;
  /** Ends the stream from the server side (the subscription is released). */
  close(): void;
  closed(): boolean;
}

export function sseResponse(signal: AbortSignal, start: (w: SseWriter) => () => void, heartbeatMs = HEARTBEAT_MS): Response {
  const encoder = new TextEncoder();
  let stop: (() => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
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
      const writer: SseWriter = {
        send(event, data, id) {
          if (done) return;
          try {
            controller.enqueue(encoder.encode(`${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${data}\n\n`));
          } catch {
            close();
          }
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
        try {
          controller.enqueue(encoder.encode(`: ping ${Date.now()}\n\n`));
        } catch {
          close();
        }
      }, heartbeatMs);
      signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      done = true;
      if (timer) clearInterval(timer);
      stop?.();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}

"use client";
/**
 * One EventSource per tab on a live session. Keeps the latest view, the connection status,
 * and the offset between the server's clock and ours (the countdown follows the server).
 * EventSource reconnects by itself and sends Last-Event-ID; the server replies with the
 * current view if anything changed meanwhile.
 */
import { useEffect, useState } from "react";

export type Connection = "connecting" | "open" | "reconnecting" | "closed";

export function useLive<T extends { emittedAt?: number; serverNow?: number }>(url: string): { view: T | null; connection: Connection; offset: number; kicked: boolean } {
  const [view, setView] = useState<T | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [offset, setOffset] = useState(0);
  const [kicked, setKicked] = useState(false);
  useEffect(() => {
    const es = new EventSource(url);
    es.addEventListener("open", () => setConnection("open"));
    es.addEventListener("error", () => setConnection(es.readyState === EventSource.CLOSED ? "closed" : "reconnecting"));
    es.addEventListener("state", (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as T;
      if (typeof data.serverNow === "number") setOffset(data.serverNow - Date.now());
      setView(data);
      setConnection("open");
    });
    // The quiz is over (or this tab was replaced by a newer one of the same player): stop, no reconnect.
    for (const ev of ["end", "replaced"]) {
      es.addEventListener(ev, () => {
        es.close();
        setConnection(ev === "end" ? "open" : "closed");
      });
    }
    es.addEventListener("kicked", () => {
      setKicked(true);
      es.close();
      setConnection("closed");
    });
    return () => es.close();
  }, [url]);
  return { view, connection, offset, kicked };
}

/** Seconds left until `endsAt` (server time), ticking 4× a second. */
export function useCountdown(endsAt: number | null, offset: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [endsAt]);
  return endsAt === null ? null : Math.max(0, Math.ceil((endsAt - (now + offset)) / 1000));
}

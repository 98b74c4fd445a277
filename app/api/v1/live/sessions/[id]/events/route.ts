import { z } from "zod";
import { channelOf, hostChannelOf, hostView, playerView } from "@/lib/dal/live";
import { env } from "@/lib/env";
import { idParams, route, tooMany } from "@/lib/http/route";
import { bus } from "@/lib/realtime/bus";
import { sseResponse } from "@/lib/realtime/sse";
import { StreamCaps } from "@/lib/realtime/stream-caps";
import { idSchema } from "@/lib/validation/live";

const query = z.object({ role: z.enum(["host", "player"]).optional(), locale: z.enum(["ko", "en"]).optional() }).strict();

/** Host answer-count updates are coalesced to at most this often. */
const HOST_REFRESH_MS = 200;

const g = globalThis as unknown as { __liveStreamCaps?: StreamCaps };
export const liveStreamCaps = (g.__liveStreamCaps ??= new StreamCaps({ perViewer: env.LIVE_STREAMS_PER_VIEWER, perAddress: env.LIVE_STREAMS_PER_ADDRESS }));

/**
 * One SSE stream per tab. Event `state` carries the viewer's whole view, with the state
 * version as its id: a client reconnecting with Last-Event-ID equal to the current version
 * gets nothing it already has; otherwise the current view at once. `emittedAt` is when the
 * server announced the change (fan-out latency). A kicked player gets `kicked` and the end;
 * when the quiz ends every stream gets the final view and `end`, and a reconnect after that
 * gets 204 (EventSource stops). Open streams are capped per cookie (the oldest is replaced)
 * and per address (429).
 */
export const GET = route({ path: "/api/v1/live/sessions/[id]/events", auth: "viewer", params: idParams(idSchema), query }, async ({ req, viewer, client, locale }) => {
  const { rt } = viewer;
  const lastSeen = Number(req.headers.get("last-event-id") ?? Number.NaN);
  if (rt.state.phase === "ended" && lastSeen === rt.state.version) return new Response(null, { status: 204 });
  const viewerKey = viewer.kind === "host" ? `host:${rt.id}:${viewer.user.id}` : `player:${viewer.player.id}`;
  let closeStream: () => void = () => undefined;
  const ticket = liveStreamCaps.open(viewerKey, client.address, () => closeStream());
  if (!ticket) throw tooMany(5, locale, locale === "ko" ? "이 주소에서 열린 실시간 연결이" : "open live connections from this address");

  return sseResponse(req.signal, (w) => {
    closeStream = () => {
      w.send("replaced", "{}");
      w.close();
    };
    const send = (emittedAt: number) => {
      if (viewer.kind === "player" && viewer.player.kicked) {
        w.send("kicked", "{}");
        w.close();
        return;
      }
      const view = viewer.kind === "host" ? hostView(rt) : playerView(rt, viewer.player);
      // Latest-wins under backpressure: views are whole, so a slow reader only needs the newest.
      w.sendLatest("state", JSON.stringify({ ...view, emittedAt, serverNow: Date.now() }), rt.state.version);
      if (rt.state.phase === "ended") {
        w.send("end", "{}");
        w.close();
      }
    };
    // Players: nothing to resend if they already have this version. The host's roster and
    // answer counts change without a new version, so a host always gets the current view.
    if (viewer.kind === "host" || lastSeen !== rt.state.version || rt.state.phase === "ended") send(Date.now());
    const offMain = bus.subscribe<{ emittedAt: number; evicted?: boolean }>(channelOf(rt.id), (m) => (m.evicted ? w.close() : send(m.emittedAt)));
    let offHost: (() => void) | undefined;
    let pending: ReturnType<typeof setTimeout> | undefined;
    if (viewer.kind === "host") {
      offHost = bus.subscribe<{ emittedAt: number }>(hostChannelOf(rt.id), (m) => {
        pending ??= setTimeout(() => {
          pending = undefined;
          send(m.emittedAt);
        }, HOST_REFRESH_MS);
      });
    }
    return () => {
      ticket.release();
      if (pending) clearTimeout(pending);
      offMain();
      offHost?.();
    };
  });
});

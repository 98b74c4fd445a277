import { z } from "zod";
import { channelOf, hostChannelOf, hostView, playerView } from "@/lib/dal/live";
import { apiHandler, parseWith, searchParamsObject } from "@/lib/http/api";
import { viewerOf } from "@/lib/http/live";
import { bus } from "@/lib/realtime/bus";
import { sseResponse } from "@/lib/realtime/sse";
import { idSchema } from "@/lib/validation/live";

type Ctx = { params: Promise<{ id: string }> };
const querySchema = z.object({ role: z.enum(["host", "player"]).optional(), locale: z.enum(["ko", "en"]).optional() }).strict();

/** Host answer-count updates are coalesced to at most this often. */
const HOST_REFRESH_MS = 200;

/**
 * One SSE stream per tab. Event `state` carries the viewer's whole view, with the state
 * version as its id: a client reconnecting with Last-Event-ID equal to the current version
 * gets nothing it already has; otherwise the current view at once. `emittedAt` is when the
 * server announced the change (fan-out latency). A kicked player gets `kicked` and the end.
 */
export const GET = apiHandler<Ctx>("/api/v1/live/sessions/[id]/events", async (req, { params, locale }) => {
  const id = parseWith(idSchema, (await params).id, locale);
  const q = parseWith(querySchema, searchParamsObject(req.url), locale);
  const viewer = await viewerOf(req, id, q.role === "host");
  const { rt } = viewer;
  const lastSeen = Number(req.headers.get("last-event-id") ?? Number.NaN);

  return sseResponse(req.signal, (w) => {
    const send = (emittedAt: number) => {
      if (viewer.kind === "player" && viewer.player.kicked) {
        w.send("kicked", "{}");
        w.close();
        return;
      }
      const view = viewer.kind === "host" ? hostView(rt) : playerView(rt, viewer.player);
      w.send("state", JSON.stringify({ ...view, emittedAt, serverNow: Date.now() }), rt.state.version);
    };
    // Players: nothing to resend if they already have this version. The host's roster and
    // answer counts change without a new version, so a host always gets the current view.
    if (viewer.kind === "host" || lastSeen !== rt.state.version) send(Date.now());
    const offMain = bus.subscribe<{ emittedAt: number }>(channelOf(rt.id), (m) => send(m.emittedAt));
    let offHost: (() => void) | undefined;
    if (viewer.kind === "host") {
      let pending: ReturnType<typeof setTimeout> | undefined;
      offHost = bus.subscribe<{ emittedAt: number }>(hostChannelOf(rt.id), (m) => {
        pending ??= setTimeout(() => {
          pending = undefined;
          send(m.emittedAt);
        }, HOST_REFRESH_MS);
      });
    }
    return () => {
      offMain();
      offHost?.();
    };
  });
});

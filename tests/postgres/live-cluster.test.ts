/**
 * The cross-instance bus and clock ownership (lib/live/cluster.ts) against a real PostgreSQL:
 * two members, as two app instances would be. A session's clock has one owner at a time; when
 * the owner's connection dies (its backend terminated, as when PostgreSQL restarts it or the
 * instance is killed) the lock is freed and the other member takes it; the member that lost its
 * connection notices, reconnects, LISTENs again and is told to resync; notices then reach it again.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { LiveCluster, NOTIFY_CHANNEL, type Notice } from "@/lib/live/cluster";

const url = process.env.DATABASE_URL!;

function member() {
  const c = new LiveCluster(url);
  const seen: Notice[] = [];
  const events = { resync: 0, lost: 0 };
  c.hooks = { onNotice: (n) => seen.push(n), onResync: () => events.resync++, onLost: () => events.lost++, onTick: () => undefined };
  return { c, seen, events };
}

async function eventually(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const admin = new pg.Client({ connectionString: url });
const started: LiveCluster[] = [];
afterAll(async () => {
  await Promise.all(started.map((c) => c.stop()));
  await admin.end().catch(() => undefined);
});

describe("live quizzes on several instances: the PostgreSQL bus and clock ownership", () => {
  it("one owner per session; the other takes over when the owner's backend dies; LISTEN comes back", async () => {
    await admin.connect();
    const a = member();
    const b = member();
    started.push(a.c, b.c);
    await a.c.start();
    await b.c.start();
    expect(a.c.connected && b.c.connected).toBe(true);
    expect(a.events.resync).toBe(1);

    const session = randomUUID();
    const other = randomUUID();
    expect(await a.c.claim(session)).toBe(true);
    expect(await b.c.claim(session)).toBe(false);
    expect(a.c.owns(session) && !b.c.owns(session)).toBe(true);
    // Another session is independent.
    expect(await b.c.claim(other)).toBe(true);

    // Notices reach the other member, never their sender.
    await admin.query("SELECT pg_notify($1, $2)", [NOTIFY_CHANNEL, a.c.notice(session, 7, "state")]);
    await eventually(() => b.seen.length === 1);
    expect(b.seen[0]).toMatchObject({ s: session, v: 7, k: "state" });
    expect(a.seen).toHaveLength(0);
    // Malformed payloads are ignored.
    await admin.query("SELECT pg_notify($1, $2)", [NOTIFY_CHANNEL, "{not json"]);
    await admin.query("SELECT pg_notify($1, $2)", [NOTIFY_CHANNEL, JSON.stringify({ s: session, v: "x", k: "state", o: "zz" })]);

    // A's backend is terminated: A learns it lost its clocks, B can take the session over.
    const pid = await a.c.backendPid();
    expect(pid).toBeGreaterThan(0);
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    await eventually(() => a.events.lost === 1);
    expect(a.c.owns(session)).toBe(false);
    await eventually(() => b.c.claim(session));
    expect(b.c.owns(session)).toBe(true);

    // A reconnects by itself, LISTENs again and is told to resync (notices sent while it was away are gone).
    await eventually(() => a.c.connected && a.events.resync === 2);
    expect(a.c.connects).toBe(2);
    expect(await a.c.backendPid()).not.toBe(pid);
    expect(await a.c.claim(session)).toBe(false); // B holds it now
    await admin.query("SELECT pg_notify($1, $2)", [NOTIFY_CHANNEL, b.c.notice(session, 8, "answers")]);
    await eventually(() => a.seen.some((n) => n.v === 8));
    expect(a.seen.filter((n) => n.v === 8)).toEqual([{ s: session, v: 8, k: "answers", o: b.c.instanceId }]);
    expect(b.seen.filter((n) => n.v === 8)).toHaveLength(0);
    expect(b.seen).toHaveLength(1); // the malformed ones never reached a hook

    // Releasing frees the clock for the next claimant.
    await b.c.release(session);
    expect(await a.c.claim(session)).toBe(true);
  });
});

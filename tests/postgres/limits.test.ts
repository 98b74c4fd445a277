/**
 * Rate limits on PostgreSQL hold across app instances: two `Limit`s with their own connection
 * pools (two instances) count against one budget; long keys fit; and an unreachable database
 * falls back to counting in memory instead of failing requests or letting them all through.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Limit } from "@/lib/http/limits";

const url = process.env.DATABASE_URL!;
/** The same database through a separate pool, as a second instance would have. */
const instance = (name: string) => {
  const u = new URL(url);
  u.searchParams.set("application_name", name);
  return { kind: "postgres" as const, url: u.toString() };
};

describe("rate limits on PostgreSQL", () => {
  it("count across instances: a budget of 3 spent on two instances is spent", async () => {
    const name = `t-${randomUUID()}`;
    const a = new Limit(name, 3, 60, instance("a"));
    const b = new Limit(name, 3, 60, instance("b"));
    expect(await a.consume("10.0.0.1")).toBe(0);
    expect(await b.consume("10.0.0.1")).toBe(0);
    expect(await a.consume("10.0.0.1")).toBe(0);
    const wait = await b.consume("10.0.0.1");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    // Another key has its own budget.
    expect(await b.consume("10.0.0.2")).toBe(0);
  });

  it("accept keys longer than 255 characters (an email and an address)", async () => {
    const limit = new Limit(`t-${randomUUID()}`, 1, 60, instance("a"));
    const key = `${"a".repeat(240)}@example.com|2001:db8::1234:5678:9abc:def0`;
    expect(await limit.consume(key)).toBe(0);
    expect(await limit.consume(key)).toBeGreaterThan(0);
  });

  it("fall back to counting in memory when the database is unreachable", async () => {
    const down = new URL(url);
    down.port = "1"; // nothing listens there
    const limit = new Limit(`t-${randomUUID()}`, 2, 60, { kind: "postgres", url: down.toString() });
    expect(await limit.consume("10.0.0.9")).toBe(0);
    expect(await limit.consume("10.0.0.9")).toBe(0);
    expect(await limit.consume("10.0.0.9")).toBeGreaterThan(0);
  });
});

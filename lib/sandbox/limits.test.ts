import { describe, expect, it } from "vitest";
import { SandboxGate } from "./limits";

const free = { consume: async () => 0 };

describe("SandboxGate", () => {
  it("one client holds at most maxPerClient runs; others still get in; a release frees the slot", async () => {
    const gate = new SandboxGate({ maxConcurrent: 8, maxPerClient: 2, rate: free });
    const a1 = await gate.admit("ip:a");
    const a2 = await gate.admit("ip:a");
    const a3 = await gate.admit("ip:a");
    expect([a1.ok, a2.ok, a3.ok]).toEqual([true, true, false]);
    expect(a3).toMatchObject({ reason: "busy" });
    expect((await gate.admit("ip:b")).ok).toBe(true);
    if (a1.ok) a1.release();
    if (a1.ok) a1.release(); // twice: counted once
    expect((await gate.admit("ip:a")).ok).toBe(true);
    expect((await gate.admit("ip:a")).ok).toBe(false);
  });
  it("a burst from one client admits at most maxPerClient, even when every request passes the first check before any is counted", async () => {
    const slow = { consume: () => new Promise<number>((r) => setTimeout(() => r(0), 5)) };
    const gate = new SandboxGate({ maxConcurrent: 8, maxPerClient: 2, rate: slow });
    const results = await Promise.all(Array.from({ length: 20 }, () => gate.admit("ip:a")));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(gate.running).toBe(2);
    expect((await gate.admit("ip:b")).ok).toBe(true);
  });
});

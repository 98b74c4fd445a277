/** Namespace isolation: where unshare -rn works, runs happen in a private network namespace. */
import { afterAll, expect, it } from "vitest";
import { isolationMode, probeNamespace, probeWorker, runIsolated, stopWorker } from "@/lib/sandbox/isolation";

afterAll(() => stopWorker());

it("reports the mode in force, with a reason", () => {
  const mode = isolationMode();
  expect(["namespace", "in-process"]).toContain(mode.mode);
  expect(mode.detail.length).toBeGreaterThan(5);
});

it.runIf(probeNamespace().ok)(
  "in namespace mode the worker's network holds only the runs' own sockets, and results match the in-process shape",
  async () => {
    const idle = await probeWorker();
    expect(idle.pid).not.toBe(process.pid);
    const result = await runIsolated("tcp-multi-client", { clients: 2 });
    expect(result.summary.aborted).toBeUndefined();
    const rows = result.events.find((e) => e.call === "kernel")!.kernel!.rows;
    expect(rows.filter((r) => r.state === "ESTABLISHED")).toHaveLength(4);
    // Everything the namespace has is from sandbox runs: TIME_WAITs at most, no listeners left.
    const after = await probeWorker();
    expect(after.tcpSockets).toBeLessThanOrEqual(idle.tcpSockets + 2);
  },
  30_000,
);

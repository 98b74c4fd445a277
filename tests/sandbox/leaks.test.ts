/**
 * Leaks: after 1,000 runs in one process (scripts/sandbox-soak.ts, outside the test runner's
 * own bookkeeping), open file descriptors are back to baseline (±2), no LISTEN or ESTABLISHED
 * socket remains on any port the runs used, and the heap grew by less than 10 %.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it.runIf(process.platform === "linux")(
  "1,000 runs leave no descriptors, sockets or memory behind",
  () => {
    const res = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/sandbox-soak.ts", "1000"], { encoding: "utf8", timeout: 110_000 });
    expect(res.status, res.stderr).toBe(0);
    const r = JSON.parse(res.stdout.trim().split("\n").at(-1)!);
    expect(r.failed).toEqual([]);
    expect(r.portsUsed).toBeGreaterThan(1000);
    expect(Math.abs(r.after.fds - r.before.fds)).toBeLessThanOrEqual(2);
    expect(r.liveSockets).toBe(0);
    expect(r.after.heap).toBeLessThan(r.before.heap * 1.1);
  },
  120_000,
);

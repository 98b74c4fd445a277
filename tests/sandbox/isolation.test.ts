/** Namespace isolation: where unshare -rn works, runs happen in a private network namespace. */
import { afterAll, expect, it, vi } from "vitest";
import { isolationMode, probeNamespace, probeWorker, runIsolated, stopWorker, workerEnv } from "@/lib/sandbox/isolation";

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

const SECRETS = { AUTH_SECRET: "a".repeat(40), NEXTAUTH_SECRET: "b".repeat(40), DATABASE_URL: "file:/tmp/secret.db", GITHUB_SECRET: "gh-secret", GITHUB_ID: "gh-id", AWS_SECRET_ACCESS_KEY: "aws", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "k" };

it("the worker's environment is an allowlist: none of the server's secrets", () => {
  const env = workerEnv({ ...SECRETS, PATH: "/usr/bin", HOME: "/root", NODE_ENV: "production", NODE_OPTIONS: "--require evil.js", SANDBOX_KERNEL_VIEW: "proc" });
  expect(Object.keys(env).sort()).toEqual(["HOME", "NODE_ENV", "NODE_OPTIONS", "PATH", "SANDBOX_KERNEL_VIEW", "TSX_TSCONFIG_PATH"]);
  expect(env.NODE_OPTIONS).toBe("");
  expect(env.TSX_TSCONFIG_PATH).toMatch(/tsconfig\.server\.json$/);
  for (const value of Object.values(env)) for (const secret of Object.values(SECRETS)) expect(value).not.toBe(secret);
  expect(workerEnv({}).PATH).toBeTruthy(); // sh and ip still resolve
});

it.runIf(probeNamespace().ok)(
  "a real worker started while the server holds secrets sees none of them, and still runs scenarios",
  async () => {
    stopWorker();
    for (const [name, value] of Object.entries(SECRETS)) vi.stubEnv(name, value);
    try {
      const probe = await probeWorker();
      expect(probe.pid).not.toBe(process.pid);
      for (const name of Object.keys(SECRETS)) expect(probe.envNames).not.toContain(name);
      expect(probe.envNames).toContain("PATH");
      const result = await runIsolated("tcp-multi-client", { clients: 1 });
      expect(result.summary.aborted).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
      stopWorker();
    }
  },
  30_000,
);

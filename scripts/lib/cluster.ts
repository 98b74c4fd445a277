/**
 * Several app instances behind nginx, the way docs/deployment.md deploys them: K production
 * servers (server.ts) on one PostgreSQL database, sharing AUTH_SECRET and
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, with TRUST_PROXY=loopback, behind nginx running the
 * repository's deploy/nginx.conf (only its lines marked "rewritten" are changed: ports, paths,
 * the upstream list). For the cluster tests and `bench:live --instances K`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensurePrivateDir } from "../../lib/private-files";
import { BENCH_UNLIMITED, buildApp, preparePostgres, startServer, waitForHealthy } from "./server";

export const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

export function nginxAvailable(): boolean {
  return existsSync(NGINX);
}

/** deploy/nginx.conf with its "rewritten" lines pointed at `dir`, `port` and the instances' ports. */
export function nginxConfig(dir: string, port: number, upstreams: number[], showUpstream = false): string {
  const src = readFileSync(path.resolve("deploy/nginx.conf"), "utf8");
  let upstreamDone = false;
  return src
    .split("\n")
    .flatMap((line) => {
      if (!line.includes("# rewritten")) return [line];
      const indent = /^\s*/.exec(line)![0];
      const directive = line.trim().split(/\s+/)[0]!;
      if (directive === "server") {
        if (upstreamDone) return [];
        upstreamDone = true;
        return upstreams.map((p) => `${indent}${line.trim().replace(/^server \S+/, `server 127.0.0.1:${p}`).replace(/\s*# rewritten$/, "")}`);
      }
      // (Tests: which instance answered, in a response header — not in the shipped file.)
      if (directive === "listen") return [`${indent}listen 127.0.0.1:${port};`, ...(showUpstream ? [`${indent}add_header X-Psl-Upstream $upstream_addr always;`] : [])];
      if (directive === "pid") return [`${indent}pid ${path.join(dir, "nginx.pid")};`];
      if (directive === "error_log") return [`${indent}error_log ${path.join(dir, "nginx-error.log")} warn;`];
      if (directive.endsWith("_temp_path")) return [`${indent}${directive} ${path.join(dir, directive.replace("_temp_path", ""))};`];
      throw new Error(`deploy/nginx.conf: no rewrite rule for "${line.trim()}"`);
    })
    .join("\n");
}

export interface Cluster {
  /** The proxy's address: what players and the host use. */
  base: string;
  /** Each instance's own address (tests reach one directly). */
  direct: string[];
  procs: (ChildProcess | undefined)[];
  /** Kills instance i with the signal (default SIGKILL) and waits until it is gone. */
  kill(i: number, signal?: NodeJS.Signals): Promise<void>;
  /** Starts instance i again (after a kill) and waits until it is healthy. */
  restart(i: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startCluster(opts: { name: string; port: number; instances: number; databaseUrl: string; env?: Record<string, string>; stdio?: "inherit" | "ignore"; showUpstream?: boolean }): Promise<Cluster> {
  const dir = path.resolve("data", opts.name);
  rmSync(dir, { recursive: true, force: true }); // (nginx appends to its log: start clean)
  ensurePrivateDir(dir);
  for (const t of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, t), { recursive: true });
  // Shared by every instance, as docs/deployment.md requires.
  const shared = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    DATABASE_URL: opts.databaseUrl,
    TRUST_PROXY: "loopback",
    ...opts.env,
  };
  const ports = Array.from({ length: opts.instances }, (_, i) => opts.port + 1 + i);
  const procs: (ChildProcess | undefined)[] = ports.map((p) => startServer(p, shared, opts.stdio ?? "ignore"));
  const direct = ports.map((p) => `http://127.0.0.1:${p}`);
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfig(dir, opts.port, ports, opts.showUpstream));
  const asRoot = process.getuid?.() === 0 ? " user root;" : ""; // (workers would switch to nobody, who cannot enter the 0700 folder)
  const nginx = spawn(NGINX, ["-p", dir, "-c", conf, "-g", `daemon off;${asRoot}`], { stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${opts.port}`;
  const gone = (p: ChildProcess) => new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once("exit", () => r())));
  try {
    await Promise.all(direct.map((u) => waitForHealthy(u, 120_000)));
    await waitForHealthy(base, 20_000);
  } catch (err) {
    for (const p of procs) p?.kill("SIGKILL");
    nginx.kill("SIGTERM");
    throw err;
  }
  return {
    base,
    direct,
    procs,
    async kill(i, signal = "SIGKILL") {
      const p = procs[i];
      if (!p) return;
      p.kill(signal);
      await gone(p);
      procs[i] = undefined;
    },
    async restart(i) {
      procs[i] = startServer(ports[i]!, shared, opts.stdio ?? "ignore");
      await waitForHealthy(direct[i]!, 120_000);
    },
    async stop() {
      await Promise.all(
        procs.map(async (p) => {
          if (!p) return;
          p.kill("SIGTERM");
          await gone(p);
        }),
      );
      nginx.kill("SIGQUIT");
      await gone(nginx);
    },
  };
}

/**
 * For benchmarks: a fresh seeded PostgreSQL database, a fresh build (BENCH_REUSE_BUILD=1 skips
 * it), K instances behind nginx — then `fn(proxy address, instance pids)`; all stopped and the
 * database dropped whatever happens.
 */
export async function withBenchCluster<T>(name: string, port: number, instances: number, fn: (base: string, pids: number[]) => Promise<T>, env: Record<string, string> = {}, prepare?: (databaseUrl: string) => Promise<void>): Promise<T> {
  const pgDb = await preparePostgres(name);
  try {
    if (prepare) await prepare(pgDb.url);
    buildApp(process.env.BENCH_REUSE_BUILD !== "1");
    const cluster = await startCluster({ name, port, instances, databaseUrl: pgDb.url, env: { ...BENCH_UNLIMITED, ...env } });
    try {
      return await fn(cluster.base, cluster.procs.map((p) => p!.pid!));
    } finally {
      await cluster.stop();
    }
  } finally {
    await new Promise((r) => setTimeout(r, 500));
    await pgDb.drop();
  }
}

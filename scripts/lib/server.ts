/**
 * Starts the app the way production does (`npm run serve`: server.ts) on a fresh, seeded SQLite file
 * (or PostgreSQL database) —
 * shared by the e2e web server and the benchmarks.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePrivateDir } from "../../lib/private-files";
import { migrate } from "../db-migrate";
import { createDatabase, dropDatabases } from "./pg-admin";

const bin = (name: string) => path.resolve("node_modules/.bin", name);

export function prepareDatabase(dir: string, name = `db-${Date.now()}.db`): string {
  ensurePrivateDir(dir); // it holds a database and an auth secret: 0700 like data/
  const url = `file:${path.join(dir, name)}`;
  migrate(url, true);
  execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return url;
}

/**
 * A fresh, migrated and seeded PostgreSQL database on the server named by BENCH_POSTGRES_URL (or
 * TEST_POSTGRES_URL): a role that may create databases. Dropped by the returned function.
 */
export async function preparePostgres(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error("--db postgres needs BENCH_POSTGRES_URL: postgresql://user:password@host:port/db for a role that may create databases");
  const name = `psl_bench_${label.replace(/\W/g, "_")}_${Date.now()}`;
  const url = await createDatabase(admin, name);
  migrate(url, true);
  execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
  return { url, drop: () => dropDatabases(admin, name) };
}

export function buildApp(force = false): void {
  if (!force && existsSync(".next/BUILD_ID")) return;
  execFileSync(bin("next"), ["build"], { env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "ignore", "inherit"] });
}

/** Starts the production server (server.ts: Next.js plus the fast JSON path), as `npm run serve` does. */
export function startServer(port: number, env: Record<string, string>, stdio: "inherit" | "ignore" = "ignore"): ChildProcess {
  // BENCH_SERVER_NODE_ARGS: extra flags for the server's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a benchmark).
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  return spawn(process.execPath, ["--max-semi-space-size=64", ...extra, "--import", "tsx", "server.ts"], {
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", TSX_TSCONFIG_PATH: "tsconfig.server.json" },
    stdio: ["ignore", stdio, "inherit"],
  });
}

export async function waitForHealthy(baseURL: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${baseURL} did not become healthy in ${timeoutMs} ms`);
}

/** One load generator is one client address: per-address limits would measure 429s, not the app. */
export const BENCH_UNLIMITED = { GRADES_PER_MINUTE: "10000000", SIGNIN_PER_ADDRESS_15_MIN: "1000000", SIGNUPS_PER_HOUR: "1000000", LIVE_STREAMS_PER_ADDRESS: "1000000" };

/**
 * For benchmarks: a fresh seeded database under data/<name>, a fresh production build
 * (BENCH_REUSE_BUILD=1 skips it), the production server on `port` — then `fn(baseURL)`, and
 * the server is stopped whatever happens.
 */
export async function withBenchServer<T>(
  name: string,
  port: number,
  fn: (baseURL: string, server: ChildProcess) => Promise<T>,
  env: Record<string, string> = {},
  prepare?: (databaseUrl: string) => Promise<void>,
  database: "sqlite" | "postgres" = "sqlite",
): Promise<T> {
  const dir = path.resolve("data", name);
  rmSync(dir, { recursive: true, force: true });
  ensurePrivateDir(dir);
  const pgDb = database === "postgres" ? await preparePostgres(name) : undefined;
  const url = pgDb ? pgDb.url : prepareDatabase(dir);
  if (prepare) await prepare(url);
  // Always a fresh build unless asked otherwise: a stale .next silently measures old code.
  buildApp(process.env.BENCH_REUSE_BUILD !== "1");
  const server = startServer(port, { AUTH_SECRET_FILE: path.join(dir, "auth-secret"), ...BENCH_UNLIMITED, ...env, DATABASE_URL: url });
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(baseURL);
    return await fn(baseURL, server);
  } finally {
    server.kill("SIGTERM");
    if (pgDb) {
      await new Promise((r) => setTimeout(r, 500)); // let the server close its pool first
      await pgDb.drop();
    }
  }
}

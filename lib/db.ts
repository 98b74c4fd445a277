/**
 * The one database module: builds the Prisma client and chooses the driver adapter from
 * DATABASE_URL. Nothing else constructs a client. In development the client is cached
 * on globalThis so hot reloads do not open a new connection each time.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

/** Busy timeout for SQLite writers waiting on a lock (WAL mode is set by the migration step). */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export function createDb(url: string = env.DATABASE_URL, slowQueryMs = env.SLOW_QUERY_MS): Db {
  if (!url.startsWith("file:")) throw new Error(`Unsupported DATABASE_URL: ${url.split(":")[0]}:…`);
  const adapter = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => {
    if (e.duration >= slowQueryMs) console.warn(`[db] slow query ${e.duration} ms: ${e.query.slice(0, 200)}`);
  });
  return client;
}

const globalForDb = globalThis as unknown as { __db?: Db };

export const db: Db = globalForDb.__db ?? createDb();
if (env.NODE_ENV === "development") globalForDb.__db = db;

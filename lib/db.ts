/**
 * The one database module: builds the Prisma client and chooses the driver adapter from
 * DATABASE_URL — file:… is the embedded SQLite (better-sqlite3), postgresql://… is PostgreSQL
 * (node-postgres). Nothing else constructs a client or knows which database it talks to. In
 * development the client is cached on globalThis so hot reloads do not open new connections.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { dbKind } from "@/lib/db-kind";
import { env } from "@/lib/env";

/**
 * The client type the data layer is written against. Both generated clients come from the same
 * models (prisma/postgres/schema.prisma is generated from prisma/schema.prisma), so they have the
 * same API; the PostgreSQL one is used through this type.
 */
export type Db = PrismaClient;

/** Busy timeout for SQLite writers waiting on a lock (WAL mode is set by the migration step). */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export function createDb(url: string = env.DATABASE_URL, slowQueryMs = env.SLOW_QUERY_MS): Db {
  const log = [{ emit: "event" as const, level: "query" as const }];
  const onQuery = (e: { duration: number; query: string }) => {
    if (e.duration >= slowQueryMs) console.warn(`[db] slow query ${e.duration} ms: ${e.query.slice(0, 200)}`);
  };
  if (dbKind(url) === "sqlite") {
    const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS }), log });
    client.$on("query", onQuery);
    return client;
  }
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: env.PG_POOL_MAX }), log });
  client.$on("query", onQuery);
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { __db?: Db };

export const db: Db = globalForDb.__db ?? createDb();
if (env.NODE_ENV === "development") globalForDb.__db = db;

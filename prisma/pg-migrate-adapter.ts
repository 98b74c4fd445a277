/**
 * The PostgreSQL adapter the Prisma CLI (schema engine, `engine: "js"`) migrates through.
 * @prisma/adapter-pg 6.19.3 cannot describe a result column of type `name` (OID 19, used by
 * pg_catalog), so introspection — and with it `migrate deploy`, `migrate status` and
 * `migrate diff --from-url` — throws "Column type 'name' could not be deserialized"
 * (prisma/orm#27403). `name` is text of at most 63 bytes: the pool below reports such columns
 * as `text` (OID 25) before the adapter sees them. Runtime queries use the plain adapter
 * (lib/db.ts); see docs/decisions/016-postgresql.md.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** pg_catalog types the adapter cannot describe, as the text types it can: "char" (18) and name (19) as text, name[] (1003) as text[]. */
const AS_TEXT = new Map([
  [18, 25],
  [19, 25],
  [1003, 1009],
]);

type Result = { fields?: { dataTypeID: number }[] } | undefined;

function nameAsText<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as Result[]) for (const f of r?.fields ?? []) f.dataTypeID = AS_TEXT.get(f.dataTypeID) ?? f.dataTypeID;
  return result;
}

function wrapQuery<C extends { query: (...args: never[]) => unknown }>(client: C): C {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const out = query(...args);
    return out instanceof Promise ? out.then(nameAsText) : out;
  };
  return client;
}

/**
 * Every pool in this process reports `name` columns as `text`: the adapter also opens pools of
 * its own (the shadow database for `migrate diff --from-migrations`). Only the Prisma CLI loads
 * this module (prisma.config.ts); the app's runtime never does.
 */
let patched = false;
function patchPools(): void {
  if (patched) return;
  patched = true;
  const proto = pg.Pool.prototype as unknown as { query: (...a: unknown[]) => unknown; connect: (...a: unknown[]) => unknown };
  const query = proto.query;
  const connect = proto.connect;
  // (Its idle clients are then terminated by the server: a pool without an error listener would crash the CLI.)
  const quiet = (pool: unknown) => {
    const p = pool as pg.Pool & { pslQuiet?: boolean };
    if (!p.pslQuiet) {
      p.pslQuiet = true;
      p.on("error", () => undefined);
    }
  };
  proto.query = function (this: unknown, ...args: unknown[]) {
    quiet(this);
    // The adapter drops its shadow database before closing the shadow pool, so a plain DROP
    // fails ("being accessed by other users") and leaves the database behind.
    if (typeof args[0] === "string" && /^DROP DATABASE "prisma_migrate_shadow_db_[0-9a-f-]+"$/.test(args[0])) args[0] = `${args[0]} WITH (FORCE)`;
    const out = query.apply(this, args);
    return out instanceof Promise ? out.then(nameAsText) : out;
  };
  proto.connect = function (this: unknown, ...args: unknown[]) {
    quiet(this);
    const out = connect.apply(this, args);
    return out instanceof Promise ? out.then((c) => wrapQuery(c as pg.PoolClient)) : out;
  };
}

/**
 * Connection fields, not a connection string: the adapter makes its shadow database's pool from
 * `{ ...options, database }`, and a connection string there would override `database` and point
 * the shadow at the real database.
 */
function pgConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  const socket = u.searchParams.get("host");
  return {
    host: socket ?? (decodeURIComponent(u.hostname) || "127.0.0.1"),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
  };
}

export function pgMigrateAdapter(url: string): PrismaPg {
  patchPools();
  const config = pgConfig(url);
  // pg keeps a pool's password out of its enumerable options, so the shadow database's pool
  // (made from `{ ...options, database }`) would have none: libpq's variable fills it in.
  if (config.password) process.env.PGPASSWORD = String(config.password);
  return new PrismaPg(new pg.Pool({ ...config, max: 2 }));
}

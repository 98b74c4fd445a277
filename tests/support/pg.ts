/**
 * PostgreSQL test databases (the "postgres" vitest project; see vitest.config.ts). TEST_POSTGRES_URL
 * names a server and a role that may create databases; every database made here is named
 * `psl_t_<run>_…` and dropped when the run ends. A test file gets its own database copied from a
 * migrated template (CREATE DATABASE … TEMPLATE), as the SQLite tests copy a file.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";

export function adminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("TEST_POSTGRES_URL is not set");
  return url;
}

/** The same server and role, another database. */
export function urlFor(database: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates `name`, empty or as a copy of `template` (retrying while another copy of it is being made). */
export async function createDatabase(name: string, template?: string): Promise<string> {
  await withAdmin(async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`);
        return;
      } catch (err) {
        // 55006: the template is in use (another worker is copying it right now).
        if ((err as { code?: string }).code !== "55006" || attempt >= 50) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  });
  return urlFor(name);
}

export async function dropDatabases(prefix: string): Promise<void> {
  await withAdmin(async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix.replace(/_/g, "\\_")}%`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${quote(datname)} WITH (FORCE)`);
  });
}

/** Applies prisma/postgres/migrations the way `npm run db:migrate` does. */
export function migratePostgres(url: string): void {
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export function uniqueName(run: string, label: string): string {
  return `psl_t_${run}_${label}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
}

/**
 * Databases on a PostgreSQL server for tests and benchmarks, through a role that may create them
 * (TEST_POSTGRES_URL, BENCH_POSTGRES_URL). Each is made empty or as a copy of a template, and
 * dropped WITH (FORCE) so a test or benchmark that left connections open cannot leave it behind.
 */
import pg from "pg";

/** The same server and role as `adminUrl`, another database. */
export function urlFor(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates `name`, empty or as a copy of `template` (retrying while another copy of it is being made); returns its URL. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withAdmin(adminUrl, async (c) => {
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
  return urlFor(adminUrl, name);
}

/** Drops every database whose name starts with `prefix`. */
export async function dropDatabases(adminUrl: string, prefix: string): Promise<void> {
  await withAdmin(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix.replace(/_/g, "\\_")}%`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${quote(datname)} WITH (FORCE)`);
  });
}

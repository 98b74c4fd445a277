/**
 * PostgreSQL test databases (the "postgres" vitest project; see vitest.config.ts). TEST_POSTGRES_URL
 * names a server and a role that may create databases; every database made here is named
 * `psl_t_<run>_…` and dropped when the run ends. A test file gets its own database copied from a
 * migrated template (CREATE DATABASE … TEMPLATE), as the SQLite tests copy a file.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import * as admin from "../../scripts/lib/pg-admin";

export function adminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("TEST_POSTGRES_URL is not set");
  return url;
}

export const createDatabase = (name: string, template?: string) => admin.createDatabase(adminUrl(), name, template);
export const dropDatabases = (prefix: string) => admin.dropDatabases(adminUrl(), prefix);

/** Applies prisma/postgres/migrations the way `npm run db:migrate` does. */
export function migratePostgres(url: string): void {
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export function uniqueName(run: string, label: string): string {
  return `psl_t_${run}_${label}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
}

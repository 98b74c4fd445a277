/**
 * `npm run db:migrate` — apply the migrations to the database in DATABASE_URL (default
 * file:./data/app.db). SQLite (prisma/migrations): creates its folder (0700) and switches to WAL
 * journaling. PostgreSQL (prisma/postgres/migrations): `prisma migrate deploy`. The
 * database file is created 0600 before Prisma opens it; SQLite gives its -wal and -shm files
 * the database's own mode.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dbKind } from "../lib/db-kind";
import { createPrivateFile, ensurePrivateDir, restrictFiles } from "../lib/private-files";

export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

function prismaCli(args: string[], url: string, quiet: boolean): void {
  const prisma = path.resolve("node_modules/.bin/prisma");
  execFileSync(existsSync(prisma) ? prisma : "prisma", args, { env: { ...process.env, DATABASE_URL: url }, stdio: quiet ? "pipe" : "inherit" });
}

export function migrate(url: string, quiet = false): void {
  // PostgreSQL: prisma.config.ts picks prisma/postgres/ and an adapter the schema engine can
  // migrate through (prisma/pg-migrate-adapter.ts); `migrate status` agrees afterwards.
  if (dbKind(url) === "postgres") {
    prismaCli(["migrate", "deploy"], url, quiet);
    return;
  }
  const file = sqlitePath(url);
  ensurePrivateDir(path.dirname(file));
  createPrivateFile(file);
  restrictFiles(file, `${file}-wal`, `${file}-shm`, `${file}-journal`);
  prismaCli(["migrate", "deploy"], url, quiet);
  // WAL is a property of the file: set once here, every later connection gets it.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  restrictFiles(file, `${file}-wal`, `${file}-shm`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  if (existsSync(".env")) process.loadEnvFile(".env");
  migrate(process.env.DATABASE_URL ?? "file:./data/app.db");
}

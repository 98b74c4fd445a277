/**
 * `npm run db:migrate` — apply prisma/migrations to the database in DATABASE_URL (default
 * file:./data/app.db), creating its folder (0700), and switch SQLite to WAL journaling. The
 * database file is created 0600 before Prisma opens it; SQLite gives its -wal and -shm files
 * the database's own mode.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrivateFile, ensurePrivateDir, restrictFiles } from "../lib/private-files";

export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

export function migrate(url: string, quiet = false): void {
  const file = sqlitePath(url);
  ensurePrivateDir(path.dirname(file));
  createPrivateFile(file);
  restrictFiles(file, `${file}-wal`, `${file}-shm`, `${file}-journal`);
  const prisma = path.resolve("node_modules/.bin/prisma");
  execFileSync(existsSync(prisma) ? prisma : "prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: quiet ? "pipe" : "inherit",
  });
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

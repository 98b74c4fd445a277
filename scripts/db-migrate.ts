/**
 * `npm run db:migrate` — apply prisma/migrations to the database in DATABASE_URL (default
 * file:./data/app.db), creating its folder, and switch SQLite to WAL journaling.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

export function migrate(url: string, quiet = false): void {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const prisma = path.resolve("node_modules/.bin/prisma");
  execFileSync(existsSync(prisma) ? prisma : "prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: quiet ? "pipe" : "inherit",
  });
  // WAL is a property of the file: set once here, every later connection gets it.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  if (existsSync(".env")) process.loadEnvFile(".env");
  migrate(process.env.DATABASE_URL ?? "file:./data/app.db");
}

/** The migration step creates the database folder 0700 and the SQLite files 0600. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { ensurePrivateDir } from "@/lib/private-files";
import { migrate } from "../../scripts/db-migrate";

const mode = (p: string) => statSync(p).mode & 0o777;

it("db:migrate creates the data folder 0700 and the database with its WAL files 0600", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "psl-perms-"));
  const file = path.join(root, "data", "app.db");
  migrate(`file:${file}`, true);
  expect(mode(path.join(root, "data"))).toBe(0o700);
  expect(mode(file)).toBe(0o600);
  for (const companion of [`${file}-wal`, `${file}-shm`]) if (existsSync(companion)) expect(mode(companion)).toBe(0o600);
}, 60_000);

it("an existing database left readable by others is tightened on the next migration", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "psl-perms-"));
  const file = path.join(root, "app.db");
  migrate(`file:${file}`, true);
  chmodSync(file, 0o644);
  migrate(`file:${file}`, true);
  expect(mode(file)).toBe(0o600);
}, 60_000);

it("only the app's own data folder is tightened when it already exists", () => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), "psl-perms-"));
  mkdirSync(path.join(cwd, "data"), { mode: 0o755 });
  chmodSync(path.join(cwd, "data"), 0o755);
  mkdirSync(path.join(cwd, "shared"), { mode: 0o755 });
  chmodSync(path.join(cwd, "shared"), 0o755);
  writeFileSync(path.join(cwd, "shared", "x"), "");
  ensurePrivateDir("data", cwd);
  ensurePrivateDir("shared", cwd);
  expect(mode(path.join(cwd, "data"))).toBe(0o700);
  expect(mode(path.join(cwd, "shared"))).toBe(0o755);
});

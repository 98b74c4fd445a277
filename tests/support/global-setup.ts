/**
 * Once per test run: migrate an empty SQLite base and a seeded copy in a temp folder. Each
 * test file then works on its own copy (tests/support/setup-db.ts), so no test depends on
 * another's state.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/db-migrate";

declare module "vitest" {
  export interface ProvidedContext {
    dbDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "psl-test-"));
  const empty = path.join(dir, "base-empty.db");
  migrate(`file:${empty}`, true);
  const seeded = path.join(dir, "base-seeded.db");
  copyFileSync(empty, seeded);
  const { createDb } = await import("../../lib/db");
  const { loadContent } = await import("../../lib/content/load");
  const { seedContent } = await import("../../lib/content/seed");
  const db = createDb(`file:${seeded}`);
  await seedContent(db, loadContent());
  await db.$disconnect();
  project.provide("dbDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * Once per run of the "postgres" project: migrate an empty template database and seed a copy,
 * as global-setup.ts does with SQLite files. Every database of the run is dropped at the end.
 */
import { randomUUID } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabases, migratePostgres } from "./pg";

declare module "vitest" {
  export interface ProvidedContext {
    pgRun: string;
  }
}

export default async function setup(project: TestProject) {
  const run = randomUUID().replace(/-/g, "").slice(0, 8);
  const prefix = `psl_t_${run}_`;
  try {
    const emptyUrl = await createDatabase(`${prefix}base_empty`);
    migratePostgres(emptyUrl);
    const seededUrl = await createDatabase(`${prefix}base_seeded`, `${prefix}base_empty`);
    const { createDb } = await import("../../lib/db");
    const { loadContent } = await import("../../lib/content/load");
    const { seedContent } = await import("../../lib/content/seed");
    const db = createDb(seededUrl);
    await seedContent(db, loadContent());
    await db.$disconnect();
  } catch (err) {
    await dropDatabases(prefix); // a failed setup leaves nothing behind either
    throw err;
  }
  project.provide("pgRun", run);
  return () => dropDatabases(prefix);
}

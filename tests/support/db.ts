/** Helpers for integration tests that need a database of their own (SQLite file or PostgreSQL database). */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { createDatabase, uniqueName } from "./pg";

/** Which database the running project tests: "postgres" in that vitest project, else "sqlite". */
export const testDbKind: "sqlite" | "postgres" = process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";

/** A fresh, migrated database: empty (no content) or seeded with content/. */
export async function freshDb(kind: "empty" | "seeded" = "empty"): Promise<{ db: Db; url: string }> {
  if (testDbKind === "postgres") {
    const run = inject("pgRun");
    const url = await createDatabase(uniqueName(run, kind), `psl_t_${run}_base_${kind}`);
    return { db: createDb(url), url };
  }
  const dir = inject("dbDir");
  const file = path.join(dir, `${randomUUID()}.db`);
  copyFileSync(path.join(dir, `base-${kind}.db`), file);
  const url = `file:${file}`;
  return { db: createDb(url), url };
}

/** Helpers for integration tests that need their own database file. */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db";

/** A fresh, migrated database: empty (no content) or seeded with content/. */
export function freshDb(kind: "empty" | "seeded" = "empty"): { db: Db; url: string } {
  const dir = inject("dbDir");
  const file = path.join(dir, `${randomUUID()}.db`);
  copyFileSync(path.join(dir, `base-${kind}.db`), file);
  const url = `file:${file}`;
  return { db: createDb(url), url };
}

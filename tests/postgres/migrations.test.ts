/**
 * On a PostgreSQL server: prisma/postgres/migrations, applied in order to a scratch database,
 * give exactly prisma/postgres/schema.prisma (Prisma's own diff through the migration adapter,
 * prisma/pg-migrate-adapter.ts), and `migrate status` agrees with what db:migrate recorded.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const prisma = (args: string[]) =>
  spawnSync(path.resolve("node_modules/.bin/prisma"), args, { encoding: "utf8", env: { ...process.env }, timeout: 120_000 });

describe("PostgreSQL migrations", () => {
  it("produce the schema, with no drift", () => {
    const r = prisma(["migrate", "diff", "--from-migrations", "prisma/postgres/migrations", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--exit-code"]);
    expect(r.stdout + r.stderr).toContain("No difference detected");
    expect(r.status).toBe(0);
  });
  it("are all recorded as applied in the test database, with their checksums", () => {
    const r = prisma(["migrate", "status"]);
    expect(r.stdout).toContain("Database schema is up to date");
    expect(r.status).toBe(0);
  });
});

/**
 * The PostgreSQL schema and migrations are kept in step with the SQLite ones: the committed
 * prisma/postgres/schema.prisma is exactly what `npm run db:schema` makes of prisma/schema.prisma,
 * and what Prisma's schema language cannot say (partial indexes) is in both migration folders.
 * (tests/postgres/migrations.test.ts checks the PostgreSQL migrations against the schema on a server.)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./db-schema";

function handWritten(dir: string): string[] {
  const out: string[] = [];
  for (const m of readdirSync(dir).filter((x) => /^\d+_/.test(x))) {
    const sql = readFileSync(path.join(dir, m, "migration.sql"), "utf8");
    for (const stmt of sql.match(/CREATE UNIQUE INDEX [^;]+ WHERE [^;]+;/g) ?? []) out.push(stmt.replace(/\s+/g, " "));
  }
  return out.sort();
}

describe("PostgreSQL schema", () => {
  it("is generated from the SQLite schema and has not drifted", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  });
  it("changes only the provider and the client's output", () => {
    const pg = postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output     = "../../generated/prisma-pg"');
    expect(pg.split("\n").filter((l) => /^model /.test(l))).toEqual(readFileSync(SQLITE_SCHEMA, "utf8").split("\n").filter((l) => /^model /.test(l)));
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}')).toThrow(/not found/);
  });
  it("carries the hand-written partial indexes in both migration folders", () => {
    const sqlite = handWritten("prisma/migrations");
    expect(sqlite.length).toBeGreaterThan(0);
    expect(handWritten("prisma/postgres/migrations")).toEqual(sqlite);
  });
});

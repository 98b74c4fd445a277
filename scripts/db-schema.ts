/**
 * `npm run db:schema` — writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one
 * source of truth for the data model: the same models, with the postgresql provider and its own
 * generated client (generated/prisma-pg). tests/integration/postgres-schema.test.ts fails when the
 * committed file has drifted from what this produces.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:schema` — edit that file, not this one.\n";

export function postgresSchemaFrom(sqlite: string): string {
  const out = sqlite
    .replace(/(generator client \{[^}]*output\s*=\s*)"\.\.\/generated\/prisma"/, '$1"../../generated/prisma-pg"')
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  if (!out.includes('"../../generated/prisma-pg"') || !out.includes('"postgresql"')) throw new Error(`${SQLITE_SCHEMA}: generator output or datasource provider not found`);
  return HEADER + out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}

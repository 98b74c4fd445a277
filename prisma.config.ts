// Prisma 6.19.3 with the WebAssembly schema engine (engine: "js") so migrations run offline.
// DATABASE_URL chooses the database: file:… is the embedded SQLite (prisma/schema.prisma),
// postgresql://… is PostgreSQL (prisma/postgres/schema.prisma, generated from the first).
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { dbKind } from "./lib/db-kind";
import { pgMigrateAdapter } from "./prisma/pg-migrate-adapter";

if (existsSync(".env")) process.loadEnvFile(".env");
const url = process.env.DATABASE_URL ?? "file:./data/app.db";
process.env.DATABASE_URL = url;
const postgres = dbKind(url) === "postgres";

export default defineConfig({
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (postgres ? pgMigrateAdapter(url) : new PrismaBetterSQLite3({ url })),
});

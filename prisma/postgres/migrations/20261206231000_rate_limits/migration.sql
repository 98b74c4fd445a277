-- Rate-limit counters shared by every app instance (lib/http/limits.ts, rate-limiter-flexible's
-- PostgreSQL store). PostgreSQL only: the embedded SQLite setup is one process and counts in
-- memory. A schema of its own, outside the Prisma models (Prisma reads "public" only). Keys are
-- text because a limit key can be an email plus an address.
CREATE SCHEMA IF NOT EXISTS "psl_limits";

CREATE TABLE IF NOT EXISTS "psl_limits"."rate_limits" (
    "key" TEXT PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);

-- A join code belongs to at most one running session. Prisma's schema language has no
-- partial indexes, so this one lives only here (SQLite and PostgreSQL both support it).
CREATE UNIQUE INDEX "LiveSession_code_active_key" ON "LiveSession"("code") WHERE "active";

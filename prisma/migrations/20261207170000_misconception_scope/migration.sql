-- A misconception matched within one sentence instead of one clause (content schema: misconception.scope).
ALTER TABLE "Misconception" ADD COLUMN "scope" TEXT NOT NULL DEFAULT 'clause';

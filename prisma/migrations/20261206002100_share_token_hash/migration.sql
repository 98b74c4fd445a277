-- Interview share links are stored as the SHA-256 (hex) of their token, in "shareTokenHash";
-- the plain token is shown to the owner once, when the link is made, and never stored.
--
-- Existing links are stopped: SQLite has no sha256() to hash the stored plain tokens here, so
-- "shareToken" is dropped without being carried over and "sharedAt" is cleared with it. Owners
-- see "not shared" and can make a new link; old /r/<token> links answer 404.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InterviewSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "timerSec" INTEGER,
    "plan" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "score" INTEGER,
    "shareTokenHash" TEXT,
    "sharedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "InterviewSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_InterviewSession" ("createdAt", "finishedAt", "id", "length", "locale", "plan", "score", "sharedAt", "status", "timerSec", "topics", "userId") SELECT "createdAt", "finishedAt", "id", "length", "locale", "plan", "score", NULL, "status", "timerSec", "topics", "userId" FROM "InterviewSession";
DROP TABLE "InterviewSession";
ALTER TABLE "new_InterviewSession" RENAME TO "InterviewSession";
CREATE UNIQUE INDEX "InterviewSession_shareTokenHash_key" ON "InterviewSession"("shareTokenHash");
CREATE INDEX "InterviewSession_userId_createdAt_idx" ON "InterviewSession"("userId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


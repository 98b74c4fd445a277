-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "difficulty" INTEGER NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "sources" TEXT NOT NULL DEFAULT '[]',
    "concepts" TEXT NOT NULL DEFAULT '[]',
    "sandbox" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "answerBool" BOOLEAN,
    "accepted" TEXT,
    "searchText" TEXT NOT NULL,
    "contrasts" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("accepted", "answerBool", "concepts", "contentHash", "createdAt", "difficulty", "id", "retired", "sandbox", "searchText", "slug", "sources", "tags", "topicId", "type", "updatedAt", "version") SELECT "accepted", "answerBool", "concepts", "contentHash", "createdAt", "difficulty", "id", "retired", "sandbox", "searchText", "slug", "sources", "tags", "topicId", "type", "updatedAt", "version" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE UNIQUE INDEX "Question_slug_key" ON "Question"("slug");
CREATE INDEX "Question_retired_topicId_type_difficulty_idx" ON "Question"("retired", "topicId", "type", "difficulty");
CREATE INDEX "Question_retired_slug_idx" ON "Question"("retired", "slug");
CREATE TABLE "new_KeyPoint" (
    "questionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,
    "core" BOOLEAN NOT NULL,
    "labelKo" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "match" TEXT NOT NULL,
    "sandbox" TEXT,

    PRIMARY KEY ("questionId", "key"),
    CONSTRAINT "KeyPoint_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- "required" key points are the core ones (renamed; the next seed rewrites every row anyway).
INSERT INTO "new_KeyPoint" ("core", "key", "labelEn", "labelKo", "match", "position", "questionId", "sandbox", "weight") SELECT "required", "key", "labelEn", "labelKo", "match", "position", "questionId", "sandbox", "weight" FROM "KeyPoint";
DROP TABLE "KeyPoint";
ALTER TABLE "new_KeyPoint" RENAME TO "KeyPoint";
CREATE TABLE "new_Misconception" (
    "questionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "labelKo" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "match" TEXT NOT NULL,
    "correctionKo" TEXT NOT NULL,
    "correctionEn" TEXT NOT NULL,
    "severity" TEXT NOT NULL DEFAULT 'major',

    PRIMARY KEY ("questionId", "key"),
    CONSTRAINT "Misconception_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Misconception" ("correctionEn", "correctionKo", "key", "labelEn", "labelKo", "match", "position", "questionId") SELECT "correctionEn", "correctionKo", "key", "labelEn", "labelKo", "match", "position", "questionId" FROM "Misconception";
DROP TABLE "Misconception";
ALTER TABLE "new_Misconception" RENAME TO "Misconception";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


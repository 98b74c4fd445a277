-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "order" INTEGER NOT NULL,
    "titleKo" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionKo" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Question" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionTranslation" (
    "questionId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "modelAnswer" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,

    PRIMARY KEY ("questionId", "locale"),
    CONSTRAINT "QuestionTranslation_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Choice" (
    "questionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "textKo" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("questionId", "key"),
    CONSTRAINT "Choice_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KeyPoint" (
    "questionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,
    "required" BOOLEAN NOT NULL,
    "labelKo" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "match" TEXT NOT NULL,
    "sandbox" TEXT,

    PRIMARY KEY ("questionId", "key"),
    CONSTRAINT "KeyPoint_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Misconception" (
    "questionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "labelKo" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "match" TEXT NOT NULL,
    "correctionKo" TEXT NOT NULL,
    "correctionEn" TEXT NOT NULL,

    PRIMARY KEY ("questionId", "key"),
    CONSTRAINT "Misconception_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "probes" TEXT,

    PRIMARY KEY ("fromId", "toId"),
    CONSTRAINT "FollowUp_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Question" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Question_slug_key" ON "Question"("slug");

-- CreateIndex
CREATE INDEX "Question_retired_topicId_type_difficulty_idx" ON "Question"("retired", "topicId", "type", "difficulty");

-- CreateIndex
CREATE INDEX "Question_retired_slug_idx" ON "Question"("retired", "slug");

-- CreateIndex
CREATE INDEX "FollowUp_toId_idx" ON "FollowUp"("toId");


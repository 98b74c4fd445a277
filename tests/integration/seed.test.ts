/** Seeding is idempotent, applies edits, and retires (never deletes) removed questions. */
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { seedContent } from "@/lib/content/seed";
import { listQuestions } from "@/lib/dal/questions";
import type { Db } from "@/lib/db";
import { freshDb } from "../support/db";

const bank = loadContent();
let db: Db | undefined;
afterEach(async () => {
  await db?.$disconnect();
  db = undefined;
});

async function snapshot(d: Db) {
  const questions = await d.question.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true, contentHash: true, retired: true } });
  const counts = await Promise.all([d.questionTranslation.count(), d.choice.count(), d.keyPoint.count(), d.misconception.count(), d.followUp.count(), d.topic.count()]);
  return { questions, counts };
}

describe("seedContent", () => {
  it("creates everything on an empty database, then changes nothing on a second run", async () => {
    db = (await freshDb("empty")).db;
    const first = await seedContent(db, bank);
    expect(first).toMatchObject({ created: bank.questions.length, updated: 0, retired: 0, topics: bank.topics.length });
    const before = await snapshot(db);
    expect(before.counts[0]).toBe(bank.questions.length * 2);
    const second = await seedContent(db, bank);
    expect(second).toEqual({ topics: 0, created: 0, updated: 0, unchanged: bank.questions.length, retired: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it("updates a question whose file changed, and only that one", async () => {
    db = (await freshDb("seeded")).db;
    const target = bank.questions.find((q) => q.type === "single-choice")!;
    const edited = { ...target, prompt: { ...target.prompt, en: `${target.prompt.en} (edited)` }, version: target.version + 1 };
    const report = await seedContent(db, { ...bank, questions: bank.questions.map((q) => (q.slug === target.slug ? edited : q)) });
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: bank.questions.length - 1 });
    const row = await db.question.findUniqueOrThrow({ where: { slug: target.slug }, include: { translations: true, choices: true } });
    expect(row.version).toBe(target.version + 1);
    expect(row.translations.find((t) => t.locale === "en")?.prompt).toMatch(/\(edited\)$/);
    expect(row.choices).toHaveLength(target.choices.length);
  });

  it("retires a question removed from content/ without deleting it, and restores it when it returns", async () => {
    db = (await freshDb("seeded")).db;
    const gone = bank.questions.find((q) => q.type === "short")!;
    const id = (await db.question.findUniqueOrThrow({ where: { slug: gone.slug } })).id;
    // Something references the question (another question's follow-up): the row must survive.
    const without = bank.questions.filter((q) => q.slug !== gone.slug).map((q) => ({ ...q, followUps: q.followUps.filter((f) => f.slug !== gone.slug) }));
    const report = await seedContent(db, { ...bank, questions: without });
    expect(report.retired).toBe(1);
    const row = await db.question.findUniqueOrThrow({ where: { slug: gone.slug } });
    expect(row).toMatchObject({ id, retired: true });
    const page = await listQuestions(db, { q: gone.slug, pageSize: 50 }, "en");
    expect(page.items.map((i) => i.slug)).not.toContain(gone.slug);

    const back = await seedContent(db, bank);
    expect(back.retired).toBe(0);
    expect(await db.question.findUniqueOrThrow({ where: { slug: gone.slug } })).toMatchObject({ id, retired: false });
  });

  it("stores rubrics, misconceptions and follow-ups for interview questions", async () => {
    db = (await freshDb("seeded")).db;
    const q = bank.questions.find((x) => x.slug === "accept-returns-new-socket");
    if (q?.type !== "interview") throw new Error("canonical question missing");
    const row = await db.question.findUniqueOrThrow({ where: { slug: q.slug }, include: { keyPoints: true, misconceptions: true, followUps: true } });
    expect(row.keyPoints.map((k) => k.key).sort()).toEqual(q.rubric.keyPoints.map((k) => k.id).sort());
    expect(JSON.parse(row.keyPoints[0]!.match)).toBeInstanceOf(Array);
    expect(row.misconceptions).toHaveLength(q.rubric.misconceptions.length);
    expect(row.followUps).toHaveLength(q.followUps.length);
  });
});

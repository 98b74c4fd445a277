/** The in-memory catalog picks up a seed run by another process within its revalidation window. */
import { afterEach, expect, it, vi } from "vitest";
import { createDb } from "@/lib/db";
import { loadContent } from "@/lib/content/load";
import { seedContent } from "@/lib/content/seed";
import { listQuestions } from "@/lib/dal/questions";
import { freshDb } from "../support/db";

afterEach(() => {
  vi.useRealTimers();
});

it("serves a snapshot, then reloads after another process re-seeds", async () => {
  const { db: server, url } = await freshDb("seeded");
  const seeder = createDb(url); // a second client: like `npm run db:seed` while the server runs
  const bank = loadContent();
  const target = bank.questions.find((q) => q.type === "true-false")!;

  const before = await listQuestions(server, { q: target.slug }, "en");
  expect(before.items[0]?.prompt).toBe(target.prompt.en);

  const edited = { ...target, prompt: { ...target.prompt, en: "Edited while the server was running." } };
  await seedContent(seeder, { ...bank, questions: bank.questions.map((q) => (q.slug === target.slug ? edited : q)) });

  // Inside the window the server keeps its snapshot (no query per request).
  expect((await listQuestions(server, { q: target.slug }, "en")).items[0]?.prompt).toBe(target.prompt.en);

  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + 5_000);
  await listQuestions(server, { q: target.slug }, "en"); // starts the background version check
  await vi.waitFor(async () => {
    expect((await listQuestions(server, { q: target.slug }, "en")).items[0]?.prompt).toBe("Edited while the server was running.");
  });
  await Promise.all([server.$disconnect(), seeder.$disconnect()]);
});

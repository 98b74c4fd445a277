/**
 * A live class quiz in one Chromium: a teacher hosts a 5-question quiz, 30 students join
 * with the code on their own "phones" (browser contexts). Every student sees every question,
 * each answer counts once, everyone sees the same leaderboard, and a student who reloads
 * mid-question comes back as the same player and answers.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { grantRole, signUpAndSignIn } from "./support";

const STUDENTS = 30;
/** 31 live pages share two cores with the other e2e worker: server pushes can take seconds to land. */
const SLOW = 30_000;
const QUIZ = ["ftp-control-port", "accept-does-handshake", "accept-returns", "client-must-bind", "connect-blocks"];

test("30 students play a 5-question quiz hosted by a teacher", async ({ page, browser, baseURL, lang }) => {
  test.setTimeout(600_000);
  await lang("en");
  const email = `teacher-${Date.now()}@example.com`;
  await signUpAndSignIn(page, email, "lecture hall password");
  grantRole(email, "teacher");

  // The teacher builds the quiz through the API the editor uses, then hosts it from /teach.
  const quiz = await page.request.post("/api/v1/quizzes", { data: { title: "Week 3: ports and sockets", items: QUIZ.map((question) => ({ question, timeLimitSec: 60, points: 1000 })) } });
  expect(quiz.status()).toBe(201);
  await page.goto("/teach");
  await expect(page.getByText("Week 3: ports and sockets")).toBeVisible();
  await page.getByRole("button", { name: "Host live" }).first().click();
  await expect(page).toHaveURL(/\/teach\/live\/[a-z0-9]+$/);
  const sessionId = page.url().split("/").pop()!;
  const code = (await page.locator("p.font-mono.text-6xl").innerText()).trim();
  expect(code).toMatch(/^\d{6}$/);
  await expectAccessible(page);

  // 30 students join on their phones.
  const contexts: BrowserContext[] = [];
  const students: Page[] = [];
  // Phones join five at a time; on a busy two-core runner a join can take several seconds.
  for (let i = 0; i < STUDENTS; i += 5) {
    await Promise.all(
      Array.from({ length: Math.min(5, STUDENTS - i) }, async (_, k) => {
        const n = i + k;
        const ctx = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, locale: n % 2 ? "ko-KR" : "en-US" });
        const p = await ctx.newPage();
        await p.goto(`/join?code=${code}`);
        await p.locator("#join-nick").fill(`student-${String(n).padStart(2, "0")}`);
        await p.locator("main form button[type=submit]").click();
        await expect(p).toHaveURL(new RegExp(`/play/${sessionId}$`), { timeout: SLOW });
        contexts[n] = ctx;
        students[n] = p;
      }),
    );
  }
  await expect(page.getByText(`${STUDENTS} players joined`)).toBeVisible();
  await expect(students[0]!.getByText("You're in! Waiting for the host to start…")).toBeVisible();
  await expectAccessible(students[0]!);

  await page.getByRole("button", { name: "Start the quiz" }).click();
  for (let q = 0; q < QUIZ.length; q++) {
    // Every student sees the same question.
    const prompt = await page.locator("#host-q").innerText();
    await Promise.all(students.map((s) => expect(s.locator("h1")).toHaveText(prompt, { timeout: SLOW })));
    if (q === 1) {
      // A student reloads mid-question and comes back as the same player, at this question.
      await students[7]!.reload();
      await expect(students[7]!.locator("h1")).toHaveText(prompt);
      await expect(students[7]!.getByText("student-07")).toBeVisible();
    }
    // Everyone answers (students alternate between the first two options).
    await Promise.all(
      students.map(async (s, n) => {
        const tiles = s.locator("main .grid button");
        await tiles.nth(n % 2).click();
        // The last answer closes the question at once, so the reveal may come before this screen.
        await expect(s.getByText(/^(Answer sent\. Waiting for the others…|Correct!|Not this time)$/)).toBeVisible({ timeout: SLOW });
      }),
    );
    // All answered: the server closes the question and reveals it.
    await expect(page.getByRole("button", { name: "Leaderboard" })).toBeVisible({ timeout: SLOW });
    await expect(page.getByText(`${STUDENTS} / ${STUDENTS} answered`)).toBeVisible({ timeout: SLOW });
    await Promise.all(students.map((s) => expect(s.getByText(/^(Correct!|Not this time)$/)).toBeVisible({ timeout: SLOW })));
    await page.getByRole("button", { name: "Leaderboard" }).click();
    await expect(page.getByRole("region", { name: "Leaderboard" })).toBeVisible();
    await page.getByRole("button", { name: q === QUIZ.length - 1 ? "Finish" : "Next question" }).click();
  }

  // The end: every phone shows the same leaderboard as the projector.
  await expect(page.getByText("The quiz has ended.")).toBeVisible();
  const board = await page.getByRole("region", { name: "Leaderboard" }).innerText();
  await Promise.all(students.map(async (s) => expect(await s.getByRole("region", { name: "Leaderboard" }).innerText()).toBe(board)));
  await expect(students[3]!.getByText("The quiz is over. Thanks for playing!")).toBeVisible();

  // Each answer counted exactly once.
  const results = await (await page.request.get(`/api/v1/live/sessions/${sessionId}/results`)).json();
  expect(results.students).toHaveLength(STUDENTS);
  for (const q of results.questions) expect(q.answered).toBe(STUDENTS);
  for (const s of results.students) expect(s.answers.filter(Boolean)).toHaveLength(QUIZ.length);

  // The phones leave first: 30 live pages on two cores would slow the results page's audit.
  await Promise.all(contexts.map((c) => c.close()));
  await page.getByRole("link", { name: "See the results" }).click();
  await expect(page.getByRole("heading", { name: /^Results/ })).toBeVisible();
  await expectAccessible(page);
});

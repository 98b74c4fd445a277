/**
 * The learner's journey with an account: practise anonymously, sign up and import it,
 * practise, see it on the dashboard, review flashcards with the keyboard, run a mock
 * interview with follow-ups, share the report, revoke it, sign out.
 */
import { readdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

const password = "ports and sockets 4ever";
/** The bank's size, as seeded from content/ (the dashboard shows "tried / all"). */
const BANK_SIZE = readdirSync("content/questions").filter((f) => f.endsWith(".json")).length;

async function answerChoice(page: Page, slug: string) {
  await page.goto(`/questions/${slug}`);
  await page.locator("main input[name=answer]").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByText("Correct answer", { exact: false }).first()).toBeVisible();
}

test("sign up, practise, dashboard, keyboard review, mock interview with follow-ups, share and revoke, sign out", async ({ page, lang, browser, baseURL }) => {
  test.setTimeout(150_000);
  await lang("en");

  // 1. Practise without an account: the attempt stays on this device.
  await answerChoice(page, "ftp-control-port");

  // 2. Sign up; the device's practice is offered for import once.
  await page.goto("/signup");
  await expectAccessible(page);
  const email = `e2e-${Date.now()}@example.com`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Bring your practice along?" })).toBeVisible();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported 1 attempt.")).toBeVisible();
  await page.getByRole("link", { name: "Go to my progress" }).click();
  await expect(page).toHaveURL(/\/me$/);

  // 3. Practise three questions signed in.
  await answerChoice(page, "accept-returns");
  await answerChoice(page, "tcp-udp-same-port");
  await page.goto("/questions/accept-returns-new-socket");
  await page.getByLabel("Your answer").fill("accept() returns a new socket for each client; the listening socket keeps listening.");
  await page.getByRole("button", { name: "Grade my answer" }).click();
  await expect(page.getByRole("heading", { name: "Core ideas" })).toBeVisible();

  // 4. The dashboard shows them.
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1, name: "My progress" })).toBeVisible();
  const recent = page.locator("section[aria-labelledby=recent] li");
  await expect(recent).toHaveCount(4);
  await expect(recent.first()).toContainText("accept()");
  await expect(page.locator("dl")).toContainText(`4/${BANK_SIZE}`);
  await expectAccessible(page);

  // 5. Review cards with the keyboard: Space reveals, 3 rates Good, the next card appears.
  await page.goto("/review");
  const prompt = page.locator("#card-prompt");
  const first = await prompt.innerText();
  await page.locator("body").press("Space");
  await expect(page.getByRole("button", { name: /Good/ })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("3");
  await expect(page.getByRole("status")).toContainText("Good");
  await expect(prompt).not.toHaveText(first);
  await page.keyboard.press("Space");
  await page.keyboard.press("1");
  await expect(page.getByText("2 reviewed today")).toBeVisible();

  // 6. A 5-question mock interview; weak answers draw follow-up questions.
  await page.goto("/interview");
  await expectAccessible(page);
  await page.getByRole("radio", { name: "5 questions", exact: true }).check();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await expect(page).toHaveURL(/\/interview\/[a-z0-9]+$/);
  let sawFollowUp = false;
  for (let i = 0; i < 20; i++) {
    const report = page.getByRole("heading", { level: 1, name: "Interview report" });
    const submit = page.getByRole("button", { name: "Submit answer" });
    await expect(report.or(submit)).toBeVisible();
    if (await report.isVisible()) break;
    if (await page.getByText(/^Follow-up \d$/).isVisible()) sawFollowUp = true;
    const asked = await page.locator("main h1").innerText();
    const box = page.locator("#iv-answer");
    if (await box.isVisible()) await box.fill("I think it is about ports.");
    else if (await page.locator("main input[name=answer]").first().isVisible()) await page.locator("main input[name=answer]").first().check();
    await submit.click();
    await expect(page.locator("main h1")).not.toHaveText(asked); // the next turn, or the report
  }
  expect(sawFollowUp).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: "Interview report" })).toBeVisible();
  await expect(page.getByText("Overall score")).toBeVisible();
  await expect(page.locator("li").filter({ hasText: /^Follow-up 1/ }).first()).toBeVisible();
  await expectAccessible(page);

  // 7. Share the report: the link works signed out; after revoking it is gone.
  await page.getByRole("button", { name: "Create a share link" }).click();
  const link = await page.getByLabel("Share link").inputValue();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{32}$/);
  const stranger = await browser.newContext({ baseURL });
  const other = await stranger.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Interview report" })).toBeVisible();
  // Only the token's hash is stored: after a reload the link is not shown again, a new one can be made.
  await page.reload();
  await expect(page.getByLabel("Share link")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create a new link" })).toBeVisible();
  await page.getByRole("button", { name: "Stop sharing" }).click();
  await expect(page.getByText("Sharing stopped: the link no longer works.")).toBeVisible();
  const gone = await other.goto(link);
  expect(gone?.status()).toBe(404);
  await stranger.close();

  // 8. Sign out: protected pages send you to sign in, and come back after.
  await page.getByLabel("Account menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  for (const path of ["/me", "/review", "/interview", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/signin\\?next=${encodeURIComponent(path).replace(/[/]/g, "%2F")}$`));
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not my password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("The email or password is not correct.");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("Korean sign-in page and a protected page redirect", async ({ page, lang }) => {
  await lang("ko");
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin\?next=%2Fme$/);
  await expect(page.getByRole("heading", { level: 1, name: "로그인" })).toBeVisible();
  await page.getByLabel("이메일").fill("nobody@example.com");
  await page.getByLabel("비밀번호").fill("whatever password");
  await page.getByRole("button", { name: "로그인" }).last().click();
  await expect(page.locator("main [role=alert]")).toHaveText("이메일 또는 비밀번호가 올바르지 않습니다.");
  await expectAccessible(page);
});

/**
 * Reporting a problem with a question, end to end: a guest reading in Korean files a report
 * (its text shown back to the teacher as text, never as HTML), a teacher finds it at
 * /teach/reports and closes it.
 */
import { expect, expectAccessible, test } from "./fixtures";
import { grantRole, signUpAndSignIn } from "./support";

test("a guest reports a problem and a teacher closes the report", async ({ browser, page, baseURL, lang }) => {
  // Two browsers, a sign-up and two accessibility audits: on a busy two-core runner this takes longer than the default 30 s.
  test.setTimeout(90_000);
  const stamp = Date.now();
  const message = `두 번째 문장의 범위가 이상해요 <img src=x onerror="window.__pwned=1"> #${stamp}`;

  // A guest, reading in Korean.
  const guest = await browser.newContext({ baseURL });
  await guest.addCookies([{ name: "locale", value: "ko", url: baseURL! }]);
  const g = await guest.newPage();
  await g.goto("/questions/what-is-a-port");
  await g.getByText("이 문제의 오류 신고하기").click();
  await g.getByLabel("어느 부분이 문제인가요? (선택)").selectOption("explanation");
  await g.getByRole("button", { name: "신고 보내기" }).click();
  // Empty: the browser's own check stops it; nothing is sent.
  await expect(g.getByRole("status")).toHaveCount(0);
  await g.getByLabel("무엇이 잘못되었나요?").fill(message);
  await expectAccessible(g);
  await g.getByRole("button", { name: "신고 보내기" }).click();
  await expect(g.getByRole("status")).toContainText("신고가 접수되었고");
  await guest.close();

  // A teacher, reading in English.
  await lang("en");
  const email = `reviewer-${stamp}@example.com`;
  await signUpAndSignIn(page, email, "teacher review password");
  grantRole(email, "teacher");
  // Signing in may still be settling on /me (a client-side redirect): let it finish first.
  await page.waitForLoadState("networkidle");
  await page.goto("/teach");
  await page.getByRole("link", { name: /Question reports \(\d+ open\)/ }).click();
  await expect(page).toHaveURL(/\/teach\/reports$/);
  const report = page.getByTestId("report").filter({ hasText: `#${stamp}` });
  await expect(report).toHaveCount(1);
  await expect(report).toContainText(message);
  await expect(report).toContainText("The explanation");
  await expect(report).toContainText("guest");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(report.locator("img")).toHaveCount(0);
  await expectAccessible(page);

  await report.getByRole("button", { name: /^Close/ }).click();
  await expect(page.getByTestId("report").filter({ hasText: `#${stamp}` })).toHaveCount(0);
  await page.getByRole("link", { name: "Closed" }).click();
  await expect(page.getByTestId("report").filter({ hasText: `#${stamp}` })).toContainText(/Closed /);
});

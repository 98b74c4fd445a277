import { expect, expectAccessible, test } from "./fixtures";

test.describe("browse and practise", () => {
  test("home page follows Accept-Language when no language was chosen", async ({ browser, baseURL }) => {
    const en = await browser.newContext({ locale: "en-US", baseURL });
    const enPage = await en.newPage();
    await enPage.goto("/");
    await expect(enPage.locator("html")).toHaveAttribute("lang", "en");
    await en.close();
    const ko = await browser.newContext({ locale: "ko-KR", baseURL });
    const page = await ko.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("포트와 소켓");
    await expectAccessible(page);
    await page.getByRole("link", { name: "연습 시작하기" }).click();
    await expect(page).toHaveURL(/\/questions$/);
    await expect(page.getByRole("heading", { level: 1, name: "문제" })).toBeVisible();
    await ko.close();
  });

  test("filters and search live in the URL and work in both languages", async ({ page, lang }) => {
    await lang("en");
    await page.goto("/questions");
    await page.getByLabel("Topic").selectOption("ports");
    await page.getByLabel("Type").selectOption("short");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/topic=ports/);
    await expect(page).toHaveURL(/type=short/);
    const cards = page.locator("main li a[href^='/questions/']");
    await expect(cards.first()).toBeVisible();
    for (const text of await cards.allInnerTexts()) expect(text).toContain("Short answer");
    await expectAccessible(page);

    await page.goto("/questions?q=ephemeral");
    await expect(page.locator("a[href='/questions/ephemeral-port']")).toBeVisible();
    await page.goto(`/questions?q=${encodeURIComponent("임시 포트")}`);
    await expect(page.locator("a[href='/questions/ephemeral-port']")).toBeVisible();
    await page.goto("/questions?q=zzqxnothing");
    await expect(page.getByText("No question matches these filters.")).toBeVisible();
  });

  test("a bad filter in the URL is dropped with a notice, not an error", async ({ page, lang }) => {
    await lang("en");
    const res = await page.goto("/questions?difficulty=9&type=essay&page=-3");
    expect(res?.status()).toBe(200);
    await expect(page.getByText("Some filters were not understood")).toBeVisible();
  });

  test("pagination keeps the filters", async ({ page, lang }) => {
    await lang("en");
    await page.goto("/questions?type=interview");
    await page.getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/type=interview/);
    await expect(page).toHaveURL(/page=2/);
  });

  test("answer a single-choice question right and see the explanation and follow-ups", async ({ page, lang, request }) => {
    await lang("en");
    const list = await (await request.get("/api/v1/questions?type=single-choice&pageSize=1&locale=en")).json();
    const slug = list.items[0].slug as string;
    await page.goto(`/questions/${slug}`);
    // Find the right answer the way a learner would: try, read the result, try again.
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    const result = page.getByTestId("grade-result");
    await expect(result).toBeVisible();
    await expect(result.getByText("Explanation")).toBeVisible();
    await expectAccessible(page);
    const correctText = (await result.locator("ul li").first().innerText()).trim();
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("radio", { name: correctText }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Correct" })).toBeVisible();
    await expect(page.getByText("100", { exact: true })).toBeVisible();
  });

  test("answer an ordering question with the keyboard", async ({ page, lang }) => {
    await lang("en");
    await page.goto("/questions/server-call-order");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Sort the shuffled items by moving each target item up with Alt+ArrowUp.
    const wanted = ["socket", "bind", "listen", "accept"];
    for (let target = 0; target < wanted.length; target++) {
      const items = page.locator("ol > li[id^='order-']");
      const texts = await items.allInnerTexts();
      const from = texts.findIndex((t) => t.toLowerCase().includes(`${wanted[target]}(`));
      expect(from).toBeGreaterThanOrEqual(0);
      for (let i = from; i > target; i--) {
        await items.nth(i).focus();
        await page.keyboard.press("Alt+ArrowUp");
      }
    }
    await page.getByRole("button", { name: "Check answer" }).click();
    const result = page.getByTestId("grade-result");
    await expect(result).toBeVisible();
    await expect(result.locator("ol li")).toHaveCount(await page.locator("ol > li[id^='order-']").count());
  });

  test("switch the language without JavaScript and keep the page", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US", baseURL });
    const page = await context.newPage();
    await page.goto("/questions/what-is-a-port");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "한국어" }).click();
    await expect(page).toHaveURL(/\/questions\/what-is-a-port$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("포트");
    await context.close();
  });

  test("grade an interview answer in Korean: checklist, highlighted evidence, follow-up", async ({ page, lang }) => {
    await lang("ko");
    await page.goto("/questions/accept-returns-new-socket");
    const answer = page.getByRole("textbox", { name: "내 답" });
    await answer.fill("accept()는 큐에서 완료된 연결을 꺼내 그 클라이언트 전용 새 소켓을 반환합니다. 리스닝 소켓은 계속 다음 연결을 기다립니다.");
    // The draft survives a reload before submitting.
    await page.reload();
    await expect(page.getByRole("textbox", { name: "내 답" })).toHaveValue(/새 소켓/);
    await page.getByRole("button", { name: "채점하기" }).click();
    const result = page.getByTestId("grade-result");
    await expect(result).toBeVisible();
    // Core ideas and depth are listed apart: both core ideas are here, the missed depth is "to go further".
    await expect(result.getByRole("heading", { name: "핵심 개념" })).toBeVisible();
    await expect(result.getByRole("heading", { name: "더 나아가려면" })).toBeVisible();
    await expect(result.locator("li[data-core='true'][data-hit='true']")).toHaveCount(2);
    await expect(result.locator("li[data-core='false'][data-hit='false']").first()).toBeVisible();
    await expect(result.locator("[data-verdict]")).toHaveAttribute("data-verdict", "correct");
    await expect(result.locator("mark", { hasText: "새 소켓" })).toBeVisible();
    const followUp = result.getByRole("heading", { name: "꼬리 질문" }).locator("..").getByRole("link").first();
    await expect(followUp).toBeVisible();
    await expectAccessible(page);
    await followUp.click();
    await expect(page).toHaveURL(/\/questions\/[a-z-]+$/);
  });

  test("grade an interview answer in English that states a misconception", async ({ page, lang }) => {
    await lang("en");
    await page.goto("/questions/accept-returns-new-socket");
    await page.getByRole("textbox", { name: "Your answer" }).fill("accept() does not create a new socket; the listening socket itself becomes the connection to the client.");
    await page.getByRole("button", { name: "Grade my answer" }).click();
    const result = page.getByTestId("grade-result");
    await expect(result.getByRole("heading", { name: "Misconceptions" })).toBeVisible();
    await expect(result.locator("[data-verdict]")).not.toHaveAttribute("data-verdict", "correct");
    await expectAccessible(page);
  });

  test("unknown questions are a 404 page", async ({ page, lang }) => {
    await lang("en");
    const res = await page.goto("/questions/does-not-exist");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("pages carry security headers with a per-request CSP nonce", async ({ request }) => {
    const a = await request.get("/questions");
    const b = await request.get("/questions");
    const csp = a.headers()["content-security-policy"]!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(b.headers()["content-security-policy"]).not.toBe(csp);
    expect(a.headers()["x-content-type-options"]).toBe("nosniff");
    expect(a.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const api = await request.get("/api/v1/questions?pageSize=1");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  });

  test("phone width has no horizontal scrolling", async ({ page, lang }) => {
    await lang("ko");
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", "/questions", "/questions/server-call-order", "/questions/what-is-a-port"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

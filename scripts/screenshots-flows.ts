/**
 * `npm run screenshots:flows -- [baseURL]` — screenshots of states only reachable by doing
 * something, in Korean and English, desktop and phone, into screenshots/:
 *   - the language switch after client-side navigation (it must keep the current page);
 *   - the live-quiz player's focused layout during a question;
 *   - the 429 message after too many sign-in attempts.
 * Needs DATABASE_URL of the server's database (to make the teacher, as `npm run user:role`).
 * Each step also checks what it shows and exits non-zero when it is wrong.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./lib/chromium";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const run = Date.now();

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`screenshot check failed: ${what}`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const file = `screenshots/flow-${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function signIn(context: BrowserContext, email: string, password: string): Promise<void> {
  const csrf = (await (await context.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await context.request.post(`${base}/api/auth/callback/credentials`, { form: { email, password, csrfToken: csrf.csrfToken, json: "true" } });
  check(res.ok(), `sign-in of ${email}: ${res.status()}`);
}

async function main() {
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const context = (locale: string, viewport: { width: number; height: number }) =>
    browser.newContext({ viewport, deviceScaleFactor: 1 }).then(async (c) => {
      await c.addCookies([{ name: "locale", value: locale, url: base }]);
      return c;
    });

  // A teacher with a one-question quiz (through the API and the role CLI, as an admin would).
  const teacherEmail = `flows-teacher-${run}@example.com`;
  const password = "flows screenshots passphrase";
  const host = await context("en", widths.desktop);
  check((await host.request.post(`${base}/api/v1/account`, { data: { email: teacherEmail, password } })).status() === 201, "teacher sign-up");
  execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/user-role.ts", teacherEmail, "teacher"], { env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.server.json" }, stdio: "inherit" });
  await signIn(host, teacherEmail, password);
  const quiz = (await (await host.request.post(`${base}/api/v1/quizzes`, { data: { title: "Flows", items: [{ question: "accept-returns", timeLimitSec: 300, points: 1000 }] } })).json()) as { id: string };

  for (const locale of ["ko", "en"] as const) {
    for (const [size, viewport] of Object.entries(widths)) {
      const tag = `${locale}-${size}`;

      // 1. The language switch after client-side navigation keeps the current page.
      const other = locale === "ko" ? "en" : "ko";
      const c1 = await context(locale, viewport);
      const p1 = await c1.newPage();
      await p1.goto(`${base}/sandbox`, { waitUntil: "load" });
      const link = p1.locator('a[href="/questions"]').first();
      if (!(await link.isVisible())) await p1.getByRole("button", { name: /menu|메뉴/i }).first().click().catch(() => undefined);
      await p1.locator('a[href="/questions"]').first().click();
      await p1.waitForURL(/\/questions$/);
      await p1.locator('a[href^="/questions/"]').first().click();
      await p1.waitForURL(/\/questions\/[a-z0-9-]+$/);
      const questionUrl = p1.url();
      await p1.locator(`button[name=locale][value=${other}]`).first().click();
      await p1.waitForLoadState("load");
      await p1.waitForFunction((l) => document.documentElement.lang === l, other);
      check(p1.url() === questionUrl, `language switch kept ${questionUrl} (got ${p1.url()})`);
      await shot(p1, `language-switch-after-client-nav-${locale}-to-${other}-${size}`);
      await c1.close();

      // 2. The player's focused layout during a question.
      const session = (await (await host.request.post(`${base}/api/v1/live/sessions`, { data: { quiz: quiz.id, locale } })).json()) as { id: string; code: string };
      const c2 = await context(locale, viewport);
      const p2 = await c2.newPage();
      await p2.goto(`${base}/join?code=${session.code}`, { waitUntil: "load" });
      await p2.locator("#join-nick").fill(locale === "ko" ? "민수" : "Min");
      await p2.locator("#join-nick").press("Enter");
      await p2.waitForURL(/\/play\//);
      check((await host.request.post(`${base}/api/v1/live/sessions/${session.id}/control`, { data: { command: "start" } })).ok(), "start");
      await p2.locator("main h1").first().waitFor();
      await p2.waitForTimeout(300);
      check((await p2.locator("header nav a[href='/questions']").count()) === 0, "no site navigation on the player's screen");
      await shot(p2, `player-question-${tag}`);
      await c2.close();
      await host.request.post(`${base}/api/v1/live/sessions/${session.id}/control`, { data: { command: "end" } });

      // 3. The 429 message on the sign-in form.
      const c3 = await context(locale, viewport);
      const p3 = await c3.newPage();
      const victim = `flows-429-${tag}-${run}@example.com`;
      for (let i = 0; i < 10; i++) await c3.request.post(`${base}/api/auth/callback/credentials`, { form: { email: victim, password: "wrong", json: "true" } });
      await p3.goto(`${base}/signin`, { waitUntil: "load" });
      await p3.locator("input[type=email]").fill(victim);
      await p3.locator("input[type=password]").fill("still wrong");
      await p3.locator("main form button[type=submit]").first().click();
      const alert = p3.getByRole("alert").filter({ hasText: locale === "ko" ? /뒤에 다시 시도/ : /Try again in/ });
      await alert.first().waitFor();
      await shot(p3, `signin-429-${tag}`);
      await c3.close();
    }
  }
  await host.close();
  await browser.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

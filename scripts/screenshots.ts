/**
 * `npm run screenshots -- [baseURL] [path …]` — full-page PNGs of pages in Korean and
 * English at desktop and phone widths, into screenshots/ (git-ignored), for a human look.
 * SCREENSHOT_COOKIE="name=value" adds a cookie (e.g. a session) to see signed-in pages.
 * SCREENSHOT_ANSWER="…" types that answer on interview question pages and grades it first,
 * to see the result panel (SCREENSHOT_ANSWER_KO for the Korean pass, when it differs).
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./lib/chromium";

const [base = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/", "/questions", "/questions/what-is-a-port", "/questions/server-call-order"];
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

async function main() {
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (const locale of ["ko", "en"] as const) {
    for (const [name, viewport] of Object.entries(widths)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      await context.addCookies([{ name: "locale", value: locale, url: base }]);
      const extra = process.env.SCREENSHOT_COOKIE?.match(/^([^=]+)=(.+)$/);
      if (extra) await context.addCookies([{ name: extra[1]!, value: extra[2]!, domain: new URL(base).hostname, path: "/", secure: extra[1]!.startsWith("__Secure-"), httpOnly: true, sameSite: "Lax" }]);
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(base + p, { waitUntil: "load" });
        const answer = (locale === "ko" && process.env.SCREENSHOT_ANSWER_KO) || process.env.SCREENSHOT_ANSWER;
        if (answer && p.startsWith("/questions/")) {
          await page.getByRole("textbox").first().fill(answer);
          await page.locator("main form button[type=submit]").first().click();
          await page.getByTestId("grade-result").waitFor();
        }
        await page.evaluate(() => document.fonts.ready);
        const file = `screenshots/${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${locale}-${name}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
  await browser.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

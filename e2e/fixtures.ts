import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export type Lang = "ko" | "en";

export const test = base.extend<{ lang: (l: Lang) => Promise<void> }>({
  // Sets the language cookie the way the app does, before the first navigation.
  lang: async ({ context, baseURL }, provide) => {
    await provide(async (l: Lang) => {
      await context.addCookies([{ name: "locale", value: l, url: baseURL! }]);
    });
  },
});

export { expect };

/** No serious or critical axe violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

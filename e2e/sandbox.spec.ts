import { SANDBOX_SCENARIOS } from "../lib/content/schema";
import { expect, expectAccessible, test, type Lang } from "./fixtures";

const texts: Record<Lang, { run: string; heading: string }> = {
  ko: { run: "실행", heading: "실제 소켓으로 확인하기" },
  en: { run: "Run", heading: "See it on real sockets" },
};

for (const l of ["ko", "en"] as const) {
  test(`run tcp-multi-client from a question page (${l}): three accepted sockets share the server port`, async ({ page, lang }) => {
    await lang(l);
    await page.goto("/questions/one-port-many-sockets");
    const panel = page.getByTestId("sandbox-panel");
    await expect(panel.getByRole("heading", { name: texts[l].heading })).toBeVisible();
    const select = panel.getByRole("combobox");
    if (await select.count()) await select.selectOption("tcp-multi-client");
    await panel.getByRole("spinbutton").fill("3");
    await panel.getByRole("button", { name: texts[l].run, exact: true }).click();
    await expect(panel.getByTestId("sandbox-facts")).toBeVisible({ timeout: 15_000 });
    // The kernel table: one LISTEN row and three ESTABLISHED rows whose local port is the server's.
    const table = panel.getByTestId("kernel-table");
    const listenLocal = (await table.locator("tr", { hasText: "LISTEN" }).locator("td").nth(2).innerText()).trim();
    const serverPort = listenLocal.split(":").at(-1)!;
    const established = table.locator("tr", { hasText: "ESTABLISHED" });
    const localCells = await established.locator("td:nth-child(3)").allInnerTexts();
    expect(localCells.filter((c) => c.trim().endsWith(`:${serverPort}`))).toHaveLength(3);
    const diagram = panel.getByTestId("sequence-diagram");
    await expect(diagram.getByText("accept()", { exact: true })).toHaveCount(3);
    await expectAccessible(page);
  });
}

test("the sandbox page lists every scenario and a bad scenario in the URL falls back safely", async ({ page, lang }) => {
  await lang("en");
  const res = await page.goto("/sandbox?scenario=port-scan&highlight=<script>");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Socket sandbox" })).toBeVisible();
  await expect(page.locator("#all-scenarios + ul > li")).toHaveCount(SANDBOX_SCENARIOS.length);
  await expectAccessible(page);
});

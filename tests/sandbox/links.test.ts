import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { questionScenarios, renderSandboxLinks } from "@/lib/sandbox/links";
import { SANDBOX_SCENARIOS } from "@/lib/sandbox/types";

const bank = loadContent();

it("at least half of the bank links to a scenario, and every scenario is linked", () => {
  const links = questionScenarios(bank);
  expect(links.size * 2).toBeGreaterThanOrEqual(bank.questions.length);
  const used = new Set([...links.values()].flat());
  for (const id of SANDBOX_SCENARIOS) expect(used.has(id), id).toBe(true);
});

it("docs/sandbox.md lists question → scenarios as generated (npm run sandbox:docs)", () => {
  const doc = readFileSync("docs/sandbox.md", "utf8");
  const section = doc.slice(doc.indexOf("<!-- links:start -->") + "<!-- links:start -->".length, doc.indexOf("<!-- links:end -->")).trim();
  expect(section).toBe(renderSandboxLinks(bank));
});

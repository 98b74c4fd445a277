/** `npm run content:coverage` — regenerate docs/content-coverage.md from content/. */
import { writeFileSync } from "node:fs";
import { renderCoverage } from "../lib/content/coverage";
import { loadContent } from "../lib/content/load";

writeFileSync("docs/content-coverage.md", renderCoverage(loadContent()));
console.log("wrote docs/content-coverage.md");

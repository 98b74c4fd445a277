/** `npm run sandbox:docs` — regenerate the question → scenarios table in docs/sandbox.md. */
import { readFileSync, writeFileSync } from "node:fs";
import { loadContent } from "../lib/content/load";
import { renderSandboxLinks } from "../lib/sandbox/links";

const file = "docs/sandbox.md";
const doc = readFileSync(file, "utf8");
const start = "<!-- links:start -->";
const end = "<!-- links:end -->";
const next = `${doc.slice(0, doc.indexOf(start) + start.length)}\n${renderSandboxLinks(loadContent())}\n${doc.slice(doc.indexOf(end))}`;
writeFileSync(file, next);
console.log(`wrote ${file}`);

/**
 * Run before the e2e tests: makes sure a Chromium exists, installing one when missing —
 * Debian's package via apt-get when we are root on Debian/Ubuntu, else Playwright's own.
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./lib/chromium";

function run(cmd: string) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: "inherit" });
}

const found = findChromium();
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
} else {
  if (process.env.CHROMIUM_PATH) {
    console.error(`e2e: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    process.exit(1);
  }
  console.log("e2e: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium or Playwright's browser). Installing one…");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    run("apt-get update -qq");
    run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk");
  } else {
    run("npx playwright install chromium");
  }
  const after = findChromium();
  if (!after) {
    console.error("e2e: still no Chromium. Install one and set CHROMIUM_PATH=/path/to/chromium.");
    process.exit(1);
  }
  console.log(`e2e: using Chromium at ${after}`);
}

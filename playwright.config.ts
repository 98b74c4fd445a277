import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/chromium";
import { existsSync } from "node:fs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "chromium", testIgnore: /(live|cluster)\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } } },
    // The 30-phone live quiz runs last and alone: with another worker beside it, two cores are not enough for 31 live pages.
    { name: "live", testMatch: /\/live\.spec\.ts/, dependencies: ["chromium"], use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } } },
    // Two instances behind nginx on PostgreSQL (e2e/cluster.spec.ts), after everything else: where PostgreSQL and nginx are (CI installs both).
    ...(process.env.TEST_POSTGRES_URL && existsSync(process.env.NGINX_BIN ?? "/usr/sbin/nginx")
      ? [{ name: "cluster", testMatch: /cluster\.spec\.ts/, dependencies: ["live"], use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } } }]
      : []),
  ],
  webServer: {
    // A production build on a fresh database for every run (scripts/e2e-server.ts).
    command: `npx tsx scripts/e2e-server.ts ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});

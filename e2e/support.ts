/** Helpers shared by e2e specs: accounts through the real UI and API, roles through the CLI. */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The e2e server's database (scripts/e2e-server.ts makes a fresh one per run). */
export function e2eDatabaseUrl(): string {
  const dir = path.resolve("e2e/.artifacts");
  const file = readdirSync(dir).find((f) => /^db-\d+\.db$/.test(f));
  if (!file) throw new Error("no e2e database found in e2e/.artifacts");
  return `file:${path.join(dir, file)}`;
}

/** `npm run user:role -- <email> <role>` against the e2e database (or another), as an administrator would. */
export function grantRole(email: string, role: "teacher" | "student", databaseUrl = e2eDatabaseUrl()): void {
  execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/user-role.ts", email, role], {
    env: { ...process.env, DATABASE_URL: databaseUrl, TSX_TSCONFIG_PATH: "tsconfig.server.json" },
    stdio: "pipe",
  });
}

/** Creates an account with the API and signs in with the sign-in form. */
export async function signUpAndSignIn(page: Page, email: string, password: string, label = { email: "Email", password: "Password", submit: "Sign in" }): Promise<void> {
  const res = await page.request.post("/api/v1/account", { data: { email, password } });
  expect(res.status()).toBe(201);
  await page.goto("/signin?next=/me");
  await page.getByLabel(label.email).fill(email);
  await page.getByLabel(label.password).fill(password);
  await page.getByRole("button", { name: label.submit }).last().click();
  // The path, not the whole URL: "/signin?next=/me" also ends in "/me", before the form's navigation.
  await page.waitForURL((url) => url.pathname === "/me");
  await page.waitForLoadState("load");
}

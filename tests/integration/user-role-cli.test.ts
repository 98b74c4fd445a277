/** `npm run user:role -- <email> <role>`: grants the teacher role in the database it is pointed at. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freshDb } from "../support/db";
import { signUp } from "@/lib/dal/users";

function runCli(url: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/user-role.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, TSX_TSCONFIG_PATH: "tsconfig.server.json" },
    timeout: 60_000,
  });
}

describe("user:role CLI", () => {
  it("makes an existing account a teacher and back, and says so", async () => {
    const { db, url } = await freshDb("empty");
    await signUp(db, { email: "teacher@example.com", password: "a long enough password" }, "en");
    const res = runCli(url, "Teacher@Example.com", "teacher");
    expect(res.stdout).toContain("teacher@example.com is now a teacher");
    expect(res.status).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { email: "teacher@example.com" } })).role).toBe("teacher");
    expect(runCli(url, "teacher@example.com", "student").status).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { email: "teacher@example.com" } })).role).toBe("student");
  });

  it("refuses unknown accounts, bad emails and unknown roles without changing anything", async () => {
    const { db, url } = await freshDb("empty");
    await signUp(db, { email: "s@example.com", password: "a long enough password" }, "en");
    const unknown = runCli(url, "nobody@example.com", "teacher");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("no account");
    const badRole = runCli(url, "s@example.com", "admin");
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('role must be "student" or "teacher"');
    const badEmail = runCli(url, "not-an-email", "teacher");
    expect(badEmail.status).toBe(2);
    expect((await db.user.findUniqueOrThrow({ where: { email: "s@example.com" } })).role).toBe("student");
  });
});

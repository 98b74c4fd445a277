import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadAuthSecret } from "./secret";

const mode = (p: string) => statSync(p).mode & 0o777;
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "psl-secret-"));
const LONG = "x".repeat(32);

describe("a configured secret that is short or empty is refused, never replaced", () => {
  it.each([
    ["AUTH_SECRET", "", /AUTH_SECRET is empty/],
    ["AUTH_SECRET", "   ", /AUTH_SECRET is empty/],
    ["AUTH_SECRET", "short-secret", /AUTH_SECRET has 12 characters; a session secret needs at least 32/],
    ["NEXTAUTH_SECRET", "y".repeat(31), /NEXTAUTH_SECRET has 31 characters/],
  ])("%s=%j", (name, value, message) => {
    const cwd = tmp();
    expect(() => loadAuthSecret({ [name]: value }, cwd)).toThrow(message);
    expect(existsSync(path.join(cwd, "data"))).toBe(false); // nothing generated in its place
  });

  it("an empty AUTH_SECRET is refused even when NEXTAUTH_SECRET is fine", () => {
    expect(() => loadAuthSecret({ AUTH_SECRET: "", NEXTAUTH_SECRET: LONG }, tmp())).toThrow(/AUTH_SECRET is empty/);
  });

  it.each([
    ["empty", ""],
    ["short", "abc123\n"],
  ])("an %s secret file is refused with its path, and left as it was", (_name, content) => {
    const cwd = tmp();
    mkdirSync(path.join(cwd, "data"));
    const file = path.join(cwd, "data", "auth-secret");
    writeFileSync(file, content, { mode: 0o600 });
    expect(() => loadAuthSecret({}, cwd)).toThrow(new RegExp(`auth secret file ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} (is empty|has 6 characters)`));
    expect(readFileSync(file, "utf8")).toBe(content);
  });

  it("a long enough AUTH_SECRET is used as it is", () => {
    expect(loadAuthSecret({ AUTH_SECRET: LONG, NEXTAUTH_SECRET: "ignored" }, tmp())).toBe(LONG);
  });
});

describe("a generated secret is private", () => {
  it("creates data/ as 0700 and data/auth-secret as 0600, then reads the same secret back", () => {
    const cwd = tmp();
    const secret = loadAuthSecret({}, cwd);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(mode(path.join(cwd, "data"))).toBe(0o700);
    expect(mode(path.join(cwd, "data", "auth-secret"))).toBe(0o600);
    expect(loadAuthSecret({}, cwd)).toBe(secret);
  });

  it("tightens an existing data/ folder and a secret file left readable by others", () => {
    const cwd = tmp();
    mkdirSync(path.join(cwd, "data"), { mode: 0o755 });
    chmodSync(path.join(cwd, "data"), 0o755);
    loadAuthSecret({}, cwd);
    expect(mode(path.join(cwd, "data"))).toBe(0o700);
    const file = path.join(cwd, "data", "auth-secret");
    chmodSync(file, 0o644);
    loadAuthSecret({}, cwd);
    expect(mode(file)).toBe(0o600);
  });

  it("AUTH_SECRET_FILE moves it; a folder named there is created 0700 but an existing one is left alone", () => {
    const cwd = tmp();
    chmodSync(cwd, 0o755);
    const secret = loadAuthSecret({ AUTH_SECRET_FILE: "keys/secret" }, cwd);
    expect(readFileSync(path.join(cwd, "keys", "secret"), "utf8")).toBe(secret);
    expect(mode(path.join(cwd, "keys"))).toBe(0o700);
    loadAuthSecret({ AUTH_SECRET_FILE: "other-secret" }, cwd);
    expect(mode(cwd)).toBe(0o755);
    expect(mode(path.join(cwd, "other-secret"))).toBe(0o600);
  });
});

describe("start-up (instrumentation.ts)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("refuses to start with a short AUTH_SECRET, naming it", async () => {
    vi.resetModules();
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("AUTH_SECRET", "too-short");
    const { register } = await import("@/instrumentation");
    await expect(register()).rejects.toThrow(/AUTH_SECRET has 9 characters/);
  });

  it("starts with a long enough one", async () => {
    vi.resetModules();
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("AUTH_SECRET", LONG);
    const { register } = await import("@/instrumentation");
    await expect(register()).resolves.toBeUndefined();
  });
});

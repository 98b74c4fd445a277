import { describe, expect, it } from "vitest";
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from "./password";

describe("passwords", () => {
  it("hashes with Argon2id at OWASP parameters and verifies", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery stapl")).toBe(false);
  });

  it("treats a malformed stored hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });

  it("has one dummy hash that matches nothing a user can type", async () => {
    const d = await dummyHash();
    expect(d).toBe(await dummyHash());
    expect(await verifyPassword(d, "")).toBe(false);
    expect(await verifyPassword(d, "password1234")).toBe(false);
  });

  it("refuses short, overlong, common and email-containing passwords", () => {
    expect(passwordProblem("short")).toBe("too-short");
    expect(passwordProblem("가나다라마바사아자")).toBe("too-short"); // 9 characters, counted as characters
    expect(passwordProblem("x".repeat(129))).toBe("too-long");
    expect(passwordProblem("password123")).toBe("too-common");
    expect(passwordProblem("zzzzzzzzzzzz")).toBe("too-common");
    expect(passwordProblem("jimin.kim-is-here", "jimin.kim@example.com")).toBe("contains-email");
    expect(passwordProblem("소켓과 포트를 공부합니다")).toBeNull();
  });
});

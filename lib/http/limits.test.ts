import { describe, expect, it } from "vitest";
import { JoinLimits, Limit, SignInLimits } from "./limits";

describe("SignInLimits", () => {
  it("counts every attempt before the password is checked: a concurrent burst gets only the pair's budget", async () => {
    const s = new SignInLimits({ perAddress: 100, perPair: 5 });
    const waits = await Promise.all(Array.from({ length: 40 }, () => s.attempt("victim@example.com", "10.0.0.1")));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    expect(waits.filter((w) => w > 0).every((w) => w <= 15 * 60)).toBe(true);
  });

  it("limits one address across many accounts", async () => {
    const s = new SignInLimits({ perAddress: 3, perPair: 100 });
    for (let i = 0; i < 3; i++) expect(await s.attempt(`user${i}@example.com`, "10.0.0.2")).toBe(0);
    expect(await s.attempt("another@example.com", "10.0.0.2")).toBeGreaterThan(0);
    expect(await s.attempt("another@example.com", "10.0.0.3")).toBe(0);
  });

  it("a third party cannot lock the account: failures from many addresses slow only unknown addresses, to one attempt per slowSec", async () => {
    const s = new SignInLimits({ perAddress: 100, perPair: 2, slowAfter: 5, slowSec: 1 });
    expect(await s.attempt("victim@example.com", "198.51.100.1")).toBe(0);
    await s.succeeded("victim@example.com", "198.51.100.1"); // the owner's usual address
    for (let i = 0; i < 10; i++) {
      await s.attempt("Victim@Example.com", `203.0.113.${i}`);
      await s.failed("victim@example.com ");
    }
    // The owner's usual address is not slowed at all.
    for (let i = 0; i < 2; i++) expect(await s.attempt("victim@example.com", "198.51.100.1")).toBe(0);
    // A new address (the owner on a new phone, or the attacker) waits at most slowSec between attempts.
    const first = await s.attempt("victim@example.com", "192.0.2.50");
    const second = await s.attempt("victim@example.com", "192.0.2.50");
    expect(first).toBeLessThanOrEqual(1);
    expect(second).toBeGreaterThan(0); // the attacker's own attempts took this second's slot, or the first did
    expect(second).toBeLessThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1_050));
    expect(await s.attempt("victim@example.com", "192.0.2.51")).toBe(0);
  });

  it("a success clears the pair and the account's failures, and gives the address its attempt back", async () => {
    const s = new SignInLimits({ perAddress: 2, perPair: 2, slowAfter: 1, slowSec: 60 });
    expect(await s.attempt("a@example.com", "ip1")).toBe(0);
    await s.failed("a@example.com");
    expect(await s.attempt("a@example.com", "ip1")).toBe(0);
    await s.succeeded("a@example.com", "ip1");
    expect(await s.attempt("a@example.com", "ip1")).toBe(0); // pair reset, slow-down cleared, address refunded
  });
});

describe("JoinLimits", () => {
  it("limits wrong codes, not right ones", async () => {
    const j = new JoinLimits();
    const right = async () => "session-1";
    const wrong = async () => null;
    // A classroom behind one address: 300 joins with the right code at once.
    const joins = await Promise.all(Array.from({ length: 300 }, () => j.lookup("classroom-nat", right)));
    expect(joins.every((r) => r.wait === 0 && r.found === "session-1")).toBe(true);
    for (let i = 0; i < 20; i++) expect(await j.lookup("guesser", wrong)).toEqual({ wait: 0, found: null });
    expect((await j.lookup("guesser", right)).wait).toBeGreaterThan(0); // once over, even a right code waits: no oracle
  });
  it("a burst of wrong guesses sent at once gets exactly the allowance: check, lookup and count are one step per address", async () => {
    const j = new JoinLimits();
    const slowWrong = () => new Promise<null>((r) => setTimeout(() => r(null), 1));
    const results = await Promise.all(Array.from({ length: 200 }, () => j.lookup("burst", slowWrong)));
    expect(results.filter((r) => r.wait === 0)).toHaveLength(20);
    expect(results.filter((r) => r.wait > 0)).toHaveLength(180);
    // Another address is not held up by it.
    expect(await j.lookup("other", async () => "s")).toEqual({ wait: 0, found: "s" });
  });
});

describe("Limit", () => {
  it("answers the wait in whole seconds and peeks without counting", async () => {
    const l = new Limit("t", 2, 30);
    expect(await l.peek("k")).toBe(0);
    expect(await l.consume("k")).toBe(0);
    expect(await l.consume("k")).toBe(0);
    expect(await l.peek("k")).toBeGreaterThan(0);
    const wait = await l.consume("k");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(30);
  });
});

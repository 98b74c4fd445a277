import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache";
import { jamoCache, jamoOf } from "./grading/text";

describe("BoundedCache", () => {
  it("never holds more than its byte budget, whatever the keys", () => {
    const c = new BoundedCache<string>({ maxBytes: 10_000, maxEntries: 1_000_000, maxKeyLength: 100, sizeOf: (k, v) => 2 * (k.length + v.length) });
    for (let i = 0; i < 50_000; i++) {
      c.set(`key-${i}-${"x".repeat(i % 90)}`, "value");
      expect(c.byteSize).toBeLessThanOrEqual(10_000);
    }
    c.set("y".repeat(101), "too long a key");
    expect(c.get("y".repeat(101))).toBeUndefined();
  });
});

describe("the grader's jamo cache under hostile input", () => {
  it("stays within 4 MB after 200,000 distinct Hangul words, and never keeps long ones", () => {
    jamoCache.clear();
    const syl = (n: number) => String.fromCharCode(0xac00 + (n % 11172));
    for (let i = 0; i < 200_000; i++) jamoOf(syl(i) + syl(i * 7) + syl(i * 13) + syl(i >> 3));
    expect(jamoCache.byteSize).toBeLessThanOrEqual(4 * 1024 * 1024);
    jamoCache.clear();
    jamoOf("가".repeat(5000));
    expect(jamoCache.size).toBe(0);
  });
});

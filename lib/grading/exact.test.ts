import { describe, expect, it } from "vitest";
import { AnswerShapeError, gradeExact, longestCorrectSubsequence, normalizeShort, type ExactKey } from "./exact";

const single: ExactKey = { type: "single-choice", choices: [{ key: "a", correct: false }, { key: "b", correct: true }, { key: "c", correct: false }] };
const multi: ExactKey = {
  type: "multi-choice",
  choices: [
    { key: "a", correct: true },
    { key: "b", correct: true },
    { key: "c", correct: false },
    { key: "d", correct: true },
  ],
};
const order: ExactKey = { type: "ordering", order: ["socket", "bind", "listen", "accept", "recv", "close"] };

describe("single choice", () => {
  it("scores the correct choice 100 and any other 0", () => {
    expect(gradeExact(single, "b")).toEqual({ score: 100, verdict: "correct" });
    expect(gradeExact(single, "a")).toEqual({ score: 0, verdict: "incorrect" });
    expect(gradeExact(single, ["b"]).verdict).toBe("correct");
  });
  it("rejects choices that do not exist and several picks", () => {
    expect(() => gradeExact(single, "z")).toThrow(AnswerShapeError);
    expect(() => gradeExact(single, ["a", "b"])).toThrow(AnswerShapeError);
  });
});

describe("multi choice: correct minus wrong picks", () => {
  it("gives full marks only for the exact set", () => {
    expect(gradeExact(multi, ["a", "b", "d"])).toMatchObject({ score: 100, verdict: "correct" });
    expect(gradeExact(multi, ["d", "a", "b", "a"])).toMatchObject({ score: 100, verdict: "correct" });
  });
  it("gives partial credit for a subset", () => {
    expect(gradeExact(multi, ["a", "b"])).toMatchObject({ score: 67, verdict: "partial", detail: { missedPicks: ["d"] } });
  });
  it("subtracts wrong picks and never goes below zero", () => {
    expect(gradeExact(multi, ["a", "b", "c"])).toMatchObject({ score: 33, verdict: "partial", detail: { wrongPicks: ["c"] } });
    expect(gradeExact(multi, ["a", "c"])).toMatchObject({ score: 0, verdict: "incorrect" });
    expect(gradeExact(multi, ["c"])).toMatchObject({ score: 0, verdict: "incorrect" });
  });
  it("ticking everything is not full marks", () => {
    expect(gradeExact(multi, ["a", "b", "c", "d"]).verdict).toBe("partial");
  });
  it("rejects unknown keys", () => {
    expect(() => gradeExact(multi, ["a", "x"])).toThrow(AnswerShapeError);
  });
});

describe("true / false", () => {
  const key: ExactKey = { type: "true-false", answer: false };
  it("grades strings true and false", () => {
    expect(gradeExact(key, "false").verdict).toBe("correct");
    expect(gradeExact(key, "TRUE").verdict).toBe("incorrect");
  });
  it("rejects anything else", () => {
    expect(() => gradeExact(key, "maybe")).toThrow(AnswerShapeError);
    expect(() => gradeExact(key, "")).toThrow(AnswerShapeError);
  });
});

describe("ordering: longest correct subsequence", () => {
  it("full marks for the right order", () => {
    expect(gradeExact(order, ["socket", "bind", "listen", "accept", "recv", "close"])).toMatchObject({ score: 100, verdict: "correct" });
  });
  it("one item out of place keeps the rest", () => {
    const r = gradeExact(order, ["socket", "listen", "bind", "accept", "recv", "close"]);
    expect(r.score).toBe(83);
    expect(r.verdict).toBe("partial");
  });
  it("reversed order earns one item's worth and is incorrect", () => {
    const r = gradeExact(order, ["close", "recv", "accept", "listen", "bind", "socket"]);
    expect(r.score).toBe(17);
    expect(r.verdict).toBe("incorrect");
  });
  it("requires a permutation of exactly the items", () => {
    expect(() => gradeExact(order, ["socket", "bind"])).toThrow(AnswerShapeError);
    expect(() => gradeExact(order, ["socket", "socket", "listen", "accept", "recv", "close"])).toThrow(AnswerShapeError);
    expect(() => gradeExact(order, ["socket", "bind", "listen", "accept", "recv", "connect"])).toThrow(AnswerShapeError);
    expect(() => gradeExact(order, "socket bind listen")).toThrow(AnswerShapeError);
  });
  it("reports which items are in a correct relative order", () => {
    expect(longestCorrectSubsequence(["a", "b", "c", "d"], ["b", "a", "c", "d"])).toEqual({ length: 3, items: ["a", "c", "d"] });
  });
});

describe("short answers", () => {
  const port: ExactKey = { type: "short", accepted: ["443"] };
  const name: ExactKey = { type: "short", accepted: ["smtp", "simple mail transfer protocol"] };
  it("accepts the value with common decorations", () => {
    for (const a of ["443", " 443 ", "443번", "443번 포트", "４４３", "port 443", "443/tcp", "443."]) expect(gradeExact(port, a).verdict, a).toBe("correct");
  });
  it("normalises case and spacing of names", () => {
    expect(gradeExact(name, "SMTP").verdict).toBe("correct");
    expect(gradeExact(name, "Simple  Mail Transfer Protocol").verdict).toBe("correct");
  });
  it("does not accept near misses", () => {
    expect(gradeExact(port, "4433").verdict).toBe("incorrect");
    expect(gradeExact(port, "80").verdict).toBe("incorrect");
    expect(gradeExact(port, "   ").verdict).toBe("incorrect");
    expect(gradeExact(name, "smtps").verdict).toBe("incorrect");
  });
  it("needs a single string", () => {
    expect(() => gradeExact(port, ["443"])).toThrow(AnswerShapeError);
  });
  it("normalizeShort strips trailing punctuation in linear time (no regex backtracking on '....x')", () => {
    expect(normalizeShort("53...!?")).toBe("53");
    expect(normalizeShort("53.。")).toBe("53");
    // 200,000 dots then a letter: a backtracking /[.]+$/ tries every start (~2·10^10 steps); a linear trim is instant.
    // Asserted by outcome, not time: the call returns and keeps the dots, which are not trailing.
    const evil = ".".repeat(200_000) + "x";
    expect(normalizeShort(evil)).toBe(evil);
  });

  it("normalizeShort strips width, case and port suffixes", () => {
    expect(normalizeShort("ＥＡＤＤＲＩＮＵＳＥ")).toBe("eaddrinuse");
    expect(normalizeShort("22번")).toBe("22");
  });
});

import { describe, expect, it } from "vitest";
import { csvCell, isFormulaLike, toCsv } from "./csv";

describe("csvCell", () => {
  it("quotes every cell and doubles inner quotes", () => {
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(csvCell("")).toBe('""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(true)).toBe('"true"');
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-2+3", "'-2+3"],
    ["-3", "'-3"],
    ["@import", "'@import"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["   =cmd", "'   =cmd"],
    ["\u3000=cmd", "'\u3000=cmd"],
    ["＝cmd", "'＝cmd"],
    ["a;=cmd", "'a;=cmd"],
    ["x,=1", "'x,=1"],
    ["x, +1", "'x, +1"],
    ["x|@y", "'x|@y"],
    ["line\n=HYPERLINK(\"e.vil\")", "'line\n=HYPERLINK(\"\"e.vil\"\")"],
  ])("defuses formula-like text %j", (input, inside) => {
    expect(csvCell(input)).toBe(`"${inside}"`);
  });

  it("leaves ordinary text and the app's own numbers alone, negative numbers included", () => {
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell(-3)).toBe('"-3"');
    expect(csvCell(0.5)).toBe('"0.5"');
    expect(csvCell(Number.NaN)).toBe('""');
    expect(csvCell("TCP 3-way handshake")).toBe('"TCP 3-way handshake"');
    expect(csvCell("a = b")).toBe('"a = b"');
    expect(csvCell("user@example.com")).toBe('"user@example.com"');
    expect(csvCell("포트 80, 443")).toBe('"포트 80, 443"');
    expect(isFormulaLike("2026-12-05T10:00:00.000Z")).toBe(false);
  });
});

it("toCsv joins quoted cells with commas and CRLF, ending with CRLF", () => {
  expect(toCsv([["rank", "nickname"], [1, "=evil"]])).toBe('"rank","nickname"\r\n"1","\'=evil"\r\n');
});

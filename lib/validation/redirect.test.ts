import { describe, expect, it } from "vitest";
import { currentLocalPath, localPathSchema, MAX_LOCAL_PATH, safeLocalPath } from "./redirect";

describe("safeLocalPath", () => {
  it.each([
    ["/", "/"],
    ["/ok?x=1#y", "/ok?x=1#y"],
    ["/questions/tcp-handshake", "/questions/tcp-handshake"],
    ["/questions?topic=sockets&type=interview&q=bind", "/questions?topic=sockets&type=interview&q=bind"],
    ["/play/abc123def456", "/play/abc123def456"],
    ["/signin?callbackUrl=%2Fme", "/signin?callbackUrl=%2Fme"], // encoded slashes in the query are data
    ["/search?email=a@b.example", "/search?email=a@b.example"], // "@" in the query is data too
    ["/a/../b", "/b"], // normalised by the URL parser
    ["/질문", "/%EC%A7%88%EB%AC%B8"],
  ])("accepts %j", (input, out) => {
    expect(safeLocalPath(input)).toBe(out);
  });

  it.each([
    ["", "empty"],
    ["ok", "relative without a slash"],
    ["javascript:alert(1)", "scheme"],
    ["JaVaScRiPt:alert(1)", "scheme, mixed case"],
    ["data:text/html,<script>alert(1)</script>", "data URL"],
    ["http://evil.example", "absolute URL"],
    ["https://evil.example/ok", "absolute https URL"],
    ["http://host@evil.example", "userinfo trick"],
    ["//evil.example", "protocol-relative"],
    ["///evil.example", "triple slash"],
    ["/\\evil.example", "slash backslash"],
    ["\\\\evil.example", "double backslash"],
    ["/ok\\..\\evil", "backslash later in the path"],
    ["/\t/evil.example", "tab (stripped by URL parsers)"],
    ["/\n/evil.example", "newline"],
    ["/\r/evil.example", "carriage return"],
    ["/\u0000/evil.example", "NUL"],
    [" /ok", "leading space"],
    ["/ok /x", "space"],
    ["/\u2028/evil.example", "line separator"],
    ["/%2F%2Fevil.example", "encoded slashes"],
    ["/%2f%2fevil.example", "encoded slashes, lower case"],
    ["/%5Cevil", "encoded backslash"],
    ["/%5cevil", "encoded backslash, lower case"],
    ["/%252F%252Fevil.example", "double-encoded slashes"],
    ["/ok/%2F/x", "encoded slash inside the path"],
    ["/..//evil.example", "dot segment that resolves to //"],
    ["/.%2e//evil.example", "encoded dot segment that resolves to //"],
    ["/%2e%2e//evil.example", "encoded dot-dot that resolves to //"],
    ["/@evil.example", "@ in the path"],
    ["/user@evil.example/x", "userinfo-looking path"],
    ["/" + "a".repeat(MAX_LOCAL_PATH), "too long"],
  ])("refuses %j (%s)", (input) => {
    expect(safeLocalPath(input)).toBeNull();
  });

  it("never returns anything that leaves the origin when resolved", () => {
    const samples = ["/ok", "/a/./b", "/a/../../b", "/ok?x=//evil#//evil", "/%E2%80%A8", "/a;b", "/a?b=c\\d"];
    for (const s of samples) {
      const out = safeLocalPath(s);
      if (out === null) continue;
      expect(out.startsWith("/") && !out.startsWith("//")).toBe(true);
      expect(new URL(out, "https://app.example").origin).toBe("https://app.example");
    }
  });

  it("refuses non-strings at runtime (form values can be files)", () => {
    expect(safeLocalPath(undefined as unknown as string)).toBeNull();
    expect(safeLocalPath(42 as unknown as string)).toBeNull();
  });
});

describe("localPathSchema", () => {
  it("turns a bad or missing path into the fallback", () => {
    expect(localPathSchema().parse("/ok?x=1")).toBe("/ok?x=1");
    expect(localPathSchema().parse("//evil.example")).toBe("/");
    expect(localPathSchema("/me").parse("/\t/evil.example")).toBe("/me");
    expect(localPathSchema().parse(null)).toBe("/");
  });
});

describe("currentLocalPath", () => {
  it("is the address the browser shows now: path and query, no hash", () => {
    expect(currentLocalPath({ pathname: "/questions/tcp-handshake", search: "?lang=x" })).toBe("/questions/tcp-handshake?lang=x");
    expect(currentLocalPath({ pathname: "/sandbox", search: "" })).toBe("/sandbox");
  });
  it("falls back to the home page for an address that is not a safe local path", () => {
    expect(currentLocalPath({ pathname: "//evil.example", search: "" })).toBe("/");
  });
});

import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./locale";

describe("locale negotiation", () => {
  it("prefers the cookie", () => {
    expect(resolveLocale("en", "ko-KR,ko;q=0.9")).toBe("en");
    expect(resolveLocale("ko", "en-US")).toBe("ko");
  });
  it("falls back to Accept-Language with q-values", () => {
    expect(resolveLocale(undefined, "en-US,en;q=0.9")).toBe("en");
    expect(resolveLocale(undefined, "fr-FR,en;q=0.5,ko;q=0.8")).toBe("ko");
    expect(resolveLocale("xx", "de,en;q=0.1")).toBe("en");
  });
  it("defaults to Korean for missing or junk headers", () => {
    expect(resolveLocale(undefined, undefined)).toBe("ko");
    expect(resolveLocale(undefined, "de-DE")).toBe("ko");
    expect(localeFromAcceptLanguage(";;;,q=abc,en;q=0")).toBeUndefined();
  });
});

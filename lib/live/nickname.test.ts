import { describe, expect, it } from "vitest";
import { cleanNickname, nicknameError, nicknameKey, nicknameProblem, nicknamesClash, skeleton } from "./nickname";

const problemOf = (raw: string) => nicknameProblem(cleanNickname(raw));
const clash = (a: string, b: string) => nicknamesClash(nicknameKey(cleanNickname(a)), nicknameKey(cleanNickname(b)));

describe("nicknames that would look blank are refused", () => {
  it.each([
    ["empty", ""],
    ["spaces", "   "],
    ["ideographic spaces", "\u3000\u3000"],
    ["zero-width characters", "\u200b\u200c\u200d\u2060\ufeff"],
    ["bidi controls", "\u202e\u2066\u200f"],
    ["the Hangul filler U+3164", "\u3164\u3164"],
    ["the Hangul choseong/jungseong fillers U+115F U+1160", "\u115f\u1160"],
    ["the halfwidth Hangul filler U+FFA0", "\uffa0"],
    ["variation selectors and tags", "\ufe0f\u{e0041}\u{e007f}"],
    ["soft hyphens and the combining grapheme joiner", "\u00ad\u034f"],
    ["the blank Braille pattern", "\u2800\u2800"],
    ["a mix", " \u3164\u200b\u3000\u2800 "],
  ])("%s → empty", (_name, raw) => {
    expect(problemOf(raw)).toBe("empty");
  });

  it.each([
    ["only combining marks", "\u0301\u0308\u0323"],
    ["combining marks between spaces", " \u20dd \u0489 "],
  ])("%s → invisible", (_name, raw) => {
    expect(problemOf(raw)).toBe("invisible");
  });

  it("keeps real names, with invisible characters removed from inside them", () => {
    for (const ok of ["김민수", "Kim", "지민 kim", "ㅋㅋ", "😀", "李", "é", "-_-", "<b>x</b>"]) expect(problemOf(ok), ok).toBeNull();
    expect(cleanNickname("ad\u200bmin\u3164")).toBe("admin");
    expect(problemOf("가".repeat(20))).toBeNull();
    expect(problemOf("가".repeat(21))).toBe("too-long");
  });
});

describe("look-alike nicknames clash (UTS #39 skeleton, case-folded)", () => {
  it.each([
    ["Cyrillic а", "аdmin", "admin"],
    ["Greek capitals", "ΑΒΕ", "ABE"],
    ["Cyrillic capitals", "ТЕАСНЕR", "teacher"],
    ["Cyrillic small letters", "ѕеrgеу", "Sergey"],
    ["Greek small letters", "νictor", "Victor"],
    ["I and l", "Ian", "lan"],
    ["fullwidth letters", "Ｋim", "Kim"],
    ["letter case", "KIM", "kim"],
    ["letter case in Cyrillic", "МАРИЯ", "мария"],
    ["mathematical letters", "𝐀𝐥𝐢𝐜𝐞", "Alice"],
    ["rn for m", "rnaria", "maria"],
    ["l, I and 1", "Il1", "lll"],
    ["0 and O", "B0B", "bob"],
    ["zero-width padding", "ad\u200dmin", "admin"],
    ["ß and ss", "Groß", "GROSS"],
    ["accents decomposed or precomposed", "Jose\u0301", "José"],
    ["precomposed Hangul and conjoining jamo", "김민수", "\u1100\u1175\u11b7\u1106\u1175\u11ab\u1109\u116e"],
    ["the same Korean name", "김민수", "김민수"],
    ["halfwidth Hangul jamo", "\uffa1\uffa1", "ㄱㄱ"],
  ])("%s: %j ~ %j", (_name, a, b) => {
    expect(clash(a, b)).toBe(true);
  });

  it.each([
    ["different Korean names", "김민수", "김민서"],
    ["Hangul syllables are compared whole", "학교", "하꾜"],
    ["a syllable and its jamo spelled apart", "김", "기ㅁ"],
    ["different Latin names", "Kim", "Kin"],
    ["Korean and Latin", "민수", "minsu"],
  ])("%s: %j ≁ %j", (_name, a, b) => {
    expect(clash(a, b)).toBe(false);
  });

  it("uses Unicode's confusables table (UTS #39), not an English-only list", () => {
    expect(skeleton("раура")).toBe("paypa"); // Cyrillic р, а, у
    expect(skeleton("ᎪᏴᏟ")).toBe("ABC"); // Cherokee
    expect(skeleton("ㄱ")).toBe("\u1100"); // compatibility jamo → conjoining jamo
  });
});

describe("nickname errors", () => {
  it("are field errors in the user's language: 400 for a bad name, 409 when taken", () => {
    const ko = nicknameError("invisible", "ko");
    expect(ko.status).toBe(400);
    expect(ko.fieldErrors?.nickname?.[0]).toMatch(/[\uAC00-\uD7A3]/);
    const en = nicknameError("too-long", "en");
    expect(en.fieldErrors?.nickname).toEqual(["Keep the nickname to 20 characters."]);
    const taken = nicknameError("taken", "en");
    expect(taken.status).toBe(409);
    expect(taken.message).toMatch(/looks too much like/);
  });
});

describe("look-alikes made with marks, format and unassigned characters (hostile review)", () => {
  it.each(["Alice\uFFF9", "Alice\u{13430}", "Alice\u0600", "Alice\u06DD", "Alice\u070F", "Alice\u08E2", "Alice\u{110BD}", "Alice\uE000", "Alice\u0378", "Alice\u0E47", "Alice\u302A", "Alice\u0C00"])("%j clashes with Alice", (raw) => {
    const clean = cleanNickname(raw);
    expect(nicknameProblem(clean) === null && !nicknamesClash(nicknameKey(clean), nicknameKey("Alice"))).toBe(false);
  });

  it("refuses stacked marks, keeps Korean apart", () => {
    expect(nicknameProblem(cleanNickname("Z\u0351\u0352\u0353alg\u0354o"))).toBe("invisible");
    expect(nicknamesClash(nicknameKey("학교"), nicknameKey("하꾜"))).toBe(false);
    expect(nicknamesClash(nicknameKey("김민수"), nicknameKey("김민수"))).toBe(true);
  });
});

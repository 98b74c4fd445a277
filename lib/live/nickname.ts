/**
 * Live-quiz nicknames: cleaning (NFC, invisible characters removed, whitespace collapsed),
 * the rules (1–20 code points, something visible), and the uniqueness key that makes
 * look-alikes clash within a session. Rendered as text by React everywhere, never as HTML.
 *
 * The key is made of UTS #39 confusables skeletons (NFD → map confusables → NFD), case-folded,
 * of the NFKC form ("Ｋim" and "Kim", Cyrillic "аdmin" and "admin" clash; see nicknameKey). The confusables
 * table is Unicode's confusables.txt as shipped by the `unhomoglyph` package (v13.0.0, all
 * 6,311 single-code-point mappings; no network at run time). One deliberate departure from
 * UTS #39: precomposed Hangul syllables are compared whole (after NFKC, which composes
 * conjoining jamo), because NFD would split them into jamo whose mappings (ᄁ → ᄀᄀ, ᆨ → ᄀ)
 * make visibly different names such as 학교 and 하꾜 clash.
 */
import unhomoglyph from "unhomoglyph";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { liveMessages } from "@/lib/i18n/live";

export const NICKNAME_MAX = 20;

/**
 * Characters that render as nothing or reorder text: controls, every default-ignorable code
 * point (zero-width space/joiners, soft hyphen, variation selectors, the Hangul fillers
 * U+115F, U+1160, U+3164, U+FFA0, tag characters…), bidi controls, and the blank Braille
 * pattern U+2800, which is a symbol but draws nothing.
 */
// Controls, format characters (Cf: prepended marks, Egyptian format controls…), private-use and unassigned code points.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\u2800]/gu;
/** More than two combining marks on one character ("Zalgo", or faint marks that make a look-alike). */
const STACKED_MARKS = /\p{M}{3,}/u;
/** Something a person can see: a letter, digit, punctuation or symbol (not only combining marks or spaces). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const HANGUL_SYLLABLES = /([\uAC00-\uD7A3]+)/;

export type NicknameProblem = "empty" | "invisible" | "too-long" | "taken";

export function cleanNickname(raw: string): string {
  return raw.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

export function nicknameProblem(clean: string): Exclude<NicknameProblem, "taken"> | null {
  if (!clean) return "empty";
  if (!VISIBLE.test(clean) || STACKED_MARKS.test(clean)) return "invisible";
  if ([...clean].length > NICKNAME_MAX) return "too-long";
  return null;
}

/** UTS #39 skeleton of a string: NFD, each code point to its prototype in confusables.txt, NFD. */
export function skeleton(text: string): string {
  // Combining marks are dropped too: a faint mark ("Alice" + U+0E47) must not make a new name.
  return unhomoglyph(text.normalize("NFD")).normalize("NFD").replace(/\p{M}/gu, "");
}

/** Full case folding, as near as JavaScript gets (ß → ss, ς → σ). */
function caseFold(text: string): string {
  return text.toUpperCase().toLowerCase();
}

/** Applies `fold` to everything but runs of precomposed Hangul syllables, which are kept whole. */
function outsideHangul(text: string, fold: (part: string) => string): string {
  return text
    .split(HANGUL_SYLLABLES)
    .map((part, i) => (i % 2 === 1 ? part : fold(part)))
    .join("");
}

const KEY_SEPARATOR = "\u001f"; // a control character: cleanNickname removes it from every name

/**
 * The uniqueness key (LivePlayer.nicknameKey, unique per session). Case folding and
 * confusables pull in different directions ("I" is "i" by case but "l" by look), and no
 * single composition keeps both, so the key holds two skeletons and names clash when either
 * matches (nicknamesClash):
 * - upper: skeleton(fold(skeleton(upper(name)))) — exactly case-insensitive, and catches
 *   capitals that look Latin (Cyrillic "ТЕАСНЕR", Greek "ΑΒΕ", "Ian" and "lan");
 * - lower: skeleton(fold(skeleton(name))) — catches small letters whose capitals look
 *   different (Greek "νictor", "jσhn").
 */
export function nicknameKey(clean: string): string {
  const text = cleanNickname(clean).normalize("NFKC");
  const upper = outsideHangul(text, (part) => skeleton(caseFold(skeleton(part.toUpperCase()))));
  const lower = outsideHangul(text, (part) => skeleton(caseFold(skeleton(part))));
  return `${upper}${KEY_SEPARATOR}${lower}`;
}

/** Whether two nickname keys (nicknameKey) belong to names that look alike. */
export function nicknamesClash(a: string, b: string): boolean {
  if (a === b) return true;
  const [aUpper, aLower = aUpper] = a.split(KEY_SEPARATOR);
  const [bUpper, bLower = bUpper] = b.split(KEY_SEPARATOR);
  return aUpper === bUpper || aLower === bLower;
}

/** The field error for a nickname problem, in the user's language (400, or 409 when taken). */
export function nicknameError(problem: NicknameProblem, locale: Locale): AppError {
  const t = liveMessages(locale).join.nicknameErrors;
  const message = problem === "too-long" ? t.tooLong(NICKNAME_MAX) : problem === "taken" ? t.taken : t[problem];
  return new AppError(problem === "taken" ? "conflict" : "validation", message, { nickname: [message] });
}

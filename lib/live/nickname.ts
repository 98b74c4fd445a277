/**
 * Nicknames: trimmed, whitespace collapsed, control and invisible characters removed,
 * 1–20 characters (grapheme-ish: code points), unique per session case-insensitively.
 * Rendered as text by React everywhere, never as HTML.
 */
export const NICKNAME_MAX = 20;

// Also the Arabic letter mark (a bidi control), the combining grapheme joiner, Mongolian and
// Khmer invisible marks, and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0): they render
// as nothing, so a name made of them looks empty.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/g;

export function cleanNickname(raw: string): string {
  return raw.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

export function nicknameProblem(clean: string): "empty" | "too-long" | null {
  if (!clean) return "empty";
  if ([...clean].length > NICKNAME_MAX) return "too-long";
  return null;
}

/** The uniqueness key: case- and width-insensitive ("Ａlice" and "alice" clash). */
export function nicknameKey(clean: string): string {
  return clean.normalize("NFKC").toLowerCase();
}

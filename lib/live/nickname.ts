/**
 * Nicknames: trimmed, whitespace collapsed, control and invisible characters removed,
 * 1–20 characters (grapheme-ish: code points), unique per session case-insensitively.
 * Rendered as text by React everywhere, never as HTML.
 */
export const NICKNAME_MAX = 20;

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

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

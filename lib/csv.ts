/**
 * The one CSV writer (RFC 4180, CRLF) for every download: attempts, live-quiz results. Every
 * cell is quoted, and text a spreadsheet could run as a formula (CSV injection) is defused
 * with a leading apostrophe inside the quotes. See docs/decisions/010-csv.md for why this is
 * not csv-stringify.
 */

/** A formula trigger at the start of a cell, after any whitespace (fullwidth forms too: CJK IMEs type them). */
const LEADING_TRIGGER = /^\s*[=+\-@\t\r＝＋－＠]/u;
/**
 * A separator followed by a trigger inside the text ("a;=cmd", "x,=1", "x|@y"): a spreadsheet
 * that re-splits the cell on import (another delimiter, "text to columns") would start a new cell there.
 */
const EMBEDDED_TRIGGER = /[,;|\t\r\n]\s*[=+\-@＝＋－＠]/u;

/** Text that must not reach a spreadsheet as-is. */
export function isFormulaLike(text: string): boolean {
  return LEADING_TRIGGER.test(text) || EMBEDDED_TRIGGER.test(text);
}

/**
 * One quoted cell. Finite numbers (scores, counts, durations the app computed) are written as
 * numbers, negative ones included; everything else is text and is defused when formula-like,
 * so the user text "-3+cmd" gets its apostrophe while the number -3 does not.
 */
export function csvCell(value: unknown): string {
  let text: string;
  if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (value === null || value === undefined) text = "";
  else {
    text = String(value);
    if (isFormulaLike(text)) text = `'${text}`;
  }
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to a CSV document: CRLF line ends, a final CRLF. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

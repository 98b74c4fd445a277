/** zod schemas for "report a problem with this question", shared by the page form, its action and the JSON API. */
import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";
import { normalizeNewlines } from "./answer-input";

export const REPORT_MAX_CHARS = 2000;

/** Which part of the question the problem is in (optional). */
export const REPORT_FIELDS = ["prompt", "choices", "answer", "explanation", "grading", "translation", "sandbox", "other"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export const REPORT_STATUSES = ["open", "closed"] as const;

/**
 * Control characters (other than newline and tab), bidi controls, zero-width and other format
 * characters, tag characters and Hangul fillers have no place in a report: they could only
 * disguise the text a teacher reads, or make a blank-looking report.
 */
const INVISIBLE: [number, number][] = [
  [0x00, 0x08], [0x0b, 0x1f], [0x7f, 0x9f], [0xad, 0xad], [0x061c, 0x061c], [0x115f, 0x1160], [0x180e, 0x180e],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2069], [0x3164, 0x3164], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xe0000, 0xe007f],
];
function visible(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return !INVISIBLE.some(([lo, hi]) => c >= lo && c <= hi);
}
const dropInvisible = (s: string): string => Array.from(s).filter(visible).join("");

/** The report's text: newlines normalised, invisible controls dropped, trimmed, 1–2,000 characters. */
export const reportMessageSchema = z
  .string()
  .max(REPORT_MAX_CHARS * 4)
  .transform((s) => dropInvisible(normalizeNewlines(s)).trim())
  .pipe(z.string().min(1).max(REPORT_MAX_CHARS));

export const reportInputSchema = z
  .object({
    field: z.enum(REPORT_FIELDS).optional(),
    message: reportMessageSchema,
  })
  .strict();
export type ReportInput = z.output<typeof reportInputSchema>;

/** Query of GET /api/v1/reports. */
export const reportListQuerySchema = z
  .object({ status: z.enum(REPORT_STATUSES).optional(), locale: z.enum(LOCALES).optional() })
  .strict();

export const reportIdSchema = z.string().min(1).max(40).regex(/^[a-z0-9]+$/);

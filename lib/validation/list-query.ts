/**
 * The /questions page is forgiving where the API is strict: a hand-edited URL with one bad
 * filter still shows results, with that filter dropped and a notice, instead of an error.
 */
import { questionListQuerySchema, type QuestionListQuery } from "./questions";

type Raw = Record<string, string | string[] | undefined>;
const FIELDS = ["q", "topic", "type", "difficulty", "page"] as const;

export function parseListQueryLenient(raw: Raw): { query: QuestionListQuery; dropped: string[] } {
  const query: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const field of FIELDS) {
    const value = raw[field];
    if (value === undefined || value === "") continue;
    const first = Array.isArray(value) ? value[0] : value;
    const parsed = questionListQuerySchema.shape[field].safeParse(first);
    if (parsed.success && parsed.data !== undefined && parsed.data !== "") query[field] = parsed.data;
    else if (!parsed.success) dropped.push(field);
  }
  return { query: query as QuestionListQuery, dropped };
}

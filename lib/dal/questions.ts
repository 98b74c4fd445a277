import "server-only";
/**
 * Question bank reads, served from the in-memory catalog (lib/dal/catalog.ts). Everything
 * returned is a DTO in one locale; answer keys leave this module only through getAnswerKey,
 * which the grading service uses after an answer arrives. Questions are public, so no
 * authorisation is needed here; retired questions are never in the catalog.
 */
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { searchNormalize } from "@/lib/content/search";
import { scenariosOf } from "@/lib/sandbox/links";
import { PAGE_SIZE_DEFAULT, type QuestionListQuery } from "@/lib/validation/questions";
import type { QuestionDetailDto, QuestionLinkDto, QuestionPageDto, QuestionSummaryDto, TopicDto } from "@/lib/validation/dto";
import { getCatalog, type Catalog, type CatalogQuestion } from "./catalog";

function toSummary(q: CatalogQuestion, catalog: Catalog, locale: Locale): QuestionSummaryDto {
  const topic = catalog.topics.find((t) => t.id === q.topicId);
  return {
    slug: q.slug,
    type: q.type,
    difficulty: q.difficulty,
    topic: { id: q.topicId, title: topic ? topic.title[locale] : q.topicId },
    tags: q.tags,
    prompt: q.prompt[locale],
    sandbox: q.sandbox,
  };
}

export async function listTopics(db: Db, locale: Locale): Promise<TopicDto[]> {
  const catalog = await getCatalog(db);
  return catalog.topics.map((t) => ({
    id: t.id,
    title: t.title[locale],
    description: t.description[locale],
    questionCount: catalog.questions.filter((q) => q.topicId === t.id).length,
  }));
}

/**
 * Every word must appear in the question's search text (prompts in both languages, slug,
 * tags). `%`, `_` and `\\` are word separators on both sides; a query made only of them
 * matches nothing.
 */
function matchesSearch(q: CatalogQuestion, words: string[]): boolean {
  return words.every((w) => q.searchText.includes(w));
}

export async function listQuestions(db: Db, query: QuestionListQuery, locale: Locale): Promise<QuestionPageDto> {
  const catalog = await getCatalog(db);
  const pageSize = query.pageSize ?? PAGE_SIZE_DEFAULT;
  const words = query.q?.trim() ? searchNormalize(query.q).split(/\s+/).filter(Boolean).slice(0, 8) : undefined;
  const matching = catalog.questions.filter(
    (q) =>
      (!query.topic || q.topicId === query.topic) &&
      (!query.type || q.type === query.type) &&
      (!query.difficulty || q.difficulty === query.difficulty) &&
      (!words || (words.length > 0 && matchesSearch(q, words))),
  );
  const total = matching.length;
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page ?? 1, totalPages);
  const items = matching.slice((page - 1) * pageSize, page * pageSize).map((q) => toSummary(q, catalog, locale));
  return { items, page, pageSize, total, totalPages };
}

/** A stable shuffle (by slug) that never shows ordering items already in order. */
export function shuffledForDisplay<T>(slug: string, items: T[]): T[] {
  let seed = 0;
  for (const ch of slug) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (out.every((item, i) => item === items[i])) out.push(out.shift()!);
  return out;
}

function linksOf(q: CatalogQuestion, catalog: Catalog, locale: Locale): (QuestionLinkDto & { probes: string | null })[] {
  return q.followUps.map((f) => {
    const to = catalog.bySlug.get(f.slug)!;
    return { slug: to.slug, type: to.type, prompt: to.prompt[locale], probes: f.probes };
  });
}

async function getOrThrow(db: Db, slug: string): Promise<{ q: CatalogQuestion; catalog: Catalog }> {
  const catalog = await getCatalog(db);
  const q = catalog.bySlug.get(slug);
  if (!q) throw new AppError("not_found");
  return { q, catalog };
}

export async function getQuestion(db: Db, slug: string, locale: Locale): Promise<QuestionDetailDto> {
  const { q, catalog } = await getOrThrow(db, slug);
  const options = q.options.map((o) => ({ key: o.key, text: o.text[locale] }));
  return {
    ...toSummary(q, catalog, locale),
    locale,
    options: q.type === "ordering" ? shuffledForDisplay(q.slug, options) : options,
    followUps: linksOf(q, catalog, locale).map(({ slug: s, type, prompt }) => ({ slug: s, type, prompt })),
  };
}

export interface AnswerKey {
  question: CatalogQuestion;
  followUps: (QuestionLinkDto & { probes: string | null })[];
}

/** The full answer key of one question: for grading only, never sent as is. */
export async function getAnswerKey(db: Db, slug: string, locale: Locale): Promise<AnswerKey> {
  const { q, catalog } = await getOrThrow(db, slug);
  return { question: q, followUps: linksOf(q, catalog, locale) };
}

/** Questions linked to each sandbox scenario (from the question or from one of its key points). */
export async function listSandboxLinks(db: Db, locale: Locale): Promise<Map<string, QuestionLinkDto[]>> {
  const catalog = await getCatalog(db);
  const out = new Map<string, QuestionLinkDto[]>();
  for (const q of catalog.questions) {
    for (const id of scenariosOf(q)) {
      const list = out.get(id) ?? [];
      list.push({ slug: q.slug, type: q.type, prompt: q.prompt[locale] });
      out.set(id, list);
    }
  }
  return out;
}

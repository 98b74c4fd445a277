import "server-only";
/**
 * Question bank reads. Everything returned is a DTO in one locale; answer keys leave this
 * module only through getAnswerKey, which the grading service uses after an answer arrives.
 * Questions are public, so no authorisation is needed here; retired questions are hidden.
 */
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ExactKey } from "@/lib/grading/exact";
import type { Locale } from "@/lib/i18n/locale";
import { PAGE_SIZE_DEFAULT, type QuestionListQuery } from "@/lib/validation/questions";
import type {
  QuestionDetailDto,
  QuestionLinkDto,
  QuestionPageDto,
  QuestionSummaryDto,
  TopicDto,
} from "@/lib/validation/dto";
import type { QuestionType } from "@/lib/content/schema";
import { searchNormalize } from "@/lib/content/search";

const stringArray = z.array(z.string());
const parseList = (json: string | null): string[] => (json ? stringArray.parse(JSON.parse(json)) : []);

const localized = (locale: Locale, ko: string, en: string) => (locale === "ko" ? ko : en);

const summarySelect = (locale: Locale) =>
  ({
    slug: true,
    type: true,
    difficulty: true,
    tags: true,
    sandbox: true,
    topic: { select: { id: true, titleKo: true, titleEn: true } },
    translations: { where: { locale }, select: { prompt: true } },
  }) satisfies Prisma.QuestionSelect;

type SummaryRow = Prisma.QuestionGetPayload<{ select: ReturnType<typeof summarySelect> }>;

function toSummary(row: SummaryRow, locale: Locale): QuestionSummaryDto {
  return {
    slug: row.slug,
    type: row.type as QuestionType,
    difficulty: row.difficulty,
    topic: { id: row.topic.id, title: localized(locale, row.topic.titleKo, row.topic.titleEn) },
    tags: parseList(row.tags),
    prompt: row.translations[0]?.prompt ?? "",
    sandbox: parseList(row.sandbox),
  };
}

export async function listTopics(db: Db, locale: Locale): Promise<TopicDto[]> {
  const topics = await db.topic.findMany({
    orderBy: { order: "asc" },
    include: { _count: { select: { questions: { where: { retired: false } } } } },
  });
  return topics.map((t) => ({
    id: t.id,
    title: localized(locale, t.titleKo, t.titleEn),
    description: localized(locale, t.descriptionKo, t.descriptionEn),
    questionCount: t._count.questions,
  }));
}

/**
 * Every word must appear in the question's search text (prompts in both languages, slug,
 * tags). `%`, `_` and `\\` are word separators on both sides, so they never act as LIKE
 * wildcards; a query made only of them matches nothing.
 */
function searchWhere(q: string | undefined): Prisma.QuestionWhereInput | undefined {
  if (!q?.trim()) return undefined;
  const words = searchNormalize(q).split(/\s+/).filter(Boolean).slice(0, 8);
  if (!words.length) return { id: { in: [] } };
  return { AND: words.map((w) => ({ searchText: { contains: w } })) };
}

export async function listQuestions(db: Db, query: QuestionListQuery, locale: Locale): Promise<QuestionPageDto> {
  const pageSize = query.pageSize ?? PAGE_SIZE_DEFAULT;
  const where: Prisma.QuestionWhereInput = {
    retired: false,
    ...(query.topic && { topicId: query.topic }),
    ...(query.type && { type: query.type }),
    ...(query.difficulty && { difficulty: query.difficulty }),
    ...searchWhere(query.q),
  };
  const total = await db.question.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page ?? 1, totalPages);
  const rows = await db.question.findMany({
    where,
    select: summarySelect(locale),
    orderBy: [{ topic: { order: "asc" } }, { difficulty: "asc" }, { slug: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items: rows.map((r) => toSummary(r, locale)), page, pageSize, total, totalPages };
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

async function followUpLinks(db: Db, fromId: string, locale: Locale): Promise<QuestionLinkDto[]> {
  const rows = await db.followUp.findMany({
    where: { fromId, to: { retired: false } },
    orderBy: { position: "asc" },
    select: { to: { select: { slug: true, type: true, translations: { where: { locale }, select: { prompt: true } } } } },
  });
  return rows.map((r) => ({ slug: r.to.slug, type: r.to.type as QuestionType, prompt: r.to.translations[0]?.prompt ?? "" }));
}

export async function getQuestion(db: Db, slug: string, locale: Locale): Promise<QuestionDetailDto> {
  const row = await db.question.findFirst({
    where: { slug, retired: false },
    select: { ...summarySelect(locale), id: true, choices: { orderBy: { position: "asc" } } },
  });
  if (!row) throw new AppError("not_found");
  const options = row.choices.map((c) => ({ key: c.key, text: localized(locale, c.textKo, c.textEn) }));
  return {
    ...toSummary(row, locale),
    locale,
    options: row.type === "ordering" ? shuffledForDisplay(row.slug, options) : options,
    followUps: await followUpLinks(db, row.id, locale),
  };
}

export interface KeyPointRow {
  id: string;
  weight: number;
  required: boolean;
  label: { ko: string; en: string };
  match: string[][];
  sandbox: string | null;
}
export interface MisconceptionRow {
  id: string;
  label: { ko: string; en: string };
  match: string[][];
  correction: { ko: string; en: string };
}

export interface AnswerKey {
  slug: string;
  type: QuestionType;
  prompt: { ko: string; en: string };
  modelAnswer: { ko: string; en: string };
  explanation: { ko: string; en: string };
  options: { key: string; text: { ko: string; en: string } }[];
  exact?: ExactKey;
  keyPoints: KeyPointRow[];
  misconceptions: MisconceptionRow[];
  followUps: (QuestionLinkDto & { probes: string | null })[];
}

const matchSchema = z.array(z.array(z.string()));

/** The full answer key of one question: for grading only, never sent as is. */
export async function getAnswerKey(db: Db, slug: string, locale: Locale): Promise<AnswerKey> {
  const row = await db.question.findFirst({
    where: { slug, retired: false },
    include: {
      translations: true,
      choices: { orderBy: { position: "asc" } },
      keyPoints: { orderBy: { position: "asc" } },
      misconceptions: { orderBy: { position: "asc" } },
      followUps: {
        where: { to: { retired: false } },
        orderBy: { position: "asc" },
        include: { to: { select: { slug: true, type: true, translations: { where: { locale }, select: { prompt: true } } } } },
      },
    },
  });
  if (!row) throw new AppError("not_found");
  const t = (l: Locale) => row.translations.find((x) => x.locale === l)!;
  const type = row.type as QuestionType;
  const choices = row.choices.map((c) => ({ key: c.key, correct: c.correct }));
  const exact: ExactKey | undefined =
    type === "single-choice" || type === "multi-choice"
      ? { type, choices }
      : type === "true-false"
        ? { type, answer: row.answerBool === true }
        : type === "ordering"
          ? { type, order: row.choices.map((c) => c.key) }
          : type === "short"
            ? { type, accepted: parseList(row.accepted) }
            : undefined;
  return {
    slug: row.slug,
    type,
    prompt: { ko: t("ko").prompt, en: t("en").prompt },
    modelAnswer: { ko: t("ko").modelAnswer, en: t("en").modelAnswer },
    explanation: { ko: t("ko").explanation, en: t("en").explanation },
    options: row.choices.map((c) => ({ key: c.key, text: { ko: c.textKo, en: c.textEn } })),
    exact,
    keyPoints: row.keyPoints.map((k) => ({
      id: k.key,
      weight: k.weight,
      required: k.required,
      label: { ko: k.labelKo, en: k.labelEn },
      match: matchSchema.parse(JSON.parse(k.match)),
      sandbox: k.sandbox,
    })),
    misconceptions: row.misconceptions.map((m) => ({
      id: m.key,
      label: { ko: m.labelKo, en: m.labelEn },
      match: matchSchema.parse(JSON.parse(m.match)),
      correction: { ko: m.correctionKo, en: m.correctionEn },
    })),
    followUps: row.followUps.map((f) => ({
      slug: f.to.slug,
      type: f.to.type as QuestionType,
      prompt: f.to.translations[0]?.prompt ?? "",
      probes: f.probes,
    })),
  };
}

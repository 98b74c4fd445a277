import "server-only";
/**
 * The question bank, held in memory. It changes only when the seed runs, yet every page and
 * API call reads it, so reads are served from a snapshot loaded in one query. Freshness:
 * the seed writes a content version to the Meta table and announces the change (same
 * process); other processes notice within REVALIDATE_MS, checking the version in the
 * background while the current snapshot keeps serving (stale-while-revalidate).
 */
import { z } from "zod";
import type { Db } from "@/lib/db";
import { contrastSchema, type QuestionType } from "@/lib/content/schema";
import type { ContrastInput } from "@/lib/grading/claims";
import type { ExactKey } from "@/lib/grading/exact";
import { onContentChanged } from "@/lib/content/changes";
import { CONTENT_VERSION_KEY } from "@/lib/content/seed";

const REVALIDATE_MS = 2_000;

type Pair = { ko: string; en: string };

export interface CatalogQuestion {
  id: string;
  slug: string;
  type: QuestionType;
  difficulty: number;
  topicId: string;
  topicOrder: number;
  tags: string[];
  sandbox: string[];
  searchText: string;
  prompt: Pair;
  modelAnswer: Pair;
  explanation: Pair;
  options: { key: string; text: Pair }[];
  exact?: ExactKey;
  keyPoints: { id: string; weight: number; core: boolean; label: Pair; match: string[][]; sandbox: string | null }[];
  misconceptions: { id: string; label: Pair; match: string[][]; correction: Pair; severity: "major" | "minor"; scope: "clause" | "sentence" }[];
  contrasts: ContrastInput[];
  followUps: { slug: string; probes: string | null }[];
}

export interface CatalogTopic {
  id: string;
  order: number;
  title: Pair;
  description: Pair;
}

export interface Catalog {
  version: string;
  topics: CatalogTopic[];
  /** Non-retired questions in display order (topic, difficulty, slug). */
  questions: CatalogQuestion[];
  bySlug: Map<string, CatalogQuestion>;
  byId: Map<string, CatalogQuestion>;
}

const stringList = z.array(z.string());
const matchList = z.array(z.array(z.string()));
/** Stored contrasts were resolved from content/contrasts.json at seed time: the same schema reads them back. */
const contrastList = z.array(contrastSchema);

async function readVersion(db: Db): Promise<string> {
  const row = await db.meta.findUnique({ where: { key: CONTENT_VERSION_KEY } });
  return row?.value ?? "none";
}

async function loadCatalog(db: Db): Promise<Catalog> {
  const version = await readVersion(db);
  const [topics, rows] = await Promise.all([
    db.topic.findMany({ orderBy: { order: "asc" } }),
    db.question.findMany({
      where: { retired: false },
      include: {
        translations: true,
        choices: { orderBy: { position: "asc" } },
        keyPoints: { orderBy: { position: "asc" } },
        misconceptions: { orderBy: { position: "asc" } },
        followUps: { orderBy: { position: "asc" }, include: { to: { select: { slug: true } } } },
      },
    }),
  ]);
  const topicOrder = new Map(topics.map((t) => [t.id, t.order]));
  const questions = rows.map((row): CatalogQuestion => {
    const t = (locale: "ko" | "en") => row.translations.find((x) => x.locale === locale)!;
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
              ? { type, accepted: stringList.parse(JSON.parse(row.accepted ?? "[]")) }
              : undefined;
    return {
      id: row.id,
      slug: row.slug,
      type,
      difficulty: row.difficulty,
      topicId: row.topicId,
      topicOrder: topicOrder.get(row.topicId) ?? 0,
      tags: stringList.parse(JSON.parse(row.tags)),
      sandbox: stringList.parse(JSON.parse(row.sandbox)),
      searchText: row.searchText,
      prompt: { ko: t("ko").prompt, en: t("en").prompt },
      modelAnswer: { ko: t("ko").modelAnswer, en: t("en").modelAnswer },
      explanation: { ko: t("ko").explanation, en: t("en").explanation },
      options: row.choices.map((c) => ({ key: c.key, text: { ko: c.textKo, en: c.textEn } })),
      exact,
      keyPoints: row.keyPoints.map((k) => ({
        id: k.key,
        weight: k.weight,
        core: k.core,
        label: { ko: k.labelKo, en: k.labelEn },
        match: matchList.parse(JSON.parse(k.match)),
        sandbox: k.sandbox,
      })),
      misconceptions: row.misconceptions.map((m) => ({
        id: m.key,
        label: { ko: m.labelKo, en: m.labelEn },
        match: matchList.parse(JSON.parse(m.match)),
        correction: { ko: m.correctionKo, en: m.correctionEn },
        severity: m.severity === "minor" ? "minor" : "major",
        scope: m.scope === "sentence" ? "sentence" : "clause",
      })),
      contrasts: row.type === "interview" ? contrastList.parse(JSON.parse(row.contrasts)) : [],
      followUps: row.followUps.map((f) => ({ slug: f.to.slug, probes: f.probes })),
    };
  });
  questions.sort((a, b) => a.topicOrder - b.topicOrder || a.difficulty - b.difficulty || (a.slug < b.slug ? -1 : 1));
  const bySlug = new Map(questions.map((q) => [q.slug, q]));
  // Follow-ups to retired questions disappear with them.
  for (const q of questions) q.followUps = q.followUps.filter((f) => bySlug.has(f.slug));
  return {
    version,
    topics: topics.map((tp) => ({ id: tp.id, order: tp.order, title: { ko: tp.titleKo, en: tp.titleEn }, description: { ko: tp.descriptionKo, en: tp.descriptionEn } })),
    questions,
    bySlug,
    byId: new Map(questions.map((q) => [q.id, q])),
  };
}

interface State {
  catalog?: Catalog;
  loading?: Promise<Catalog>;
  checkedAt: number;
  checking?: Promise<void>;
}
const states = new WeakMap<Db, State>();

function stateOf(db: Db): State {
  let s = states.get(db);
  if (!s) states.set(db, (s = { checkedAt: 0 }));
  return s;
}

function reload(db: Db, s: State): Promise<Catalog> {
  s.loading ??= loadCatalog(db)
    .then((c) => {
      s.catalog = c;
      s.checkedAt = Date.now();
      return c;
    })
    .finally(() => {
      s.loading = undefined;
    });
  return s.loading;
}

export async function getCatalog(db: Db): Promise<Catalog> {
  const s = stateOf(db);
  if (!s.catalog) return reload(db, s);
  if (Date.now() - s.checkedAt > REVALIDATE_MS && !s.checking) {
    s.checkedAt = Date.now();
    const current = s.catalog.version;
    s.checking = readVersion(db)
      .then((v) => (v !== current ? reload(db, s).then(() => undefined) : undefined))
      .catch((err) => console.error("[catalog] version check failed", err))
      .finally(() => {
        s.checking = undefined;
      });
  }
  return s.catalog;
}

// The seed, run in this process (tests, dev tools), drops the snapshot at once.
onContentChanged((db) => states.delete(db as Db));

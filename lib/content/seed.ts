/**
 * Upserts the question bank into the database, idempotently:
 * - an unchanged file (same content hash) is skipped, so a second run writes nothing;
 * - an edited file replaces its question's translations, choices, rubric and follow-ups;
 * - a question missing from content/ is retired (hidden), never deleted, so attempts and
 *   other references stay valid; it comes back if its file returns.
 */
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import type { ContentBank } from "./load";
import { contrastsOf, type Contrast, type QuestionFile } from "./schema";
import { searchNormalize } from "./search";
import { announceContentChanged } from "./changes";

/** Meta key holding a hash of every question's content hash (read by lib/dal/catalog.ts). */
export const CONTENT_VERSION_KEY = "content-version";

export interface SeedReport {
  topics: number;
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
}

/** Stable JSON: object keys sorted, so reformatting a file does not change its hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Bump when the way rows are derived from files changes, so the next seed rewrites every row. */
const SEED_FORMAT = 3;

export function contentHash(q: QuestionFile, contrasts: Contrast[] = []): string {
  const resolved = contrastsOf(q, contrasts);
  return createHash("sha256").update(`${SEED_FORMAT}:${canonicalJson(q)}:${canonicalJson(resolved)}`).digest("hex").slice(0, 32);
}

/** Lower-case words of both prompts, slug and tags; LIKE wildcards become spaces (see searchWords). */
export function searchTextOf(q: QuestionFile): string {
  return searchNormalize([q.slug, q.prompt.ko, q.prompt.en, ...q.tags].join("\n"));
}


function questionColumns(q: QuestionFile, contrasts: Contrast[]) {
  return {
    type: q.type,
    topicId: q.topic,
    difficulty: q.difficulty,
    tags: JSON.stringify(q.tags),
    sources: JSON.stringify(q.sources),
    concepts: JSON.stringify(q.concepts),
    sandbox: JSON.stringify(q.sandbox),
    version: q.version,
    contentHash: contentHash(q, contrasts),
    contrasts: JSON.stringify(contrastsOf(q, contrasts)),
    retired: false,
    answerBool: q.type === "true-false" ? q.answer : null,
    accepted: q.type === "short" ? JSON.stringify(q.accepted) : null,
    searchText: searchTextOf(q),
  };
}

function childRows(q: QuestionFile) {
  const translations = (["ko", "en"] as const).map((locale) => ({
    locale,
    prompt: q.prompt[locale],
    modelAnswer: q.modelAnswer[locale],
    explanation: q.explanation[locale],
  }));
  const choices =
    q.type === "single-choice" || q.type === "multi-choice"
      ? q.choices.map((c, position) => ({ key: c.id, position, textKo: c.text.ko, textEn: c.text.en, correct: c.correct }))
      : q.type === "ordering"
        ? q.items.map((c, position) => ({ key: c.id, position, textKo: c.text.ko, textEn: c.text.en, correct: false }))
        : [];
  const keyPoints =
    q.type === "interview"
      ? q.rubric.keyPoints.map((k, position) => ({
          key: k.id,
          position,
          weight: k.weight,
          core: k.core,
          labelKo: k.label.ko,
          labelEn: k.label.en,
          match: JSON.stringify(k.match),
          sandbox: k.sandbox ?? null,
        }))
      : [];
  const misconceptions =
    q.type === "interview"
      ? q.rubric.misconceptions.map((m, position) => ({
          key: m.id,
          position,
          labelKo: m.label.ko,
          labelEn: m.label.en,
          match: JSON.stringify(m.match),
          correctionKo: m.correction.ko,
          correctionEn: m.correction.en,
          severity: m.severity,
          scope: m.scope,
        }))
      : [];
  return { translations, choices, keyPoints, misconceptions };
}

export async function seedContent(db: Db, bank: ContentBank): Promise<SeedReport> {
  const report: SeedReport = { topics: 0, created: 0, updated: 0, unchanged: 0, retired: 0 };

  const existingTopics = new Map((await db.topic.findMany()).map((t) => [t.id, t]));
  for (const t of bank.topics) {
    const data = {
      order: t.order,
      titleKo: t.title.ko,
      titleEn: t.title.en,
      descriptionKo: t.description.ko,
      descriptionEn: t.description.en,
    };
    const old = existingTopics.get(t.id);
    if (old && Object.entries(data).every(([k, v]) => old[k as keyof typeof old] === v)) continue;
    await db.topic.upsert({ where: { id: t.id }, create: { id: t.id, ...data }, update: data });
    report.topics++;
  }

  const existing = new Map(
    (await db.question.findMany({ select: { id: true, slug: true, contentHash: true, retired: true } })).map((q) => [q.slug, q]),
  );
  const changed: QuestionFile[] = [];

  for (const q of bank.questions) {
    const old = existing.get(q.slug);
    const columns = questionColumns(q, bank.contrasts);
    if (old && old.contentHash === columns.contentHash && !old.retired) {
      report.unchanged++;
      continue;
    }
    const rows = childRows(q);
    await db.$transaction(async (tx) => {
      if (old) {
        await tx.questionTranslation.deleteMany({ where: { questionId: old.id } });
        await tx.choice.deleteMany({ where: { questionId: old.id } });
        await tx.keyPoint.deleteMany({ where: { questionId: old.id } });
        await tx.misconception.deleteMany({ where: { questionId: old.id } });
      }
      const saved = await tx.question.upsert({ where: { slug: q.slug }, create: { slug: q.slug, ...columns }, update: columns });
      await tx.questionTranslation.createMany({ data: rows.translations.map((r) => ({ ...r, questionId: saved.id })) });
      if (rows.choices.length) await tx.choice.createMany({ data: rows.choices.map((r) => ({ ...r, questionId: saved.id })) });
      if (rows.keyPoints.length) await tx.keyPoint.createMany({ data: rows.keyPoints.map((r) => ({ ...r, questionId: saved.id })) });
      if (rows.misconceptions.length)
        await tx.misconception.createMany({ data: rows.misconceptions.map((r) => ({ ...r, questionId: saved.id })) });
    });
    if (old) report.updated++;
    else report.created++;
    changed.push(q);
  }

  // Follow-ups point at other questions, so they are written once every question exists.
  if (changed.length) {
    const ids = new Map((await db.question.findMany({ select: { id: true, slug: true } })).map((q) => [q.slug, q.id]));
    await db.$transaction(async (tx) => {
      for (const q of changed) {
        const fromId = ids.get(q.slug)!;
        await tx.followUp.deleteMany({ where: { fromId } });
        const data = q.followUps.map((f, position) => ({ fromId, toId: ids.get(f.slug)!, position, probes: f.probes ?? null }));
        if (data.length) await tx.followUp.createMany({ data });
      }
    });
  }

  const inContent = new Set(bank.questions.map((q) => q.slug));
  const toRetire = [...existing.values()].filter((q) => !inContent.has(q.slug) && !q.retired).map((q) => q.id);
  if (toRetire.length) {
    const res = await db.question.updateMany({ where: { id: { in: toRetire } }, data: { retired: true } });
    report.retired = res.count;
  }

  const version = createHash("sha256")
    .update(bank.questions.map((q) => contentHash(q, bank.contrasts)).sort().join(",") + JSON.stringify(bank.topics))
    .digest("hex")
    .slice(0, 32);
  const current = await db.meta.findUnique({ where: { key: CONTENT_VERSION_KEY } });
  if (current?.value !== version) {
    await db.meta.upsert({ where: { key: CONTENT_VERSION_KEY }, create: { key: CONTENT_VERSION_KEY, value: version }, update: { value: version } });
  }
  announceContentChanged(db);
  return report;
}

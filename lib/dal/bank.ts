import "server-only";
/** The question bank in the shape the quiz editor lists it (no answers). */
import type { Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locale";
import { getCatalog } from "./catalog";

export async function bankForEditor(db: Db, locale: Locale) {
  const catalog = await getCatalog(db);
  return {
    bank: catalog.questions.map((q) => ({ slug: q.slug, type: q.type, topicId: q.topicId, prompt: q.prompt[locale] })),
    topics: catalog.topics.map((t) => ({ id: t.id, title: t.title[locale] })),
  };
}

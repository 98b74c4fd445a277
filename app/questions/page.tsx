import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { listQuestions, listTopics } from "@/lib/dal/questions";
import { getI18n } from "@/lib/i18n/server";
import { QUESTION_TYPES } from "@/lib/content/schema";
import { parseListQueryLenient } from "@/lib/validation/list-query";
import { QuestionCard } from "@/components/questions/question-card";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.list.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function QuestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, t } = await getI18n();
  const { query, dropped } = parseListQueryLenient(await searchParams);
  const [topics, page] = await Promise.all([listTopics(db, locale), listQuestions(db, query, locale)]);

  const hrefFor = (p: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.topic) params.set("topic", query.topic);
    if (query.type) params.set("type", query.type);
    if (query.difficulty) params.set("difficulty", String(query.difficulty));
    if (p > 1) params.set("page", String(p));
    const s = params.toString();
    return s ? `/questions?${s}` : "/questions";
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[280px_1fr]">
      <aside aria-labelledby="filters-title">
        <form method="get" action="/questions" className="card space-y-4 p-5 lg:sticky lg:top-20" role="search">
          <h2 id="filters-title" className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t.list.filters}</h2>
          <div>
            <label htmlFor="q" className="label">{t.list.search}</label>
            <input id="q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} placeholder={t.list.searchPlaceholder} className="field" />
          </div>
          <div>
            <label htmlFor="topic" className="label">{t.list.topic}</label>
            <select id="topic" name="topic" defaultValue={query.topic ?? ""} className="field">
              <option value="">{t.list.any}</option>
              {topics.map((tp) => (
                <option key={tp.id} value={tp.id}>{tp.title}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="type" className="label">{t.list.type}</label>
            <select id="type" name="type" defaultValue={query.type ?? ""} className="field">
              <option value="">{t.list.any}</option>
              {QUESTION_TYPES.map((ty) => (
                <option key={ty} value={ty}>{t.types[ty]}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="difficulty" className="label">{t.list.difficulty}</label>
            <select id="difficulty" name="difficulty" defaultValue={query.difficulty ? String(query.difficulty) : ""} className="field">
              <option value="">{t.list.any}</option>
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>{t.difficulty[d]}</option>
              ))}
            </select>
          </div>
          <div className="flex gap-2">
            <button type="submit" className="btn-primary flex-1">{t.list.apply}</button>
            <Link href="/questions" className="btn-secondary">{t.list.reset}</Link>
          </div>
        </form>
      </aside>

      <section aria-labelledby="results-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 id="results-title" className="text-2xl font-bold">{t.list.title}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">{t.list.results(page.total)}</p>
        </div>
        {dropped.length > 0 && (
          <p role="status" className="mt-3 rounded-xl bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            {t.list.invalid}
          </p>
        )}
        {page.items.length === 0 ? (
          <div className="card mt-6 p-8 text-center">
            <p className="font-semibold">{t.list.empty}</p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.list.emptyHint}</p>
          </div>
        ) : (
          <ul className="mt-4 space-y-3">
            {page.items.map((q) => (
              <li key={q.slug}>
                <QuestionCard question={q} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        {page.totalPages > 1 && (
          <nav aria-label={t.list.pagination} className="mt-6 flex items-center justify-between gap-2">
            {page.page > 1 ? (
              <Link href={hrefFor(page.page - 1)} className="btn-secondary" rel="prev">← {t.list.prev}</Link>
            ) : (
              <span />
            )}
            <span className="text-sm text-slate-600 dark:text-slate-400">{t.list.page(page.page, page.totalPages)}</span>
            {page.page < page.totalPages ? (
              <Link href={hrefFor(page.page + 1)} className="btn-secondary" rel="next">{t.list.next} →</Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </div>
  );
}

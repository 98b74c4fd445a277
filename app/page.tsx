import Link from "next/link";
import { db } from "@/lib/db";
import { listTopics } from "@/lib/dal/questions";
import { getI18n } from "@/lib/i18n/server";

export default async function HomePage() {
  const { locale, t } = await getI18n();
  const topics = await listTopics(db, locale);
  const total = topics.reduce((n, tp) => n + tp.questionCount, 0);
  return (
    <div className="space-y-14">
      <section className="relative overflow-hidden rounded-3xl bg-gradient-to-br from-brand-700 via-brand-600 to-indigo-500 px-6 py-12 text-white shadow-lg sm:px-12 sm:py-16">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-100">{t.home.eyebrow}</p>
        <h1 className="mt-3 max-w-3xl text-3xl font-extrabold leading-tight sm:text-5xl">{t.home.title}</h1>
        <p className="mt-5 max-w-2xl text-base leading-relaxed text-brand-50 sm:text-lg">{t.home.lead}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/questions" className="btn bg-white text-brand-800 hover:bg-brand-50">
            {t.home.start} <span aria-hidden="true">→</span>
          </Link>
          <a href="#topics" className="btn border border-white/60 text-white hover:bg-white/10">
            {t.home.browse}
          </a>
        </div>
        <p className="mt-6 text-sm text-brand-100">{t.home.stats(total, topics.length)}</p>
        <pre aria-hidden="true" className="pointer-events-none absolute -right-6 bottom-4 hidden select-none font-mono text-xs leading-5 text-white/25 lg:block">
{`$ ss -tn state established
Local Address:Port   Peer Address:Port
127.0.0.1:8080       127.0.0.1:51234
127.0.0.1:8080       127.0.0.1:51236
127.0.0.1:8080       127.0.0.1:51240`}
        </pre>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-xl font-bold">{t.home.howTitle}</h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {t.home.how.map(([title, body], i) => (
            <li key={title} className="card p-5">
              <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-800 dark:bg-brand-900 dark:text-brand-100">{i + 1}</span>
              <h3 className="mt-3 font-semibold">{title}</h3>
              <p className="mt-1 text-sm leading-relaxed text-slate-600 dark:text-slate-400">{body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section id="topics" aria-labelledby="topics-title" className="scroll-mt-20">
        <h2 id="topics-title" className="text-xl font-bold">{t.home.topicsTitle}</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {topics.map((topic) => (
            <li key={topic.id}>
              <Link href={`/questions?topic=${topic.id}`} className="card group flex h-full flex-col p-5 transition hover:border-brand-400 hover:shadow-md">
                <span className="font-semibold group-hover:text-brand-700 dark:group-hover:text-brand-300">{topic.title}</span>
                <span className="mt-2 flex-1 text-sm leading-relaxed text-slate-600 dark:text-slate-400">{topic.description}</span>
                <span className="mt-3 text-xs font-medium text-slate-500 dark:text-slate-400">{t.home.questionsCount(topic.questionCount)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

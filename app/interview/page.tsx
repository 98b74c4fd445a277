import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { getCatalog } from "@/lib/dal/catalog";
import { listInterviews } from "@/lib/dal/interviews";
import { getI18n } from "@/lib/i18n/server";
import { studyMessages } from "@/lib/i18n/study";
import { InterviewSetup } from "@/components/interview/interview-setup";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: studyMessages(locale).interview.title };
}

export default async function InterviewPage() {
  const user = await requireUser();
  const { locale } = await getI18n();
  const t = studyMessages(locale).interview;
  const [catalog, history] = await Promise.all([getCatalog(db), listInterviews(db, user, 20)]);
  const topics = catalog.topics.map((x) => ({ id: x.id, title: x.title[locale], count: catalog.questions.filter((q) => q.topicId === x.id).length }));
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.lead}</p>
      </header>
      <InterviewSetup locale={locale} topics={topics} />
      <section aria-labelledby="history">
        <h2 id="history" className="text-lg font-bold">{t.history}</h2>
        {history.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.noHistory}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {history.map((i) => (
              <li key={i.id}>
                <Link href={`/interview/${i.id}`} className="flex items-center justify-between gap-3 px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-800">
                  <span>
                    <span className="block font-medium">{fmt.format(new Date(i.createdAt))}</span>
                    <span className="text-sm text-slate-600 dark:text-slate-400">{t.questions(i.length)} · {i.topics.map((id) => catalog.topics.find((x) => x.id === id)?.title[locale] ?? id).join(", ")}</span>
                  </span>
                  <span className="shrink-0 text-sm font-semibold">{i.status === "finished" ? `${i.score ?? "–"}/100 · ${t.report}` : `${t.inProgress} · ${t.resume}`}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { listHostedSessions } from "@/lib/dal/live";
import { listQuizzes } from "@/lib/dal/quizzes";
import { countOpenReports } from "@/lib/dal/reports";
import { reportMessages } from "@/lib/i18n/reports";
import { getI18n } from "@/lib/i18n/server";
import { liveMessages } from "@/lib/i18n/live";
import { QuizActions } from "@/components/live/quiz-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: liveMessages(locale).teach.title };
}

export default async function TeachPage() {
  const user = await requireUser();
  const { locale } = await getI18n();
  const t = liveMessages(locale).teach;
  if (user.role !== "teacher") {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
        <div className="card mt-6 p-5">
          <p>{t.notTeacher}</p>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t.notTeacherHow}</p>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-800"><code>npm run user:role -- {user.email} teacher</code></pre>
        </div>
      </div>
    );
  }
  const [quizzes, sessions, openReports] = await Promise.all([listQuizzes(db, user, locale), listHostedSessions(db, user, locale), countOpenReports(db, user)]);
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone });
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t.lead}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/teach/reports" className="btn-secondary">{reportMessages(locale).list.nav(openReports)}</Link>
          <Link href="/teach/quizzes/new" className="btn-primary">{t.newQuiz}</Link>
        </div>
      </header>
      <section aria-labelledby="quizzes">
        <h2 id="quizzes" className="text-lg font-bold">{t.quizzes}</h2>
        {quizzes.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.noQuizzes}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {quizzes.map((q) => (
              <li key={q.id} className="card flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <p className="font-semibold">{q.title}</p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">{t.items(q.items)} · {fmt.format(new Date(q.updatedAt))}</p>
                </div>
                <QuizActions id={q.id} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="sessions">
        <h2 id="sessions" className="text-lg font-bold">{t.sessions}</h2>
        {sessions.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.noSessions}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span>
                  <span className="block font-medium">{s.title}</span>
                  <span className="text-sm text-slate-600 dark:text-slate-400">{fmt.format(new Date(s.createdAt))} · {t.players(s.players)} · {t.phases[s.phase]}</span>
                </span>
                <span className="flex gap-3 text-sm font-semibold">
                  {s.phase !== "ended" && <Link href={`/teach/live/${s.id}`} className="text-brand-700 underline dark:text-brand-300">{t.open}</Link>}
                  <Link href={`/teach/live/${s.id}/results`} className="text-brand-700 underline dark:text-brand-300">{t.results}</Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

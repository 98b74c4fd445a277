import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { dashboard, listAttempts } from "@/lib/dal/progress";
import { listInterviews } from "@/lib/dal/interviews";
import { getI18n } from "@/lib/i18n/server";
import { studyMessages } from "@/lib/i18n/study";
import { ActivityChart, MasteryBars } from "@/components/study/charts";
import { VerdictChip } from "@/components/study/verdict-chip";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: studyMessages(locale).me.title };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function MePage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const { locale, t: base } = await getI18n();
  const t = studyMessages(locale);
  const before = (await searchParams).before;
  const beforeDate = typeof before === "string" && !Number.isNaN(Date.parse(before)) ? new Date(before) : undefined;
  const [d, interviews, history] = await Promise.all([
    dashboard(db, user, locale),
    listInterviews(db, user, 5),
    beforeDate ? listAttempts(db, user, locale, { before: beforeDate, limit: 20 }) : null, // older pages only: the dashboard has the latest
  ]);
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone });
  const recent = history?.items ?? d.recent;
  const older = history ? history.next : d.recentNext;
  const stats: [string, string, string?][] = [
    [t.me.attempts, d.totals.attempts.toLocaleString(locale)],
    [t.me.tried, `${d.totals.questionsTried}/${d.totals.questionsTotal}`],
    [t.me.average, d.totals.averageScore === null ? "–" : String(d.totals.averageScore)],
    [t.me.streak, t.me.streakDays(d.totals.streak)],
    [t.me.due, String(d.totals.dueToday), "/review"],
  ];
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t.me.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.me.lead(user.name || user.email.split("@")[0]!)}</p>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map(([label, value, href]) => (
          <div key={label} className="card p-4">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
            {href && d.totals.dueToday > 0 && <Link href={href} className="mt-1 inline-block text-sm font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{t.me.reviewNow} →</Link>}
          </div>
        ))}
      </dl>

      {d.totals.attempts === 0 && (
        <p className="card p-5 text-slate-700 dark:text-slate-300">
          {t.me.empty} <Link href="/questions" className="font-semibold text-brand-700 underline dark:text-brand-300">{t.me.startPractice}</Link>
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card p-5" aria-labelledby="activity">
          <h2 id="activity" className="font-bold">{t.me.activity}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.me.activityHint}</p>
          <div className="mt-3">
            <ActivityChart daily={d.daily} label={`${t.me.activity}: ${t.me.activityHint}`} describe={t.me.answersOn} answersLabel={t.charts.answers} scoreLabel={t.charts.score} />
          </div>
        </section>
        <section className="card p-5" aria-labelledby="mastery">
          <h2 id="mastery" className="font-bold">{t.me.mastery}</h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t.me.masteryHint}</p>
          <MasteryBars topics={d.topics} triedOf={t.me.triedOf} />
        </section>
      </div>

      <section className="card p-5" aria-labelledby="missed">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="missed" className="font-bold">{t.me.missed}</h2>
          {d.missed.length > 0 && <Link href="/review?deck=weak" className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{t.me.weakDeck} →</Link>}
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t.me.missedHint}</p>
        {d.missed.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">–</p>
        ) : (
          <ol className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
            {d.missed.map((m) => (
              <li key={`${m.question}:${m.keyPoint}`} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2.5">
                <div className="min-w-0">
                  <p className="font-medium">{m.label}</p>
                  <Link href={`/questions/${m.question}`} className="text-sm text-slate-600 underline-offset-2 hover:underline dark:text-slate-400">{m.prompt}</Link>
                </div>
                <div className="flex shrink-0 items-center gap-3 text-sm">
                  <span className="tabular-nums text-rose-700 dark:text-rose-300">{t.me.missedTimes(m.misses, m.hits)}</span>
                  {m.sandbox && <Link href={`/sandbox?scenario=${m.sandbox}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{t.me.seeLive}</Link>}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <section className="card p-5 lg:col-span-2" aria-labelledby="recent">
          <h2 id="recent" className="font-bold">{beforeDate ? t.me.history : t.me.recent}</h2>
          {recent.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t.me.empty}</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
              {recent.map((a) => (
                <li key={a.id} className="flex items-center justify-between gap-3 py-2.5">
                  <div className="min-w-0">
                    <Link href={`/questions/${a.question}`} className="line-clamp-2 font-medium underline-offset-2 hover:underline">{a.prompt}</Link>
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      {fmt.format(new Date(a.at))} · {base.types[a.type as keyof typeof base.types]} · {t.me.modes[a.mode] ?? a.mode}
                    </p>
                  </div>
                  <VerdictChip verdict={a.verdict} score={a.score} locale={locale} />
                </li>
              ))}
            </ul>
          )}
          {older && <Link href={`/me?before=${encodeURIComponent(older)}#recent`} className="btn-secondary mt-3">{t.me.older}</Link>}
        </section>
        <section className="card p-5" aria-labelledby="interviews">
          <h2 id="interviews" className="font-bold">{t.me.interviews}</h2>
          {interviews.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t.me.noInterviews}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {interviews.map((i) => (
                <li key={i.id}>
                  <Link href={`/interview/${i.id}`} className="flex items-center justify-between gap-2 rounded-lg px-2 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800">
                    <span className="text-sm">{fmt.format(new Date(i.createdAt))} · {t.interview.questions(i.length)}</span>
                    <span className="text-sm font-semibold tabular-nums">{i.status === "finished" ? `${i.score ?? "–"}/100` : t.interview.inProgress}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Link href="/interview" className="btn-secondary mt-3">{t.nav.interview}</Link>
        </section>
      </div>
    </div>
  );
}

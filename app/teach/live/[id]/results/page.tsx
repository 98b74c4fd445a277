import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { results } from "@/lib/dal/live";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { liveMessages } from "@/lib/i18n/live";
import { getMessages } from "@/lib/i18n/messages";
import { idSchema } from "@/lib/validation/live";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: liveMessages(locale).results.title };
}

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { locale } = await getI18n();
  const t = liveMessages(locale).results;
  const base = getMessages(locale);
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  let r;
  try {
    r = await results(db, user, id.data, locale);
  } catch (err) {
    if (err instanceof AppError && (err.code === "not_found" || err.code === "forbidden")) notFound();
    throw err;
  }
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: user.timeZone });
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{t.title}: {r.title}</h1>
          <p className="text-slate-600 dark:text-slate-400">{fmt.format(new Date(r.createdAt))} · {liveMessages(locale).teach.players(r.students.length)} · {liveMessages(locale).teach.phases[r.phase]}</p>
        </div>
        <a href={`/api/v1/live/sessions/${r.id}/results?format=csv`} className="btn-secondary" download>{t.csv}</a>
      </header>
      <section className="card overflow-x-auto p-5" aria-labelledby="per-q">
        <h2 id="per-q" className="font-bold">{t.perQuestion}</h2>
        <table className="mt-3 w-full min-w-[40rem] text-left text-sm">
          <thead className="text-slate-600 dark:text-slate-400">
            <tr><th scope="col" className="py-2 pr-3">#</th><th scope="col" className="py-2 pr-3"></th><th scope="col" className="py-2 pr-3 text-right">{t.answered}</th><th scope="col" className="py-2 pr-3 text-right">{t.correctRate}</th><th scope="col" className="py-2 pr-3 text-right">{t.avgPoints}</th><th scope="col" className="py-2 text-right">{t.avgTime}</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {r.questions.map((q) => (
              <tr key={q.index}>
                <td className="py-2 pr-3 tabular-nums">{q.index + 1}</td>
                <td className="py-2 pr-3"><Link href={`/questions/${q.slug}`} className="underline-offset-2 hover:underline">{q.prompt}</Link> <span className="text-xs text-slate-600 dark:text-slate-400">· {base.types[q.type as keyof typeof base.types]}</span></td>
                <td className="py-2 pr-3 text-right tabular-nums">{q.answered}/{r.students.length}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{q.answered ? Math.round((q.correct / q.answered) * 100) : 0}%</td>
                <td className="py-2 pr-3 text-right tabular-nums">{q.averagePoints}</td>
                <td className="py-2 text-right tabular-nums">{q.averageMs === null ? "–" : `${(q.averageMs / 1000).toFixed(1)}s`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card overflow-x-auto p-5" aria-labelledby="per-s">
        <h2 id="per-s" className="font-bold">{t.perStudent}</h2>
        {r.students.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.noPlayers}</p>
        ) : (
          <table className="mt-3 w-full min-w-[40rem] text-left text-sm">
            <thead className="text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-3">{t.rank}</th>
                <th scope="col" className="py-2 pr-3">{t.nickname}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t.score}</th>
                {r.questions.map((q) => <th key={q.index} scope="col" className="py-2 pr-3">Q{q.index + 1}</th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {r.students.map((s) => (
                <tr key={`${s.rank}-${s.nickname}`}>
                  <td className="py-2 pr-3 tabular-nums">{s.rank}</td>
                  <td className="py-2 pr-3 font-medium">{s.nickname}{s.signedIn && <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">({t.account})</span>}</td>
                  <td className="py-2 pr-3 text-right font-semibold tabular-nums">{s.score}</td>
                  {s.answers.map((a, i) => (
                    <td key={i} className={`py-2 pr-3 ${a ? (a.correct ? "text-emerald-800 dark:text-emerald-300" : "text-rose-800 dark:text-rose-300") : "text-slate-500"}`}>
                      {a ? <><span className="block max-w-40 truncate" title={a.answer}>{a.correct ? "✓" : "✗"} {a.answer}</span><span className="text-xs tabular-nums">{a.points}</span></> : "–"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

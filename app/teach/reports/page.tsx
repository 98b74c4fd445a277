import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { listReports } from "@/lib/dal/reports";
import { getI18n } from "@/lib/i18n/server";
import { liveMessages } from "@/lib/i18n/live";
import { reportMessages } from "@/lib/i18n/reports";
import { REPORT_STATUSES } from "@/lib/validation/reports";
import { CloseReportButton } from "@/components/reports/close-report-button";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: reportMessages(locale).list.title };
}

const statusSchema = z.enum(REPORT_STATUSES).catch("open");

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (user.role !== "teacher") redirect("/teach");
  const { locale } = await getI18n();
  const t = reportMessages(locale);
  const status = statusSchema.parse((await searchParams).status);
  const reports = await listReports(db, user, status, locale);
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone });
  const tab = (s: (typeof REPORT_STATUSES)[number]) => (
    <Link
      href={`/teach/reports?status=${s}`}
      aria-current={s === status ? "page" : undefined}
      className={`rounded-lg px-3 py-1.5 text-sm font-semibold ${s === status ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-slate-100 dark:text-brand-300 dark:hover:bg-slate-800"}`}
    >
      {t.list[s]}
    </Link>
  );
  return (
    <div className="space-y-6">
      <header>
        <nav aria-label="breadcrumb" className="text-sm">
          <Link href="/teach" className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">← {liveMessages(locale).teach.title}</Link>
        </nav>
        <h1 className="mt-3 text-2xl font-bold sm:text-3xl">{t.list.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.list.lead}</p>
      </header>
      <nav aria-label={t.list.title} className="flex gap-2">
        {tab("open")}
        {tab("closed")}
      </nav>
      {reports.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{status === "open" ? t.list.none : t.list.noneClosed}</p>
      ) : (
        <ul className="space-y-3" aria-label={t.list[status]}>
          {reports.map((r) => (
            <li key={r.id} className="card p-4" data-testid="report">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <Link href={`/questions/${r.question.slug}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{r.question.prompt}</Link>
                  <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                    <span className="font-mono">{r.question.slug}</span> · {t.list.version(r.questionVersion, r.question.version)} · {fmt.format(new Date(r.createdAt))} · {r.signedIn ? t.list.member : t.list.guest} · {t.list.readIn(r.locale)}
                  </p>
                </div>
                {r.status === "open" ? (
                  <CloseReportButton id={r.id} locale={locale} label={r.question.prompt} />
                ) : (
                  r.closedAt && <span className="text-sm text-slate-600 dark:text-slate-400">{t.list.closedAt(fmt.format(new Date(r.closedAt)))}</span>
                )}
              </div>
              {r.field && (
                <p className="mt-2 text-sm"><span className="font-medium">{t.list.field}:</span> {t.fields[r.field]}</p>
              )}
              <p className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-800">{r.message}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

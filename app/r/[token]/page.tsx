import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getSharedReport } from "@/lib/dal/interviews";
import { AppError } from "@/lib/errors";
import { studyMessages } from "@/lib/i18n/study";
import { shareTokenSchema } from "@/lib/validation/interview";
import { InterviewReport } from "@/components/interview/interview-report";

// Shared links are private by nature: never indexed, never sent on as a Referer.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = shareTokenSchema.safeParse((await params).token);
  if (!parsed.success) notFound();
  let report;
  try {
    report = await getSharedReport(db, parsed.data);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
  const t = studyMessages(report.locale).interview;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header>
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">{t.sharedBy}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t.reportTitle}</h1>
      </header>
      <InterviewReport report={report} owner={false} />
    </div>
  );
}

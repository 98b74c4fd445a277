import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { getInterview } from "@/lib/dal/interviews";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { studyMessages } from "@/lib/i18n/study";
import { interviewIdSchema } from "@/lib/validation/interview";
import { InterviewReport } from "@/components/interview/interview-report";
import { InterviewRunner } from "@/components/interview/interview-runner";
import { ShareControls } from "@/components/interview/share-controls";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: studyMessages(locale).interview.title };
}

export default async function InterviewSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { locale } = await getI18n();
  const parsed = interviewIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  let iv;
  try {
    iv = await getInterview(db, user, parsed.data);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound(); // someone else's interview looks the same as none
    throw err;
  }
  if (iv.status === "active") return <InterviewRunner key={iv.current?.id} initial={iv} uiLocale={locale} />;
  const t = studyMessages(iv.locale).interview;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.reportTitle}</h1>
        <Link href="/interview" className="btn-secondary">{t.again}</Link>
      </header>
      <InterviewReport report={iv.report!} owner timeZone={user.timeZone} />
      <ShareControls id={iv.id} sharedAt={iv.share?.sharedAt ?? null} locale={locale} timeZone={user.timeZone} />
    </div>
  );
}

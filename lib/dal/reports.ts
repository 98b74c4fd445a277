import "server-only";
/**
 * Problem reports on questions (issue 12). Anyone may file one, signed in or not; only
 * teachers list and close them. A report stores the question's content version, so a
 * teacher can tell whether the content has changed since. The text is kept as plain text
 * and only ever rendered as text.
 */
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import type { ReportField, ReportInput } from "@/lib/validation/reports";
import { REPORT_FIELDS } from "@/lib/validation/reports";
import { requireTeacher } from "./quizzes";
import type { SessionUser } from "./users";

export interface FiledReportDto {
  id: string;
  status: "open";
  questionVersion: number;
}

export interface ReportDto {
  id: string;
  question: { slug: string; prompt: string; version: number };
  /** The question's content version when the report was filed. */
  questionVersion: number;
  field: ReportField | null;
  message: string;
  /** The language the reporter was reading. */
  locale: Locale;
  /** Whether the reporter was signed in (who they are stays private). */
  signedIn: boolean;
  status: "open" | "closed";
  createdAt: string;
  closedAt: string | null;
}

const notFound = (locale: Locale) => new AppError("not_found", locale === "ko" ? "문제를 찾을 수 없습니다." : "Question not found.");

export async function fileReport(db: Db, reporter: SessionUser | null, slug: string, input: ReportInput, locale: Locale): Promise<FiledReportDto> {
  const q = await db.question.findFirst({ where: { slug, retired: false }, select: { id: true, version: true } });
  if (!q) throw notFound(locale);
  const row = await db.problemReport.create({
    data: { questionId: q.id, questionVersion: q.version, field: input.field ?? null, message: input.message, locale, reporterId: reporter?.id ?? null },
    select: { id: true },
  });
  return { id: row.id, status: "open", questionVersion: q.version };
}

const LIST_LIMIT = 200;

/** Reports, newest first (at most 200), for teachers. */
export async function listReports(db: Db, user: SessionUser, status: "open" | "closed", locale: Locale): Promise<ReportDto[]> {
  requireTeacher(user, locale);
  const rows = await db.problemReport.findMany({
    where: { status },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    include: { question: { select: { slug: true, version: true, translations: { where: { locale }, select: { prompt: true } } } } },
  });
  return rows.map((r) => ({
    id: r.id,
    question: { slug: r.question.slug, prompt: r.question.translations[0]?.prompt ?? r.question.slug, version: r.question.version },
    questionVersion: r.questionVersion,
    field: (REPORT_FIELDS as readonly string[]).includes(r.field ?? "") ? (r.field as ReportField) : null,
    message: r.message,
    locale: r.locale === "en" ? "en" : "ko",
    signedIn: r.reporterId !== null,
    status: r.status === "closed" ? "closed" : "open",
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
  }));
}

/** Closes a report; closing one that is already closed changes nothing and still succeeds. */
export async function closeReport(db: Db, user: SessionUser, id: string, locale: Locale): Promise<{ id: string; status: "closed"; closedAt: string }> {
  requireTeacher(user, locale);
  const now = new Date();
  await db.problemReport.updateMany({ where: { id, status: "open" }, data: { status: "closed", closedAt: now, closedById: user.id } });
  const row = await db.problemReport.findUnique({ where: { id }, select: { id: true, status: true, closedAt: true } });
  if (!row) throw new AppError("not_found", locale === "ko" ? "신고를 찾을 수 없습니다." : "Report not found.");
  return { id: row.id, status: "closed", closedAt: (row.closedAt ?? now).toISOString() };
}

/** Open reports, for the teacher's navigation badge. */
export async function countOpenReports(db: Db, user: SessionUser): Promise<number> {
  if (user.role !== "teacher") return 0;
  return db.problemReport.count({ where: { status: "open" } });
}

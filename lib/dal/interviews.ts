import "server-only";
/**
 * Mock interviews: create, answer turn by turn (follow-ups included), finish with a report,
 * share the report through an unguessable link and revoke it (only the link token's SHA-256 is
 * stored: the owner sees the link once, when it is made). Every query filters by the
 * owner's id; an interview of another user is "not found", never "forbidden", so ids cannot
 * be probed. The server keeps the clock: a turn's askedAt is set when the turn is created.
 */
import { randomBytes, randomInt } from "node:crypto";
import { hashToken } from "@/lib/token-hash";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Answer } from "@/lib/grading";
import type { Locale } from "@/lib/i18n/locale";
import { answerText } from "@/lib/i18n/answers";
import { available, chooseFollowUp, interviewScore, isOvertime, pickQuestions, type PlanQuestion } from "@/lib/interview/engine";
import { scenariosOf } from "@/lib/sandbox/links";
import type { GradeResultDto, QuestionDetailDto } from "@/lib/validation/dto";
import { gradeResultDto } from "@/lib/validation/dto";
import type { AnswerTurnInput, CreateInterviewInput } from "@/lib/validation/interview";
import { z } from "zod";
import { getCatalog, type Catalog, type CatalogQuestion } from "./catalog";
import { gradeAnswer } from "./grade";
import { recordAttempt } from "./progress";
import { getQuestion } from "./questions";
import type { SessionUser } from "./users";

type TurnRow = {
  id: string;
  position: number;
  main: number;
  depth: number;
  questionId: string;
  keyPoint: string | null;
  askedAt: Date;
  answeredAt: Date | null;
  answer: string | null;
  score: number | null;
  verdict: string | null;
  overtime: boolean;
  result: string | null;
};

export interface TurnDto {
  id: string;
  position: number;
  main: number;
  depth: number;
  kind: "question" | "key-point";
  question: QuestionDetailDto;
  askedAt: string;
  deadline: string | null;
}

export interface ReportTurnDto {
  position: number;
  main: number;
  depth: number;
  kind: "question" | "key-point";
  question: string;
  type: string;
  prompt: string;
  answer: string;
  score: number;
  verdict: string;
  overtime: boolean;
  timeTakenMs: number;
  missed: { id: string; label: string; sandbox: string | null }[];
  misconceptions: { label: string; correction: string }[];
  modelAnswer: string;
}

export interface ReportDto {
  id: string;
  locale: Locale;
  createdAt: string;
  finishedAt: string;
  score: number | null;
  followUpScore: number | null;
  mainQuestions: number;
  followUps: number;
  turns: ReportTurnDto[];
  sandbox: string[];
  flashcards: { slug: string; prompt: string }[];
}

export interface InterviewDto {
  id: string;
  status: "active" | "finished";
  locale: Locale;
  length: number;
  timerSec: number | null;
  topics: string[];
  createdAt: string;
  answeredMain: number;
  current: TurnDto | null;
  report: ReportDto | null;
  /** Set while a share link works. The link itself is not here: only its hash is stored. */
  share: { sharedAt: string } | null;
}

export interface InterviewSummaryDto {
  id: string;
  status: "active" | "finished";
  createdAt: string;
  length: number;
  score: number | null;
  topics: string[];
  shared: boolean;
}

const stringList = z.array(z.string());

function planOf(q: CatalogQuestion): PlanQuestion {
  return { slug: q.slug, type: q.type, topicId: q.topicId, keyPoints: q.keyPoints, followUps: q.followUps };
}

function notFound(): AppError {
  return new AppError("not_found");
}

/** The generated prompt of a key-point follow-up, in the interview's language. */
export function keyPointPrompt(label: string, locale: Locale): string {
  return locale === "ko"
    ? `방금 답변에서 빠진 부분이 있습니다. “${label}” — 이것이 무슨 뜻이고 왜 그런지 설명해 주세요.`
    : `Your answer left out one point: “${label}”. Explain what it means and why it holds.`;
}

async function turnDto(db: Db, catalog: Catalog, t: TurnRow, locale: Locale, timerSec: number | null): Promise<TurnDto> {
  const q = catalog.questions.find((x) => x.id === t.questionId);
  if (!q) throw notFound();
  let question = await getQuestion(db, q.slug, locale);
  if (t.keyPoint) {
    const kp = q.keyPoints.find((k) => k.id === t.keyPoint);
    question = { ...question, type: "interview", prompt: keyPointPrompt(kp?.label[locale] ?? "", locale), options: [], followUps: [] };
  }
  return {
    id: t.id,
    position: t.position,
    main: t.main,
    depth: t.depth,
    kind: t.keyPoint ? "key-point" : "question",
    question,
    askedAt: t.askedAt.toISOString(),
    deadline: timerSec ? new Date(t.askedAt.getTime() + timerSec * 1000).toISOString() : null,
  };
}

export async function createInterview(db: Db, user: SessionUser, input: CreateInterviewInput, now = new Date()): Promise<{ id: string }> {
  const catalog = await getCatalog(db);
  const known = new Set(catalog.topics.map((t) => t.id));
  const unknown = input.topics.filter((t) => !known.has(t));
  const ko = input.locale === "ko";
  if (unknown.length) {
    const message = ko ? `없는 주제입니다: ${unknown.join(", ")}` : `Unknown topic(s): ${unknown.join(", ")}`;
    throw new AppError("validation", message, { topics: [message] });
  }
  const pool = catalog.questions.map(planOf);
  const count = available(pool, input.topics);
  if (count < input.length) {
    const message = ko ? `고른 주제에는 문제가 ${count}개뿐입니다. 주제를 더 고르거나 길이를 줄여 주세요.` : `The chosen topics have only ${count} questions. Add topics or choose a shorter interview.`;
    throw new AppError("unprocessable", message, { length: [message] });
  }
  const slugs = pickQuestions(pool, [...new Set(input.topics)], input.length, () => randomInt(0, 2 ** 32) / 2 ** 32);
  const first = catalog.bySlug.get(slugs[0]!)!;
  const session = await db.interviewSession.create({
    data: {
      userId: user.id,
      locale: input.locale,
      topics: JSON.stringify([...new Set(input.topics)]),
      length: input.length,
      timerSec: input.timerSec ?? null,
      plan: JSON.stringify(slugs),
      createdAt: now,
      turns: { create: { position: 0, main: 0, depth: 0, questionId: first.id, askedAt: now } },
    },
    select: { id: true },
  });
  return session;
}

async function loadOwned(db: Db, user: SessionUser, id: string) {
  const s = await db.interviewSession.findFirst({ where: { id, userId: user.id }, include: { turns: { orderBy: { position: "asc" } } } });
  if (!s) throw notFound();
  return s;
}

type SessionRow = Awaited<ReturnType<typeof loadOwned>>;


function buildReport(s: SessionRow, catalog: Catalog): ReportDto {
  const locale: Locale = s.locale === "en" ? "en" : "ko";
  const byId = new Map(catalog.questions.map((q) => [q.id, q]));
  const answered = s.turns.filter((t) => t.answeredAt && t.result);
  const turns: ReportTurnDto[] = answered.flatMap((t) => {
    const q = byId.get(t.questionId);
    if (!q) return [];
    const r = gradeResultDto.parse(JSON.parse(t.result!)) as GradeResultDto;
    const kp = t.keyPoint ? q.keyPoints.find((k) => k.id === t.keyPoint) : undefined;
    return [
      {
        position: t.position,
        main: t.main,
        depth: t.depth,
        kind: t.keyPoint ? "key-point" : "question",
        question: q.slug,
        type: t.keyPoint ? "interview" : q.type,
        prompt: kp ? keyPointPrompt(kp.label[locale], locale) : q.prompt[locale],
        answer: t.answer === null ? "" : answerText({ type: q.type, options: q.options.map((o) => ({ key: o.key, text: o.text[locale] })) }, JSON.parse(t.answer) as Answer, locale),
        score: t.overtime ? 0 : t.score!,
        verdict: t.overtime ? "incorrect" : t.verdict!,
        overtime: t.overtime,
        timeTakenMs: t.answeredAt!.getTime() - t.askedAt.getTime(),
        missed: r.type === "interview" ? r.keyPoints.filter((k) => !k.hit).map((k) => ({ id: k.id, label: k.label, sandbox: k.sandbox })) : [],
        misconceptions: r.type === "interview" ? r.misconceptions.map((m) => ({ label: m.label, correction: m.correction })) : [],
        modelAnswer: q.modelAnswer[locale],
      },
    ];
  });
  const followUps = turns.filter((t) => t.depth > 0);
  const weak = turns.filter((t) => t.verdict !== "correct");
  const sandbox = new Set<string>();
  for (const t of weak) {
    const q = catalog.bySlug.get(t.question)!;
    for (const m of t.missed) if (m.sandbox) sandbox.add(m.sandbox);
    if (!t.missed.length) for (const id of scenariosOf(q)) sandbox.add(id);
  }
  const flashcards = [...new Map(weak.map((t) => [t.question, { slug: t.question, prompt: catalog.bySlug.get(t.question)!.prompt[locale] }])).values()];
  return {
    id: s.id,
    locale,
    createdAt: s.createdAt.toISOString(),
    finishedAt: (s.finishedAt ?? new Date()).toISOString(),
    score: s.score ?? interviewScore(turns),
    followUpScore: followUps.length ? Math.round(followUps.reduce((n, t) => n + t.score, 0) / followUps.length) : null,
    mainQuestions: turns.filter((t) => t.depth === 0).length,
    followUps: followUps.length,
    turns,
    sandbox: [...sandbox].sort(),
    flashcards,
  };
}

export async function getInterview(db: Db, user: SessionUser, id: string): Promise<InterviewDto> {
  const s = await loadOwned(db, user, id);
  const catalog = await getCatalog(db);
  const locale: Locale = s.locale === "en" ? "en" : "ko";
  const current = s.status === "active" ? s.turns.find((t) => !t.answeredAt) : undefined;
  return {
    id: s.id,
    status: s.status === "finished" ? "finished" : "active",
    locale,
    length: s.length,
    timerSec: s.timerSec,
    topics: stringList.parse(JSON.parse(s.topics)),
    createdAt: s.createdAt.toISOString(),
    answeredMain: s.turns.filter((t) => t.depth === 0 && t.answeredAt).length,
    current: current ? await turnDto(db, catalog, current, locale, s.timerSec) : null,
    report: s.status === "finished" ? buildReport(s, catalog) : null,
    share: s.shareTokenHash && s.sharedAt ? { sharedAt: s.sharedAt.toISOString() } : null,
  };
}

export async function listInterviews(db: Db, user: SessionUser, take = 20): Promise<InterviewSummaryDto[]> {
  const rows = await db.interviewSession.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, take });
  return rows.map((s) => ({
    id: s.id,
    status: s.status === "finished" ? "finished" : "active",
    createdAt: s.createdAt.toISOString(),
    length: s.length,
    score: s.score,
    topics: stringList.parse(JSON.parse(s.topics)),
    shared: Boolean(s.shareTokenHash),
  }));
}

export interface AnswerOutcomeDto {
  result: GradeResultDto;
  overtime: boolean;
  next: "follow-up" | "question" | "finished";
}

/**
 * Grades the answer to the current turn and opens the next one: a follow-up on a missed key
 * point, the next main question, or the end. Answering a turn that is not the current one
 * (a double submit, an old tab) is a 409; the stored answer is never overwritten.
 */
export async function answerTurn(db: Db, user: SessionUser, id: string, input: AnswerTurnInput, now = new Date()): Promise<AnswerOutcomeDto> {
  const s = await loadOwned(db, user, id);
  const locale: Locale = s.locale === "en" ? "en" : "ko";
  const current = s.status === "active" ? s.turns.find((t) => !t.answeredAt) : undefined;
  if (!current || current.id !== input.turn) {
    if (!s.turns.some((t) => t.id === input.turn)) throw notFound();
    throw new AppError("conflict", locale === "ko" ? "이미 답한 질문입니다. 현재 질문을 다시 불러옵니다." : "That question was already answered. Reloading the current one.");
  }
  const catalog = await getCatalog(db);
  const q = catalog.questions.find((x) => x.id === current.questionId);
  if (!q) throw notFound();
  const result = await gradeAnswer(db, q.slug, input.answer, locale, true, current.keyPoint ?? undefined);
  const overtime = isOvertime(current.askedAt, now, s.timerSec);

  // What comes next. A follow-up never repeats a question already asked, nor takes one still planned as a main question.
  const plan = stringList.parse(JSON.parse(s.plan));
  const asked = new Set([...plan, ...s.turns.map((t) => catalog.questions.find((x) => x.id === t.questionId)?.slug).filter((x): x is string => !!x)]);
  const follow = overtime
    ? null
    : chooseFollowUp(planOf(q), { keyPoints: result.type === "interview" ? result.keyPoints : undefined }, current.depth, asked, (slug) => catalog.bySlug.has(slug), current.keyPoint);
  const nextMain = current.main + 1;
  let next: AnswerOutcomeDto["next"] = "finished";
  let nextTurn: { main: number; depth: number; questionId: string; keyPoint: string | null } | null = null;
  if (follow) {
    next = "follow-up";
    const target = catalog.bySlug.get(follow.slug)!;
    nextTurn = { main: current.main, depth: current.depth + 1, questionId: target.id, keyPoint: follow.kind === "key-point" ? follow.keyPoint : null };
  } else if (nextMain < plan.length) {
    const target = catalog.bySlug.get(plan[nextMain]!);
    if (target) {
      next = "question";
      nextTurn = { main: nextMain, depth: 0, questionId: target.id, keyPoint: null };
    }
  }

  await db.$transaction(async (tx) => {
    const updated = await tx.interviewTurn.updateMany({
      where: { id: current.id, sessionId: s.id, answeredAt: null },
      data: { answeredAt: now, answer: JSON.stringify(input.answer), score: result.score, verdict: result.verdict, overtime, result: JSON.stringify(result) },
    });
    if (updated.count !== 1) throw new AppError("conflict");
    if (nextTurn) {
      await tx.interviewTurn.create({ data: { sessionId: s.id, position: current.position + 1, ...nextTurn, askedAt: now } });
    } else {
      const turns = [...s.turns.filter((t) => t.id !== current.id), { ...current, score: result.score, overtime }];
      await tx.interviewSession.update({ where: { id: s.id }, data: { status: "finished", finishedAt: now, score: interviewScore(turns) } });
    }
  });
  // Whole questions count as practice attempts; key-point follow-ups are not a question of their own.
  if (!current.keyPoint) await recordAttempt(db, user, { question: q, answer: input.answer, result, mode: "interview", timeTakenMs: now.getTime() - current.askedAt.getTime(), at: now });
  return { result, overtime, next };
}

/** Ends an interview early: the report covers the questions answered so far. */
export async function finishInterview(db: Db, user: SessionUser, id: string, now = new Date()): Promise<void> {
  const s = await loadOwned(db, user, id);
  if (s.status === "finished") return;
  const answered = s.turns.filter((t) => t.answeredAt);
  await db.$transaction([
    db.interviewTurn.deleteMany({ where: { sessionId: s.id, answeredAt: null } }),
    db.interviewSession.update({ where: { id: s.id }, data: { status: "finished", finishedAt: now, score: interviewScore(answered) } }),
  ]);
}

export async function deleteInterview(db: Db, user: SessionUser, id: string): Promise<void> {
  const { count } = await db.interviewSession.deleteMany({ where: { id, userId: user.id } });
  if (count !== 1) throw notFound();
}

/** What is stored of a share token (lib/token-hash.ts): a leaked database row opens no report. */
export const shareTokenHash = hashToken;

/**
 * Makes a new share link for a finished interview and returns its token: the only time the
 * token exists outside the reader's link. Any earlier link stops working (the stored hash is
 * replaced), so "create a new link" is also how an owner who lost the link gets one.
 */
export async function shareInterview(db: Db, user: SessionUser, id: string, now = new Date()): Promise<{ token: string }> {
  const s = await loadOwned(db, user, id);
  if (s.status !== "finished") throw new AppError("conflict", s.locale === "ko" ? "끝난 면접만 공유할 수 있습니다." : "Only a finished interview can be shared.");
  const token = randomBytes(24).toString("base64url"); // 192 bits: not guessable
  await db.interviewSession.update({ where: { id: s.id }, data: { shareTokenHash: shareTokenHash(token), sharedAt: now } });
  return { token };
}

export async function revokeShare(db: Db, user: SessionUser, id: string): Promise<void> {
  const { count } = await db.interviewSession.updateMany({ where: { id, userId: user.id }, data: { shareTokenHash: null, sharedAt: null } });
  if (count !== 1) throw notFound();
}

/** A shared report, for anyone holding the link. Revoked, replaced or unknown tokens are not found. */
export async function getSharedReport(db: Db, token: string): Promise<ReportDto> {
  const s = await db.interviewSession.findUnique({ where: { shareTokenHash: shareTokenHash(token) }, include: { turns: { orderBy: { position: "asc" } } } });
  if (!s || s.status !== "finished") throw notFound();
  return buildReport(s, await getCatalog(db));
}

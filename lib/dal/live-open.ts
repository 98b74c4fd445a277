import "server-only";
/**
 * The bank's questions that are open right now in a running live quiz. While a question is
 * open, the bank does not grade it (nor import attempts at it): otherwise a student could find
 * the live prompt in the public bank and ask the grader which option is right before the reveal.
 * Once the question closes, its answer is on every screen anyway.
 *
 * This instance's own sessions count at once; every instance's (several instances share one
 * database) are read from the database at most once a second.
 */
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import type { Runtime } from "./live";

const REFRESH_MS = 1_000;

const g = globalThis as unknown as { __liveRuntimes?: Map<string, Runtime>; __liveOpenSlugs?: { at: number; slugs: Set<string>; pending?: Promise<Set<string>> } };

async function storedOpen(db: Db): Promise<Set<string>> {
  const cached = g.__liveOpenSlugs;
  if (cached && Date.now() - cached.at < REFRESH_MS) return cached.slugs;
  if (cached?.pending) return cached.pending;
  const pending = (async () => {
    const rows = await db.liveSession.findMany({ where: { active: true }, select: { items: true, state: true } });
    const slugs = new Set<string>();
    for (const r of rows) {
      try {
        const state = JSON.parse(r.state) as { phase?: string; index?: number };
        if (state.phase !== "question" || typeof state.index !== "number") continue;
        const slug = (JSON.parse(r.items) as { slug?: string }[])[state.index]?.slug;
        if (slug) slugs.add(slug);
      } catch {
        /* a row this code cannot read opens nothing */
      }
    }
    g.__liveOpenSlugs = { at: Date.now(), slugs };
    return slugs;
  })();
  g.__liveOpenSlugs = { at: cached?.at ?? 0, slugs: cached?.slugs ?? new Set(), pending };
  try {
    return await pending;
  } catch (err) {
    g.__liveOpenSlugs = cached; // try again on the next call
    throw err;
  }
}

/** Is `slug` open in a live quiz right now (here, or on any instance as of the last second)? */
export async function openInLiveQuiz(db: Db, slug: string): Promise<boolean> {
  for (const rt of g.__liveRuntimes?.values() ?? []) if (rt.state.phase === "question" && rt.items[rt.state.index]?.slug === slug) return true;
  return (await storedOpen(db)).has(slug);
}

/** The 409 for grading a question that a live quiz has open. */
export function openInLiveQuizError(locale: Locale): AppError {
  const m =
    locale === "ko"
      ? "이 문제는 지금 진행 중인 실시간 퀴즈에 나와 있어 잠시 채점하지 않습니다. 퀴즈에서 정답이 공개된 뒤 다시 시도해 주세요."
      : "This question is open in a live quiz right now, so it is not graded here for the moment. Try again once the quiz has revealed it.";
  return new AppError("conflict", m, { question: [m] });
}

/**
 * Practice without an account: graded answers are kept on this device (localStorage) so
 * they can be imported once at sign-up. Only the question, the answer, when, and how long:
 * the server grades them again on import.
 */
export const PRACTICE_LOG_KEY = "psl:practice-log";
export const MAX_LOCAL_ATTEMPTS = 200;

export interface LocalAttempt {
  question: string;
  answer: string | string[];
  at: string;
  timeTakenMs: number | null;
}

export function readPracticeLog(): LocalAttempt[] {
  try {
    const raw = JSON.parse(localStorage.getItem(PRACTICE_LOG_KEY) ?? "[]") as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.filter((a): a is LocalAttempt => typeof a?.question === "string" && (typeof a.answer === "string" || Array.isArray(a.answer)) && typeof a.at === "string").slice(-MAX_LOCAL_ATTEMPTS);
  } catch {
    return [];
  }
}

export function appendPracticeLog(a: LocalAttempt): void {
  try {
    const log = [...readPracticeLog(), a].slice(-MAX_LOCAL_ATTEMPTS);
    localStorage.setItem(PRACTICE_LOG_KEY, JSON.stringify(log));
  } catch {
    /* storage full or disabled: practice still works */
  }
}

export function clearPracticeLog(): void {
  try {
    localStorage.removeItem(PRACTICE_LOG_KEY);
  } catch {
    /* ignore */
  }
}

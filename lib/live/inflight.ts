/**
 * Answers that have reached this process but are not answered yet, per live session. server.ts
 * counts an answer POST from the moment its request arrives until its response is done, so the
 * session's clock can wait for answers that arrived in time before it closes the question
 * (lib/dal/live.ts, armTimer). Process memory: it only ever describes this process's own queue.
 * Kept on globalThis: server.ts and the bundled route modules load this file separately.
 */
const g = globalThis as unknown as { __pslAnswersInFlight?: Map<string, number> };
const counts = (g.__pslAnswersInFlight ??= new Map<string, number>());

/** /api/v1/live/sessions/<id>/answers → <id>; anything else → null. */
export function answerSessionOf(method: string, path: string): string | null {
  if (method !== "POST") return null;
  const m = /^\/api\/v1\/live\/sessions\/([A-Za-z0-9_-]{1,64})\/answers\/?$/.exec(path);
  return m ? m[1]! : null;
}

export function answerArrived(sessionId: string): void {
  counts.set(sessionId, (counts.get(sessionId) ?? 0) + 1);
}

export function answerDone(sessionId: string): void {
  const n = (counts.get(sessionId) ?? 0) - 1;
  if (n > 0) counts.set(sessionId, n);
  else counts.delete(sessionId);
}

export function answersInFlight(sessionId: string): number {
  return counts.get(sessionId) ?? 0;
}

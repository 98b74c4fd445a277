"use client";
/**
 * Times an answer and remembers anonymous practice: `onSubmit` writes the elapsed time into
 * the form's hidden timeTakenMs field (React builds the action's FormData after onSubmit),
 * and `remember` keeps a graded answer on this device when nobody is signed in.
 */
import { useEffect, useRef } from "react";
import { appendPracticeLog } from "@/lib/client/practice-log";

export function useAttemptClock(signedIn: boolean) {
  const started = useRef(0);
  useEffect(() => {
    started.current = performance.now();
  }, []);
  return {
    onSubmit(e: React.FormEvent<HTMLFormElement>) {
      const field = e.currentTarget.elements.namedItem("timeTakenMs");
      if (field instanceof HTMLInputElement) field.value = String(Math.round(performance.now() - started.current));
    },
    remember(question: string, answer: string[], single: boolean, timeTakenMs?: number) {
      if (signedIn) return;
      appendPracticeLog({ question, answer: single ? (answer[0] ?? "") : answer, at: new Date().toISOString(), timeTakenMs: timeTakenMs ?? null });
    },
  };
}

/**
 * Shared by the sandbox routes: strict parameter validation with translated field errors,
 * and admission through the global gate (429 + Retry-After when busy or rate-limited).
 */
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { sandboxGate } from "@/lib/sandbox/instance";
import { parseParams, SandboxInputError } from "@/lib/sandbox/runner";
import type { SandboxScenarioId } from "@/lib/sandbox/types";
import { z } from "zod";

export function validatedParams(id: SandboxScenarioId, params: unknown, locale: Locale): Record<string, number> {
  try {
    return parseParams(id, params);
  } catch (err) {
    if (err instanceof SandboxInputError) {
      const fields = fieldErrorsFrom(new z.ZodError(err.issues), locale);
      const prefixed = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k === "_" ? "params" : `params.${k}`, v]));
      throw new AppError("validation", undefined, prefixed);
    }
    throw err;
  }
}

/** Signed-in users are limited per account, everyone else per client address. */
export async function admitRun(who: { userId?: string; address: string }, locale: Locale): Promise<() => void> {
  const admission = await sandboxGate.admit(who.userId ? `user:${who.userId}` : `ip:${who.address}`);
  if (admission.ok) return admission.release;
  const ko = locale === "ko";
  const wait = admission.retryAfterSec;
  const message =
    admission.reason === "busy"
      ? ko
        ? "지금은 실행 중인 실습이 많습니다. 잠시 후 다시 시도해 주세요."
        : "Too many sandbox runs are in progress. Try again in a moment."
      : ko
        ? `실습 실행 횟수 제한(분당)을 넘었습니다. ${wait}초 뒤에 다시 시도해 주세요.`
        : `You have reached the per-minute limit for sandbox runs. Try again in ${wait} s.`;
  throw new AppError("rate_limited", message, undefined, { "Retry-After": String(wait) });
}

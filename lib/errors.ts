/**
 * The one error type. Domain and data code throws AppError with a code; route handlers and
 * actions map the code to an HTTP status and a translated message. Anything else is logged
 * with context and shown as a short generic message, never a stack trace.
 */
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locale";

export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field errors: path ("answer", "params.clients") → messages in the user's language. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly fieldErrors?: FieldErrors,
    public readonly headers?: Record<string, string>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

const GENERIC: Record<ErrorCode, Record<Locale, string>> = {
  bad_request: { ko: "요청을 처리할 수 없습니다.", en: "The request could not be processed." },
  invalid_json: { ko: "요청 본문이 올바른 JSON이 아닙니다.", en: "The request body is not valid JSON." },
  validation: { ko: "입력값을 확인해 주세요.", en: "Please check the input." },
  unauthorized: { ko: "로그인이 필요합니다.", en: "Please sign in." },
  forbidden: { ko: "권한이 없습니다.", en: "You are not allowed to do that." },
  not_found: { ko: "찾을 수 없습니다.", en: "Not found." },
  method_not_allowed: { ko: "허용되지 않는 메서드입니다.", en: "Method not allowed." },
  conflict: { ko: "이미 처리된 요청과 충돌합니다.", en: "This conflicts with the current state." },
  payload_too_large: { ko: "요청이 너무 큽니다.", en: "The request is too large." },
  unsupported_media_type: { ko: "JSON(application/json)으로 보내 주세요.", en: "Send the body as JSON (application/json)." },
  unprocessable: { ko: "이 요청은 처리할 수 없습니다.", en: "This request cannot be processed." },
  rate_limited: { ko: "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.", en: "Too many requests. Please try again shortly." },
  internal: { ko: "서버에서 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.", en: "Something went wrong on our side. Please try again." },
};

export function genericMessage(code: ErrorCode, locale: Locale): string {
  return GENERIC[code][locale];
}

/** Turns zod issues into field errors with messages in the user's language. */
export function fieldErrorsFrom(error: z.ZodError, locale: Locale): FieldErrors {
  // Keys come from input ("constructor", "__proto__"): a Map, then a plain object built from own entries only.
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    const list = out.get(key) ?? [];
    list.push(translateIssue(issue, locale));
    out.set(key, list);
  }
  return Object.fromEntries(out);
}

function translateIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const ko = locale === "ko";
  switch (issue.code) {
    case "invalid_type":
      // (Zod does not report the input by default; its message says what it received: "received string".)
      if (issue.input === undefined && !/received (?!undefined\b)\w+/.test(issue.message ?? "")) return ko ? "필수 항목입니다." : "This field is required.";
      return ko ? `형식이 올바르지 않습니다(${issue.expected} 필요).` : `Wrong type (expected ${issue.expected}).`;
    case "too_small":
      return ko ? `값이 너무 작거나 짧습니다(최소 ${String(issue.minimum)}).` : `Too small or too short (minimum ${String(issue.minimum)}).`;
    case "too_big":
      return ko ? `값이 너무 크거나 깁니다(최대 ${String(issue.maximum)}).` : `Too big or too long (maximum ${String(issue.maximum)}).`;
    case "invalid_value":
      return ko
        ? `허용되지 않는 값입니다. 가능한 값: ${issue.values.map(String).join(", ")}`
        : `Not an allowed value. Allowed: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return ko ? `알 수 없는 항목: ${issue.keys.join(", ")}` : `Unknown field(s): ${issue.keys.join(", ")}`;
    case "invalid_format":
      return ko ? "형식이 올바르지 않습니다." : "Invalid format.";
    case "invalid_union":
      return ko ? "형식이 올바르지 않습니다." : "Invalid value for this field.";
    case "custom": {
      // A refinement may carry its message in both languages: { params: { ko, en } }.
      const p = issue.params as { ko?: unknown; en?: unknown } | undefined;
      if (typeof p?.ko === "string" && typeof p.en === "string") return ko ? p.ko : p.en;
      return issue.message && issue.message !== "Invalid input" ? issue.message : ko ? "값이 올바르지 않습니다." : "Invalid value.";
    }
    default:
      return issue.message && issue.message !== "Invalid input"
        ? issue.message
        : ko
          ? "값이 올바르지 않습니다."
          : "Invalid value.";
  }
}

export function validationError(error: z.ZodError, locale: Locale): AppError {
  return new AppError("validation", genericMessage("validation", locale), fieldErrorsFrom(error, locale));
}

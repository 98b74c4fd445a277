/**
 * The question page's server action (gradeAction), run inside Next's request scope: an
 * over-long answer gets the length error in the learner's language — never "choose or type
 * an answer first" and never the generic "check the input" — and line breaks count as typed.
 */
import "../support/next-als";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { gradeAction, type GradeState } from "@/app/questions/[slug]/actions";
import { loadContent } from "@/lib/content/load";
import { MAX_ANSWER_CHARS } from "@/lib/grading/limits";
import { BASE } from "../support/http";
import { inRequestScope } from "../support/next-scope";
import { clientHeaders } from "@/lib/http/client";
import { limits } from "@/lib/http/limits";

const bank = loadContent();
const interview = bank.questions.find((q) => q.type === "interview")!;
const short = bank.questions.find((q) => q.type === "short")!;

const TOO_LONG = {
  en: "The answer is too long. Keep it to 5,000 characters or fewer.",
  ko: "답이 너무 깁니다. 5,000자 이내로 줄여 주세요.",
};

async function grade(locale: "ko" | "en", slug: string, answer: string, address = "198.18.200.1"): Promise<GradeState> {
  const req = new NextRequest(`${BASE}/questions/${slug}`, { method: "POST", headers: { cookie: `locale=${locale}`, origin: BASE, ...clientHeaders(address) } });
  const form = new FormData();
  form.append("slug", slug);
  form.append("mode", "single");
  form.append("answer", answer);
  return inRequestScope(req, "/questions/[slug]", () => gradeAction({ status: "idle" }, form));
}

describe("gradeAction answer checks", () => {
  it.each(["en", "ko"] as const)("an over-long answer of spaces gets the length error (%s), not 'answer first'", async (locale) => {
    const state = await grade(locale, interview.slug, " ".repeat(MAX_ANSWER_CHARS + 1));
    expect(state).toMatchObject({ status: "error", message: TOO_LONG[locale], fieldErrors: { answer: [TOO_LONG[locale]] } });
  });

  it.each(["en", "ko"] as const)("a very long answer (over the form's hard bound) gets the length error too (%s)", async (locale) => {
    const state = await grade(locale, interview.slug, "socket ".repeat(3000)); // 21,000 characters
    expect(state).toMatchObject({ status: "error", message: TOO_LONG[locale] });
  });

  it("a just-over-the-limit answer gets the length error", async () => {
    const state = await grade("en", interview.slug, "a".repeat(MAX_ANSWER_CHARS + 1));
    expect(state).toMatchObject({ status: "error", message: TOO_LONG.en });
  });

  it("line breaks posted as CRLF count once: 5,000 typed characters are graded", async () => {
    const typed = `${"A socket is an endpoint ".repeat(5).slice(0, 99)}\n`.repeat(50);
    expect(typed.length).toBe(MAX_ANSWER_CHARS);
    const state = await grade("en", interview.slug, typed.replace(/\n/g, "\r\n")); // as a browser posts a textarea
    expect(state.status).toBe("graded");
  });

  it.each(["en", "ko"] as const)("a blank answer still asks for an answer first (%s)", async (locale) => {
    const state = await grade(locale, short.slug, "   ");
    expect(state).toMatchObject({ status: "error", message: locale === "en" ? "Choose or type an answer first." : "먼저 답을 고르거나 입력하세요." });
  });
});

describe("gradeAction is rate limited like the grading API", () => {
  it("once the address has used its gradings, the action answers with how long to wait, in the user's language", async () => {
    const address = "198.18.201.7";
    expect((await grade("en", short.slug, "53", address)).status).toBe("graded");
    await limits.grade.consume(`ip:${address}`, limits.grade.points);
    const en = await grade("en", short.slug, "53", address);
    expect(en).toMatchObject({ status: "error", message: expect.stringMatching(/^Too many grading requests\. Try again in \d+ s\.$/) });
    const ko = await grade("ko", short.slug, "53", address);
    expect(ko).toMatchObject({ status: "error", message: expect.stringMatching(/초 뒤에 다시 시도해 주세요/) });
    // Another address is not affected.
    expect((await grade("en", short.slug, "53", "198.18.201.8")).status).toBe("graded");
  });
});

/**
 * The question page's "report a problem" server action, inside Next's request scope: a report
 * is stored, empty and over-long text get their own message in the reader's language (and
 * nothing is stored), and the per-client limit answers in words, not a 500.
 */
import "../support/next-als";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { reportAction, type ReportState } from "@/app/questions/[slug]/actions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientHeaders } from "@/lib/http/client";
import { BASE } from "../support/http";
import { inRequestScope } from "../support/next-scope";

async function report(locale: "ko" | "en", fields: Record<string, string>, address = "198.18.201.1"): Promise<ReportState> {
  const req = new NextRequest(`${BASE}/questions/tcp-vs-udp`, { method: "POST", headers: { cookie: `locale=${locale}`, origin: BASE, ...clientHeaders(address) } });
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return inRequestScope(req, "/questions/[slug]", () => reportAction({ status: "idle" }, form));
}

describe("reportAction", () => {
  it("stores a report with an optional field", async () => {
    const state = await report("ko", { slug: "tcp-vs-udp", field: "", message: "  해설의 헤더 크기 설명이 헷갈립니다.  " });
    expect(state.status).toBe("sent");
    const row = await db.problemReport.findUniqueOrThrow({ where: { id: (state as { id: string }).id } });
    expect(row).toMatchObject({ field: null, message: "해설의 헤더 크기 설명이 헷갈립니다.", locale: "ko" });
  });

  it.each([
    ["ko", "", "먼저 문제를 설명해 주세요."],
    ["en", "x".repeat(2001), "The report is too long. Keep it to 2,000 characters or fewer."],
    ["ko", "가".repeat(2001), "신고 내용이 너무 깁니다. 2,000자 이내로 줄여 주세요."],
  ] as const)("%s: a bad message gets its own error and nothing is stored", async (locale, message, expected) => {
    const before = await db.problemReport.count();
    const state = await report(locale, { slug: "tcp-vs-udp", message }, "198.18.201.2");
    expect(state).toMatchObject({ status: "error", message: expected, fieldErrors: { message: [expected] } });
    expect(await db.problemReport.count()).toBe(before);
  });

  it("an unknown field value, a bad slug and an unknown question are errors, not 500s", async () => {
    expect(await report("en", { slug: "tcp-vs-udp", field: "<script>", message: "hi" }, "198.18.201.3")).toMatchObject({ status: "error" });
    expect(await report("en", { slug: "../etc/passwd", message: "hi" }, "198.18.201.3")).toMatchObject({ status: "error", message: "Please check the input." });
    expect(await report("en", { slug: "no-such-question", message: "hi" }, "198.18.201.3")).toMatchObject({ status: "error", message: "Question not found." });
  });

  it("the limit answers in the reader's language", async () => {
    for (let i = 0; i < env.REPORTS_PER_HOUR; i++) expect((await report("ko", { slug: "tcp-vs-udp", message: `r${i}` }, "198.18.201.9")).status).toBe("sent");
    const state = await report("ko", { slug: "tcp-vs-udp", message: "more" }, "198.18.201.9");
    expect(state).toMatchObject({ status: "error" });
    expect((state as { message: string }).message).toMatch(/^신고가 너무 많습니다\. \d+분 뒤에 다시 시도해 주세요\.$/);
  });
});

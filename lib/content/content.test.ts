/** The question bank as shipped: valid, complete in both languages, and covering the seeds. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conceptCoverage, renderCoverage } from "./coverage";
import { CANONICAL_SLUGS, checkReferences, loadContent } from "./load";
import { QUESTION_TYPES } from "./schema";

const bank = loadContent();

describe("content/", () => {
  it("has at least 80 questions using all six types", () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(bank.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it("has unique slugs", () => {
    const slugs = bank.questions.map((q) => q.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("is complete in Korean and English", () => {
    const hangul = /[\uAC00-\uD7A3]/;
    for (const q of bank.questions) {
      for (const field of [q.prompt, q.modelAnswer, q.explanation]) {
        expect(field.ko, q.slug).toMatch(hangul);
        expect(field.en.length, q.slug).toBeGreaterThan(0);
        expect(field.en, q.slug).not.toMatch(hangul);
      }
      if (q.type === "interview") {
        for (const k of q.rubric.keyPoints) expect(k.label.ko, `${q.slug}/${k.id}`).toMatch(hangul);
        for (const m of q.rubric.misconceptions) expect(m.correction.ko, `${q.slug}/${m.id}`).toMatch(hangul);
      }
    }
  });

  it("has the 15 canonical interview questions with 3–6 key points and a misconception", () => {
    for (const slug of CANONICAL_SLUGS) {
      const q = bank.questions.find((x) => x.slug === slug);
      expect(q?.type, slug).toBe("interview");
      if (q?.type !== "interview") continue;
      expect(q.rubric.keyPoints.length, slug).toBeGreaterThanOrEqual(3);
      expect(q.rubric.keyPoints.length, slug).toBeLessThanOrEqual(6);
      expect(q.rubric.misconceptions.length, slug).toBeGreaterThanOrEqual(1);
    }
  });

  it("resolves every follow-up link", () => {
    const slugs = new Set(bank.questions.map((q) => q.slug));
    for (const q of bank.questions) for (const f of q.followUps) expect(slugs.has(f.slug), `${q.slug} → ${f.slug}`).toBe(true);
  });

  it("covers every seed concept", () => {
    const uncovered = [...conceptCoverage(bank)].filter(([, slugs]) => slugs.length === 0).map(([id]) => id);
    expect(uncovered).toEqual([]);
  });

  it("docs/content-coverage.md is up to date (npm run content:coverage)", () => {
    expect(readFileSync("docs/content-coverage.md", "utf8")).toBe(renderCoverage(bank));
  });

  it("the reference checker catches broken banks", () => {
    const first = bank.questions[0]!;
    const broken = {
      ...bank,
      questions: [
        ...bank.questions.filter((q) => q.slug !== "what-is-a-port"),
        { ...first, followUps: [{ slug: "does-not-exist" }] },
      ],
    };
    const problems = checkReferences(broken);
    expect(problems.some((p) => p.includes("does-not-exist"))).toBe(true);
    expect(problems.some((p) => p.includes('canonical question "what-is-a-port" is missing'))).toBe(true);
    expect(problems.some((p) => p.includes("duplicate slug"))).toBe(true);
  });

  it("no single-group core point or misconception is earned by a bare generic word", () => {
    // A lone "always", "보장" or "sysctl" credits empty or wrong statements (issue 10's review).
    const GENERIC = new Set(["항상", "always", "everywhere", "어디서나", "standard", "표준", "standard range", "표준 범위", "보장", "guarantee", "guarantees", "sysctl", "net.ipv4", "모두", "all", "여러", "many", "데이터", "data"]);
    const found: string[] = [];
    for (const q of bank.questions) {
      if (q.type !== "interview") continue;
      const groups = [
        ...q.rubric.keyPoints.filter((k) => k.core && k.match.length === 1).map((k) => [k.id, k.match[0]!] as const),
        ...q.rubric.misconceptions.filter((m) => m.match.length === 1).map((m) => [m.id, m.match[0]!] as const),
      ];
      for (const [id, group] of groups) for (const alt of group) if (GENERIC.has(alt.toLowerCase())) found.push(`${q.slug}/${id}: "${alt}"`);
    }
    expect(found).toEqual([]);
  });
});

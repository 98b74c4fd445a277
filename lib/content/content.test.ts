/** The question bank as shipped: valid, complete in both languages, and covering the seeds. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { conceptCoverage, renderCoverage } from "./coverage";
import { CANONICAL_SLUGS, checkReferences, loadContent, ROOT_SLUGS } from "./load";
import { QUESTION_TYPES } from "./schema";

const bank = loadContent();

describe("content/", () => {
  it("has at least 160 questions using all six types, in all ten topics", () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(160);
    expect(new Set(bank.questions.map((q) => q.topic)).size).toBe(bank.topics.length);
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

  it("merges the common slips (minor) and common misconceptions (major) into every interview rubric, and rejects mislabelled ones", () => {
    const common = JSON.parse(readFileSync("content/common-misconceptions.json", "utf8")) as { id: string }[];
    for (const q of bank.questions) if (q.type === "interview") for (const c of common) expect(q.rubric.misconceptions.map((m) => m.id), q.slug).toContain(c.id);
    const dir = mkdtempSync(path.join(tmpdir(), "content-"));
    cpSync("content", dir, { recursive: true });
    writeFileSync(path.join(dir, "common-misconceptions.json"), JSON.stringify(common.map((c) => ({ ...c, severity: "minor" }))));
    expect(() => loadContent(dir)).toThrow(/must start with "common-" and be major/);
    rmSync(dir, { recursive: true, force: true });
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

  it("every question is some question's follow-up, except the deliberate roots", () => {
    const linked = new Set(bank.questions.flatMap((q) => q.followUps.map((f) => f.slug)));
    expect(bank.questions.filter((q) => !linked.has(q.slug) && !ROOT_SLUGS.includes(q.slug)).map((q) => q.slug)).toEqual([]);
  });

  it("the reference checker reports an orphan and a follow-up that does not probe what it claims", () => {
    const withPoint = bank.questions.find((q) => q.type === "interview" && q.followUps.some((f) => f.probes))!;
    if (withPoint.type !== "interview") throw new Error("unreachable");
    const link = withPoint.followUps.find((f) => f.probes)!;
    const target = bank.questions.find((q) => q.slug === link.slug)!;
    // The probed point is re-tagged with a subject the target is not about.
    const offTopic = {
      ...withPoint,
      rubric: { ...withPoint.rubric, keyPoints: withPoint.rubric.keyPoints.map((k) => (k.id === link.probes ? { ...k, tags: ["not-the-subject"] } : k)) },
    };
    // And one question loses every incoming link.
    const orphan = bank.questions.find((q) => !ROOT_SLUGS.includes(q.slug) && q.slug !== withPoint.slug && q.slug !== target.slug)!;
    const questions = bank.questions
      .map((q) => (q.slug === withPoint.slug ? offTopic : q))
      .map((q) => ({ ...q, followUps: q.followUps.filter((f) => f.slug !== orphan.slug) }));
    const problems = checkReferences({ ...bank, questions });
    expect(problems).toContainEqual(expect.stringContaining(`follow-up "${target.slug}" probes key point "${link.probes}" [not-the-subject]`));
    expect(problems).toContainEqual(`questions/${orphan.slug}.json: no question links here as a follow-up (link it from a related question, or list it in ROOT_SLUGS)`);
    expect(checkReferences(bank)).toEqual([]);
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

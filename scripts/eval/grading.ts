/**
 * `npm run eval:grading` — scores the rubric grader against the labelled answers in
 * eval/grading/*.jsonl, split by question (eval/grading/split.json). Prints the confusion
 * matrix, exact agreement, QWK overall and per language, severe errors (dev with their text,
 * test by id only unless --show-test, so test answers cannot steer tuning), and
 * the same for a plain baseline (share of the model answer's words present, thresholds tuned
 * on dev), figures per answer kind, and how well swapped-role answers are caught. Labels come
 * from three independent labellers who saw only the prompt, the model answer and the standard
 * (docs/grading.md); the majority label is gold. Last line: {"testQwk","testExact","testSevere",
 * "baselineTestQwk","devQwk","n","swapCaught","labelAgreement"}.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadContent } from "../../lib/content/load";
import type { InterviewQuestion } from "../../lib/content/schema";
import { rubricFromContent } from "../../lib/grading/content-rubric";
import { confusion, exactAgreement, ORDINAL, quadraticWeightedKappa, severeErrors, type Label } from "../../lib/grading/metrics";
import { gradeInterview } from "../../lib/grading/rubric";
import { analyze } from "../../lib/grading/text";

const rowSchema = z.object({
  id: z.string(),
  question: z.string(),
  lang: z.enum(["ko", "en", "mixed"]),
  answer: z.string(),
  label: z.enum(ORDINAL),
  /** What the writer set out to write: paraphrase, swapped-roles, negation-wrong… */
  kind: z.string(),
  /** Each independent labeller's label; `label` is their majority. */
  labels: z.array(z.enum(ORDINAL)).min(3),
  /** Share of labellers agreeing with the majority. */
  agreement: z.number().min(0).max(1),
});
type Row = z.infer<typeof rowSchema>;

export function loadEvalSet(dir = "eval/grading"): { rows: Row[]; test: Set<string> } {
  const rows: Row[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".jsonl")).sort()) {
    for (const line of readFileSync(path.join(dir, f), "utf8").split("\n")) if (line.trim()) rows.push(rowSchema.parse(JSON.parse(line)));
  }
  const split = z.object({ test: z.array(z.string()) }).parse(JSON.parse(readFileSync(path.join(dir, "split.json"), "utf8")));
  return { rows, test: new Set(split.test) };
}

type Pair = { gold: Label; pred: Label; row: Row; score: number };

function report(name: string, pairs: Pair[]) {
  const m = confusion(pairs);
  console.log(`\n## ${name} (n=${pairs.length})`);
  console.log(`gold \\ pred   ${ORDINAL.map((l) => l.padStart(10)).join("")}`);
  ORDINAL.forEach((l, i) => console.log(`${l.padEnd(13)}${m[i]!.map((v) => String(v).padStart(10)).join("")}`));
  const qwk = quadraticWeightedKappa(pairs);
  console.log(`exact ${(100 * exactAgreement(pairs)).toFixed(1)}%  QWK ${qwk.toFixed(3)}`);
  for (const lang of ["ko", "en", "mixed"] as const) {
    const sub = pairs.filter((p) => p.row.lang === lang);
    if (sub.length) console.log(`  ${lang.padEnd(6)} n=${String(sub.length).padStart(3)}  exact ${(100 * exactAgreement(sub)).toFixed(1)}%  QWK ${quadraticWeightedKappa(sub).toFixed(3)}  severe ${severeErrors(sub).length}`);
  }
  const kinds = [...new Set(pairs.map((p) => p.row.kind))].sort();
  for (const kind of kinds) {
    const sub = pairs.filter((p) => p.row.kind === kind);
    console.log(`  kind ${kind.padEnd(17)} n=${String(sub.length).padStart(3)}  exact ${(100 * exactAgreement(sub)).toFixed(1)}%  severe ${severeErrors(sub).length}`);
  }
  return qwk;
}

function modelWords(q: InterviewQuestion, lang: "ko" | "en") {
  return new Set(analyze(q.modelAnswer[lang]).tokens.map((t) => t.norm));
}

function main() {
  const bank = loadContent();
  const questions = new Map(bank.questions.filter((q): q is InterviewQuestion => q.type === "interview").map((q) => [q.slug, q]));
  const dirArg = process.argv.indexOf("--dir");
  const { rows, test } = loadEvalSet(dirArg > 0 ? process.argv[dirArg + 1] : undefined);
  const rubrics = new Map([...questions].map(([slug, q]) => [slug, rubricFromContent(q, bank.contrasts)]));

  const pairs: (Pair & { split: "dev" | "test"; base: number })[] = rows.map((row) => {
    const q = questions.get(row.question);
    if (!q) throw new Error(`${row.id}: unknown interview question ${row.question}`);
    const r = gradeInterview(rubrics.get(row.question)!, row.answer);
    const words = modelWords(q, row.lang === "en" ? "en" : "ko");
    const answerWords = new Set(analyze(row.answer).tokens.map((t) => t.norm));
    const base = [...words].filter((w) => answerWords.has(w)).length / Math.max(1, words.size);
    return { gold: row.label, pred: r.verdict, row, score: r.score, split: test.has(row.question) ? "test" : "dev", base };
  });

  // Baseline thresholds: best QWK on dev over a grid.
  const dev = pairs.filter((p) => p.split === "dev");
  const testPairs = pairs.filter((p) => p.split === "test");
  const classify = (b: number, lo: number, hi: number): Label => (b >= hi ? "correct" : b >= lo ? "partial" : "incorrect");
  let bestLo = 0;
  let bestHi = 0;
  let bestQ = -Infinity;
  for (let lo = 0.02; lo < 0.8; lo += 0.02)
    for (let hi = lo + 0.02; hi < 0.95; hi += 0.02) {
      const q = quadraticWeightedKappa(dev.map((p) => ({ gold: p.gold, pred: classify(p.base, lo, hi) })));
      if (q > bestQ) [bestQ, bestLo, bestHi] = [q, lo, hi];
    }
  const baseline = (ps: typeof pairs) => ps.map((p) => ({ ...p, pred: classify(p.base, bestLo, bestHi) }));

  const questionsIn = (ps: typeof pairs) => new Set(ps.map((p) => p.row.question)).size;
  // Tuning aid: only dev figures and dev answers, optionally for some questions (never shows test text).
  if (process.argv.includes("--dev-only")) {
    const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--dir");
    const sub = dev.filter((p) => !only.length || only.includes(p.row.question));
    report("rubric grader — dev", sub);
    for (const p of sub.filter((x) => x.gold !== x.pred))
      console.log(`- ${p.row.id} [${p.row.kind}] gold=${p.gold} pred=${p.pred} score=${p.score}\n    ${p.row.answer.replace(/\s+/g, " ")}`);
    return;
  }
  console.log(`# Grader evaluation: ${pairs.length} answers, ${questionsIn(pairs)} questions (dev ${questionsIn(dev)}, test ${questionsIn(testPairs)})`);
  const devQwk = report("rubric grader — dev", dev);
  const testQwk = report("rubric grader — test", testPairs);
  console.log(`\nbaseline thresholds (tuned on dev): partial ≥ ${bestLo.toFixed(2)}, correct ≥ ${bestHi.toFixed(2)}`);
  report("baseline — dev", baseline(dev));
  const baselineTestQwk = report("baseline — test", baseline(testPairs));

  for (const [name, ps] of [["dev", dev], ["test", testPairs]] as const) {
    const severe = severeErrors(ps);
    console.log(`\n## severe errors (correct ↔ incorrect) — ${name}: ${severe.length}`);
    // Test answers are listed by id only: their text must not guide tuning (pass --show-test to read them).
    const showText = name === "dev" || process.argv.includes("--show-test");
    for (const s of severe) console.log(`- ${s.row.id} [${s.row.kind}] gold=${s.gold} pred=${s.pred} score=${s.score}${showText ? `: ${s.row.answer.slice(0, 300).replace(/\s+/g, " ")}` : ""}`);
  }
  if (process.argv.includes("--dev-errors")) {
    console.log("\n## all dev disagreements");
    for (const p of dev.filter((x) => x.gold !== x.pred)) console.log(`- ${p.row.id} [${p.row.kind}] gold=${p.gold} (${p.row.labels.join("/")}) pred=${p.pred} score=${p.score}\n    ${p.row.answer.slice(0, 400).replace(/\s+/g, " ")}`);
  }
  // Swapped roles: answers written to state the core idea with the sides swapped. Caught = not graded correct.
  const swapped = testPairs.filter((p) => p.row.kind === "swapped-roles");
  const swapCaught = swapped.length ? swapped.filter((p) => p.pred !== "correct").length / swapped.length : 1;
  const devSwapped = dev.filter((p) => p.row.kind === "swapped-roles");
  console.log(`\nswapped-roles not graded correct: test ${swapped.filter((p) => p.pred !== "correct").length}/${swapped.length}, dev ${devSwapped.filter((p) => p.pred !== "correct").length}/${devSwapped.length}`);
  for (const p of [...swapped, ...devSwapped].filter((x) => x.pred === "correct"))
    console.log(`- missed swap ${p.row.id} (${p.split})${p.split === "dev" || process.argv.includes("--show-test") ? `: ${p.row.answer.slice(0, 200).replace(/\s+/g, " ")}` : ""}`);
  const labelAgreement = rows.reduce((n, r) => n + r.agreement, 0) / Math.max(1, rows.length);
  const unanimous = rows.filter((r) => r.agreement === 1).length;
  console.log(`label agreement: mean ${(100 * labelAgreement).toFixed(1)}% of labellers with the majority; unanimous ${unanimous}/${rows.length}`);
  console.log(
    JSON.stringify({
      testQwk: Number(testQwk.toFixed(3)),
      testExact: Number(exactAgreement(testPairs).toFixed(3)),
      testSevere: severeErrors(testPairs).length,
      baselineTestQwk: Number(baselineTestQwk.toFixed(3)),
      devQwk: Number(devQwk.toFixed(3)),
      n: pairs.length,
      swapCaught: Number(swapCaught.toFixed(3)),
      labelAgreement: Number(labelAgreement.toFixed(3)),
    }),
  );
}

if (process.argv[1]?.replace(/\\/g, "/").endsWith("eval/grading.ts")) main();

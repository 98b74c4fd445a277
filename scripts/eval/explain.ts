/** `npx tsx scripts/eval/explain.ts <eval-id|slug> [answer]` — how the grader read one answer (dev tuning aid). */
import { loadContent } from "../../lib/content/load";
import type { InterviewQuestion } from "../../lib/content/schema";
import { rubricFromContent } from "../../lib/grading/content-rubric";
import { gradeInterview } from "../../lib/grading/rubric";
import { analyze } from "../../lib/grading/text";
import { loadEvalSet } from "./grading";

const [id, text] = process.argv.slice(2);
const { rows, test } = loadEvalSet();
const row = rows.find((r) => r.id === id);
const slug = row?.question ?? id!;
if (row && test.has(row.question)) {
  console.error("refusing: that answer is in the test split");
  process.exit(2);
}
const bank = loadContent();
const q = bank.questions.find((x) => x.slug === slug) as InterviewQuestion;
const answer = text ?? row!.answer;
const r = gradeInterview(rubricFromContent(q, bank.contrasts), answer);
console.log(answer);
console.log(analyze(answer).tokens.map((t) => `${t.norm}${t.tail ? `+${t.tail}` : ""}${t.negation ? "!" : ""}@${t.sentence}.${t.clause}`).join(" "));
console.log(`gold=${row?.label} pred=${r.verdict} score=${r.score} flags=${JSON.stringify(r.flags)}`);
for (const k of r.keyPoints) console.log(`${k.hit ? "✓" : k.negated ? "¬" : "✗"} ${k.core ? "*" : " "}${k.weight} ${k.id}: ${k.evidence.map((e) => e.text).join(" | ")}`);
for (const m of r.misconceptions) console.log(`! ${m.severity} ${m.id}: ${m.evidence.map((e) => e.text).join(" | ")}`);
console.log(r.feedback);

/**
 * `npx tsx scripts/false-alarms.ts <slug>...` — rubric-authoring aid: grades answers labelled
 * correct (dev split of eval/grading, plus any extra folders in FALSE_ALARM_DIRS) for the given
 * questions and lists every misconception the grader reports on them. Answers of test-split
 * questions in eval/grading are never read.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import type { InterviewQuestion } from "../lib/content/schema";
import { rubricFromContent } from "../lib/grading/content-rubric";
import { gradeInterview } from "../lib/grading/rubric";
import { loadEvalSet } from "./eval/grading";

const slugs = new Set(process.argv.slice(2));
const bank = loadContent();
const { rows, test } = loadEvalSet();
const answers: { id: string; question: string; answer: string }[] = rows.filter((r) => !test.has(r.question) && r.label === "correct");
for (const dir of (process.env.FALSE_ALARM_DIRS ?? "").split(":").filter(Boolean))
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".jsonl")))
    for (const line of readFileSync(path.join(dir, f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; question: string; answer: string; label: string };
      if (r.label === "correct") answers.push(r);
    }
let checked = 0;
let alarms = 0;
for (const a of answers) {
  if (slugs.size && !slugs.has(a.question)) continue;
  const q = bank.questions.find((x) => x.slug === a.question) as InterviewQuestion | undefined;
  if (!q) continue;
  checked++;
  const r = gradeInterview(rubricFromContent(q, bank.contrasts), a.answer);
  const own = r.misconceptions.filter((m) => m.kind === "pattern");
  if (!own.length) continue;
  alarms++;
  console.log(`${a.id}  verdict=${r.verdict}`);
  for (const m of own) console.log(`   ! ${m.id} (${m.severity}): ${m.evidence.map((e) => e.text).join(" | ")}`);
  console.log(`   answer: ${a.answer}`);
}
console.log(`${checked} correct answers checked, ${alarms} with a rubric misconception`);

/**
 * `npm run --silent grade` — grade answers from JSON Lines on stdin, one
 * {"question": slug, "answer": text | [keys], "locale"?: "ko"|"en"} per line. Writes exactly one
 * JSON line per input line, in order; a bad line gets {"error": "…"} and the run goes on.
 * Reads content/ directly: no server and no database needed.
 */
import { createInterface } from "node:readline";
import { z } from "zod";
import { loadContent } from "../lib/content/load";
import { exactKeyFromContent, rubricFromContent } from "../lib/grading/content-rubric";
import { AnswerShapeError, grade, MAX_ANSWER_CHARS, type ExactKey, type RubricInput } from "../lib/grading";

const lineSchema = z
  .object({
    question: z.string().min(1).max(80),
    answer: z.union([z.string(), z.array(z.string().max(60)).max(20)]),
    locale: z.enum(["ko", "en"]).optional(),
  })
  .strict();

function main() {
  const bank = loadContent();
  const keys = new Map<string, { exact?: ExactKey; rubric?: RubricInput }>(
    bank.questions.map((q) => [q.slug, q.type === "interview" ? { rubric: rubricFromContent(q, bank.contrasts) } : { exact: exactKeyFromContent(q) }]),
  );
  const out = (obj: unknown) => process.stdout.write(`${JSON.stringify(obj)}\n`);

  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  rl.on("line", (line) => {
    lineNo++;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return out({ error: `line ${lineNo}: not valid JSON` });
    }
    const parsed = lineSchema.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");
      return out({ error: `line ${lineNo}: ${detail}` });
    }
    const { question, answer, locale } = parsed.data;
    const key = keys.get(question);
    if (!key) return out({ error: `line ${lineNo}: unknown question "${question}"`, question });
    const length = typeof answer === "string" ? answer.length : answer.join("").length;
    if (length > MAX_ANSWER_CHARS) return out({ error: `line ${lineNo}: answer over ${MAX_ANSWER_CHARS} characters`, question });
    try {
      const r = grade(key, answer, locale);
      if (r.kind === "interview") {
        out({
          question,
          score: r.score,
          verdict: r.verdict,
          keyPoints: r.keyPoints.map((k) => ({ id: k.id, hit: k.hit, negated: k.negated, evidence: k.evidence.map((e) => e.text) })),
          misconceptions: r.misconceptions.map((m) => ({ id: m.id, evidence: m.evidence.map((e) => e.text) })),
          language: r.language,
          feedback: r.feedback,
          followUps: r.followUps,
        });
      } else {
        out({ question, score: r.score, verdict: r.verdict, keyPoints: [] });
      }
    } catch (err) {
      out({ error: `line ${lineNo}: ${err instanceof AnswerShapeError ? `answer has the wrong shape for this question (${err.problem})` : "could not grade"}`, question });
    }
  });
}

main();

/** `npm run content:check` — validate content/ and print a summary (exit 1 with every problem listed). */
import { ContentError, loadContent } from "../lib/content/load";

try {
  const bank = loadContent();
  const byType = new Map<string, number>();
  for (const q of bank.questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
  const covered = new Set(bank.questions.flatMap((q) => q.concepts));
  const uncovered = bank.concepts.filter((c) => !covered.has(c.id)).map((c) => c.id);
  console.log(`${bank.questions.length} questions: ${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")}`);
  console.log(uncovered.length ? `seed concepts not yet covered: ${uncovered.join(", ")}` : "every seed concept is covered");
} catch (err) {
  if (err instanceof ContentError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

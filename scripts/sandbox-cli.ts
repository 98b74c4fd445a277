/**
 * `npm run --silent sandbox -- <scenario> [--clients N] [--messages N] [--backlog N]` — runs a
 * sandbox scenario on this machine's loopback and prints its events as JSON Lines (then the
 * summary as the last line). Exit 0 on a completed run, 2 on bad arguments (message on stderr).
 */
import { z } from "zod";
import { parseParams, runScenario, SandboxInputError, scenarioIdSchema } from "../lib/sandbox/runner";
import { numbersFromText } from "../lib/sandbox/types";

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent sandbox -- <${scenarioIdSchema.options.join("|")}> [--clients N] [--messages N] [--backlog N]\n`);
  process.exit(2);
}

async function main() {
  const [scenario, ...rest] = process.argv.slice(2);
  const id = scenarioIdSchema.safeParse(scenario);
  if (!id.success) usage(scenario ? `unknown scenario "${scenario}"` : "missing scenario");
  const params: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    const m = /^--(clients|messages|backlog)$/.exec(flag);
    if (!m) usage(`unknown option "${flag}"`);
    if (value === undefined || !/^\d{1,3}$/.test(value)) usage(`${flag} needs a small whole number`);
    if (m[1]! in params) usage(`${flag} given twice`);
    params[m[1]!] = value;
  }
  const values = numbersFromText(params);
  try {
    parseParams(id.data, values);
  } catch (err) {
    if (err instanceof SandboxInputError) usage(err.issues.map((i) => `--${i.path.join(".") || "option"}: ${i.message}`).join("; "));
    throw err;
  }
  const result = await runScenario(id.data, values, { onEvent: (e) => process.stdout.write(`${JSON.stringify(e)}\n`) });
  process.stdout.write(`${JSON.stringify({ summary: result.summary, scenario: result.scenario, params: result.params, runId: result.runId })}\n`);
  process.exit(result.summary.aborted ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof z.ZodError ? err.message : (err as Error).message}\n`);
  process.exit(1);
});

/** Scenario options for the sandbox panel (client-safe data only: titles, notes, parameter ranges). */
import { ALL_SCENARIOS, scenarioParamInfo } from "./catalog";
import type { SandboxScenarioId } from "./types";

export function scenarioOptions(ids?: readonly string[]) {
  return ALL_SCENARIOS.filter((s) => !ids || ids.includes(s.id)).map((s) => ({
    id: s.id,
    title: s.title,
    summary: s.summary,
    notice: s.notice,
    highlight: s.highlight,
    params: scenarioParamInfo(s.id as SandboxScenarioId),
  }));
}

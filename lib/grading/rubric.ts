/**
 * The explainable rubric grader for free-text interview answers. Given a question's rubric
 * and an answer (Korean, English or mixed) it returns a score, a verdict, every key point
 * with its evidence span in the answer, misconceptions with corrections, feedback in the
 * answer's language and follow-up questions that probe what was missed. Pure, offline and
 * deterministic: same input, same output.
 */
import { analyze, detectLanguage, type Token } from "./text";
import { compileGroup, createMatcher, type Matcher, type Phrase, type Span } from "./matcher";

export type Locale = "ko" | "en";
export type Verdict = "correct" | "partial" | "incorrect";
type Pair = { ko: string; en: string };

export interface RubricInput {
  prompt: Pair;
  keyPoints: { id: string; weight: number; required: boolean; label: Pair; match: string[][]; sandbox?: string | null }[];
  misconceptions: { id: string; label: Pair; match: string[][]; correction: Pair }[];
  followUps: { slug: string; probes?: string | null }[];
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface KeyPointResult {
  id: string;
  label: string;
  required: boolean;
  weight: number;
  hit: boolean;
  /** Stated, but negated or reversed ("accept() doesn't create a new socket"). */
  negated: boolean;
  evidence: Evidence[];
  sandbox: string | null;
}

export interface MisconceptionResult {
  id: string;
  label: string;
  correction: string;
  kind: "pattern" | "negated-key-point";
  evidence: Evidence[];
}

export interface InterviewResult {
  score: number;
  verdict: Verdict;
  /** The answer's language; `feedback` is written in it. */
  language: Locale;
  keyPoints: KeyPointResult[];
  misconceptions: MisconceptionResult[];
  feedback: string;
  /** Follow-up question slugs, those probing missed key points first. */
  followUps: string[];
  flags: { empty: boolean; restatesQuestion: boolean; offTopic: boolean };
}

/** Tuned on the dev split of eval/grading (never on test); see docs/grading.md. */
export const THRESHOLDS = {
  correct: 0.75,
  partial: 0.4,
  misconceptionPenalty: 15,
  /** Below this share of words not already in the question, an answer only restates it. */
  novelty: 0.2,
};

// ------------------------------------------------------------------ compile (memoised per rubric)

interface CompiledRubric {
  keyPoints: { groups: Phrase[][] }[];
  misconceptions: { groups: Phrase[][] }[];
  promptWords: Set<string>;
}
const compiled = new WeakMap<RubricInput, CompiledRubric>();

function compile(rubric: RubricInput): CompiledRubric {
  let c = compiled.get(rubric);
  if (!c) {
    c = {
      keyPoints: rubric.keyPoints.map((k) => ({ groups: k.match.map(compileGroup) })),
      misconceptions: rubric.misconceptions.map((m) => ({ groups: m.match.map(compileGroup) })),
      promptWords: new Set([...analyze(rubric.prompt.ko).tokens, ...analyze(rubric.prompt.en).tokens].map((t) => t.norm)),
    };
    compiled.set(rubric, c);
  }
  return c;
}

/** A word counts as "from the question" when the prompt has it, or a longer/shorter form of it. */
function inPrompt(words: Set<string>, norm: string): boolean {
  if (words.has(norm)) return true;
  if (norm.length < 2) return false;
  for (const w of words) if (w.length >= 2 && (w.startsWith(norm) || norm.startsWith(w))) return true;
  return false;
}

// ------------------------------------------------------------------ polarity

/** Words that mark a claim as a known error being rejected ("흔히 오해하는데…", "a common myth is…"). */
const REJECTION_CUES = ["오해", "착각", "혼동", "헷갈", "틀리", "틀린", "잘못", "실수", "misconcept", "misunderst", "myth", "wrong", "mistak", "incorrect", "fals", "untrue", "confus"];
/** Words that report a belief; with a negation or a contrast in the same sentence, the belief is rejected. */
const BELIEF_CUES = ["생각", "흔히", "많이들", "알고", "여기", "오해", "think", "believ", "assum", "people", "often", "common", "usual", "say"];
const CONTRAST_CUES = ["사실", "실제", "근데", "그런데", "하지만", "그러나", "actual", "really", "but", "however", "fact"];

/**
 * Is the claim ending at span `s` negated? Korean is verb-final: a negation later in the
 * same clause (않/아니/없/못/안) negates it. English negates forwards: "not" shortly
 * before the claim, or right after it ("a new socket is not created").
 */
function negated(tokens: Token[], s: Span): boolean {
  let inside = 0;
  for (let i = s.from; i <= s.to; i++) if (tokens[i]!.negation) inside++;
  if (inside > s.ownNegations) return true;
  const clause = tokens[s.to]!.clause;
  for (let i = s.to + 1; i <= Math.min(tokens.length - 1, s.to + 6); i++) {
    const t = tokens[i]!;
    if (t.clause !== clause) break;
    // "끝날 때까지 안 돌아온다" / "does not return until": a negated "until" means waiting, not a denial.
    if (t.surface.endsWith("까지") || t.surface === "until" || t.surface === "till") return false;
    if (t.negation && (t.script === "hangul" || i <= s.to + 2)) return !untilFollows(tokens, i);
  }
  for (let i = s.from - 1; i >= Math.max(0, s.from - 4); i--) {
    const t = tokens[i]!;
    if (t.clause !== tokens[s.from]!.clause) break;
    if (t.negation && t.script === "latin") return true;
  }
  return false;
}

function untilFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 3); k++) if (tokens[k]!.surface === "until" || tokens[k]!.surface === "till") return true;
  return false;
}

function rejectedInSentence(tokens: Token[], sentence: number): boolean {
  const words = tokens.filter((t) => t.sentence === sentence);
  const has = (cues: string[]) => words.some((t) => cues.some((c) => t.norm.startsWith(c)));
  return has(REJECTION_CUES) || (has(BELIEF_CUES) && (has(CONTRAST_CUES) || words.some((t) => t.negation)));
}

// ------------------------------------------------------------------ matching a conjunction of groups

interface Found {
  spans: Span[];
  negated: boolean;
}

/**
 * Finds the groups (AND) inside one sentence (key points may also span two adjacent
 * sentences) or one clause (misconceptions). Prefers a non-negated occurrence.
 */
function unitOf(tokens: Token[], s: Span, byClause: boolean): number {
  return byClause ? tokens[s.from]!.clause : tokens[s.from]!.sentence;
}

function findAll(m: Matcher, groups: Phrase[][], scope: "sentence" | "clause"): Found | undefined {
  const perGroup: Span[][] = [];
  for (const g of groups) {
    const spans = m.find(g, scope);
    if (spans.length === 0) return undefined;
    perGroup.push(spans);
  }
  const byClause = scope === "clause";
  const unitSet = new Set<number>();
  for (const spans of perGroup) for (const s of spans) unitSet.add(unitOf(m.tokens, s, byClause));
  const units = [...unitSet].sort((a, b) => a - b);
  const windows = [...units.map((u) => [u]), ...(byClause ? [] : units.map((u) => [u, u + 1]))];
  let fallback: Found | undefined;
  for (const w of windows) {
    const picks = perGroup.map((spans) => spans.filter((s) => w.includes(unitOf(m.tokens, s, byClause))));
    if (picks.some((p) => p.length === 0)) continue;
    // The group placed last carries the predicate, so its polarity decides.
    let last = 0;
    picks.forEach((p, i) => {
      if (p[0]!.to > picks[last]![0]!.to) last = i;
    });
    const positive = picks[last]!.find((s) => !negated(m.tokens, s));
    const spans = picks.map((p, i) => (i === last ? (positive ?? p[0]!) : p[0]!));
    if (positive) return { spans, negated: false };
    fallback ??= { spans, negated: true };
  }
  return fallback;
}

// ------------------------------------------------------------------ grading

const MESSAGES = {
  ko: {
    empty: "답변이 비어 있습니다. 핵심 개념을 한두 문장으로라도 설명해 보세요.",
    restates: "질문을 다시 말한 것에 가깝습니다. 왜 그런지, 어떻게 동작하는지를 설명해 보세요.",
    offTopic: "질문의 핵심 포인트가 답변에 보이지 않습니다. 모범 답안과 핵심 포인트를 확인해 보세요.",
    correct: (k: number, n: number) => `핵심을 잘 짚었습니다. 핵심 포인트 ${n}개 중 ${k}개를 다뤘습니다.`,
    partial: (k: number, n: number) => `방향은 맞습니다. 핵심 포인트 ${n}개 중 ${k}개를 다뤘습니다.`,
    incorrect: (k: number, n: number) => `보완이 많이 필요합니다. 핵심 포인트 ${n}개 중 ${k}개만 확인됩니다.`,
    missing: (labels: string) => `빠진 내용: ${labels}.`,
    requiredMissing: "필수 포인트가 빠져 있어 정답으로 볼 수 없습니다.",
    wrong: (labels: string) => `바로잡을 부분: ${labels}.`,
  },
  en: {
    empty: "The answer is empty. Try explaining the core idea in a sentence or two.",
    restates: "This mostly restates the question. Explain why it is so, or how it works.",
    offTopic: "None of the question's key points show up in the answer. Compare with the model answer and key points.",
    correct: (k: number, n: number) => `Well done: you covered ${k} of ${n} key points.`,
    partial: (k: number, n: number) => `On the right track: you covered ${k} of ${n} key points.`,
    incorrect: (k: number, n: number) => `Needs more work: only ${k} of ${n} key points came through.`,
    missing: (labels: string) => `Missing: ${labels}.`,
    requiredMissing: "A must-mention point is missing, so this cannot count as fully correct.",
    wrong: (labels: string) => `To correct: ${labels}.`,
  },
};

const spanEvidence = (text: string, tokens: Token[], spans: Span[]): Evidence[] => {
  const merged: Evidence[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const start = tokens[s.from]!.start;
    const end = tokens[s.to]!.end;
    const last = merged.at(-1);
    if (last && start <= last.end + 1) {
      last.end = Math.max(last.end, end);
      last.text = text.slice(last.start, last.end);
    } else merged.push({ start, end, text: text.slice(start, end) });
  }
  return merged;
};

export function gradeInterview(rubric: RubricInput, answer: string, locale?: Locale): InterviewResult {
  const c = compile(rubric);
  const language = detectLanguage(answer);
  const labelLocale = locale ?? language;
  const msg = MESSAGES[language];
  const analysis = analyze(answer);
  const { tokens } = analysis;
  const m = createMatcher(tokens);

  const keyPoints: KeyPointResult[] = rubric.keyPoints.map((k, i) => {
    const found = findAll(m, c.keyPoints[i]!.groups, "sentence");
    return {
      id: k.id,
      label: k.label[labelLocale],
      required: k.required,
      weight: k.weight,
      hit: Boolean(found && !found.negated),
      negated: Boolean(found?.negated),
      evidence: found ? spanEvidence(answer, tokens, found.spans) : [],
      sandbox: k.sandbox ?? null,
    };
  });

  const misconceptions: MisconceptionResult[] = [];
  rubric.misconceptions.forEach((mc, i) => {
    const found = findAll(m, c.misconceptions[i]!.groups, "clause");
    if (!found || found.negated) return;
    if (rejectedInSentence(tokens, tokens[found.spans[0]!.from]!.sentence)) return;
    misconceptions.push({
      id: mc.id,
      label: mc.label[labelLocale],
      correction: mc.correction[labelLocale],
      kind: "pattern",
      evidence: spanEvidence(answer, tokens, found.spans),
    });
  });
  for (const k of keyPoints) {
    if (!k.negated) continue;
    const source = rubric.keyPoints.find((x) => x.id === k.id)!;
    misconceptions.push({
      id: `negated-${k.id}`,
      label: labelLocale === "ko" ? `"${source.label.ko}"의 반대로 말했습니다` : `Said the opposite of: "${source.label.en}"`,
      correction: source.label[labelLocale],
      kind: "negated-key-point",
      evidence: k.evidence,
    });
  }

  // Restating the question: almost every word is already in the prompt.
  const content = tokens.filter((t) => t.norm.length >= (t.script === "hangul" ? 1 : 2));
  const novel = content.filter((t) => !inPrompt(c.promptWords, t.norm)).length;
  const empty = content.length === 0;
  const restatesQuestion = !empty && novel / content.length < THRESHOLDS.novelty;

  const total = keyPoints.reduce((n, k) => n + k.weight, 0) || 1;
  const covered = keyPoints.filter((k) => k.hit).reduce((n, k) => n + k.weight, 0) / total;
  const requiredMissing = keyPoints.some((k) => k.required && !k.hit);
  const hits = keyPoints.filter((k) => k.hit).length;
  const offTopic = !empty && !restatesQuestion && hits === 0 && misconceptions.length === 0;

  let verdict: Verdict;
  let score = Math.round(100 * covered) - THRESHOLDS.misconceptionPenalty * misconceptions.length;
  if (empty || restatesQuestion || offTopic) verdict = "incorrect";
  else if (covered >= THRESHOLDS.correct && !requiredMissing && misconceptions.length === 0) verdict = "correct";
  else if (covered >= THRESHOLDS.partial || keyPoints.some((k) => k.required && k.hit)) verdict = "partial";
  else verdict = "incorrect";
  if (misconceptions.length && verdict === "partial" && covered < THRESHOLDS.partial) verdict = "incorrect";
  // The score always agrees with the verdict's band.
  const band = { correct: [70, 100], partial: [30, 69], incorrect: [0, 29] }[verdict];
  score = Math.min(band[1]!, Math.max(band[0]!, score));
  if (empty) score = 0;

  const missed = keyPoints.filter((k) => !k.hit);
  const parts: string[] = [];
  if (empty) parts.push(msg.empty);
  else if (restatesQuestion) parts.push(msg.restates);
  else if (offTopic) parts.push(msg.offTopic);
  else {
    const n = keyPoints.length;
    parts.push(msg[verdict](hits, n));
    if (requiredMissing && verdict !== "incorrect") parts.push(msg.requiredMissing);
  }
  const labelIn = (id: string) => rubric.keyPoints.find((k) => k.id === id)!.label[language];
  if (!empty && missed.length) parts.push(msg.missing(missed.map((k) => labelIn(k.id)).join("; ")));
  if (misconceptions.length) {
    const mcLabel = (x: MisconceptionResult) =>
      x.kind === "pattern" ? rubric.misconceptions.find((mc) => mc.id === x.id)!.label[language] : labelIn(x.id.replace(/^negated-/, ""));
    parts.push(msg.wrong(misconceptions.map(mcLabel).join("; ")));
  }

  const missedIds = new Set(missed.map((k) => k.id));
  const order = (probes?: string | null) => (probes && missedIds.has(probes) ? rubric.keyPoints.findIndex((k) => k.id === probes) : 100);
  const followUps = rubric.followUps
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order(a.f.probes) - order(b.f.probes) || a.i - b.i)
    .map(({ f }) => f.slug);

  return { score, verdict, language, keyPoints, misconceptions, feedback: parts.join(" "), followUps, flags: { empty, restatesQuestion, offTopic } };
}

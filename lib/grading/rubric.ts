/**
 * The explainable rubric grader for free-text interview answers. Given a question's rubric
 * and an answer (Korean, English or mixed) it returns a score, a verdict, every key point
 * with its evidence span in the answer, misconceptions with corrections, feedback in the
 * answer's language and follow-up questions that probe what was missed. Pure, offline and
 * deterministic: same input, same output.
 */
import { adnominalVerb, analyze, detectLanguage, type Token } from "./text";
import { compileGroup, createMatcher, type Matcher, type Phrase, type Span } from "./matcher";
import { EN_NOT_ONLY, negated, rejectedAfter, rejectedBefore, rejectedBelief, rejectedInSentence } from "./polarity";
import { describeWrongClaim, findClaims, isHypothetical, type ContrastInput } from "./claims";
import { findPortSlips, type PortSlip } from "./port-facts";
import { findConstantSlips, type ConstantSlip } from "./constant-facts";
import { strayTerms, termDense, termsOf } from "./jargon";

export type { ContrastInput } from "./claims";

export type Locale = "ko" | "en";
export type Verdict = "correct" | "partial" | "incorrect";
type Pair = { ko: string; en: string };

export interface RubricInput {
  prompt: Pair;
  /** core: an essential idea (all are needed for "correct"); otherwise a depth point. */
  keyPoints: { id: string; weight: number; core: boolean; label: Pair; match: string[][]; sandbox?: string | null }[];
  /** scope "sentence": the groups may sit in different clauses of one sentence (default: one clause). */
  misconceptions: { id: string; label: Pair; match: string[][]; correction: Pair; severity?: Severity; scope?: "clause" | "sentence" }[];
  followUps: { slug: string; probes?: string | null }[];
  /** Contrasts whose side-bound properties are checked as claims (lib/grading/claims.ts). */
  contrasts?: ContrastInput[];
  /** The question's own material (model answers, explanation): its technical terms are on topic (lib/grading/jargon.ts). */
  context?: string[];
}

export type Severity = "major" | "minor";

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface KeyPointResult {
  id: string;
  label: string;
  /** An essential idea; the others are depth ("to go further"). */
  core: boolean;
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
  /** pattern: a rubric misconception; negated-key-point: denied a key point; swapped: a contrast's property said of the wrong side; fact: a wrong well-known number (lib/grading/port-facts.ts); jargon: terms from elsewhere strung together (lib/grading/jargon.ts). */
  kind: "pattern" | "negated-key-point" | "swapped" | "fact" | "jargon";
  severity: Severity;
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
  /** With no core point, depth coverage at or above this (and no major misconception) still earns partial. */
  depthOnlyPartial: 0.5,
  /** Below this share of words not already in the question, an answer only restates it. */
  novelty: 0.2,
};

// ------------------------------------------------------------------ compile (memoised per rubric)

interface CompiledRubric {
  /** Every key point's groups in one list (searched in one pass), and where each key point's start. */
  keyPointGroups: Phrase[][];
  keyPointAt: number[];
  misconceptionGroups: Phrase[][];
  misconceptionAt: number[];
  /** The sentence-scoped misconceptions' groups again, searched sentence by sentence (empty for most rubrics). */
  sentenceGroups: Phrase[][];
  sentenceAt: number[];
  promptWords: PromptWords;
  /** Technical terms the question's own material uses. */
  ownTerms: Set<string>;
}
const compiled = new WeakMap<RubricInput, CompiledRubric>();

function compile(rubric: RubricInput): CompiledRubric {
  let c = compiled.get(rubric);
  if (!c) {
    const flat = (list: { match: string[][] }[]) => {
      const at: number[] = [];
      const groups: Phrase[][] = [];
      for (const x of list) {
        at.push(groups.length);
        groups.push(...x.match.map(compileGroup));
      }
      return { groups, at };
    };
    const kp = flat(rubric.keyPoints);
    const mc = flat(rubric.misconceptions);
    // (The same compiled groups: a sentence-scoped misconception's place in this list is its place in sentenceAt.)
    const bySentence = { groups: [] as Phrase[][], at: [] as number[] };
    rubric.misconceptions.forEach((x, i) => {
      bySentence.at.push(bySentence.groups.length);
      if (x.scope === "sentence") bySentence.groups.push(...mc.groups.slice(mc.at[i]!, mc.at[i]! + x.match.length));
    });
    c = {
      keyPointGroups: kp.groups,
      keyPointAt: kp.at,
      misconceptionGroups: mc.groups,
      misconceptionAt: mc.at,
      sentenceGroups: bySentence.groups,
      sentenceAt: bySentence.at,
      ownTerms: termsOf(
        [
          rubric.prompt.ko,
          rubric.prompt.en,
          ...(rubric.context ?? []),
          ...rubric.keyPoints.flatMap((k) => [k.label.ko, k.label.en]),
          ...rubric.misconceptions.filter((x) => !x.id.startsWith("slip-")).flatMap((x) => [x.label.ko, x.label.en]),
          ...rubric.keyPoints.flatMap((k) => k.match.flat()),
          // (Not the common slips every question carries: their terms are not this question's.)
          ...rubric.misconceptions.filter((x) => !x.id.startsWith("slip-")).flatMap((x) => x.match.flat()),
          ...(rubric.contrasts ?? []).flatMap((x) => [...x.sides.flatMap((sd) => sd.match), ...x.properties.flatMap((pr) => pr.match)]),
        ].join("\n"),
      ),
      promptWords: promptWordsOf(new Set([...analyze(rubric.prompt.ko).tokens, ...analyze(rubric.prompt.en).tokens].map((t) => t.norm))),
    };
    compiled.set(rubric, c);
  }
  return c;
}

/** A word counts as "from the question" when the prompt has it, or a longer/shorter form of it. */
function inPrompt(words: PromptWords, norm: string): boolean {
  if (words.exact.has(norm)) return true;
  if (norm.length < 2) return false;
  // A prompt word that starts with this word, or one this word starts with (each at least 2 long).
  if (words.prefixes.has(norm)) return true;
  for (let n = 2; n < norm.length; n++) if (words.exact.has(norm.slice(0, n))) return true;
  return false;
}

interface PromptWords {
  exact: Set<string>;
  /** Every prefix (2+ characters) of every prompt word of 2+ characters. */
  prefixes: Set<string>;
}
function promptWordsOf(words: Set<string>): PromptWords {
  const prefixes = new Set<string>();
  for (const w of words) if (w.length >= 2) for (let n = 2; n <= w.length; n++) prefixes.add(w.slice(0, n));
  return { exact: words, prefixes };
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

/** Token indexes a key point may not use (the words of a wrong claim). */
function overlapsBlocked(blocked: Set<number>, s: Span): boolean {
  for (let i = s.from; i <= s.to; i++) if (blocked.has(i)) return true;
  return false;
}

/** A Korean negation within two words after span `sp`, before the next of `spans` starts (in its clause, outside every span). */
function deniedBeforeNext(tokens: Token[], sp: Span, spans: Span[]): boolean {
  let next = Infinity;
  for (const o of spans) if (o.from > sp.to && o.from < next) next = o.from;
  const clause = tokens[sp.to]!.clause;
  // (Right after it — "넣을 수 없으니" — not a negation of another verb further on: "SYN flood는 ACK를 보내지 않아서".)
  for (let i = sp.to + 1; i < next && i <= sp.to + 2 && i < tokens.length && tokens[i]!.clause === clause; i++) {
    if (spans.some((o) => i >= o.from && i <= o.to)) continue;
    // ("송신 버퍼에 아직 못 보낸 데이터를": a pre-verbal 못/안 on a relative clause's verb describes the noun, it denies nothing.)
    if (tokens[i]!.negation && tokens[i]!.script === "hangul" && !(/^(못|안)$/.test(tokens[i]!.surface) && adnominalVerb(tokens[i + 1]))) return true;
  }
  return false;
}


/**
 * A phrase named only to be set against another ("TIME_WAIT와 달리 …", "X보다", "X 대신" — not "X를 대신 보내", on its behalf — "unlike X",
 * "rather than X", "instead of X"): a misconception's words there are not its claim.
 */
function foil(tokens: Token[], s: Span): boolean {
  const last = tokens[s.to]!;
  const next = tokens[s.to + 1];
  if (/^(와|과|와는|과는)$/.test(last.tail) && next && next.clause === last.clause && /^(달리|다르게|반대로|대조)/.test(next.surface)) return true;
  if (last.tail.endsWith("보다")) return true;
  // (After a verb's connective, "대신" is "on its behalf": "스레드를 붙여 대신 기다리게".)
  if (next && next.clause === last.clause && next.script === "hangul" && /^(대신|말고)/.test(next.surface) && last.tail === "" && !(last.script === "hangul" && /(여|해|고|며|워|줘|봐)$/.test(last.surface))) return true;
  const b1 = tokens[s.from - 1];
  const b2 = tokens[s.from - 2];
  if (b1 && b1.clause === tokens[s.from]!.clause && (b1.surface === "unlike" || b1.surface === "than" || b1.surface === "without" || (b1.surface === "of" && b2?.surface === "instead"))) return true;
  return false;
}

/** Is the English phrase at `s` denied by a "not"/"doesn't"/"never" just before it in its clause? */
function englishNegationBefore(tokens: Token[], s: Span): boolean {
  const t0 = tokens[s.from]!;
  if (t0.script !== "latin") return false;
  for (let i = s.from - 1; i >= Math.max(0, s.from - 2); i--) {
    const t = tokens[i]!;
    if (t.clause !== t0.clause || t.script !== "latin") return false;
    if (t.negation) return !EN_NOT_ONLY.test(tokens[i + 1]?.surface ?? "");
  }
  return false;
}

/** `found`: every group's spans in the answer (from Matcher.findEach), starting at index `at`. */
function findAll(m: Matcher, count: number, found: Span[][], at: number, scope: "sentence" | "clause", blocked: Set<number> = new Set(), claim = scope === "clause"): Found | undefined {
  // claim: a misconception's pattern (a phrase set against another is not its claim; a sentence-scoped one stays in one sentence).
  if (count === 1) {
    // One group (most points): the first occurrence that is not negated, else the first one.
    let spans = found[at]!;
    if (blocked.size) spans = spans.filter((s) => !overlapsBlocked(blocked, s));
    if (claim && spans.length) spans = spans.filter((s) => !foil(m.tokens, s));
    if (!spans.length) return undefined;
    const positive = spans.find((s) => !negated(m.tokens, s));
    return positive ? { spans: [positive], negated: false } : { spans: [spans[0]!], negated: true };
  }
  const perGroup: Span[][] = [];
  for (let g = at; g < at + count; g++) {
    let spans = found[g]!;
    if (blocked.size) spans = spans.filter((s) => !overlapsBlocked(blocked, s));
    if (claim && spans.length) spans = spans.filter((s) => !foil(m.tokens, s));
    if (spans.length === 0) return undefined;
    perGroup.push(spans);
  }
  const byClause = scope === "clause";
  const unitSet = new Set<number>();
  for (const spans of perGroup) for (const s of spans) unitSet.add(unitOf(m.tokens, s, byClause));
  const units = [...unitSet].sort((a, b) => a - b);
  // Clauses a conditional or causal ending ties together ("데이터가 없으면 | 0을 반환") are read as one claim.
  const joinedToNext = new Set<number>();
  if (byClause) for (const t of m.tokens) if (t.joined) joinedToNext.add(t.clause - 1);
  const windows = [...units.map((u) => [u]), ...(byClause ? units.filter((u) => joinedToNext.has(u)).map((u) => [u, u + 1]) : claim ? [] : units.map((u) => [u, u + 1]))];
  let fallback: Found | undefined;
  for (const w of windows) {
    const picks = perGroup.map((spans) => spans.filter((s) => w.includes(unitOf(m.tokens, s, byClause))));
    // A sentence-scoped claim reads in its groups' order across clauses ("when the server calls accept(), … sends the SYN-ACK"):
    // the same words the other way round ("커널이 SYN-ACK를 보내 두고, accept()를 호출할 때는 …") tell the true story.
    if (claim && !byClause)
      for (let g = 1; g < picks.length; g++) {
        const prev = picks[g - 1]!;
        if (!prev.length) break;
        const firstFrom = Math.min(...prev.map((s) => s.from));
        picks[g] = picks[g]!.filter((s) => s.from > firstFrom || prev.some((q) => m.tokens[q.from]!.clause === m.tokens[s.from]!.clause));
      }
    if (picks.some((p) => p.length === 0)) continue;
    // Across a conditional or causal join the claim runs from the condition to its result: the
    // pattern's last group (its predicate) must sit in the result ("…못 받으니까 | SHUT_WR로 닫는다" is
    // not "SHUT_WR blocks receiving").
    if (byClause && w.length === 2 && !picks[picks.length - 1]!.some((s) => unitOf(m.tokens, s, byClause) === w[1])) continue;
    // (And it is read there: "끊어 버리는 호출이라, | 커널이 … 버리고" — the predicate is the result's "버리고", not the condition's "버리는".)
    if (byClause && w.length === 2) picks[picks.length - 1] = picks[picks.length - 1]!.filter((s) => unitOf(m.tokens, s, byClause) === w[1]);
    // The group placed last carries the predicate, so its polarity decides.
    let last = 0;
    picks.forEach((p, i) => {
      if (p[0]!.to > picks[last]![0]!.to) last = i;
    });
    // (A later alternative written with its own negation is the predicate: "같은 4-tuple로 … 이전 연결의 … 섞이지 않게".)
    picks.forEach((p, i) => {
      if (i !== last && p.some((s) => s.ownNegations > 0 && s.to > picks[last]![0]!.to)) last = i;
    });
    // ("The client doesn't show up as … in a sockaddr_in": an English negation before the first part covers the rest of its clause.)
    const first = picks.reduce((a, p) => (p[0]!.from < a[0]!.from ? p : a), picks[0]!)[0]!;
    const deniedUpFront = claim && englishNegationBefore(m.tokens, first);
    const positive = deniedUpFront ? undefined : picks[last]!.find((s) => !negated(m.tokens, s));
    const spans = picks.map((p, i) => (i === last ? (positive ?? p[0]!) : p[0]!));
    // (A misconception's earlier part denied before the next part starts — "HTTP 헤더를 넣을 수 없으니 PROXY
    // protocol을 씁니다" — is not its claim: the predicate decides only when the rest is asserted.)
    if (claim && spans.some((sp, i) => i !== last && deniedBeforeNext(m.tokens, sp, spans))) continue;
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
    correct: (k: number, n: number) => `핵심을 잘 짚었습니다. 핵심 개념 ${n}개를 모두 설명했습니다${k ? `(심화 포인트 ${k}개 포함)` : ""}.`,
    partial: (k: number, n: number) => `방향은 맞습니다. 핵심 개념 ${n}개 중 ${k}개를 설명했습니다.`,
    incorrect: (k: number, n: number) => `보완이 많이 필요합니다. 핵심 개념 ${n}개 중 ${k}개만 확인됩니다.`,
    allCoreButWrong: (n: number) => `핵심 개념 ${n}개를 모두 언급했지만, 틀린 주장이 함께 있습니다.`,
    missing: (labels: string) => `빠진 핵심: ${labels}.`,
    deeper: (labels: string) => `더 나아가려면: ${labels}.`,
    wrong: (labels: string) => `바로잡을 부분: ${labels}.`,
  },
  en: {
    empty: "The answer is empty. Try explaining the core idea in a sentence or two.",
    restates: "This mostly restates the question. Explain why it is so, or how it works.",
    offTopic: "None of the question's key points show up in the answer. Compare with the model answer and key points.",
    correct: (k: number, n: number) => `Well done: you covered all ${n} core idea${n === 1 ? "" : "s"}${k ? ` and ${k} depth point${k === 1 ? "" : "s"}` : ""}.`,
    partial: (k: number, n: number) => `On the right track: you covered ${k} of ${n} core ideas.`,
    incorrect: (k: number, n: number) => `Needs more work: only ${k} of ${n} core ideas came through.`,
    allCoreButWrong: (n: number) => `You named all ${n} core idea${n === 1 ? "" : "s"}, but the answer also makes a false claim.`,
    missing: (labels: string) => `Missing core: ${labels}.`,
    deeper: (labels: string) => `To go further: ${labels}.`,
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

/** Feedback for terms from elsewhere, in the learner's language. */
function strayText(list: string, locale: Locale): { label: string; correction: string } {
  return locale === "ko"
    ? { label: `질문과 관계없는 용어가 섞여 있습니다: ${list}`, correction: "각 용어가 무엇을 뜻하고 이 질문과 어떻게 이어지는지 설명하거나, 관계없으면 빼세요." }
    : { label: `Terms from elsewhere are mixed in: ${list}`, correction: "Say what each term means and how it bears on this question, or leave it out." };
}

/** Feedback for an answer that lists terms instead of explaining them. */
function denseText(list: string, locale: Locale): { label: string; correction: string } {
  return locale === "ko"
    ? { label: `용어를 나열했을 뿐 어떻게 이어지는지 설명하지 않았습니다: ${list}`, correction: "용어마다 무엇을 하는지, 질문의 답과 어떻게 이어지는지 문장으로 설명해 보세요." }
    : { label: `Lists terms without explaining how they connect: ${list}`, correction: "Say in sentences what each term does and how it answers the question." };
}

/** Feedback for a wrong well-known port ("HTTPS 433"): a slip, in the learner's language. */
/** An unmistakable denial right at the phrase: a Korean copula negation just after it, or English "not" just before. */
function plainDenial(tokens: Token[], spans: Span[] | undefined): boolean {
  if (!spans?.length) return false;
  const last = spans.reduce((a, b) => (b.to > a.to ? b : a));
  for (let i = last.to + 1; i <= last.to + 2 && i < tokens.length && tokens[i]!.clause === tokens[last.to]!.clause; i++) if (/^(아니|아닌|아닙|아냐)/.test(tokens[i]!.surface)) return true;
  for (let i = last.from - 1; i >= Math.max(0, last.from - 2); i--) if (tokens[i]!.script === "latin" && /^(not|isn|aren|never)$/.test(tokens[i]!.surface)) return true;
  return false;
}

/** Ordinals that go on with the sentence before: "흔한 오해 두 가지: 첫째, …. 둘째, …" rejects the second as well. */
const LIST_GOES_ON = new Set(["둘째", "셋째", "넷째", "second", "secondly", "third", "thirdly"]);
/** Is a misconception's span in a sentence that rejects it, or in the next item of a list of rejected beliefs? */
function rejectedAt(tokens: Token[], s: Span): boolean {
  const sentence = tokens[s.from]!.sentence;
  if (rejectedInSentence(tokens, sentence, s.from)) return true;
  let k = s.from;
  while (k > 0 && tokens[k - 1]!.sentence === sentence) k--;
  return LIST_GOES_ON.has(tokens[k]!.norm) && sentence > 0 && rejectedInSentence(tokens, sentence - 1);
}

/** Does the clause of a negated wrong claim say "until" ("…할 때까지 … 없어서")? Then it waits, it does not deny. */
function untilInClause(tokens: Token[], spans: Span[]): boolean {
  const last = spans.reduce((a, b) => (b.to > a.to ? b : a));
  const clause = tokens[last.to]!.clause;
  let negatedInside = false;
  for (let i = last.from; i <= last.to; i++) if (tokens[i]!.negation) negatedInside = true;
  if (!negatedInside) return false;
  for (let i = last.from - 1; i >= 0 && tokens[i]!.clause === clause; i--) if (tokens[i]!.surface.endsWith("까지") || tokens[i]!.surface === "until" || tokens[i]!.surface === "till") return true;
  for (let i = last.to + 1; i < tokens.length && tokens[i]!.clause === clause; i++) if (tokens[i]!.surface === "until" || tokens[i]!.surface === "till") return true;
  return false;
}

function portSlipText({ service, said }: PortSlip, locale: Locale): { label: string; correction: string } {
  const ports = service.ports.join("/");
  return locale === "ko"
    ? { label: `${service.label} 포트를 ${said}번으로 말했습니다`, correction: `${service.label}의 잘 알려진 포트는 ${ports}번입니다.` }
    : { label: `Gave ${service.label} the wrong port (${said})`, correction: `${service.label}'s well-known port is ${ports}.` };
}

export function gradeInterview(rubric: RubricInput, answer: string, locale?: Locale): InterviewResult {
  const c = compile(rubric);
  const language = detectLanguage(answer);
  const labelLocale = locale ?? language;
  const msg = MESSAGES[language];
  const analysis = analyze(answer);
  const { tokens } = analysis;
  const m = createMatcher(tokens);

  // Contrast claims first: a property said of the wrong side is a misconception, and its words
  // cannot earn a key point ("UDP is connection-oriented" must not credit "connection-oriented").
  const contrasts = rubric.contrasts ?? [];
  const claims = contrasts.length ? findClaims(m, contrasts) : [];
  const wrongClaims = claims.filter((x) => !x.right);
  const blocked = new Set<number>();
  // (Only major ones: a slip in a detail does not unsay the idea around it.)
  for (const x of wrongClaims) if ((contrasts.find((cc) => cc.id === x.contrast)?.severity ?? "major") === "major") for (let i = x.span.from; i <= x.span.to; i++) blocked.add(i);

  const keyPointFound = m.findEach(c.keyPointGroups, "sentence");
  const misconceptionFound = m.findEach(c.misconceptionGroups, "clause");
  const keyPointSpans = new Map<string, Span[]>();
  const keyPoints: KeyPointResult[] = rubric.keyPoints.map((k, i) => {
    const found = findAll(m, k.match.length, keyPointFound, c.keyPointAt[i]!, "sentence", blocked);
    // ("People say each direction closes independently, but that's a misconception": the point, then its rejection —
    // only when every occurrence of every part is rejected or denied: a part said plainly elsewhere keeps the point.
    // (Plainly: every part neither rejected nor denied, together in one sentence or two adjacent ones, as a key point is found.)
    const rejected = (s: Span) => rejectedAfter(tokens, s) || rejectedBefore(tokens, s) || rejectedBelief(tokens, s);
    // (Decided by the predicate, the part placed last: "backlog도 흔히 오해하는 '최대 동시 접속 수'가 아닙니다" rejects the count, not the backlog.)
    if (found && !found.negated && rejected(found.spans.reduce((a, b) => (b.to > a.to ? b : a)))) {
      const at = c.keyPointAt[i]!;
      const plain = keyPointFound.slice(at, at + k.match.length).map((spans) => new Set(spans.filter((s) => !rejected(s) && !negated(tokens, s)).map((s) => tokens[s.from]!.sentence)));
      const saidPlainly = [...plain[0]!].some((u) => [u - 1, u].some((w) => plain.every((set) => set.has(w) || set.has(w + 1))));
      if (!saidPlainly) found.negated = true;
    }
    if (found) keyPointSpans.set(k.id, found.spans);
    return {
      id: k.id,
      label: k.label[labelLocale],
      core: k.core,
      weight: k.weight,
      hit: Boolean(found && !found.negated),
      negated: Boolean(found?.negated),
      evidence: found ? spanEvidence(answer, tokens, found.spans) : [],
      sandbox: k.sandbox ?? null,
    };
  });

  const misconceptions: MisconceptionResult[] = [];
  // (A one-group pattern said twice, once in a supposition and once plainly, is read where it is plain.)
  // (Likewise one said in a sentence that rejects it and again in a sentence of its own: "A common misconception is
  // that …; it doesn't set SYN at all. … so the server replies with a plain ACK" is read in the second.)
  const single = new Set<number>();
  rubric.misconceptions.forEach((mc, i) => {
    if (mc.match.length === 1 && mc.scope !== "sentence") single.add(c.misconceptionAt[i]!);
  });
  const plainFound = misconceptionFound.map((spans, g) => {
    if (spans.length < 2 || !single.has(g)) return spans;
    // (At most the first 32 occurrences are weighed: a pattern repeated hundreds of times in one long sentence
    // would otherwise re-read that sentence for each.)
    const weighed = spans.length > 32 ? spans.slice(0, 32) : spans;
    const plain = weighed.filter((s) => !isHypothetical(tokens, tokens[s.from]!.clause) && !rejectedAt(tokens, s));
    return plain.length && plain.length < weighed.length ? plain : weighed;
  });
  const sentenceFound = c.sentenceGroups.length ? m.findEach(c.sentenceGroups, "sentence") : [];
  rubric.misconceptions.forEach((mc, i) => {
    const found =
      mc.scope === "sentence"
        ? findAll(m, mc.match.length, sentenceFound, c.sentenceAt[i]!, "sentence", undefined, true)
        : findAll(m, mc.match.length, mc.match.length === 1 ? plainFound : misconceptionFound, c.misconceptionAt[i]!, "clause");
    if (!found || found.negated) return;
    if (rejectedAt(tokens, found.spans[0]!)) return;
    // "If the listener turned into the connection, …" supposes the error to refute it.
    if (found.spans.every((s) => isHypothetical(tokens, tokens[s.from]!.clause))) return;
    // "close()를 부를 때까지 자기 FIN을 보낼 수 없어서", "can't send until …": waiting, not a denial.
    if (untilInClause(tokens, found.spans)) return;
    misconceptions.push({
      id: mc.id,
      label: mc.label[labelLocale],
      correction: mc.correction[labelLocale],
      kind: "pattern",
      severity: mc.severity ?? "major",
      evidence: spanEvidence(answer, tokens, found.spans),
    });
  });
  const seenClaims = new Set<string>();
  for (const claim of wrongClaims) {
    const id = `swapped-${claim.contrast}-${claim.property}`;
    if (seenClaims.has(id)) continue;
    seenClaims.add(id);
    const contrast = contrasts.find((x) => x.id === claim.contrast)!;
    const text = describeWrongClaim(contrast, claim, labelLocale);
    misconceptions.push({ id, ...text, kind: "swapped", severity: contrast.severity ?? "major", evidence: spanEvidence(answer, tokens, [claim.subjectSpan, claim.span]) });
  }
  const slips = new Map<string, PortSlip>();
  for (const slip of findPortSlips(tokens)) {
    const id = `fact-port-${slip.service.label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${slip.said}`;
    if (slips.has(id)) continue;
    slips.set(id, slip);
    const at: Span = { from: Math.min(slip.serviceAt, slip.numberAt), to: Math.max(slip.serviceAt, slip.numberAt), ownNegations: 0 };
    misconceptions.push({ id, ...portSlipText(slip, labelLocale), kind: "fact", severity: "minor", evidence: spanEvidence(answer, tokens, [at]) });
  }
  // Wrong well-known constants ("Linux keeps TIME_WAIT for 120 s", "the UDP header is 16 bytes"): slips.
  const constants = new Map<string, ConstantSlip>();
  for (const slip of findConstantSlips(tokens, answer)) {
    // (One fact may be checked by two patterns, a clause reading and a text pattern: it is named once.)
    if (constants.has(slip.id)) continue;
    constants.set(slip.id, slip);
    const at: Span = { from: slip.at, to: slip.at, ownNegations: 0 };
    misconceptions.push({ id: slip.id, label: slip.label[labelLocale], correction: slip.correction[labelLocale], kind: "fact", severity: "minor", evidence: spanEvidence(answer, tokens, [at]) });
  }
  // Terms from elsewhere strung together (a keyword-stuffed answer): a slip at least.
  const stray = strayTerms(answer, c.ownTerms, analysis.sentenceCount);
  if (stray.terms.length) {
    const list = stray.terms.slice(0, 6).join(", ");
    misconceptions.push({
      id: "stray-terms",
      ...strayText(list, labelLocale),
      kind: "jargon",
      severity: "minor",
      evidence: stray.spans.map((x) => ({ ...x, text: answer.slice(x.start, x.end) })),
    });
  }
  // Terms strung together rather than explained (on-topic or not): a slip at least.
  const dense = stray.terms.length ? undefined : termDense(answer, tokens.length);
  if (dense) {
    misconceptions.push({
      id: "dense-terms",
      ...denseText(dense.terms.slice(0, 6).join(", "), labelLocale),
      kind: "jargon",
      severity: "minor",
      evidence: dense.spans.slice(0, 12).map((x) => ({ ...x, text: answer.slice(x.start, x.end) })),
    });
  }
  // A denied core idea is a slip worth naming. A depth point counts as denied only when the denial is
  // unmistakable ("…가 아니라서", "is not a …"); otherwise a negation nearby ("포트가 없어요", "못 여니까")
  // is usually about something else, and depth never decides the verdict on its own.
  // (Nor is a point denied of the other side of a contrast: "IP만으로는 어떤 프로세스인지 알 수 없다" says it of the port.)
  const deniedOfOther = claims.filter((x) => x.right && x.negated).map((x) => x.span);
  const deniedOf = (k: KeyPointResult) => keyPointSpans.get(k.id)!.some((s) => deniedOfOther.some((d) => s.from <= d.to && d.from <= s.to));
  const deniedCore = keyPoints.filter((k) => k.core && k.negated && !deniedOf(k)).length;
  for (const k of keyPoints) {
    if (!k.negated || (!k.core && !plainDenial(tokens, keyPointSpans.get(k.id)))) continue;
    if (deniedOf(k)) continue;
    const source = rubric.keyPoints.find((x) => x.id === k.id)!;
    misconceptions.push({
      id: `negated-${k.id}`,
      label: labelLocale === "ko" ? `"${source.label.ko}"의 반대로 말했습니다` : `Said the opposite of: "${source.label.en}"`,
      correction: source.label[labelLocale],
      kind: "negated-key-point",
      // Negation is read from a few words around the phrase, so a denied point is a slip, not
      // proof of a misconception: it costs the point and the "correct" verdict, nothing more —
      // except a core idea denied unmistakably ("…가 아닙니다", "is not …"): that says the opposite
      // of the question's essential idea, a major error. (Tried on every denied core point: seven
      // correct eval answers went to incorrect. The plain denials alone cost none, on 1,582 answers.)
      // Two core ideas denied are no misreading either: the answer contradicts the question's essentials.
      // (A core point denied by a Korean verb right after it was tried as major too: it turned a correct eval answer incorrect.)
      severity: k.core && (plainDenial(tokens, keyPointSpans.get(k.id)) || deniedCore >= 2) ? "major" : "minor",
      evidence: k.evidence,
    });
  }

  // Restating the question: almost every word is already in the prompt.
  const content = tokens.filter((t) => t.norm.length >= (t.script === "hangul" ? 1 : 2));
  // (Counting stops once enough words are new: most answers get there within a few words.)
  const enough = content.length * THRESHOLDS.novelty;
  let novel = 0;
  for (let i = 0; i < content.length && novel < enough; i++) if (!inPrompt(c.promptWords, content[i]!.norm)) novel++;
  const empty = content.length === 0;
  const restatesQuestion = !empty && novel < enough;

  const weightOf = (list: KeyPointResult[]) => list.reduce((n, k) => n + k.weight, 0);
  const core = keyPoints.filter((k) => k.core);
  const depth = keyPoints.filter((k) => !k.core);
  const coreHits = core.filter((k) => k.hit).length;
  const coreCoverage = core.length ? weightOf(core.filter((k) => k.hit)) / weightOf(core) : 0;
  const depthCoverage = depth.length ? weightOf(depth.filter((k) => k.hit)) / weightOf(depth) : 1;
  const hits = keyPoints.filter((k) => k.hit).length;
  const depthHits = depth.filter((k) => k.hit).length;
  const major = misconceptions.some((x) => x.severity === "major");
  const offTopic = !empty && !restatesQuestion && hits === 0 && misconceptions.length === 0;

  // The verdict comes from the core points and misconceptions; depth only moves the score.
  let verdict: Verdict;
  const allCore = coreHits === core.length;
  if (empty || restatesQuestion || offTopic) verdict = "incorrect";
  else if (allCore && misconceptions.length === 0) verdict = "correct";
  // A major false claim shows a misconception, whatever else is right (the standard in docs/grading.md).
  else if (major) verdict = "incorrect";
  // Some of the core with nothing around it (one keyword in an off-topic or garbled answer) is not yet partial.
  else if (coreHits > 0 && (coreCoverage >= 0.5 || depthHits > 0)) verdict = "partial";
  else verdict = depthCoverage >= THRESHOLDS.depthOnlyPartial && depth.length > 0 ? "partial" : "incorrect";

  // The score sits inside the verdict's band: core coverage, then depth, less misconceptions.
  const penalty = misconceptions.reduce((n, x) => n + (x.severity === "major" ? 0.3 : 0.15), 0);
  const quality = Math.max(0, Math.min(1, 0.65 * coreCoverage + 0.35 * (depth.length ? depthCoverage : coreCoverage) - penalty));
  const band = { correct: [70, 100], partial: [30, 69], incorrect: [0, 29] }[verdict] as [number, number];
  let score = verdict === "correct" ? Math.round(70 + 30 * (depth.length ? depthCoverage : 1)) : Math.round(band[0] + (band[1] - band[0]) * quality);
  score = Math.min(band[1], Math.max(band[0], score));
  if (empty || restatesQuestion || offTopic) score = 0;

  const labelIn = (id: string) => rubric.keyPoints.find((k) => k.id === id)!.label[language];
  const missedCore = core.filter((k) => !k.hit);
  const missedDepth = depth.filter((k) => !k.hit);
  const parts: string[] = [];
  if (empty) parts.push(msg.empty);
  else if (restatesQuestion) parts.push(msg.restates);
  else if (offTopic) parts.push(msg.offTopic);
  else if (verdict === "correct") parts.push(msg.correct(depth.filter((k) => k.hit).length, core.length));
  else if (allCore) parts.push(msg.allCoreButWrong(core.length));
  else parts.push(msg[verdict](coreHits, core.length));
  if (!empty && missedCore.length) parts.push(msg.missing(missedCore.map((k) => labelIn(k.id)).join("; ")));
  if (!empty && !restatesQuestion && !offTopic && missedDepth.length) parts.push(msg.deeper(missedDepth.map((k) => labelIn(k.id)).join("; ")));
  if (misconceptions.length) {
    const mcLabel = (x: MisconceptionResult) =>
      x.kind === "pattern"
        ? rubric.misconceptions.find((mc) => mc.id === x.id)!.label[language]
        : x.kind === "swapped"
          ? describeWrongClaim(contrasts.find((cc) => x.id.startsWith(`swapped-${cc.id}-`))!, wrongClaims.find((w) => x.id === `swapped-${w.contrast}-${w.property}`)!, language).label
          : x.kind === "fact"
            ? constants.has(x.id)
              ? constants.get(x.id)!.label[language]
              : portSlipText(slips.get(x.id)!, language).label
            : x.kind === "jargon"
            ? x.id === "dense-terms"
              ? denseText(dense!.terms.slice(0, 6).join(", "), language).label
              : strayText(stray.terms.slice(0, 6).join(", "), language).label
            : labelIn(x.id.replace(/^negated-/, ""));
    parts.push(msg.wrong(misconceptions.map(mcLabel).join("; ")));
  }

  // Follow-ups probing missed points first: core before depth.
  const rank = new Map<string, number>();
  missedCore.forEach((k) => rank.set(k.id, 0));
  missedDepth.forEach((k) => rank.set(k.id, 1));
  const order = (probes?: string | null) => (probes && rank.has(probes) ? rank.get(probes)! : 2);
  const followUps = rubric.followUps
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order(a.f.probes) - order(b.f.probes) || a.i - b.i)
    .map(({ f }) => f.slug);

  return { score, verdict, language, keyPoints, misconceptions, feedback: parts.join(" "), followUps, flags: { empty, restatesQuestion, offTopic } };
}

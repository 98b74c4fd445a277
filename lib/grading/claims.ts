/**
 * Claims, not words. A contrast (content/contrasts.json) names two or more sides — TCP and
 * UDP, the SYN queue and the accept queue, a blocking and a non-blocking call — and
 * properties that belong to exactly one side. Matching "connection-oriented" anywhere is not
 * enough: this module finds which side each property is said of, in Korean, English or mixed
 * text, and reports the claims that attach it to the wrong side, deny it of its own side, or
 * give it to both ("TCP와 UDP 모두 연결 지향", "both TCP and UDP are connection-oriented").
 *
 * How the subject of a property is found, within its sentence:
 * - side mentions are located (the longest wins where they overlap: "non-blocking" over
 *   "blocking");
 * - each mention gets a role from its particle or the words before it: a foil ("UDP보다",
 *   "TCP처럼", "UDP와 달리", "than UDP", "unlike TCP", "not UDP") never is the subject; an
 *   oblique ("TCP의", "서버에", "to the server") is one only when nothing better is found;
 * - the subject is the nearest non-foil, non-oblique mention before the property in its
 *   clause, else the nearest after it in the clause, else the nearest non-foil mention before
 *   it in the sentence;
 * - two sides joined by 와/과/and/or are said together: with "둘 다/모두/both" or no word of
 *   difference, the property is claimed of both (a swapped claim); with "차이/different/
 *   whereas" the sentence compares and claims nothing.
 * A claim is right when (subject is the owner) XOR (the property is negated). Sentences that
 * report a belief to reject it ("많이들 UDP가 연결형이라고 오해하는데") claim nothing.
 */
import { compileGroup, type Matcher, type Phrase, type Span } from "./matcher";
import { negated, rejectedInSentence } from "./polarity";
import type { Token } from "./text";

type Pair = { ko: string; en: string };

export interface ContrastInput {
  id: string;
  sides: { id: string; label: Pair; match: string[] }[];
  properties: { id: string; side: string; label: Pair; match: string[] }[];
}

export interface Claim {
  contrast: string;
  property: string;
  /** The side that owns the property. */
  owner: string;
  /** The side the answer attached it to, or "both". */
  subject: string;
  negated: boolean;
  right: boolean;
  /** The property's words in the answer, and the subject's. */
  span: Span;
  subjectSpan: Span;
}

interface CompiledContrast {
  /** Per side, its alternatives; "close()" only matches a word written as a call. */
  sides: { phrases: Phrase[]; call: boolean; exact?: string }[][];
  properties: Phrase[][];
}
const compiled = new WeakMap<ContrastInput, CompiledContrast>();

function compile(c: ContrastInput): CompiledContrast {
  let x = compiled.get(c);
  if (!x) {
    x = {
      // "close()" only matches a word written as a call; "=blocking" only that exact word (not "blocks").
      sides: c.sides.map((s) =>
        s.match.map((alt) => ({ phrases: compileGroup([alt.replace(/^=/, "")]), call: alt.endsWith("()"), exact: alt.startsWith("=") ? alt.slice(1).toLowerCase() : undefined })),
      ),
      properties: c.properties.map((p) => compileGroup(p.match)),
    };
    compiled.set(c, x);
  }
  return x;
}

type Role = "subject" | "oblique" | "foil";
interface Mention {
  side: string;
  span: Span;
  role: Role;
}

const overlaps = (a: Span, b: Span) => a.from <= b.to && b.from <= a.to;
const size = (s: Span) => s.to - s.from;

/**
 * Keeps one of overlapping spans: the longest ("connection-oriented" over "connection"), or for
 * side mentions the one that starts first, then the longest ("non-blocking" over "blocking",
 * "상대가 먼저 FIN" over "먼저 FIN …").
 */
function longestFirst<T extends { span: Span }>(items: T[], earliest = false): T[] {
  const kept: T[] = [];
  const order = (a: T, b: T) => (earliest ? a.span.from - b.span.from : 0) || size(b.span) - size(a.span) || a.span.from - b.span.from;
  for (const it of [...items].sort(order)) {
    if (!kept.some((k) => overlaps(k.span, it.span))) kept.push(it);
  }
  return kept.sort((a, b) => a.span.from - b.span.from);
}

const KO_FOIL_TAIL = /(보다|처럼|대신|같이|만큼)$/;
const KO_COMPARE_NEXT = /^(달리|다르|다른|비해|비하|비교|대조|반대|아니|아닌|대신|보다|처럼)/;
const KO_WITH_TAIL = new Set(["와", "과", "랑", "이랑", "하고", "에", "이", "가"]);
const KO_OBLIQUE_TAIL = /^(의|에|에게|한테|로|으로|을|를|까지|부터|에게서|으로부터|로부터)$/;
const KO_COORD_TAIL = new Set(["와", "과", "랑", "이랑", "하고"]);
const EN_FOIL_BEFORE = new Set(["than", "unlike", "instead", "rather", "compar", "versus", "vs", "not"]);
const EN_OBLIQUE_BEFORE = new Set(["of", "to", "from", "into", "with", "for", "on", "by", "via", "onto", "over"]);
const COORD_WORDS = new Set(["and", "or", "및", "와", "과", "&"]);
const BOTH_CUES = ["둘 다", "둘다", "모두", "양쪽", "공통", "마찬가지", "both", "either", "alike", "all"];
const DIFFERENCE_CUES = ["차이", "다르", "다른", "달리", "비교", "반면", "반대", "differ", "difference", "different", "whereas", "unlike", "compar", "contrast", "versus", "vs", "while"];

function roleOf(tokens: Token[], s: Span): Role {
  const last = tokens[s.to]!;
  const next = tokens[s.to + 1];
  const tail = last.tail;
  if (KO_FOIL_TAIL.test(tail)) return "foil";
  if (next && next.script === "hangul" && next.sentence === last.sentence) {
    if (KO_COMPARE_NEXT.test(next.surface) && (KO_WITH_TAIL.has(tail) || tail === "" || /^(아니|아닌)/.test(next.surface))) return "foil";
  }
  for (let i = s.from - 1; i >= Math.max(0, s.from - 2); i--) {
    const t = tokens[i]!;
    if (t.sentence !== last.sentence || t.script !== "latin") break;
    if (EN_FOIL_BEFORE.has(t.surface) || t.norm === "compar" || t.surface.startsWith("compar")) return "foil";
  }
  if (KO_OBLIQUE_TAIL.test(tail)) return "oblique";
  const before = tokens[s.from - 1];
  if (before && before.sentence === last.sentence && before.script === "latin" && EN_OBLIQUE_BEFORE.has(before.surface)) return "oblique";
  return "subject";
}

/** Are mentions a and b (a before b, different sides) said together: "TCP와 UDP", "TCP and UDP", "TCP/UDP"? */
function coordinated(tokens: Token[], a: Mention, b: Mention): boolean {
  if (a.side === b.side || tokens[a.span.to]!.sentence !== tokens[b.span.from]!.sentence) return false;
  const gap = b.span.from - a.span.to;
  if (gap === 1) return KO_COORD_TAIL.has(tokens[a.span.to]!.tail) || (tokens[a.span.to]!.tail === "" && tokens[a.span.to]!.clause === tokens[b.span.from]!.clause);
  if (gap === 2) return COORD_WORDS.has(tokens[a.span.to + 1]!.surface);
  return false;
}

/** "instead of IP and port", "without a handshake", "IP와 포트 대신", "경로 말고": the property is set aside, as if negated. */
const EN_DISPLACE_BEFORE = new Set(["instead", "rather", "without", "unlike"]);
const KO_DISPLACE_AFTER = /^(대신|말고|없이|아니라|아닌|아니고)/;
function displaced(tokens: Token[], s: Span): boolean {
  const last = tokens[s.to]!;
  if (/(대신|말고|없이)$/.test(last.tail)) return true;
  const next = tokens[s.to + 1];
  if (next && next.clause === last.clause && next.script === "hangul" && KO_DISPLACE_AFTER.test(next.surface)) return true;
  for (let i = s.from - 1; i >= Math.max(0, s.from - 3); i--) {
    const t = tokens[i]!;
    if (t.clause !== tokens[s.from]!.clause || t.script !== "latin") break;
    if (EN_DISPLACE_BEFORE.has(t.surface)) return true;
  }
  return false;
}

function sentenceHas(tokens: Token[], sentence: number, cues: string[]): boolean {
  const words = tokens.filter((t) => t.sentence === sentence);
  const text = ` ${words.map((t) => t.surface).join(" ")} `;
  return cues.some((c) => (/^[a-z]/.test(c) ? words.some((t) => t.surface === c || (c.length >= 5 && t.surface.startsWith(c))) : text.includes(c)));
}

/** Finds every claim the answer makes about the given contrasts. */
export function findClaims(m: Matcher, contrasts: ContrastInput[]): Claim[] {
  const tokens = m.tokens;
  const claims: Claim[] = [];
  for (const c of contrasts) {
    const cc = compile(c);
    const found = c.sides.flatMap((side, i) =>
      cc.sides[i]!.flatMap((alt) =>
        m
          .find(alt.phrases, "clause")
          .filter((span) => (!alt.call || tokens[span.to]!.call) && (!alt.exact || (span.from === span.to && tokens[span.from]!.surface === alt.exact)))
          .map((span) => ({ side: side.id, span, role: "subject" as Role })),
      ),
    );
    if (found.length === 0) continue;
    const rawProps = c.properties.flatMap((p, i) => m.find(cc.properties[i]!, "clause").map((span) => ({ prop: p, span })));
    // A property phrase that ends in a side word ("half-close" ends in "close") is the property, not a mention.
    const mentions = longestFirst(found.filter((x) => !rawProps.some((p) => size(p.span) > size(x.span) && p.span.from < x.span.from && x.span.to === p.span.to)), true);
    if (mentions.length === 0) continue;
    for (const x of mentions) x.role = roleOf(tokens, x.span);
    const props = longestFirst(rawProps.filter(({ span }) => !mentions.some((x) => overlaps(x.span, span))));
    for (const { prop, span } of props) {
      const sentence = tokens[span.from]!.sentence;
      const inSentence = mentions.filter((x) => tokens[x.span.from]!.sentence === sentence);
      if (inSentence.length === 0 || rejectedInSentence(tokens, sentence)) continue;
      const clause = tokens[span.from]!.clause;
      const usable = inSentence.filter((x) => x.role !== "foil");
      const inClause = usable.filter((x) => tokens[x.span.from]!.clause === clause || tokens[x.span.to]!.clause === clause);
      const nearestBefore = (list: Mention[]) => list.filter((x) => x.span.to < span.from).at(-1);
      const nearestAfter = (list: Mention[]) => list.find((x) => x.span.from > span.to);
      const subjects = inClause.filter((x) => x.role === "subject");
      const subject =
        nearestBefore(subjects) ?? nearestAfter(subjects) ?? nearestBefore(inClause) ?? nearestAfter(inClause) ?? nearestBefore(usable);
      if (!subject) continue;
      const neg = negated(tokens, span) || displaced(tokens, span);
      // Said together with another side?
      const idx = inSentence.indexOf(subject);
      const partner = [inSentence[idx - 1], inSentence[idx + 1]].find(
        (o) => o && (o.span.from < subject.span.from ? coordinated(tokens, o, subject) : coordinated(tokens, subject, o)),
      );
      let subjectSide = subject.side;
      if (partner) {
        const both = sentenceHas(tokens, sentence, BOTH_CUES) || !sentenceHas(tokens, sentence, DIFFERENCE_CUES);
        if (!both || neg) continue;
        subjectSide = "both";
      }
      const right = subjectSide !== "both" && (subjectSide === prop.side) !== neg;
      claims.push({ contrast: c.id, property: prop.id, owner: prop.side, subject: subjectSide, negated: neg, right, span, subjectSpan: subject.span });
    }
  }
  return claims;
}

/** Feedback wording for a wrong claim, in the learner's language. */
export function describeWrongClaim(c: ContrastInput, claim: Claim, locale: "ko" | "en"): { label: string; correction: string } {
  const side = (id: string) => c.sides.find((s) => s.id === id)!.label[locale];
  const prop = c.properties.find((p) => p.id === claim.property)!.label[locale];
  const owner = side(claim.owner);
  const others = c.sides.filter((s) => s.id !== claim.owner).map((s) => s.label[locale]);
  if (locale === "ko") {
    const correction = `"${prop}"은(는) ${owner}의 특징입니다${others.length ? ` (${others.join(", ")}에는 해당하지 않습니다)` : ""}.`;
    if (claim.subject === "both") return { label: `"${prop}"을(를) ${c.sides.map((s) => s.label.ko).join("와(과) ")} 모두의 특징으로 말했습니다`, correction };
    if (claim.negated) return { label: `${owner}에 대해 "${prop}"을(를) 부정했습니다`, correction };
    return { label: `"${prop}"을(를) ${side(claim.subject)}의 특징으로 말했습니다(반대로 말함)`, correction };
  }
  const correction = `"${prop}" describes ${owner}${others.length ? `, not ${others.join(" or ")}` : ""}.`;
  if (claim.subject === "both") return { label: `Said "${prop}" of both ${c.sides.map((s) => s.label.en).join(" and ")}`, correction };
  if (claim.negated) return { label: `Denied "${prop}" of ${owner}`, correction };
  return { label: `Said "${prop}" of ${side(claim.subject)} (the opposite side)`, correction };
}

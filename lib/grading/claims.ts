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
 * A claim is right when (subject is the owner) XOR (the property is negated, or set aside:
 * "instead of IP and port", "신뢰성을 포기"). Claims nothing: a sentence that reports a belief to
 * reject it ("많이들 UDP가 연결형이라고 오해하지만 사실은…"), a hypothetical clause ("if it were…",
 * "…했다면", a condition whose consequence is refused). A side added to a claim ("and so is UDP",
 * "UDP도 마찬가지") makes it a claim about both. Everything is linear in the answer's length.
 */
import { compileGroup, type Matcher, type Phrase, type Span } from "./matcher";
import { deniedAfter, KO_EMBEDDED_QUESTION, laterNegation, negated as phraseNegated, negatedWithout, rejectedClaimSentence } from "./polarity";
import { adnominalVerb, KO_CONCESSIVE, type Token } from "./text";
import { josa } from "es-hangul";

type Pair = { ko: string; en: string };

export interface ContrastInput {
  id: string;
  sides: { id: string; label: Pair; match: string[] }[];
  properties: { id: string; side: string; label: Pair; match: string[]; negatable?: boolean }[];
  /** Words naming every side at once ("양쪽 다", "both ends"): a property said of them is said of both. */
  both?: string[];
  /** The sides are the means a property uses (DNS queries over UDP or TCP): the nearest side in the clause is its side. */
  means?: boolean;
  /** minor: a contrast of details (errno, call arguments, tool flags), whose wrong claims are slips. */
  severity?: "major" | "minor";
  /** Words that put a sentence outside the contrast's usual case (a simultaneous close, an AF_UNIX datagram socket): such a sentence claims nothing for it. */
  unless?: string[];
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
  /** Per property: its plain phrases, and its call phrases ("connect()") that only match a word written as a call. */
  properties: { plain: Phrase[]; calls: Phrase[] }[];
  both: Phrase[];
  any: Phrase[];
  /** Every side alternative's group, searched in one pass (Matcher.findEach). */
  sideGroups: Phrase[][];
  /** Each property's plain and call phrases, then "both": searched in one pass once a side is found. */
  rest: Phrase[][];
}
const compiled = new WeakMap<ContrastInput, CompiledContrast>();

function compile(c: ContrastInput): CompiledContrast {
  let x = compiled.get(c);
  if (!x) {
    x = {
      // "close()" only matches a word written as a call; "=blocking" only that exact word (not "blocks").
      sides: c.sides.map((s) => {
        const special = s.match.filter((alt) => alt.endsWith("()") || alt.startsWith("="));
        const plain = s.match.filter((alt) => !special.includes(alt));
        return [
          ...(plain.length ? [{ phrases: compileGroup(plain), call: false }] : []),
          ...special.map((alt) => ({ phrases: compileGroup([alt.replace(/^=/, "")]), call: alt.endsWith("()"), exact: alt.startsWith("=") ? alt.slice(1).toLowerCase() : undefined })),
        ];
      }),
      properties: c.properties.map((p) => {
        const calls = p.match.filter((alt) => /^[A-Za-z_][A-Za-z0-9_]*\(\)$/.test(alt));
        const plain = p.match.filter((alt) => !calls.includes(alt));
        return { plain: plain.length ? compileGroup(plain) : [], calls: calls.length ? compileGroup(calls) : [] };
      }),
      both: c.both?.length ? compileGroup(c.both) : [],
      any: [],
      sideGroups: [],
      rest: [],
    };
    x.sideGroups = x.sides.flatMap((alts) => alts.map((alt) => alt.phrases));
    x.rest = [...x.properties.flatMap((p) => [p.plain, p.calls]), x.both];
    // Every side's and "both" phrase in one list: an answer that can match none skips the contrast at once.
    x.any = [...x.sides.flatMap((alts) => alts.flatMap((alt) => alt.phrases)), ...x.both];
    compiled.set(c, x);
  }
  return x;
}

/**
 * Sides and properties are short, exact phrases: at most one word may come between their words
 * ("listening TCP socket"), so "identifies a program on a machine" is not "identifies a machine".
 */
const CLAIM_GAP = 1;

/** object: an English side right after a verb ("dial the server", "acknowledges the FIN"), never the subject. */
type Role = "subject" | "oblique" | "foil" | "object";
interface Mention {
  side: string;
  span: Span;
  role: Role;
}

const size = (s: Span) => s.to - s.from;

/**
 * Keeps one of overlapping spans: the longest ("connection-oriented" over "connection"), or for
 * side mentions the one that starts first, then the longest ("non-blocking" over "blocking",
 * "상대가 먼저 FIN" over "먼저 FIN …").
 */
function longestFirst<T extends { span: Span }>(items: T[], earliest = false): T[] {
  const order = (a: T, b: T) => (earliest ? a.span.from - b.span.from : 0) || size(b.span) - size(a.span) || a.span.from - b.span.from;
  // Token occupancy instead of pairwise checks: linear in the spans' length, whatever the answer.
  const taken = new Set<number>();
  const kept: T[] = [];
  for (const it of [...items].sort(order)) {
    let free = true;
    for (let i = it.span.from; i <= it.span.to && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = it.span.from; i <= it.span.to; i++) taken.add(i);
    kept.push(it);
  }
  return kept.sort((a, b) => a.span.from - b.span.from);
}

const KO_FOIL_TAIL = /(보다|처럼|대신|같이|만큼)$/;
const KO_COMPARE_NEXT = /^(달리|다르|다른|비해|비하|비교|대조|반대|아니|아닌|대신|보다|처럼)/;
const KO_LIKE_NEXT = /^(같|똑같|비슷|유사|동일|마찬가지)/;
const KO_WITH_TAIL = new Set(["와", "과", "랑", "이랑", "하고", "에", "이", "가"]);
const KO_OBLIQUE_TAIL = /^(의|에|에게|한테|로|으로|을|를|까지|부터|에게서|으로부터|로부터)$/;
/** "UDP 위에서", "TCP 기반으로": a side named as the ground something else is built on. */
const KO_GROUND_NEXT = /^(위에|위에서|위로|기반|상에서|위의)/;
const KO_COORD_TAIL = new Set(["와", "과", "랑", "이랑", "하고"]);
/** A phrase listed with the next one ("신뢰성이나 순서를", "A와 B를"): they share what follows. */
const KO_LIST_TAIL = /^(이나|나|와|과|랑|이랑|하고|및|이며|며)$/;
const EN_FOIL_BEFORE = new Set(["than", "unlike", "instead", "rather", "compar", "versus", "vs", "not", "like"]);
const EN_SUBJECT_OPENERS = new Set(["think", "thought", "believe", "say", "said", "know", "guess", "mean", "means", "assume", "feel", "sure", "and", "but", "so", "then", "when", "because", "that", "which", "while", "if", "since", "whereas", "although", "though", "once", "after", "before", "until", "as", "where", "whether", "how", "why", "also", "first", "now", "both", "either", "neither", "only", "usually", "typically", "normally", "generally", "meanwhile", "however", "therefore", "thus", "hence", "i.e", "e.g", "whole", "even", "just", "finally", "second", "third", "next", "or", "nor", "yes", "no", "well", "actually", "basically", "simply", "every", "each", "any", "all", "some", "meaning", "where", "this", "that", "these", "those", "other", "another", "new", "old", "original", "listening", "connected", "same", "one"]);
const EN_ADVERBS = new Set(["basically", "actually", "usually", "typically", "normally", "generally", "simply", "just", "even", "also", "only", "really", "essentially", "mostly", "always", "often"]);
const EN_OBLIQUE_BEFORE = new Set(["of", "to", "from", "into", "with", "for", "on", "by", "via", "onto"]);
const COORD_WORDS = new Set(["and", "or", "및", "와", "과", "&"]);
const BOTH_CUES = ["둘 다", "둘다", "모두", "양쪽", "공통", "마찬가지", "both", "either", "alike", "all"];
const DIFFERENCE_CUES = ["차이", "다르", "다른", "달리", "비교", "반면", "반대", "differ", "difference", "different", "whereas", "unlike", "compar", "contrast", "versus", "vs", "while"];

/**
 * A bare side word that modifies the noun after it, which takes an object or oblique particle:
 * "client는 server port를 …", "서버 IP:443으로 connect()" (not "서버 쪽에서": there the noun is the side).
 */
function compoundModifier(tokens: Token[], s: Span): boolean {
  const last = tokens[s.to]!;
  const next = tokens[s.to + 1];
  const next2 = tokens[s.to + 2];
  if (last.tail !== "" || !next || next.clause !== last.clause) return false;
  // (A conjunctive particle too: "서버 IP랑 port를 넣은 sockaddr", "서버 주소와 포트를".)
  const oblique = (t: Token) => /^(을|를|의|에|에서|에게|로|으로|와|과|랑|이랑|하고)$/.test(t.tail);
  if (next.script === "hangul" && next.start - last.end <= 1 && oblique(next) && !/^(쪽|측|편)/.test(next.surface)) return true;
  if (next.script === "latin" && oblique(next) && !/^(side|end)$/.test(next.norm)) return true;
  // (Also through a Latin noun and a number: "서버 IP:443으로".)
  return Boolean(next2 && next2.clause === last.clause && next.script === "latin" && !next.tail && next2.script !== "hangul" && oblique(next2));
}

/** Is the Korean noun at `at` modified by a relative clause right before it ("일치하는 연결", "맞는 소켓", "해당하는 포트")? */
function specificNoun(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && before.clause === tokens[at]!.clause && before.script === "hangul" && (/^(하는|되는|한|된)$/.test(before.tail) || adnominalVerb(before));
}

/** Is the side at `s` the subject of a relative clause ("…가 고정해서 쓰는") on a noun then denied ("포트가 아니라")? */
function inDeniedRelative(tokens: Token[], s: Span): boolean {
  const sentence = tokens[s.to]!.sentence;
  let clause = tokens[s.to]!.clause;
  for (let i = s.to + 1; i < tokens.length && i <= s.to + 8; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.script !== "hangul") return false;
    if (t.clause !== clause) {
      if (!t.joined) return false;
      clause = t.clause;
    }
    // An adnominal verb, then within three words a noun with 이/가 and the denial.
    if (!/(는|은|던|한|된|ㄴ)$/.test(t.surface) || /^(은|는)$/.test(t.tail) && t.norm.length > 1) continue;
    for (let k = i + 1; k <= i + 3 && k + 1 < tokens.length; k++) {
      const n = tokens[k]!;
      if (n.clause !== t.clause) break;
      if (/^(이|가)$/.test(n.tail) && /^(아니|아닌|아닙|아냐)/.test(tokens[k + 1]!.surface)) return true;
    }
    return false;
  }
  return false;
}

function roleOf(tokens: Token[], s: Span): Role {
  const last = tokens[s.to]!;
  const next = tokens[s.to + 1];
  const tail = last.tail;
  if (KO_FOIL_TAIL.test(tail) || (next && next.sentence === last.sentence && /^(만큼|보다|처럼)/.test(next.surface) && next.start === last.end)) return "foil";
  // The ground something is built on is not what is described: "UDP 위에서", "over UDP", "on top of UDP".
  if (next && next.sentence === last.sentence && KO_GROUND_NEXT.test(next.surface)) return "foil";
  const b1 = tokens[s.from - 1];
  const b2 = tokens[s.from - 2];
  if (b1?.surface === "over" || (b1?.surface === "of" && b2?.surface === "top")) return "foil";
  if (b1?.surface === "on" && b2 && /^(built|build|runs|run|running|layered|based|sits)$/.test(b2.surface)) return "foil";
  // "loopback TCP 쓰는 것보다": the thing compared against, two words on.
  if (tail === "" || /^(을|를|로|으로)$/.test(tail))
    for (let i = s.to + 1; i <= s.to + 3 && i < tokens.length && tokens[i]!.sentence === last.sentence; i++) if (tokens[i]!.surface.endsWith("보다")) return "foil";
  if (next && next.script === "hangul" && next.sentence === last.sentence) {
    if (KO_COMPARE_NEXT.test(next.surface) && (KO_WITH_TAIL.has(tail) || tail === "" || /^(아니|아닌)/.test(next.surface))) return "foil";
  }
  // "TCP 소켓이랑 (거의) 똑같아서", "TCP와 비슷하게": the side compared with, not described.
  if (KO_COORD_TAIL.has(tail))
    for (let i = s.to + 1; i <= s.to + 2 && i < tokens.length && tokens[i]!.clause === last.clause; i++) if (KO_LIKE_NEXT.test(tokens[i]!.surface)) return "foil";
  for (let i = s.from - 1; i >= Math.max(0, s.from - 2); i--) {
    const t = tokens[i]!;
    // (Not across a colon: "It isn't: a stream socket does not …" opens a new claim.)
    if (t.sentence !== last.sentence || t.script !== "latin" || (t.clause !== tokens[s.from]!.clause && tokens[clauseOpener(tokens, s.from)]!.afterColon)) break;
    if ((EN_FOIL_BEFORE.has(t.surface) && !t.sign) || t.norm === "compar" || t.surface.startsWith("compar")) return "foil";
  }
  // "0.0.0.0인지 127.0.0.1인지 보면": a side asked about ("whether it is X") is not described.
  if (/^(인지|인지를|인지는|인지도|이냐|냐)$/.test(tail) || (next && next.start === last.end && /^인지/.test(next.surface))) return "foil";
  // "looks at the source port to decide which program gets it", "출발지 포트를 보고 …": what an agent goes by is what the property is said of.
  if (instrument(tokens, s)) return "subject";
  if (KO_OBLIQUE_TAIL.test(tail) || tail === "'s") return "oblique";
  // "client는 server port를 …": a bare side word before a noun that takes an object or oblique particle modifies that noun.
  // (Not "서버 쪽에서", "the server side": there the noun is the side itself.)
  if (compoundModifier(tokens, s)) return "oblique";
  // "임시 포트는 서버가 고정해서 쓰는 잘 알려진 포트가 아니라": the subject of a relative clause on a noun that is denied.
  if (/^(이|가)$/.test(tail) && inDeniedRelative(tokens, s)) return "foil";

  let before = tokens[s.from - 1];
  // (Only a preposition in the mention's own clause: "…the data is for; a socket is …" starts anew.)
  if (before && before.clause === tokens[s.from]!.clause && before.script === "latin" && EN_OBLIQUE_BEFORE.has(before.surface)) return "oblique";
  // (An adverb is looked through: "are basically read/write" is an object, "Basically, TCP …" a subject.)
  for (let i = s.from - 1; i > 0 && EN_ADVERBS.has(tokens[i]!.surface) && tokens[i - 1]!.clause === tokens[i]!.clause && tokens[i - 1]!.script === "latin"; i--) before = tokens[i - 1];
  // English subjects open their clause or follow a connective; a side right after any other word is its object.
  // (Not in Korean: "select와 poll은" names two subjects.)
  if (tokens[s.from]!.script === "latin" && before && before.clause === tokens[s.from]!.clause && before.script === "latin" && !before.tail && !/^(은|는|이|가)$/.test(tail) && !EN_SUBJECT_OPENERS.has(before.surface)) return "object";
  return "subject";
}

/** The first token of token `i`'s clause. */
function clauseOpener(tokens: Token[], i: number): number {
  let open = i;
  while (open > 0 && tokens[open - 1]!.clause === tokens[i]!.clause) open--;
  return open;
}

/** Verbs of deciding an instrument serves: "… to decide / pick / find / know …". */
const EN_INSTRUMENT_GOAL = /^(decid|determin|pick|choos|find|know|identif|select|deliver|rout|demultiplex|tell|match|sort)/;
const EN_INSTRUMENT_VERB = new Set(["use", "read", "check", "consult", "inspect", "examin"]);
const KO_INSTRUMENT_NEXT = /^(보고|봐서|보며|보면서|기준으로|근거로)/;
/** Is the mention what an agent goes by to decide: "looks at X to decide", "uses X to pick", "X를 보고"? */
function instrument(tokens: Token[], s: Span): boolean {
  const last = tokens[s.to]!;
  const next = tokens[s.to + 1];
  if (/^(을|를)$/.test(last.tail)) return Boolean(next && next.clause === last.clause && KO_INSTRUMENT_NEXT.test(next.surface));
  if (last.script === "hangul") return false;
  if (next?.surface !== "to" || !EN_INSTRUMENT_GOAL.test(tokens[s.to + 2]?.norm ?? "")) return false;
  const b1 = tokens[s.from - 1];
  const b2 = tokens[s.from - 2];
  return Boolean(b1 && b1.clause === last.clause && (EN_INSTRUMENT_VERB.has(b1.norm) || (b1.surface === "at" && b2?.norm === "look")));
}

/** "연결마다 소켓이 따로 있으니": a side that only exists (이/가, then 있/없 within a few words) is no agent of what follows; where its 있/없 is, or -1. */
function existential(tokens: Token[], x: Span): number {
  if (!/^(이|가)$/.test(tokens[x.to]!.tail)) return -1;
  for (let i = x.to + 1; i <= x.to + 3 && i < tokens.length && tokens[i]!.clause === tokens[x.to]!.clause; i++)
    // (Not the auxiliary "-어 있다": "서버가 죽어 있어도" says what the side is doing.)
    if (/^(있|없)/.test(tokens[i]!.surface)) return i > x.to + 1 && /(어|아|여|해|워|져|와)$/.test(tokens[i - 1]!.surface) ? -1 : i;
  return -1;
}

/** Are mentions a and b (a before b, different sides) said together: "TCP와 UDP", "TCP and UDP", "TCP/UDP"? */
function coordinated(tokens: Token[], a: Mention, b: Mention): boolean {
  if (a.side === b.side || tokens[a.span.to]!.sentence !== tokens[b.span.from]!.sentence) return false;
  // ("a blocking send() blocks and a non-blocking send() returns EAGAIN": a verb right after its call, "send() blocks", is no side listed with the next.)
  if (tokens[a.span.from - 1]?.call && tokens[a.span.to]!.script === "latin" && /s$/.test(tokens[a.span.to]!.surface)) return false;
  const gap = b.span.from - a.span.to;
  if (gap === 1) return KO_COORD_TAIL.has(tokens[a.span.to]!.tail) || (tokens[a.span.to]!.tail === "" && tokens[a.span.to]!.clause === tokens[b.span.from]!.clause);
  if (gap === 2) return COORD_WORDS.has(tokens[a.span.to + 1]!.surface) && tokens[a.span.to]!.clause === tokens[b.span.from]!.clause;
  return false;
}

/** "instead of IP and port", "without a handshake", "IP와 포트 대신", "경로 말고": the property is set aside, as if negated. */
const EN_DISPLACE_BEFORE = new Set(["instead", "rather", "without", "unlike", "regardless", "skip", "skips", "skipping", "omit", "omits", "lacks", "lack", "lacking", "sacrifice", "sacrifices", "trade", "trades", "trading", "forgo", "forgoes", "swaps", "replaces", "replace", "drops", "ditches"]);
const EN_DISPLACE_DIRECT = new Set(["swaps", "replaces", "replace", "drops", "ditches"]);
const KO_DISPLACE_AFTER = /^(대신|말고|없이|아니라|아닌|아니고|상관없이|관계없이|무관|포기|희생|생략|버리|버린|내주|거리가|필요하면)/;
/** A verb in its -아/-어 form ("멈춰", "끊어", "닫아", "막혀"), as before an auxiliary verb: no particle, last syllable open with ㅏ/ㅓ/ㅕ/ㅘ/ㅝ/ㅐ/ㅜ. */
function auxiliaryStem(t: Token): boolean {
  if (t.script !== "hangul" || t.tail) return false;
  const code = t.surface.charCodeAt(t.surface.length - 1) - 0xac00;
  if (code < 0 || code > 11171 || code % 28 !== 0) return false;
  const vowel = Math.floor(code / 28) % 21;
  // ㅏ 0, ㅐ 1, ㅓ 4, ㅕ 6, ㅘ 9, ㅝ 14
  return vowel === 0 || vowel === 1 || vowel === 4 || vowel === 6 || vowel === 9 || vowel === 14;
}

function displaced(tokens: Token[], s: Span): boolean {
  const last = tokens[s.to]!;
  const next = tokens[s.to + 1];
  // ("핸드셰이크 없이 데이터를 보내지 않는다": not doing anything without it affirms it.)
  const without = /없이$/.test(last.tail) ? s.to : next?.surface === "없이" ? s.to + 1 : -1;
  if (without >= 0 && negatedWithout(tokens, without)) return false;
  if (/(대신|말고|없이)$/.test(last.tail)) return true;
  // "포트 대신" sets the port aside; "보장하는 대신" (in exchange for guaranteeing) does not.
  const verbal = /(는|은|한|ㄴ)$/.test(last.tail);
  // ("연결 맺는 과정 없이": without the step the property describes.)
  const after = tokens[s.to + 2];
  if (verbal && last.script === "hangul" && next?.script === "hangul" && next.tail === "" && next.clause === last.clause && after?.surface === "없이" && after.clause === last.clause && !negatedWithout(tokens, s.to + 2)) return true;
  // ("멈춰 버리기 때문에": "-아/어 버리다" is an auxiliary — it happens completely — not "discarding" the property.)
  if (next && next.clause === last.clause && next.script === "hangul" && KO_DISPLACE_AFTER.test(next.surface) && !(verbal && next.surface.startsWith("대신")) && !(next.surface.startsWith("버") && auxiliaryStem(last))) return true;
  for (let i = s.from - 1; i >= Math.max(0, s.from - 3); i--) {
    const t = tokens[i]!;
    if (t.clause !== tokens[s.from]!.clause || t.script !== "latin") break;
    // ("TCP instead gets a socket per connection": an adverb; only "instead of" / "rather than" set something aside.)
    // ("poll swaps the bitmap for an array": only what comes right after swaps/replaces/drops is set aside.)
    if (EN_DISPLACE_BEFORE.has(t.surface) && !((t.surface === "instead" || t.surface === "rather") && !/^(of|than)$/.test(tokens[i + 1]?.surface ?? "")) && !(EN_DISPLACE_DIRECT.has(t.surface) && i !== s.from - 1)) return true;
    if (t.surface === "up" && tokens[i - 1]?.norm === "give") return true;
  }
  return false;
}

/** Per-answer facts about each sentence, computed once: its words, and cue and rejection checks. */
interface SentenceInfo {
  words: Token[];
  text: string;
  cues: Map<string[], boolean>;
  rejected?: boolean;
}
const sentenceCache = new WeakMap<Token[], Map<number, SentenceInfo>>();
function sentenceInfo(tokens: Token[], sentence: number): SentenceInfo {
  let bySentence = sentenceCache.get(tokens);
  if (!bySentence) {
    bySentence = new Map();
    for (const t of tokens) {
      let info = bySentence.get(t.sentence);
      if (!info) bySentence.set(t.sentence, (info = { words: [], text: "", cues: new Map() }));
      info.words.push(t);
    }
    for (const info of bySentence.values()) info.text = ` ${info.words.map((t) => t.surface).join(" ")} `;
    sentenceCache.set(tokens, bySentence);
  }
  return bySentence.get(sentence)!;
}

function sentenceHas(tokens: Token[], sentence: number, cues: string[]): boolean {
  const info = sentenceInfo(tokens, sentence);
  let v = info.cues.get(cues);
  if (v === undefined) {
    v = cues.some((c) => (/^[a-z]/.test(c) ? info.words.some((t) => t.surface === c || (c.length >= 5 && t.surface.startsWith(c))) : info.text.includes(c)));
    info.cues.set(cues, v);
  }
  return v;
}

function rejected(tokens: Token[], sentence: number): boolean {
  const info = sentenceInfo(tokens, sentence);
  info.rejected ??= rejectedClaimSentence(info.words, sentence) || deniedAfter(tokens, sentence);
  return info.rejected;
}

/**
 * Per-answer facts about clauses, computed once in one pass (claims must stay linear in the
 * answer's length): the latest Korean subject/topic word ("상대는", "커널이") at or before each
 * token in its clause, and which clauses are hypothetical ("if the listening socket carried
 * the data…", "리스닝 소켓으로 주고받으면") and so claim nothing.
 */
interface ClauseInfo {
  lastSubject: Int32Array;
  hypothetical: Set<number>;
  /** First and last token of each clause. */
  /** Per clause: its first and last token, and their indexes. */
  bounds: Map<number, { first: Token; last: Token; from: number; to: number }>;
}
const clauseCache = new WeakMap<Token[], ClauseInfo>();
const EN_COUNTERFACTUAL = new Set(["would", "could", "were", "might", "otherwise", "suppose", "imagine"]);
const KO_HYPOTHETICAL = /^(만약|만일|가령)/;
const KO_SUPPOSE_END = /(다면|라면|었으면|였으면|했으면)$/;
const KO_CONDITIONAL_END = /(면|려면)$/;
const KO_CONCESSIVE_END = new RegExp(`(${KO_CONCESSIVE})$`);
const KO_NOT_CONDITIONAL = /(반면|측면|표면|화면|전면|이면)$/;
/**
 * A clause supposes rather than asserts when it is counterfactual ("if it were…, it would…",
 * "…했다면", "만약…") or a condition whose consequence is refused ("리스닝 소켓으로 주고받으면 새
 * 연결을 받을 수 없다", "if the listener carried the data, it could not accept"). A plain
 * condition states a fact ("lsof -p로 하면 프로세스가 나와요", "if the queue is full, SYNs are dropped").
 */
function clauseInfo(tokens: Token[]): ClauseInfo {
  let info = clauseCache.get(tokens);
  if (info) return info;
  const lastSubject = new Int32Array(tokens.length);
  const hypothetical = new Set<number>();
  const clauseNegated = new Set<number>();
  const counterfactualSentence = new Set<number>();
  // "…주고받으면 한 명일 때만 돌아가겠죠": a condition whose consequence is a guess supposes.
  const conjectureSentence = new Set<number>();
  for (const t of tokens) {
    if (t.negation) clauseNegated.add(t.clause);
    if (t.script === "hangul" && /(겠|텐데|테니|거예요|겁니다|것입니다|을걸|ㄹ걸)/.test(t.surface)) conjectureSentence.add(t.sentence);
    if (t.script === "latin" && EN_COUNTERFACTUAL.has(t.surface)) counterfactualSentence.add(t.sentence);
  }
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && tokens[i - 1]!.clause !== t.clause) last = -1;
    if (subjectParticle(t, true)) last = i;
    lastSubject[i] = last;
    if (t.script === "hangul" && KO_HYPOTHETICAL.test(t.surface)) hypothetical.add(t.clause);
    if (t.script === "latin" && t.surface === "if" && (counterfactualSentence.has(t.sentence) || clauseNegated.has(t.clause + 1))) {
      hypothetical.add(t.clause);
      // "…, it would need retransmission": the consequence of a counterfactual supposes too.
      if (counterfactualSentence.has(t.sentence)) for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === t.sentence; k++) hypothetical.add(tokens[k]!.clause);
    }
    if (t.script === "latin" && EN_COUNTERFACTUAL.has(t.surface) && (t.surface === "suppose" || t.surface === "imagine" || t.surface === "otherwise")) hypothetical.add(t.clause);
    const next = tokens[i + 1];
    const endsClause = !next || next.clause !== t.clause;
    if (endsClause && t.script === "hangul" && !KO_NOT_CONDITIONAL.test(t.surface)) {
      if (KO_SUPPOSE_END.test(t.surface)) {
        hypothetical.add(t.clause);
        // "만약 …했다면, 새 연결은 못 받으니까 …": the consequence of a past supposition supposes too
        // (not a plain condition that happens to end in -라면: "모자라면").
        if (/(었다면|았다면|였다면|했다면|었으면|였으면|했으면|됐다면|됐으면)$/.test(t.surface))
          for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === t.sentence; k++) hypothetical.add(tokens[k]!.clause);
      }
      else if (KO_CONDITIONAL_END.test(t.surface) && (clauseNegated.has(t.clause + 1) || conjectureSentence.has(t.sentence))) hypothetical.add(t.clause);
      // "리스닝 소켓을 close()해도 연결은 살아 있다": a concessive clause supposes what the main clause holds despite.
      else if (KO_CONCESSIVE_END.test(t.surface)) hypothetical.add(t.clause);
      // "IPv4와 IPv6를 별도 소켓으로 받고 싶으면 …": what one wants, as a condition, is not yet so.
      else if (/^(싶으면|싶다면|원하면|원한다면|싶을 때)$/.test(t.surface)) hypothetical.add(t.clause);
    }
  }
  const bounds = new Map<number, { first: Token; last: Token; from: number; to: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const b = bounds.get(t.clause);
    if (b) {
      b.last = t;
      b.to = i;
    } else bounds.set(t.clause, { first: t, last: t, from: i, to: i });
  }
  info = { lastSubject, hypothetical, bounds };
  clauseCache.set(tokens, info);
  return info;
}

function instrumental(tokens: Token[], x: Mention): boolean {
  if (/^(로|으로|에서|로써|으로써)$/.test(tokens[x.span.to]!.tail)) return true;
  const before = tokens[x.span.from - 1];
  return Boolean(before && /^(through|via|using|over)$/.test(before.surface));
}

/** Is this clause a hypothetical ("if …", "…하면")? Such a clause asserts nothing. */
export function isHypothetical(tokens: Token[], clause: number): boolean {
  return clauseInfo(tokens).hypothetical.has(clause);
}

/** Does the clause have a Korean subject or topic word before the property ("…, 상대는 CLOSE_WAIT")? */
function ownSubject(tokens: Token[], span: Span): boolean {
  if (!(span.from > 0 && tokens[span.from - 1]!.clause === tokens[span.from]!.clause)) return false;
  const j = clauseInfo(tokens).lastSubject[span.from - 1]!;
  // ("SOCK_DGRAM은 …, 데이터가 이어진 바이트 흐름으로 전달되기 때문에": the data a property describes is its theme, not
  // another agent — the sentence's side still carries.)
  return j >= 0 && !(tokens[j]!.script === "hangul" && DATA_NOUNS.test(tokens[j]!.norm));
}
const DATA_NOUNS = /^(데이터|메시지|패킷|바이트|세그먼트|데이터그램)$/;

/**
 * "…, and so is UDP", "UDP too", "UDP, like TCP, …", "UDP도 마찬가지입니다": a mention that adds
 * itself to what was just said, in a clause that says nothing else of the contrast.
 */
const EN_ADDITIVE_AFTER = new Set(["too", "also", "as"]);
const EN_ADDITIVE_BEFORE = new Set(["like", "same", "also"]);
// (Said as the predicate, "같습니다", "동일합니다"; not the adnominal "같은 포트를 쓰지만", which modifies a noun.)
const KO_ADDITIVE = /^(마찬가지|그렇|같(?!은|이)|동일(?!한))/;
function additive(tokens: Token[], x: Mention): boolean {
  const last = tokens[x.span.to]!;
  const next = tokens[x.span.to + 1];
  const b1 = tokens[x.span.from - 1];
  const b2 = tokens[x.span.from - 2];
  if (last.tail === "도" || last.tail.endsWith("도")) {
    for (let i = x.span.to + 1; i < tokens.length && tokens[i]!.clause === last.clause; i++) {
      // ("새 소켓도 로컬 포트는 리스닝 소켓이랑 같음": a topic of its own, or "X랑 같다", compares something else.)
      if (/^(은|는|이|가|랑|이랑|와|과|하고)$/.test(tokens[i]!.tail)) return false;
      if (KO_ADDITIVE.test(tokens[i]!.surface)) return true;
    }
    return false;
  }
  // (Not "ALPN, also in the ClientHello, lists …": "also" before a place says where, not "the same holds".)
  // ("it only serves as the return address": "as" adds a side only in "as well".)
  if (next && next.sentence === last.sentence && EN_ADDITIVE_AFTER.has(next.surface) && (next.surface !== "as" || tokens[x.span.to + 2]?.surface === "well") && !/^(in|inside|at|on|part|within|sent|carried)$/.test(tokens[x.span.to + 2]?.surface ?? "")) return true;
  // (Not "a little-endian machine like x86": "like" after a noun in its clause gives an example.)
  if (b1 && b1.sentence === last.sentence && EN_ADDITIVE_BEFORE.has(b1.surface) && !(b1.surface === "like" && b2 && b2.clause === b1.clause && b2.script === "latin")) return true;
  return Boolean(b1 && b2 && b2.surface === "so" && (b1.norm === "be" || b1.norm === "do"));
}

/**
 * The side a property modifies rather than is said of: a Korean relative clause ends on an
 * adnominal form right before the side ("OS가 제공하는 TCP 소켓", "커널이 만든 새 소켓"), an English
 * participle follows the side ("a socket provided by the OS", "the socket created by accept()").
 */
function modifiedMention(tokens: Token[], mentions: Mention[], span: Span): Mention | undefined {
  const last = tokens[span.to]!;
  for (let i = span.to; i <= span.to + 2 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.clause !== last.clause && i > span.to) break;
    const adnominal = (t.script === "hangul" && /(는|은|된|한|인|던|할|ㄴ)$/.test(t.surface) && !/^(은|는)$/.test(t.tail)) || /^(된|한|하는|되는|인|던)$/.test(t.tail);
    if (!adnominal) continue;
    const next = mentions.find((x) => x.span.from === i + 1);
    if (next) return next;
  }
  for (let i = span.from - 1; i >= Math.max(0, span.from - 3); i--) {
    const t = tokens[i]!;
    if (t.script !== "latin" || t.clause !== last.clause || mentions.some((x) => x.span.to === i && i !== span.from - 1)) break;
    if (/(ed|en)$/.test(t.surface) || t.surface === "that" || t.surface === "which") {
      const m = mentions.find((x) => x.span.to === i - 1);
      if (m) return m;
    }
  }
  return undefined;
}

/**
 * "…then listen(), which blocks until …", "accept(): it marks the socket as passive": an English clause
 * that opens on a relative pronoun, or on "it" right after a colon, is about the side that ends the
 * clause just before it.
 */
function relativeHead(tokens: Token[], mentions: Mention[], span: Span): Mention | undefined {
  const clause = tokens[span.from]!.clause;
  const b = clauseInfo(tokens).bounds.get(clause);
  if (!b || b.first.script !== "latin" || b.from === 0) return undefined;
  const opener = b.first.surface;
  if (!(/^(which|who)$/.test(opener) || (b.first.afterColon && /^(it|this)$/.test(opener)))) return undefined;
  // (Only when nothing but the opener stands between it and the property's own verb phrase: no subject of its own.)
  for (let i = b.from + 1; i < span.from; i++) if (mentions.some((x) => x.span.from === i)) return undefined;
  return mentions.find((x) => x.span.to === b.from - 1 && tokens[x.span.to]!.sentence === b.first.sentence);
}

/** A side is a noun phrase: a Korean particle inside it ends it ("클라이언트는 socket()으로 소켓" is not "클라이언트 소켓"). */
function particleInside(tokens: Token[], s: Span): boolean {
  for (let i = s.from; i < s.to; i++) if (/^(는|와|과)$/.test(tokens[i]!.tail)) return true;
  // (Nor an English copula: "a port is a 16-bit number" is a claim about the port, not the side "port number".)
  for (let i = s.from + 1; i < s.to; i++) if (tokens[i]!.script === "latin" && tokens[i]!.norm === "be") return true;
  return false;
}

/** "서버의 주소": a genitive, except the topic-like "TCP의 경우". */
function genitive(tokens: Token[], x: Span): boolean {
  return tokens[x.to]!.tail === "의" && !/^(경우|때)/.test(tokens[x.to + 1]?.surface ?? "");
}

/**
 * "TIME_WAIT은 상대가 먼저 끊었을 때, 그걸 받은 passive close 쪽이 … 들어가는 상태예요": a property that opens
 * its sentence as the topic is described by the sentence, whose subject may come clauses later.
 */
function topicComment(tokens: Token[], span: Span, usable: Mention[]): Mention | undefined {
  const first = tokens[span.from]!;
  if (!/^(은|는)$/.test(tokens[span.to]!.tail) || (span.from > 0 && tokens[span.from - 1]!.sentence === first.sentence)) return undefined;
  // (Not the subject of a relative clause: "임시 포트는 서버가 리슨하는 고정 포트가 아니라".)
  const relative = (x: Mention) => {
    const verb = tokens[x.span.to + 1];
    return Boolean(verb && verb.script === "hangul" && verb.clause === tokens[x.span.to]!.clause && /(는|은|한|된|던|할|될)$/.test(verb.surface) && !/^(은|는)$/.test(verb.tail));
  };
  const after = usable.filter((x) => x.span.from > span.to && x.role === "subject" && /^(이|가)$/.test(tokens[x.span.to]!.tail) && !relative(x));
  return after.length === 1 ? after[0] : undefined;
}

/** Nouns that name who acts: an English clause opening on one ("…, the peer ACKs it and sits in CLOSE_WAIT") has its own subject. */
const EN_AGENTS = new Set(["peer", "receiver", "sender", "remote", "other", "server", "client", "kernel", "application", "app", "process", "browser", "caller", "program", "host", "side", "end", "endpoint", "closer", "os", "user", "library", "thread", "listener"]);
/**
 * Agents that are never a contrast's side: one right before an English property, with its verb between
 * ("the application handles reliability"), or opening a clause after its modifiers ("an event-driven
 * program should …"), is that property's own subject.
 */
const EN_OWN_AGENTS = new Set(["application", "app", "applications", "apps", "kernel", "library", "user", "os", "program", "developer", "caller"]);
const EN_PRONOUNS = new Set(["it", "they", "we", "you", "i", "he", "she"]);
function englishAgentOpens(tokens: Token[], clause: number, pronouns = false): boolean {
  const b = clauseInfo(tokens).bounds.get(clause);
  if (!b || b.first.script !== "latin") return false;
  let i = b.from;
  while (i < tokens.length && tokens[i]!.clause === clause && EN_SUBJECT_OPENERS.has(tokens[i]!.surface)) i++;
  const t = tokens[i];
  if (t && t.clause === clause && (EN_AGENTS.has(t.norm) || (pronouns && EN_PRONOUNS.has(t.surface)))) return true;
  // ("an event-driven program should …": an agent noun after its modifiers, before any verb-like word.)
  for (let k = i + 1; k <= i + 3 && k < tokens.length && tokens[k]!.clause === clause; k++) {
    const w = tokens[k]!;
    if (w.norm === "be" || w.script !== "latin" || /^(should|must|can|will|would|may|might|then|just|also)$/.test(w.surface)) return false;
    if (EN_OWN_AGENTS.has(w.norm)) return true;
  }
  return false;
}

/** Does the property's clause name a subject (a word with 이/가/은/는) before it? */
function ownSubjectBefore(tokens: Token[], span: Span): boolean {
  const clause = tokens[span.from]!.clause;
  for (let i = span.from - 1; i >= 0 && tokens[i]!.clause === clause; i--) if (tokens[i]!.script === "hangul" && subjectParticle(tokens[i]!, true)) return true;
  return false;
}

function propertyFirst(tokens: Token[], span: Span, inClause: Mention[]): boolean {
  const clause = tokens[span.from]!.clause;
  if (inClause.some((x) => x.span.to < span.from)) return false;
  for (let i = span.from - 1; i >= 0 && tokens[i]!.clause === clause; i--) if (!EN_SUBJECT_OPENERS.has(tokens[i]!.surface)) return false;
  const last = tokens[span.to]!;
  return last.script === "hangul" ? /^(은|는)$/.test(last.tail) : (last.tail ? /^(은|는)$/.test(last.tail) : tokens[span.to + 1]?.norm === "be");
}

/** Does the word carry a subject particle (이/가, with `topic` also 은/는)? Not the connective -다가 ("유지하고 있다가") nor -는가/-인가. */
function subjectParticle(t: Token, topic: boolean): boolean {
  return (topic ? /^(은|는|이|가)$/ : /^(이|가)$/).test(t.tail) && !(t.tail === "가" && /(다|는|인)$/.test(t.norm));
}

/**
 * A subject (이/가) between `from` and `to` that is not only the subject of a relative clause: "상대가 보낸 FIN을 받고
 * 나중에 닫는 쪽" — 상대가 belongs to 보낸, which modifies FIN, so the side after it is still the one described.
 */
function otherSubjectBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (subjectParticle(tokens[i]!, false) && !(i + 2 < to && adnominalVerb(tokens[i + 1]))) return true;
  return false;
}


function clauseLength(tokens: Token[], clause: number): number {
  const b = clauseInfo(tokens).bounds.get(clause);
  return b ? b.to - b.from + 1 : 0;
}

function askedAbout(tokens: Token[], span: Span): boolean {
  // (A wh-phrase, "어느 호스트로 가야 하는지를 알려준다", names which one: asserted.)
  for (let i = span.from; i <= span.to; i++) if (/^(어느|어떤|무슨|which|what)/.test(tokens[i]!.surface)) return false;
  // (Not "어느 호스트인지를 가리킨다": a noun with 인지 names which one, and the clause asserts it.)
  for (let i = span.to; i <= span.to + 2 && i < tokens.length && tokens[i]!.clause === tokens[span.to]!.clause; i++)
    if (tokens[i]!.script === "hangul" && KO_EMBEDDED_QUESTION.test(tokens[i]!.surface) && !/인지(는|를|도|가|조차)?$/.test(tokens[i]!.surface)) return true;
  // "외부 노출 여부를 판단", "whether it is exposed": weighed, not claimed.
  const next = tokens[span.to + 1];
  if (next && next.clause === tokens[span.to]!.clause && /^여부/.test(next.surface)) return true;
  const before = tokens[span.from - 1];
  if (before && before.clause === tokens[span.from]!.clause && before.surface === "whether") return true;
  return false;
}

/** "On a blocking socket, …", "With UDP, …", "For TCP, …": a fronted phrase that frames the clauses after it. */
const EN_FRAME = new Set(["on", "with", "for", "in", "under", "using"]);
function frame(tokens: Token[], inSentence: Mention[], span: Span): Mention | undefined {
  const clause = tokens[span.from]!.clause;
  return inSentence.filter((x) => {
    const prep = tokens[x.span.from - 1];
    if (!prep || prep.script !== "latin" || !EN_FRAME.has(prep.surface)) return false;
    // The preposition opens its clause, and the clause ends before the property's.
    const beforePrep = tokens[x.span.from - 2];
    if (beforePrep && beforePrep.clause === prep.clause) return false;
    const own = tokens[x.span.to]!.clause;
    if (own >= clause) return false;
    // "With a separate socket per connection you can … keep accepting": a person acts, the phrase is the means.
    for (let k = x.span.to + 1; k < span.from; k++) if (EN_PERSONAL.has(tokens[k]!.surface)) return false;
    // "In the Reactor pattern the application submits the read …, the kernel performs the I/O, …": a
    // frame that opens its sentence holds for the whole sentence (a later side's frame takes over).
    if ((!beforePrep || beforePrep.sentence !== prep.sentence) && prep.sentence === tokens[span.from]!.sentence) return true;
    // The phrase is its whole clause: at most two more words ("socket", "mode") before the break.
    let extra = 0;
    for (let k = x.span.to + 1; k < tokens.length && tokens[k]!.clause === own; k++) extra++;
    return extra <= 2;
  }).at(-1);
}

/** "…이 없으면", "if nothing listens": a clause that states a condition. */
function conditionClause(tokens: Token[], clause: number): boolean {
  const b = clauseInfo(tokens).bounds.get(clause);
  return Boolean(b && ((b.last.script === "hangul" && /면$/.test(b.last.surface)) || (b.last.script === "num" && /면$/.test(b.last.tail)) || /^(if|when|once|whenever)$/.test(b.first.surface)));
}

/** "…고갈될 수 있으므로", "…없어서", "because …": a clause that states a cause (its result follows). */
function causalClause(tokens: Token[], clause: number): boolean {
  const b = clauseInfo(tokens).bounds.get(clause);
  return Boolean(b && ((b.last.script === "hangul" && /(므로|니까|어서|아서|해서|때문에)$/.test(b.last.surface)) || /^(because|since|as)$/.test(b.first.surface)));
}

/** "…하려면", "…하기 위해", "in order to …": a clause that states a purpose. */
function purposeClause(tokens: Token[], clause: number): boolean {
  const last = clauseInfo(tokens).bounds.get(clause)?.last;
  return Boolean(last && last.script === "hangul" && /(려면|위해|위해서|위하여|도록)$/.test(last.surface));
}

/** "the listening socket …, so you can talk to that client": another subject (you, we, I) stands between. */
const EN_PERSONAL = new Set(["you", "we", "i", "they", "he", "she"]);
/**
 * "it gets acknowledged", "the FIN is acknowledged by the peer": an English past participle after
 * be/get, where the property is written active ("acknowledges"), is done to the subject, not by it.
 * (A property written as a participle, "bound to a port", stays the subject's.)
 */
const passiveWords = new WeakMap<string[], Set<string>>();
function passiveOfActive(tokens: Token[], span: Span, match: string[]): boolean {
  const t = tokens[span.from]!;
  if (t.script !== "latin" || !/(ed|en)$/.test(t.surface)) return false;
  let words = passiveWords.get(match);
  if (!words) {
    words = new Set(match.flatMap((m) => m.toLowerCase().split(/[^a-z_]+/)));
    passiveWords.set(match, words);
  }
  if (words.has(t.surface)) return false;
  const before = tokens[span.from - 1];
  const before2 = tokens[span.from - 2];
  const aux = (x: Token | undefined) => Boolean(x && x.clause === t.clause && (x.norm === "be" || /^(get|gets|got|gotten|getting|been|being)$/.test(x.surface)));
  return aux(before) || (aux(before2) && before!.script === "latin" && /ly$/.test(before!.surface));
}

/**
 * "SCM_RIGHTS로 fd를 넘기는 건 TCP 소켓 쪽 기능이고": the property sits in a nominalised topic
 * ("…하는 건", "…하는 것은", "…하는 게"), so the side named after it is what it is said of.
 */
function nominalTopic(tokens: Token[], span: Span, inClause: Mention[]): Mention | undefined {
  const clause = tokens[span.from]!.clause;
  for (let i = span.to + 1; i < tokens.length && tokens[i]!.clause === clause && i <= span.to + 8; i++) {
    const t = tokens[i]!;
    if (t.script !== "hangul" || !/^(건|것은|거는|게|것이)$/.test(t.surface)) continue;
    const prev = tokens[i - 1]!;
    if (prev.script !== "hangul" || !/(는|은|한|던)$/.test(prev.surface)) return undefined;
    return inClause.find((x) => x.span.from > i && x.span.from <= i + 3);
  }
  return undefined;
}

/** "0.0.0.0:80이면": an address with its port glued on carries its particle on the port. */
function gluedPort(tokens: Token[], x: Span): boolean {
  const next = tokens[x.to + 1];
  return Boolean(next && next.script === "num" && next.clause === tokens[x.to]!.clause && next.start === tokens[x.to]!.end + 1 && next.tail !== "");
}

/** Verbs whose person after them is who receives, not a new subject: "getsockname() gives you the local port". */
const EN_GIVING = new Set(["give", "tell", "show", "hand"]);
function interrupted(tokens: Token[], subject: Span, property: Span): boolean {
  for (let i = subject.to + 1; i < property.from; i++)
    if (tokens[i]!.script === "latin" && EN_PERSONAL.has(tokens[i]!.surface) && !EN_GIVING.has(tokens[i - 1]!.norm)) return true;
  return false;
}

const KO_DEMONSTRATIVE_SUBJECT = /^(이게|그게|저게|이건|그건|이것이|그것이|이것은|그것은)$/;

/**
 * Can this mention carry over to a later clause as its subject? A Korean mention must be marked
 * as a subject or topic (은/는/이/가) or stand bare; an English one must open its clause ("A
 * socket is bound to a protocol, an IP address and a port number, …": the port number is not).
 */
function clauseSubject(tokens: Token[], x: Span): boolean {
  const t = tokens[x.from]!;
  // ("…내려보내고(이게 다중화), 받는 쪽은 …": after "이게"/"그건" the side is what this is called, not who acts next.)
  if (t.script === "hangul" && !tokens[x.to]!.tail) for (let k = x.from - 1; k >= 0 && tokens[k]!.clause === t.clause; k--) if (KO_DEMONSTRATIVE_SUBJECT.test(tokens[k]!.surface)) return false;
  // ("sets the 'finish' bit (FIN) once it has …": a side named in an aside in parentheses names; it does not act.)
  if (tokens[clauseOpener(tokens, x.from)]!.afterParen && !tokens[x.to]!.tail) return false;
  if (t.script === "hangul" || tokens[x.to]!.tail) return true;
  let words = 0;
  for (let k = x.from - 1; k >= 0 && tokens[k]!.clause === t.clause; k--) if (!EN_SUBJECT_OPENERS.has(tokens[k]!.surface)) words++;
  // ("addressed by protocol, IP and port, …": the last item of a list that ends its clause has no verb of its own.)
  if (words === 1 && /^(and|or)$/.test(tokens[x.from - 1]?.surface ?? "") && tokens[x.to + 1]?.clause !== t.clause) return false;
  return words <= 1;
}

/** "close()는 …, 프로세스가 더 없으면, 보내는 길도 …": a clause in between names a subject of its own. */
function subjectBetween(tokens: Token[], subject: Span, property: Span): boolean {
  const { lastSubject } = clauseInfo(tokens);
  const from = tokens[subject.to]!.clause;
  for (let i = subject.to + 1; i < property.from; i++) {
    const t = tokens[i]!;
    // (A terse note's bare "상대" opening a later clause is the other party: "먼저 닫는 쪽 FIN → 상대 ACK (CLOSE_WAIT …)".)
    if (t.clause !== from && t.script === "hangul" && /^(상대|상대방|상대편|반대편|반대쪽)$/.test(t.norm) && tokens[i - 1]!.clause !== t.clause) return true;
    if (t.clause === from || t.clause === tokens[property.from]!.clause) continue;
    if (lastSubject[i]! >= 0 && lastSubject[i]! > subject.to) return true;
  }
  return false;
}

/** "port에 bind된 endpoint object": the oblique sits in a relative clause that modifies something else. */
function adnominalBetween(tokens: Token[], oblique: Span, property: Span): boolean {
  for (let i = oblique.to + 1; i < property.from; i++) {
    const t = tokens[i]!;
    if ((t.script === "hangul" && /(된|한|하는|되는|있는|붙은|묶인|걸린)$/.test(t.surface)) || /^(된|한|하는|되는|인)$/.test(t.tail)) return true;
  }
  return false;
}

/** A claim's subject is close by: mentions within WINDOW tokens (keeps run-on answers linear). */
const WINDOW = 40;
function near(sorted: Mention[], span: Span): Mention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.to < span.from - WINDOW) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.span.from <= span.to + WINDOW; i++) out.push(sorted[i]!);
  return out;
}

/**
 * The side a sentence without any side mention speaks of, carried from the sentence before:
 * "UDP는 빠릅니다. 이것은 연결 지향입니다", "UDP is fast. It is the reliable one", "TCP and UDP …
 * The former …; the latter …", "둘 다 …" after two sides said together. English needs a pronoun
 * ("it", "this", "the former"…); Korean also carries a dropped subject (no 은/는/이/가 word
 * before the property in its clause). Only an unambiguous topic carries: the previous
 * sentence's subject mentions must name one side (or the cue picks one by order).
 */
const EN_ANAPHORA = new Set(["it", "its", "it's", "this", "that", "they", "their", "them", "former", "latter", "both"]);
const CONTAINER = /^(packet|datagram|segment|limit|size|payload|message|header|한도|크기|패킷|제한|페이로드|메시지|헤더|데이터그램|세그먼트)$/;
const KO_CONNECTIVE = /^(그래야|그래서|따라서|그러면|그러니까|그러니|다만|하지만|그런데|근데|반면|그리고|또한|또|이렇게|그러므로|즉|결국|물론|대신|특히|예를)/;
const KO_ANAPHORA = /^(이것|이건|이거|그것|그건|그거|이는|얘|걔|이쪽|그쪽|전자|후자|둘|두|이\s?프로토콜)/;
function carriedTopic(tokens: Token[], bySentence: Map<number, Mention[]>, span: Span): { side: string; span: Span } | undefined {
  const first = tokens[span.from]!;
  const sentence = first.sentence;
  // The words of this sentence up to the property: the cue must come before it.
  let cue: string | undefined;
  // (Within WINDOW words before it, so a run-on answer stays linear.)
  let start = span.from;
  while (start > 0 && span.from - start < WINDOW && tokens[start - 1]!.sentence === sentence) start--;
  for (let i = start; i < span.from; i++) {
    const t = tokens[i]!;
    // ("Each accepted connection gets its own socket": a possessive inside the clause points to that clause's
    // own subject, not back to the sentence before — only one that opens its clause carries.)
    // (Nor an object pronoun after the clause's verb: "The other side ACKs it and goes to CLOSE_WAIT".)
    const pronounInside = (t.surface === "its" || t.surface === "their" || t.surface === "it" || t.surface === "them") && i > 0 && tokens[i - 1]!.clause === t.clause && !EN_SUBJECT_OPENERS.has(tokens[i - 1]!.surface);
    if (t.script === "latin" && EN_ANAPHORA.has(t.surface) && !pronounInside && !((t.surface === "this" || t.surface === "that") && i !== start)) {
      cue = t.surface === "former" || t.surface === "latter" || t.surface === "both" ? t.surface : (cue ?? "it");
    } else if (t.script === "hangul" && KO_ANAPHORA.test(t.surface)) {
      if (t.surface.startsWith("전자")) cue = "former";
      else if (t.surface.startsWith("후자")) cue = "latter";
      else if (/^(둘|두)/.test(t.surface)) {
        const text = tokens.slice(i, span.from + 1).map((x) => x.surface).join(" ");
        if (/^(둘\s?다|둘\s?모두|두\s?(프로토콜|소켓|방식|개|가지|큐)\s?(모두|다|다요|둘\s?다))/.test(text)) cue = "both";
      } else cue ??= "it";
    }
  }
  // "하프 클로즈는 …": a property marked as the topic is what the sentence is about, not a claim of the last side.
  const ownTopic = /^(은|는|이|가)$/.test(tokens[span.to]!.tail);
  // A dropped Korean subject carries only after a sentence that opens on its side as the topic ("UDP는 …"),
  // and not into a sentence that opens on a connective ("그래야 …", "그래서 …": about the situation, not the side).
  // (English words there may be subjects of their own; calls and code names, "send() 한 번에", are not.)
  const opener = tokens[start]!;
  const koreanDropped = first.script === "hangul" && !ownTopic && !KO_CONNECTIVE.test(opener.surface) && !ownSubject(tokens, span) && tokens.slice(start, span.from).every((t) => t.script !== "latin" || !/^[a-z]/.test(t.surface) || t.call || t.code);
  if (!cue && !koreanDropped) return undefined;
  // "An RST is the opposite of polite: it doesn't wait …": an "it" after the sentence opened on a
  // subject of its own ("An RST is …") points to that subject, not back to the sentence before.
  if (cue === "it") {
    let k = start;
    while (k < span.from && EN_SUBJECT_OPENERS.has(tokens[k]!.surface)) k++;
    const lead = tokens[k];
    if (lead && lead.script === "latin" && !EN_ANAPHORA.has(lead.surface) && !EN_PRONOUNS.has(lead.surface))
      for (let j = k + 1; j <= k + 3 && j < span.from && tokens[j]!.clause === lead.clause; j++) if (tokens[j]!.norm === "be") return undefined;
  }
  const prev = bySentence.get(sentence - 1)?.filter((x) => x.role !== "foil");
  if (!prev?.length) return undefined;
  if (!cue) {
    let k = prev[0]!.span.from;
    while (k > 0 && tokens[k - 1]!.sentence === sentence - 1) k--;
    const lead = prev[0]!;
    if (lead.span.from - k > 1 || !/^(은|는)$/.test(tokens[lead.span.to]!.tail)) return undefined;
  }
  const sides: Mention[] = [];
  for (const x of prev) if (!sides.some((y) => y.side === x.side)) sides.push(x);
  if (cue === "both") return sides.length >= 2 ? { side: "both", span: sides[0]!.span } : undefined;
  if (cue === "former") return sides.length >= 2 ? sides[0] : undefined;
  if (cue === "latter") return sides.length >= 2 ? sides.at(-1) : undefined;
  const subjects = prev.filter((x) => x.role === "subject" && clauseSubject(tokens, x.span));
  const topics = new Set(subjects.map((x) => x.side));
  // Two sides as subjects ("TCP는 …, UDP는 …") leave "it" ambiguous: no claim.
  return topics.size === 1 ? subjects.at(-1) : undefined;
}

/**
 * "전자/후자", "the former/the latter": each stands for one of the last two different things
 * named before it (two sides, or two of a contrast's values such as port ranges), in its
 * sentence or the one before. Both stand-ins read what came before them, never each other.
 */
type Prop = ContrastInput["properties"][number];
function formerLatter(tokens: Token[], sides: { side: string; span: Span }[], props: { prop: Prop; span: Span }[]): ({ side: string; span: Span } | { prop: Prop; span: Span })[] {
  const out: ({ side: string; span: Span } | { prop: Prop; span: Span })[] = [];
  // "the former …, the latter …": both read what was named before the first of them.
  let cutoff = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const which = t.surface === "former" || (t.script === "hangul" && /^전자(는|가|의|도|를|은|이|에|만)?$/.test(t.surface)) ? 0 : t.surface === "latter" || (t.script === "hangul" && /^후자(는|가|의|도|를|은|이|에|만)?$/.test(t.surface)) ? 1 : -1;
    if (which < 0) continue;
    if (cutoff < 0 || tokens[cutoff]!.sentence < t.sentence - 1) cutoff = i;
    const inReach = (s: Span) => s.to < cutoff && tokens[s.from]!.sentence >= tokens[cutoff]!.sentence - 1;
    const items = [
      ...sides.filter((x) => inReach(x.span)).map((x) => ({ key: `s:${x.side}`, at: x.span.from, item: { side: x.side, span: { from: i, to: i, ownNegations: 0 } } })),
      ...props.filter((x) => inReach(x.span)).map((x) => ({ key: `p:${x.prop.id}`, at: x.span.from, item: { prop: x.prop, span: { from: i, to: i, ownNegations: 0 } } })),
    ].sort((a, b) => a.at - b.at);
    // The last two different things named, of one kind (two sides or two values).
    const last = items.at(-1);
    if (!last) continue;
    const before = items.filter((x) => x.key !== last.key && x.key[0] === last.key[0]).at(-1);
    if (!before) continue;
    out.push(which === 0 ? before.item : last.item);
  }
  return out;
}

/**
 * A later Korean negation that is not about the phrase: "비연결에 보장이 없는" (the negation says
 * there is no guarantee: 보장이 없다), "전부 검사하는 O(n) 구조는 벗어나지 못해요" (the phrase sits in a
 * relative clause and the main verb is what is negated). A copula negation ("보장하는 프로토콜이
 * 아닙니다") does deny the relative clause, so it still counts.
 */
function koreanNegationElsewhere(tokens: Token[], s: Span, neg: number): boolean {
  const clause = tokens[s.to]!.clause;
  // A relative clause: from the phrase on, a word ends on an adnominal form and a noun with its particle
  // follows ("맺는 수고가", "전부 검사하는 O(n) 구조는"), unlike a topic ("신뢰성은 보장되지 않는다").
  for (let j = s.to; j < neg; j++) {
    const t = tokens[j]!;
    // ("poll은 pollfd 배열을 넘겨서 1024 같은 한도는 없고": past another object or a connective, a relative clause is another noun's.)
    if (j > s.to && (/^(을|를)$/.test(t.tail) || (t.script === "hangul" && /(서|고|며|면)$/.test(t.surface) && !t.tail))) break;
    if (t.clause !== clause || t.script !== "hangul" || !/(는|은|된|한|던)$/.test(t.surface)) continue;
    let head = -1;
    for (let i = j + 1; i <= j + 3 && i < neg && head < 0; i++) if (tokens[i]!.clause === clause && /^(이|가|은|는|을|를)$/.test(tokens[i]!.tail)) head = i;
    if (head < 0) continue;
    // "연결을 맺는 수고가 없는", "보장하는 프로토콜이 아닙니다": the noun the clause describes is denied — so is the clause.
    return !(neg === head + 1 || /^(아니|아닌|아닙|아냐)/.test(tokens[neg]!.surface));
  }
  // "비연결에 보장이 없는", "보장은 없지만": "there is no X" denies X, not the phrase before it (unlike "…이 아닙니다").
  const before = tokens[neg - 1];
  // ("연결 없이 보장 없이": a bare noun right before 없 is what is missing, too.)
  // (Not a dependent noun: "핸드셰이크 같은 건 없고" denies the handshake.)
  // (Also an English noun with a Korean particle: "pollfd array라 limit은 없는데".)
  if (neg - 1 > s.to && before && (before.script === "hangul" ? /^(이|가|은|는|)$/.test(before.tail) : /^(이|가|은|는)$/.test(before.tail)) && !/^(건|것|거|게|수|적|데|일|필요)/.test(before.surface) && tokens[neg]!.surface.startsWith("없")) return true;
  // ("handshake 완료 + 아직 accept() 안 된 연결": a call right before a short negation is what is not done.)
  if (neg - 1 > s.to && tokens[neg - 1]!.call && /^(안|못)$/.test(tokens[neg]!.surface)) return true;
  // "SYN flood는 끝나지 않을 SYN을 쏟아부어": a topic, then a negated relative clause on another noun.
  const negTok = tokens[neg]!;
  const headNoun = tokens[neg + 1];
  if (/^(은|는|이|가)$/.test(tokens[s.to]!.tail) && /(않을|않는|않은|않던|없는|없을|없던|못할|못한|못하는)$/.test(negTok.surface) && headNoun && headNoun.clause === negTok.clause && /^(이|가|은|는|을|를|의|에|로|으로)$/.test(headNoun.tail)) return true;
  // "어떤 프로세스가 받아야 하는지는 알 수 없어서": an embedded question ("…인지", "…할지") that cannot be known denies the phrase inside it.
  for (let i = s.to; i < neg; i++) if (tokens[i]!.clause === clause && tokens[i]!.script === "hangul" && KO_EMBEDDED_QUESTION.test(tokens[i]!.surface)) return false;
  // ("TIME_WAIT가 서버가 아니라 클라이언트들에": a subject right before "아니라" is what it corrects.)
  // (Not the head of the phrase's own compound, "load balancing 옵션이 아니라": the phrase must carry its own particle.)
  if (/^(아니|아닌|아닙|아냐)/.test(tokens[neg]!.surface) && neg - 1 > s.to && tokens[s.to]!.tail !== "" && tokens[neg - 1]!.clause === clause && /^(이|가)$/.test(tokens[neg - 1]!.tail)) return true;
  // "SHUT_WR은 fd를 release하지 않고": another object between the phrase and the negated verb takes the negation.
  if (/^(아니|아닌|아닙|아냐)/.test(tokens[neg]!.surface)) return false;
  // (Unless the phrase is listed with it and shares it: "신뢰성이나 순서를 보장하지 않는".)
  if (KO_LIST_TAIL.test(tokens[s.to]!.tail)) return false;
  // (Not the phrase's own head noun, "정상 종료 절차를 밟지 않고", "listen() 단계를 거치지 않습니다": a compound with no particle between is one object.)
  // (Calls listed between them, with no particle, belong to the same object: "bind() listen() accept() 단계를 거치지 않습니다".)
  const headNounAt = (i: number) => tokens.slice(s.to + 1, i).every((t) => t.script === "latin" && t.call && !t.tail);
  for (let i = s.to + 1; i < neg; i++) if (tokens[i]!.clause === clause && /^(을|를)$/.test(tokens[i]!.tail) && !(headNounAt(i) && tokens[s.to]!.tail === "" && (tokens[s.to]!.script === "hangul" || tokens[i]!.script === "hangul"))) return true;
  // "SHUT_WR을 해도 수신은 막히지 않아서": a new topic between the phrase and the negated verb owns it.
  // (Not a dependent noun, "핸드셰이크 같은 건 없고": that denies the phrase.)
  for (let i = s.to + 1; i < neg; i++) if (tokens[i]!.clause === clause && tokens[i]!.script === "hangul" && /^(은|는)$/.test(tokens[i]!.tail) && !/^(건|것|거|게|수|적|데|일|필요)$/.test(tokens[i]!.norm) && !/^(건|것|거|게|수|적|데)/.test(tokens[i + 1]?.surface ?? "")) return true;
  return false;
}

/** "외부에서 오는 연결은 거절되니까", "connections from outside are refused": a refusal right after the property denies it. */
const REFUSAL = /^(거절|거부|차단|막히|막혀|막힌|막힙|refus|reject|denied|deny)/;
function refusedAfter(tokens: Token[], s: Span): boolean {
  for (let i = s.to + 1; i <= s.to + 2 && i < tokens.length && tokens[i]!.clause === tokens[s.to]!.clause; i++) if (REFUSAL.test(tokens[i]!.surface)) return true;
  return false;
}

/** Is a property negated? As for any phrase, except a Korean negation that belongs to something else. */
function negated(tokens: Token[], s: Span): boolean {
  if (!phraseNegated(tokens, s)) return refusedAfter(tokens, s);
  const i = laterNegation(tokens, s);
  return !(i >= 0 && tokens[i]!.script === "hangul" && koreanNegationElsewhere(tokens, s, i));
}

const MACHINE_NOUN = /^(ones|host|machine|cpu|processor|system|architecture|arch|platform|호스트|머신|시스템|아키텍처|플랫폼|컴퓨터)$/;

/** Finds every claim the answer makes about the given contrasts. */
export function findClaims(m: Matcher, contrasts: ContrastInput[]): Claim[] {
  const tokens = m.tokens;
  const claims: Claim[] = [];
  for (const c of contrasts) {
    const cc = compile(c);
    if (!m.mayFind(cc.any)) continue;
    const sides = m.findEach(cc.sideGroups, "clause", CLAIM_GAP);
    let g = 0;
    // Sides first: without a side or a "both" word there is no claim to read.
    const found = c.sides.flatMap((side, i) =>
      cc.sides[i]!.flatMap((alt) =>
        sides[g++]!
          .filter((span) => (!alt.call || tokens[span.to]!.call) && (!alt.exact || (span.from === span.to && tokens[span.from]!.surface === alt.exact)) && !particleInside(tokens, span))
          .map((span) => ({ side: side.id, span, role: "subject" as Role })),
      ),
    );
    if (found.length >= 2) for (const x of equatedSides(tokens, c, longestFirst(found, true))) claims.push(x);
    if (found.length === 0 && !cc.both.length) continue;
    const rest = m.findEach(cc.rest, "clause", CLAIM_GAP);
    g = 0;
    const rawProps = c.properties.flatMap((p) => {
      const plain = rest[g++]!;
      const calls = rest[g++]!.filter((sp) => tokens[sp.to]!.call);
      // ("big-endian host에서는 no-op", "on a little-endian machine": a property naming the kind of a machine describes that machine.)
      return [...plain, ...calls].filter((span) => !(tokens[span.to + 1]?.clause === tokens[span.to]!.clause && (MACHINE_NOUN.test(tokens[span.to + 1]!.norm) || tokens[span.to + 1]!.surface === "ones"))).map((span) => ({ prop: p, span }));
    });
    if (rawProps.length === 0) continue;
    // "전자는 …, 후자는 …", "the former … the latter …": stand-ins for the two sides (or two values) just named.
    for (const x of formerLatter(tokens, found, rawProps)) {
      if ("side" in x) found.push({ side: x.side, span: x.span, role: "subject" });
      else rawProps.push({ prop: x.prop, span: x.span });
    }
    // A property phrase that ends in a side word ("half-close" ends in "close") is the property, not a mention.
    const propStartByEnd = new Map<number, number>();
    for (const p of rawProps) propStartByEnd.set(p.span.to, Math.min(propStartByEnd.get(p.span.to) ?? Infinity, p.span.from));
    // A loose phrase match that swallows another side's mention ("통신하는 중에도 리스닝 소켓" read as
    // "통신하는 … 소켓") gives way to the side it contains.
    // (Only a swallow: two or more words before the inner side, so "non-blocking socket" stays itself.)
    const containsOther = (x: (typeof found)[number]) => found.some((y) => y.side !== x.side && y.span.to === x.span.to && y.span.from - x.span.from >= 2);
    const mentions = longestFirst(
      found.filter((x) => !((propStartByEnd.get(x.span.to) ?? Infinity) < x.span.from) && !containsOther(x)),
      true,
    );
    if (mentions.length === 0 && !cc.both.length) continue;
    const mentioned = new Set<number>();
    const bySentence = new Map<number, Mention[]>();
    const mentionStarts = new Set(mentions.map((x) => x.span.from));
    for (const x of mentions) {
      x.role = roleOf(tokens, x.span);
      // "이 client와 직접 데이터를 주고받지 않고": 와/과 not followed by another side is "with", not a subject.
      if (x.role === "subject" && KO_COORD_TAIL.has(tokens[x.span.to]!.tail) && !mentionStarts.has(x.span.to + 1)) x.role = "oblique";
      for (let i = x.span.from; i <= x.span.to; i++) mentioned.add(i);
      const sentence = tokens[x.span.from]!.sentence;
      const list = bySentence.get(sentence);
      if (list) list.push(x);
      else bySentence.set(sentence, [x]);
    }
    const props = longestFirst(
      rawProps.filter(({ span }) => {
        for (let i = span.from; i <= span.to; i++) if (mentioned.has(i)) return false;
        return true;
      }),
    );
    const bothClauses = new Map<number, Span>();
    if (cc.both.length) for (const b of rest[g]!) if (!bothClauses.has(tokens[b.from]!.clause)) bothClauses.set(tokens[b.from]!.clause, b);
    const outside = c.unless?.length ? new Set(tokens.filter((t) => c.unless!.some((w) => t.norm.startsWith(w) || t.surface.startsWith(w))).map((t) => t.sentence)) : undefined;
    for (const { prop, span } of props) {
      const sentence = tokens[span.from]!.sentence;
      if (outside?.has(sentence)) continue;
      const inSentence = near(bySentence.get(sentence) ?? [], span);
      if (rejected(tokens, sentence)) continue;
      // "외부에서 접속 가능한지", "연결 지향인지는": asked, not claimed.
      if (askedAbout(tokens, span)) continue;
      // "the FIN gets acknowledged": an active property in the passive says it of its object, not its subject.
      if (passiveOfActive(tokens, span, prop.match)) continue;
      // "일치하는 연결이 없는데 SYN이면": a lack of one particular thing (a relative clause on its noun) is not the property.
      if (span.ownNegations > 0 && tokens[span.from]!.script === "hangul" && specificNoun(tokens, span.from)) continue;
      // "양쪽 다 TIME_WAIT를 거칩니다", "both ends go through TIME_WAIT": said of every side.
      const bothSpan = bothClauses.get(tokens[span.from]!.clause);
      if (bothSpan && !isHypothetical(tokens, tokens[span.from]!.clause)) {
        if (prop.negatable === false || negated(tokens, span) || displaced(tokens, span)) continue;
        claims.push({ contrast: c.id, property: prop.id, owner: prop.side, subject: "both", negated: false, right: false, span, subjectSpan: bothSpan });
        continue;
      }
      // "OS가 제공하는 TCP 소켓 위에서", "a socket provided by the OS": the property describes the noun it modifies.
      // (Not when the property opens on its own topic: "accept()는 연결을 요청한 클라이언트와…".)
      const ownTopicInside = tokens.slice(span.from, span.to).some((t) => /^(은|는)$/.test(t.tail));
      const head = ownTopicInside ? undefined : modifiedMention(tokens, bySentence.get(sentence) ?? [], span);
      if (head) {
        if (head.role === "foil") continue;
      }
      if (inSentence.length === 0) {
        // Sides that are means, and contrasts of details, are only read where they are named.
        if (c.means || c.severity === "minor") continue;
        // No side in this sentence: "UDP는 빠릅니다. 연결 지향이라…", "UDP is fast. It is the reliable one."
        const carried = carriedTopic(tokens, bySentence, span);
        if (!carried || isHypothetical(tokens, tokens[span.from]!.clause)) continue;
        const neg = prop.negatable !== false && (negated(tokens, span) || displaced(tokens, span));
        if (carried.side === "both" && neg) continue;
        const right = carried.side !== "both" && (carried.side === prop.side) !== neg;
        claims.push({ contrast: c.id, property: prop.id, owner: prop.side, subject: carried.side, negated: neg, right, span, subjectSpan: carried.span });
        continue;
      }
      const clause = tokens[span.from]!.clause;
      if (isHypothetical(tokens, clause)) continue;
      // (A side that only exists, "연결마다 소켓이 따로 있으니 …", is not who does what follows its 있/없.)
      const usable = inSentence.filter((x) => {
        if (x.role === "foil") return false;
        const exists = existential(tokens, x.span);
        return exists < 0 || exists >= span.from;
      });
      const inClause = usable.filter((x) => tokens[x.span.from]!.clause === clause || tokens[x.span.to]!.clause === clause);
      // Sides that are the means ("queries go over UDP", "영역 전송은 TCP로"): the nearest one in the clause, whatever its role.
      if (c.means) {
        // (In its clause, else anywhere in the sentence: "이미 사용 중인 포트에 bind하면, EADDRINUSE가 납니다".)
        const sameClause = inSentence.filter((x) => tokens[x.span.from]!.clause === clause || tokens[x.span.to]!.clause === clause);
        // A condition ("…이 없으면 ETIMEDOUT", "if nothing listens, … ECONNREFUSED") names its result after it.
        // (Its result follows within a clause or two: "…고갈될 수 있으므로 … 켜며, 서버 재시작 시 EADDRINUSE는" is another matter.)
        const leadsOn = conditionClause(tokens, clause) || causalClause(tokens, clause);
        const after = leadsOn ? inSentence.filter((x) => x.span.from > span.to && tokens[x.span.from]!.clause <= clause + 2) : [];
        // "too big for UDP", "UDP보다 크면": the side measured against is not the means.
        // Nor is a side that only names a container or a limit ("a UDP packet", "UDP 한도를 넘어").
        // (Also through a relative clause: "UDP로 보낼 수 있는 크기", "the size UDP can carry".)
        const container = (x: Mention) =>
          (!tokens[x.span.to]!.tail && CONTAINER.test(tokens[x.span.to + 1]?.norm ?? "")) ||
          (/^(로|으로)$/.test(tokens[x.span.to]!.tail) && tokens.slice(x.span.to + 1, x.span.to + 5).some((t, k, list) => t.clause === tokens[x.span.to]!.clause && CONTAINER.test(t.norm) && k > 0 && /(는|은|ㄴ|을|ㄹ)$/.test(list[k - 1]!.surface)));
        const meansOf = (list: Mention[]) => list.filter((x) => !(x.role === "foil" && KO_FOIL_TAIL.test(tokens[x.span.to]!.tail)) && !/^(for|than)$/.test(tokens[x.span.from - 1]?.surface ?? "") && !container(x));
        // (With no side in its clause, only a side in the clause beside it: "port 고갈이 문제 → …, …, bind() EADDRINUSE는 SO_REUSEADDR" names another matter.)
        const beside = inSentence.filter((x) => Math.abs(tokens[x.span.from]!.clause - clause) <= 1);
        const any = meansOf(sameClause.length ? sameClause : after.length || leadsOn ? after : beside);
        const pick = any.reduce<Mention | undefined>((best, x) => {
          const d = x.span.to < span.from ? span.from - x.span.to : x.span.from - span.to;
          const bd = best ? (best.span.to < span.from ? span.from - best.span.to : best.span.from - span.to) : Infinity;
          // An instrument ("TCP로", "over TCP", "using TCP") wins over a bare mention at the same distance or one further.
          const bonus = (m: Mention) => (instrumental(tokens, m) ? 1.5 : 0);
          return d - bonus(x) < bd - (best ? bonus(best) : 0) ? x : best;
        }, undefined);
        if (!pick) continue;
        // The pairing is denied next to the side ("don't use plain UDP", "UDP로 하지 않고"), or the property is
        // negated in the side's own clause; a negation elsewhere ("잘린 응답을 그대로 쓰지 않고") is about something else.
        const pickClause = tokens[pick.span.from]!.clause;
        let near = false;
        for (let i = Math.max(0, pick.span.from - 3); i <= Math.min(tokens.length - 1, pick.span.to + 3); i++) {
          const t = tokens[i]!;
          if (t.clause !== pickClause || (i >= pick.span.from && i <= pick.span.to)) continue;
          if (t.negation && ((i < pick.span.from && t.script === "latin") || (i > pick.span.to && t.script === "hangul"))) near = true;
        }
        const neg = near || (sameClause.includes(pick) && tokens[span.from]!.clause === pickClause && negated(tokens, span) && !(tokens[span.to]!.script === "hangul" && pick.span.from > span.to)) || displaced(tokens, span);
        claims.push({ contrast: c.id, property: prop.id, owner: prop.side, subject: pick.side, negated: neg, right: (pick.side === prop.side) !== neg, span, subjectSpan: pick.span });
        continue;
      }
      const nearestBefore = (list: Mention[]) => list.filter((x) => x.span.to < span.from).at(-1);
      const nearestAfter = (list: Mention[]) => list.find((x) => x.span.from > span.to);
      const subjects = inClause.filter((x) => x.role === "subject");
      // An oblique after the property ("reliability on top of UDP") is never its subject. Outside
      // the clause, only the previous clause's subject carries over ("UDP는 빠르지만, 신뢰성이 없다"),
      // and not when this clause names a subject of its own ("…, 상대는 CLOSE_WAIT").
      // (Nor when the property is itself its clause's subject: "…먼저 끊게 해서, TIME_WAIT가 서버에 안 쌓이게".)
      // (Not a side listed with another, "an IP address and a port number": neither one carries over.)
      const listedWithOther = (x: Mention) => {
        const i = inSentence.indexOf(x);
        return [inSentence[i - 1], inSentence[i + 1]].some((o) => o && o.side !== x.side && (o.span.from < x.span.from ? coordinated(tokens, o, x) : coordinated(tokens, x, o)));
      };
      const propertyIsSubject = tokens[span.to]!.script === "hangul" && /^(이|가)$/.test(tokens[span.to]!.tail) && tokens[span.from - 1]?.clause !== clause;
      // ("TCP is connection-oriented, it does a handshake, but it doesn't retransmit": an "it"/"they" opening
      // the clause points back further, to the sentence's subject.)
      const carryReach = englishAgentOpens(tokens, clause, true) && !englishAgentOpens(tokens, clause) ? 4 : 2;
      // (A contrast of details is read only where its side is named: an errno two clauses back is not the subject.)
      const carried = c.severity === "minor" || ownSubject(tokens, span) || propertyIsSubject || englishAgentOpens(tokens, clause)
        ? undefined
        : nearestBefore(usable.filter((x) => x.role === "subject" && tokens[x.span.to]!.clause >= clause - carryReach && !interrupted(tokens, x.span, span) && !subjectBetween(tokens, x.span, span) && clauseSubject(tokens, x.span) && !listedWithOther(x)));
      // A value (a port range) names its side right beside it, before or after: "0~1023은 well-known",
      // "1024–49151 are registered ports and 49152–65535 are dynamic".
      const nearest = (list: Mention[]) =>
        list.reduce<Mention | undefined>((best, x) => {
          const d = x.span.to < span.from ? span.from - x.span.to : x.span.from - span.to;
          const bd = best ? (best.span.to < span.from ? span.from - best.span.to : best.span.from - span.to) : Infinity;
          return d < bd ? x : best;
        }, undefined);
      // "데이터 송수신은 리스닝 소켓으로 처리", "data is exchanged through the listening socket": the
      // property is the topic and the side its instrument.
      const instrument = inClause.find((x) => x.span.from > span.to && instrumental(tokens, x));
      // "…하려면 포트가 필요합니다": a purpose clause's subject is in the clause that follows it.
      const purposeSubject = purposeClause(tokens, clause) ? usable.find((x) => x.role === "subject" && tokens[x.span.from]!.clause === clause + 1) : undefined;
      // (Nor the subject of a relative clause on the property's noun: "서버가 101로 응답하는 핸드셰이크로 시작".)
      const adnominalBefore = span.from > 0 && tokens[span.from - 1]!.script === "hangul" && tokens[span.from - 1]!.clause === clause && /(는|은|한|된|던)$/.test(tokens[span.from - 1]!.surface) && !/^(은|는)$/.test(tokens[span.from - 1]!.tail);
      const beforeCandidates = subjects.filter(
        (x) =>
          x.span.to < span.from &&
          !interrupted(tokens, x.span, span) &&
          !(tokens[x.span.to]!.script === "latin" && /^(이|가)$/.test(tokens[x.span.to]!.tail) && adnominalBetween(tokens, x.span, span)) &&
          !(adnominalBefore && /^(이|가)$/.test(tokens[x.span.to]!.tail) && x.span.to < span.from - 1),
      );
      // In a Korean clause a side marked as subject or topic ("브라우저가 … 서버 IP:443으로 connect()") outranks a
      // bare side word nearer the property, which is usually part of a compound noun.
      const marked = tokens[span.to]!.script === "hangul" || clauseHasHangul(tokens, clause) ? beforeCandidates.filter((x) => /^(은|는|이|가)$/.test(tokens[x.span.to]!.tail)) : [];
      const before = nearestBefore(marked.length && beforeCandidates.some((x) => !tokens[x.span.to]!.tail && x.span.from > marked.at(-1)!.span.to) ? marked : beforeCandidates);
      // (Not an English possessive further back, "connects to the server's IP … from an ephemeral port": it owns the noun after it; right before the property it is the possessor below.)
      const obliqueBefore = nearestBefore(inClause.filter((x) => x.role !== "object" && !interrupted(tokens, x.span, span) && !adnominalBetween(tokens, x.span, span) && tokens[x.span.to]!.tail !== "'s"));
      // "클라이언트의 임시 포트", "the client's ephemeral port", "the ephemeral port of the client": its owner.
      const possessor = inClause.find((x) => (x.span.to === span.from - 1 && (tokens[x.span.to]!.tail === "의" || tokens[x.span.to]!.script === "latin")) || (tokens[span.to + 1]?.surface === "of" && x.span.from === span.to + 2));
      // A value set off by commas ("The low range, 0 to 1023, is the dynamic range") names its side in the clause beside it.
      const appositive =
        prop.negatable === false && !inClause.length && clauseLength(tokens, clause) <= span.to - span.from + 2 && tokens.slice(span.from, span.to + 1).some((t) => t.script === "num" || /^\d+-\d+$/.test(t.norm));
      // "CLOSE_WAIT and LAST_ACK on the passive side": a side named just after an English property with
      // "on"/"at", and no other side in between, is where the property belongs.
      const placeAfter =
        tokens[span.to]!.script === "latin"
          ? inClause.find((x) => x.span.from > span.to && x.span.from - span.to <= 4 && /^(on|at)$/.test(tokens[x.span.from - 1]?.surface ?? "") && !inSentence.some((y) => y !== x && y.span.from > span.to && y.span.from < x.span.from))
          : undefined;
      // "0.0.0.0:80이면 모든 interface에 열려 있는 거고 127.0.0.1 같은 건 …": the condition's side comes
      // before a side named after the property, which opens a claim of its own.
      // (The sides the condition clause names, with their particle or a port glued on; Korean only, and not
      // when the consequence names its own subject: "신뢰성이 필요하면 애플리케이션이 직접 재전송".)
      const conditionSides =
        clause > 0 && tokens[span.from]!.script === "hangul" && conditionClause(tokens, clause - 1) && !ownSubjectBefore(tokens, span)
          ? usable.filter((x) => tokens[x.span.to]!.clause === clause - 1 && (tokens[x.span.to]!.tail !== "" || gluedPort(tokens, x.span)) && existential(tokens, x.span) < 0)
          : [];
      const conditionSide = conditionSides.filter((x) => gluedPort(tokens, x.span)).at(-1);
      // "listen()하며 기다리는 쪽이 server입니다", "the side that listens is the server": a "side that …" equated with a
      // side after the property, in its clause or the next, is who does it.
      const definedAs = usable.find((x) => {
        const c = tokens[x.span.from]!.clause;
        if (x.span.from <= span.to || c > clause + 1 || tokens[x.span.from]!.sentence !== sentence) return false;
        const b = tokens[x.span.from - 1];
        const copula = /^(입니다|이다|이에요|예요|이고|이며|임|이죠|인데|다|이지요)$/.test(tokens[x.span.to]!.tail) || /^(입니다|이다|이에요|예요|이고|이며|임|이죠|인데)/.test(tokens[x.span.to + 1]?.surface ?? "");
        const koSide = b && b.clause === c && ((/^(쪽|측|편)$/.test(b.norm) && /^(이|가)$/.test(b.tail)) || /^(쪽|측|편)(이|가)$/.test(b.surface));
        const enSide = b && b.clause === c && b.norm === "be" && tokens.slice(Math.max(0, span.from - 4), span.from).some((t, k, list) => t.norm === "side" && /^(that|which|who)$/.test(list[k + 1]?.surface ?? ""));
        return Boolean((koSide && copula) || enSide);
      });
      // "(상대가 먼저 끊으면) 우리 쪽에 CLOSE_WAIT가 남음": a place named by a deictic word ("우리 쪽", "상대 측") is
      // where the property is, and it is no side of the contrast.
      if (tokens[span.from]!.script === "hangul" || clauseHasHangul(tokens, clause)) {
        let placed = false;
        for (let k = span.from - 1; k >= 0 && k >= span.from - 4 && tokens[k]!.clause === clause && !placed; k--) {
          const t = tokens[k]!;
          placed = (/^(쪽|측|편)(에|에는|엔|에서)$/.test(t.surface) && /^(우리|내|저희|상대|상대방|이|그)$/.test(tokens[k - 1]?.norm ?? "")) || /^(우리쪽|내쪽|상대쪽|상대측)(에|에는|엔|에서)$/.test(t.surface);
        }
        if (placed) continue;
      }
      // "Use UDP when the application handles reliability itself": an English property whose own agent (never a side)
      // stands just before it is said of that agent.
      // (With its verb between: "gives the application reliability" still says it of UDP.)
      if (tokens[span.from]!.script === "latin" && tokens.slice(Math.max(0, span.from - 3), span.from - 1).some((t) => t.clause === clause && EN_OWN_AGENTS.has(t.norm))) continue;
      const subject =
        prop.negatable === false && inClause.length
          ? nearest(inClause)
          : appositive
            ? nearest(usable.filter((x) => Math.abs(tokens[x.span.from]!.clause - clause) === 1))
            : (placeAfter ??
            head ??
            possessor ??
            definedAs ??
            before ??
            relativeHead(tokens, usable, span) ??
            (tokens[span.from]!.script === "latin" ? undefined : (conditionSide ?? nearestAfter(subjects))) ??
            // An English prepositional object ("connected to the server with connect()") yields to the clause's carried subject.
            // So does a Korean genitive ("서버의 IP 주소와 포트를 connect()에 넘겨"), which modifies a noun.
            // (Not when the English clause opens on a subject of its own: "it chooses a route to the server and grabs an ephemeral port".)
            (obliqueBefore && tokens[obliqueBefore.span.from]!.script === "latin" && englishAgentOpens(tokens, clause, true)
              ? undefined
              : obliqueBefore && compoundModifier(tokens, obliqueBefore.span)
                ? // (A side word that only modifies a noun, "서버 IP:443으로 connect()", is never the agent: the carried subject or none.)
                  carried
                : obliqueBefore && genitive(tokens, obliqueBefore.span) && tokens[obliqueBefore.span.to]!.script === "hangul" && obliqueBefore.span.to + 1 < span.from
                  ? // ("서버의 IP 주소와 포트를 담아 connect()를 호출하면": the genitive modifies the address, not the caller.)
                    carried
                  : obliqueBefore && (tokens[obliqueBefore.span.from]!.script === "latin" || genitive(tokens, obliqueBefore.span))
                    ? (carried ?? obliqueBefore)
                    : obliqueBefore) ??
            purposeSubject ??
            instrument ??
            // "CLOSE_WAIT is what you see on the side that …", "TIME_WAIT는 먼저 닫은 쪽에 생긴다": the property opens its clause as what is described.
            // (Only a side named as the place, "on the side that …", "먼저 닫은 쪽에": not one with its own verb, "peer가 먼저 FIN 보내서".)
            // (Korean "P는 …": the first side after it, unless another subject comes first, "CLOSE_WAIT는 peer가 먼저 FIN을 보내서".)
            (propertyFirst(tokens, span, inClause)
              ? /^(은|는)$/.test(tokens[span.to]!.tail)
                ? inClause.find((x) => x.span.from > span.to && !otherSubjectBetween(tokens, span.to, x.span.from))
                : inClause.find((x) => x.span.from > span.to && (/^(에|에서|에게|한테|의|에는|에서는)$/.test(tokens[x.span.to]!.tail) || /^(on|in|at|of|for|that|who|which)$/.test(tokens[x.span.from - 1]?.surface ?? "")))
              : undefined) ??
            nominalTopic(tokens, span, inClause) ??
            carried ??
            frame(tokens, usable, span) ??
            // "0.0.0.0으로 바인드하면, 외부에서 접속할 수 있다", "if you bind to 127.0.0.1, only …": the condition's side.
            conditionSides.at(-1) ??
            topicComment(tokens, span, usable));
      if (!subject) continue;
      // Values (port ranges) are not negated by a verb later in the clause ("0~1023은 root가 아니면 bind할 수 없다").
      // A negation that another property stands nearer to is that one's ("connectionless라 handshake 없이").
      const negAt = laterNegation(tokens, span);
      // (Not when the two are listed together and share it: "신뢰성이나 순서는 보장하지 않지만".)
      const listed = KO_LIST_TAIL.test(tokens[span.to]!.tail) || /^(and|or|및|nor)$/.test(tokens[span.to + 1]?.surface ?? "");
      const nearer = !listed && negAt > span.to && props.some((q) => q.span.from > span.to && q.span.from <= negAt);
      // ("TIME_WAIT는 서버가 들어가는 상태가 아니라, 먼저 닫은 쪽이 들어가는 상태": "X가 아니라, Y가 …" denies X; the
      // subject named after it is affirmed.)
      // ("listen()의 backlog는 SYN 큐가 아니라 accept 큐의 …": with the property as topic, "X가 아니라" denies the
      // complement X; a subject outside it keeps the property.)
      const notBut = negAt > span.to && tokens[negAt]!.script === "hangul" && /^아니(라|고)/.test(tokens[negAt]!.surface);
      const butSubject =
        notBut &&
        ((subject.span.from > negAt && tokens[subject.span.from]!.clause > tokens[negAt]!.clause) ||
          (/^(은|는)$/.test(tokens[span.to]!.tail) && negAt - 1 > span.to && /(이|가)$/.test(tokens[negAt - 1]!.surface) && (subject.span.to < span.from || subject.span.from > negAt)));
      const neg = prop.negatable !== false && ((negated(tokens, span) && !(nearer && tokens[negAt]!.script === "hangul") && !butSubject) || displaced(tokens, span));
      // "listen socket을 한 client에 써 버리면, 다른 연결 요청을 받을 수 없다": what a side could not do in a
      // hypothetical named in the condition is a counterfactual, not a denial of the property.
      const subjectClause = tokens[subject.span.to]!.clause;
      if (neg && subjectClause !== clause && isHypothetical(tokens, subjectClause)) continue;
      // "you give up TCP's reliability": the possessor keeps the property someone else gives up — no claim about it.
      if (neg && tokens[subject.span.to]!.tail === "'s" && subject.span.to < span.from && displaced(tokens, span)) continue;
      // Said together with another side?
      const idx = inSentence.indexOf(subject);
      const partner = [inSentence[idx - 1], inSentence[idx + 1]].find(
        (o) => o && (o.span.from < subject.span.from ? coordinated(tokens, o, subject) : coordinated(tokens, subject, o)),
      );
      let subjectSide = subject.side;
      // ("select와 poll(pollfd 배열, …) 모두": a property in the call's own parentheses is that side's alone.)
      const inOwnParens = subject.span.to + 1 === span.from && Boolean(tokens[subject.span.to]!.call) && !tokens[subject.span.to]!.tail;
      if (partner && !inOwnParens) {
        const both = sentenceHas(tokens, sentence, BOTH_CUES) || !sentenceHas(tokens, sentence, DIFFERENCE_CUES);
        if (!both || neg) continue;
        subjectSide = "both";
      }
      const right = subjectSide !== "both" && (subjectSide === prop.side) !== neg;
      claims.push({ contrast: c.id, property: prop.id, owner: prop.side, subject: subjectSide, negated: neg, right, span, subjectSpan: subject.span });
    }
    // "TCP is reliable, and so is UDP" / "TCP는 신뢰성을 보장합니다. UDP도 마찬가지입니다.": a side added
    // to a positive claim, in this sentence or the next, makes it a claim about both.
    const propClauses = new Set(props.map((p) => tokens[p.span.from]!.clause));
    for (const x of mentions) {
      if (propClauses.has(tokens[x.span.from]!.clause) || !additive(tokens, x)) continue;
      const sentence = tokens[x.span.from]!.sentence;
      for (const claim of claims) {
        if (claim.contrast !== c.id || claim.negated || claim.subject === "both" || claim.subject === x.side || claim.span.from > x.span.from) continue;
        const cs = tokens[claim.span.from]!.sentence;
        if (cs !== sentence && cs !== sentence - 1) continue;
        claim.subject = "both";
        claim.right = false;
        claim.subjectSpan = x.span;
      }
    }
  }
  return claims;
}

/** The Korean particle for a label: 을/를 after "지향", 은/는 after "TIME_WAIT"… (a trailing "(…)" is skipped). */
function particle(label: string, pair: "을/를" | "은/는" | "와/과"): string {
  const base = label.replace(/\s*\([^)]*\)\s*$/, "").trim();
  const last = base.at(-1) ?? "";
  if (/[가-힣]/.test(last)) return josa(base, pair).slice(base.length);
  // Latin letters and digits: read as English/number sounds; a consonant-final reading takes 을/은/과.
  const consonantFinal = /[0-9LMNRlmnr]$/.test(base) || /(?:ck|t|p|k|b|d|g)$/i.test(base);
  const [withBatchim, without] = pair.split("/") as [string, string];
  return consonantFinal ? withBatchim : without;
}

/** Feedback wording for a wrong claim, in the learner's language. */
/** Does the clause hold any Hangul word (Korean or mixed text)? Computed once per answer. */
const hangulClauses = new WeakMap<Token[], Set<number>>();
function clauseHasHangul(tokens: Token[], clause: number): boolean {
  let set = hangulClauses.get(tokens);
  if (!set) {
    set = new Set();
    for (const t of tokens) if (t.script === "hangul") set.add(t.clause);
    hangulClauses.set(tokens, set);
  }
  return set.has(clause);
}

/** The property id of an "A is B" claim that equates two sides of a contrast. */
export const SAME_AS = "same-as-";

/** Words that may sit between "A is" and "B" in English: "UDP is basically SOCK_STREAM". */
const EN_COPULA_FILLER = new Set(["just", "really", "basically", "actually", "simply", "essentially", "really", "literally", "a", "an", "the", "called", "what", "we", "call"]);
/** A Korean copula on the second side: "A는 B이다/입니다/예요/이고/라서 …". */
const KO_COPULA_TAIL = /^(이다|입니다|이에요|예요|이고|이며|이라|이라서|라서|이니까|이야|야|임|이죠|죠|인데|이지만|이거든요|거든요|이라고|라고|으로 동작)$/;

/**
 * "A UDP socket is SOCK_STREAM", "리스닝 소켓이 곧 연결 소켓입니다": a side said to be another side
 * of the same contrast (roles merged). Only a plain copula between a subject and the other side
 * at the end of its clause counts; "A is not B", "A is like/unlike/different from B", "A와 B는",
 * a comparison, a question, a rejected belief or a hypothetical claim nothing.
 */
function equatedSides(tokens: Token[], c: ContrastInput, mentions: Mention[]): Claim[] {
  const out: Claim[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.side === b.side) continue;
    const aEnd = tokens[a.span.to]!;
    const bStart = tokens[b.span.from]!;
    const bEnd = tokens[b.span.to]!;
    if (aEnd.clause !== bStart.clause || aEnd.sentence !== bStart.sentence) continue;
    if (roleOf(tokens, a.span) !== "subject" || rejected(tokens, aEnd.sentence) || isHypothetical(tokens, aEnd.clause)) continue;
    const between = tokens.slice(a.span.to + 1, b.span.from);
    if (between.some((t) => t.negation)) continue;
    const next = tokens[b.span.to + 1];
    const endsClause = !next || next.clause !== bEnd.clause;
    let equated = false;
    if (bEnd.script === "latin" || aEnd.script === "latin") {
      // English: "A is (basically) B" and B ends the clause (not "A is a B-style …" or "A is B's …").
      const copula = between.findIndex((t) => t.norm === "be");
      if (copula >= 0 && between.every((t, k) => k === copula || EN_COPULA_FILLER.has(t.surface)) && !aEnd.tail && !bEnd.tail && endsClause) equated = true;
    }
    if (!equated && /^(은|는|이|가)$/.test(aEnd.tail) && between.length <= 1 && between.every((t) => /^(즉|곧|결국|사실상|그냥|바로|사실)$/.test(t.surface))) {
      // Korean: "A는 B이다" — the copula on B itself, or glued to it ("SOCK_STREAM이에요").
      if (KO_COPULA_TAIL.test(bEnd.tail) && (endsClause || next!.script !== "hangul" || !/^(같|비슷|아니|아닌|달리|다르)/.test(next!.surface))) equated = true;
    }
    if (!equated) continue;
    out.push({ contrast: c.id, property: `${SAME_AS}${b.side}`, owner: b.side, subject: a.side, negated: false, right: false, span: b.span, subjectSpan: a.span });
  }
  return out;
}

export function describeWrongClaim(c: ContrastInput, claim: Claim, locale: "ko" | "en"): { label: string; correction: string } {
  const side = (id: string) => c.sides.find((s) => s.id === id)!.label[locale];
  if (claim.property.startsWith(SAME_AS)) {
    const a = side(claim.subject);
    const b = side(claim.owner);
    return locale === "ko"
      ? { label: `${a}${particle(a, "을/를")} ${b}(이)라고 했습니다(둘을 같은 것으로 말함)`, correction: `${a}${particle(a, "와/과")} ${b}${particle(b, "은/는")} 서로 다른 것입니다. 각각이 무엇이고 어떻게 다른지 구분해 설명해 보세요.` }
      : { label: `Said ${a} is ${b} (equated the two)`, correction: `${a} and ${b} are different things; say what each one is and how they differ.` };
  }
  const prop = c.properties.find((p) => p.id === claim.property)!.label[locale];
  const owner = side(claim.owner);
  const others = c.sides.filter((s) => s.id !== claim.owner).map((s) => s.label[locale]);
  if (locale === "ko") {
    const correction = `"${prop}"${particle(prop, "은/는")} ${owner}의 특징입니다${others.length ? ` (${others.join(", ")}에는 해당하지 않습니다)` : ""}.`;
    const names = c.sides.map((s) => s.label.ko);
    const both = names.map((n, i) => (i < names.length - 1 ? `${n}${particle(n, "와/과")}` : n)).join(" ");
    if (claim.subject === "both") return { label: `"${prop}"${particle(prop, "을/를")} ${both} 모두의 특징으로 말했습니다`, correction };
    if (claim.negated) return { label: `${owner}에 대해 "${prop}"${particle(prop, "을/를")} 부정했습니다`, correction };
    return { label: `"${prop}"${particle(prop, "을/를")} ${side(claim.subject)}의 특징으로 말했습니다(반대로 말함)`, correction };
  }
  const correction = `"${prop}" describes ${owner}${others.length ? `, not ${others.join(" or ")}` : ""}.`;
  if (claim.subject === "both") return { label: `Said "${prop}" of both ${c.sides.map((s) => s.label.en).join(" and ")}`, correction };
  if (claim.negated) return { label: `Denied "${prop}" of ${owner}`, correction };
  return { label: `Said "${prop}" of ${side(claim.subject)} (the opposite side)`, correction };
}

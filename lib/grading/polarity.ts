/**
 * Polarity of a matched phrase: is it negated in its clause, and is its sentence reporting a
 * belief in order to reject it ("흔히 오해하는데…", "a common myth is…")? Shared by key points,
 * misconceptions and contrast claims.
 */
import type { Span } from "./matcher";
import type { Token } from "./text";

/** Words that mark a claim as a known error being rejected ("흔히 오해하는데…", "a common myth is…"). */
const REJECTION_CUES = ["오해", "착각", "혼동", "헷갈", "틀리", "틀린", "잘못", "실수", "misconcept", "misunderst", "myth", "wrong", "mistak", "incorrect", "fals", "untrue", "confus"];
/** Words that report a belief; with a negation or a contrast in the same sentence, the belief is rejected. */
const BELIEF_CUES = ["생각", "흔히", "많이들", "알고", "여겨", "여긴", "여기곤", "여기다", "오해", "think", "believ", "assum", "people", "often", "common", "usual", "say"];
const CONTRAST_CUES = ["사실", "실제", "근데", "그런데", "하지만", "그러나", "actually", "really", "but", "however", "fact"];

/**
 * Is the claim ending at span `s` negated? Korean is verb-final: a negation later in the
 * same clause (않/아니/없/못/안) negates it. English negates forwards: "not" shortly
 * before the claim, or right after it ("a new socket is not created").
 */
/** "…하는지는", "…할지": an embedded question, whose knowing the clause denies or asserts. */
// (Any syllable closed by ㄴ or ㄹ before 지: "넘길지는", "보낼지", "맞는지를".)
const EMBEDDED_LITERAL = /(는지|은지|인지|한지|할지|을지|일지|던지)(는|를|도|가|조차)?$/;
const EMBEDDED_TAIL = /([가-힣])지(는|를|도|가|조차)?$/;
export const KO_EMBEDDED_QUESTION = {
  test(surface: string): boolean {
    if (EMBEDDED_LITERAL.test(surface)) return true;
    const m = EMBEDDED_TAIL.exec(surface);
    if (!m || surface.length < 3) return false;
    const jong = (m[1]!.charCodeAt(0) - 0xac00) % 28;
    return jong === 4 || jong === 8;
  },
};
const RELATIVE = new Set(["that", "which", "who"]);
// (Also a condition or time clause: in "resends a segment if no ACK arrives" the "no" is the condition's.)
const LINKING = new Set(["with", "without", "and", "or", "of", "for", "but", "while", "whereas", "because", "so", "if", "unless", "when", "whenever", "once", "after", "before"]);

/**
 * "A이지 B가 아니다": the copula "-이지" that sets A against a denied B. Not a verb's "-지" before its
 * own negation ("묶이지 않고", "붙이지 않고"), nor "페이지".
 */
function contrastiveCopula(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.script === "hangul" && /[^페]이지$|것이지$|거지$/.test(t.surface) && !t.negation && !tokens[i + 1]?.negation;
}

/**
 * The later negation of the phrase ending at `s`: its token index, -1 for none, or "waits" when
 * the clause turns to "until" ("끝날 때까지 안 돌아온다", "does not return until": waiting, not a denial).
 */
function forwardNegation(tokens: Token[], s: Span): number | "waits" {
  let clause = tokens[s.to]!.clause;
  let listed = 0;
  // ("UDP는 연결이 없으니 connect()하지 않은 소켓은 …": a phrase ending on a causal or conditional ending is complete;
  // a negation after it belongs to the next predicate.)
  if (tokens[s.to]!.script === "hangul" && /(으니|니까|므로|어서|아서|해서|으면|하면|되면|지만|는데|은데)$/.test(tokens[s.to]!.surface)) return -1;
  // (An embedded question reaches further: "어느 프로그램한테 넘겨야 할지는 IP만으로는 알 수 없다".)
  let reach = s.to + 6;
  for (let i = s.to + 1; i <= Math.min(tokens.length - 1, reach); i++) {
    const t = tokens[i]!;
    if (t.clause !== clause) {
      // ("확인도, 다시 보내기도, 순서 맞추기도 안 해서": items listed with "도" share the predicate after the last one.)
      const prev = tokens[i - 1]!;
      if (listed >= 3 || t.sentence !== prev.sentence || prev.script !== "hangul" || !(prev.tail === "도" || /도$/.test(prev.surface))) break;
      clause = t.clause;
      listed++;
      reach = Math.max(reach, i + 4);
    }
    if (t.script === "hangul" && KO_EMBEDDED_QUESTION.test(t.surface)) reach = Math.max(reach, i + 6);
    if (t.surface.endsWith("까지") || t.surface === "until" || t.surface === "till") return "waits";
    // ("FIN은 '보낼 게 없다'는 뜻이지 '그만 보내라'는 뜻이 아니라서": after "A이지", the denial is B's.)
    if (i > s.to && contrastiveCopula(tokens, i)) return -1;
    // "a byte stream with no boundaries": a preposition in between means the "no" belongs to what follows.
    if (t.script === "latin" && LINKING.has(t.surface)) break;
    // ("새 연결에 섞이지 않도록": a purpose — so that it does not happen — states the point, it denies nothing.)
    if (t.negation && t.script === "hangul" && /(않도록|않게끔|없도록|못하도록)$/.test(t.surface)) continue;
    // ("재전송으로 데이터가 빠지거나 순서가 뒤바뀌지 않게 보장": "-지 않게" before a verb of making sure is a purpose too.)
    if (t.negation && t.script === "hangul" && /(않게|없게)$/.test(t.surface) && /^(보장|해|하|합|만들|막|설계|처리|도와|돕|지켜|유지)/.test(tokens[i + 1]?.surface ?? "")) continue;
    // ("호스트 이름을 아직 암호화되지 않은 상태로 적어 보내는": a passive verb takes no object, so its negation is not the object's.)
    if (t.negation && t.script === "hangul" && /^(을|를)$/.test(tokens[s.to]!.tail) && i > s.to + 1 && /(되지|돼지|받지)$/.test(tokens[i - 1]!.surface)) continue;
    // ("스레드 메모리와 컨텍스트 스위칭 비용을 감당하지 못하는": what cannot be coped with is asserted, not denied.)
    if (t.negation && t.script === "hangul" && /^(감당|견디|견뎌|버티|버텨|감내)/.test(tokens[i - 1]?.surface ?? "")) continue;
    // ("TCP's byte stream has no boundaries": "no" before a noun denies that noun, not the phrase before it.)
    if (t.negation && t.surface === "no" && i > s.to + 1 && tokens[i + 1]?.clause === clause && tokens[i + 1]!.script === "latin" && !tokens[i + 1]!.negation) continue;
    // ("bind() 없이 통신을 시작하면": "없이" is "without" the word right before it, not a denial of the phrase further back.)
    if (t.negation && t.surface === "없이" && i > s.to + 1) continue;
    // ("핸드셰이크 없이 데이터를 보내지 않는다": not doing anything without it affirms it — a double negation.)
    if (t.negation && t.surface === "없이" && negatedWithout(tokens, i)) return -1;
    // ("무한정 기다리게만 두는 건 아니다", "…뿐인 것은 아니다", "zone transfer 전용인 것도 아니다": what is denied is "only", not the phrase.)
    if (t.negation && t.script === "hangul" && onlyBefore(tokens, s.to, i)) continue;
    // ("HOL blocking을 없애지 못했다": failing to remove a thing says it is there.)
    if (t.negation && t.script === "hangul" && i - 1 > s.to && KO_REMOVAL.test(tokens[i - 1]!.surface)) continue;
    // ("retransmits any segment not ACKed in time": "not" after a noun, with no auxiliary, negates the participle after it.)
    if (t.negation && t.surface === "not" && i <= s.to + 2 && !EN_AUXILIARY.test(tokens[i - 1]!.norm) && !/^'(s|re|m)$/.test(tokens[i - 1]!.tail) && /(ed|en|ne)$/.test(tokens[i + 1]?.surface ?? "")) continue;
    if (t.negation && !t.sign && (t.script === "hangul" || i <= s.to + 2)) return untilFollows(tokens, i) ? "waits" : i;
  }
  return -1;
}

/** Does a Korean negation follow the "없이" at `at` in its clause ("없이 … 보내지 않는다")? */
export function negatedWithout(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k <= Math.min(tokens.length - 1, at + 5) && tokens[k]!.clause === tokens[at]!.clause; k++) if (tokens[k]!.negation && tokens[k]!.script === "hangul") return true;
  return false;
}

/** Does a word from the phrase's end up to the negation at `neg` carry "만"/"뿐" (only) or say "전용" (exclusively for)? */
function onlyBefore(tokens: Token[], end: number, neg: number): boolean {
  for (let k = end; k < neg; k++) {
    const t = tokens[k]!;
    // (Also a Latin word with its particle: "zone transfer에만 쓰는 게 아니고".)
    if ((t.script !== "num" && t.tail.endsWith("만") && t.tail !== "만큼") || t.tail.endsWith("뿐") || (t.script === "hangul" && (t.norm === "뿐" || t.surface.startsWith("뿐") || t.surface.startsWith("전용") || /^(?:에|에서|으로|로)?만$/.test(t.surface)))) return true;
  }
  return false;
}

/** The index of the later negation that negates the phrase ending at `s` (-1 if none), for callers that weigh it (claims). */
export function laterNegation(tokens: Token[], s: Span): number {
  const i = forwardNegation(tokens, s);
  return i === "waits" ? -1 : i;
}

/**
 * "리스닝 소켓이 모든 데이터를 받아서 나눠 주는 구조가 아닙니다": the clauses a causal or conditional
 * ending joins to the phrase's end in a nominalised denial ("…는 구조가/방식이/것이 아니다"), which
 * denies all of them.
 */
function deniedByNominal(tokens: Token[], s: Span): boolean {
  let clause = tokens[s.to]!.clause;
  for (let i = s.to + 1; i < tokens.length && i <= s.to + 12; i++) {
    const t = tokens[i]!;
    if (t.sentence !== tokens[s.to]!.sentence) return false;
    if (t.clause !== clause) {
      if (!t.joined) return false;
      clause = t.clause;
    }
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    // ("'보낼 게 없다'는 뜻이지 '그만 보내라'는 뜻이 아니라서": after "A이지" the denial is B's.)
    if (contrastiveCopula(tokens, i)) return false;
    if (t.script === "hangul" && /^(이|가|은|는|도|)$/.test(t.tail) && prev.script === "hangul" && /(는|은|던|ㄴ|한|된)$/.test(prev.surface) && next && next.clause === t.clause && /^(아니|아닌|아닙|아냐)/.test(next.surface)) return !onlyBefore(tokens, s.to, i + 1);
  }
  return false;
}

const EN_AUXILIARY = /^(be|is|are|was|were|am|been|do|does|did|have|has|had|can|ca|could|would|should|will|wo|must|may|might|shall|need|dare|it|that|this|there|which|who)$/;

/** Verbs of removing or avoiding a thing: not doing one leaves the thing there. */
const EN_REMOVAL = /^(rid|eliminat\w*|remov\w*|solv\w*|fix|fixe[ds]|fixing|avoid\w*|prevent\w*|escap\w*|cur(e|es|ed|ing))$/;
const KO_REMOVAL = /^(없애|없앨|해결하?지|해결되지|제거하?지|제거되지|피하지|피할|막지|막을|극복하?지)/;
function removalBetween(tokens: Token[], neg: number, from: number): boolean {
  for (let k = neg + 1; k < from; k++) if (EN_REMOVAL.test(tokens[k]!.surface)) return true;
  return false;
}

const EN_BOUNDARY = /^(it|they|we|you|i|he|she|this|there|without|except|and|but|or|nor|that|which|who|whom|whose|where|when|while|if|so|than|as|because|since|though|although|unless|until|after|before|then)$/;

/**
 * "write 성공만 보고 전달됐다고 판단하면 안 됩니다", "…라고 생각하면 안 돼요": "-면 안 되다" forbids the
 * supposition it follows, so the phrase before it is denied (the conditional opens a clause of its own).
 */
function prohibited(tokens: Token[], s: Span): boolean {
  const last = tokens[s.to]!;
  if (last.script !== "hangul") return false;
  // The phrase is the supposition itself ("…하면 안 된다"), or what a judging verb right after it quotes ("…다고 판단하면 안 된다").
  const at = /면$/.test(last.surface) ? s.to : /(다고|라고|냐고)$/.test(last.surface) && /면$/.test(tokens[s.to + 1]?.surface ?? "") ? s.to + 1 : -1;
  return at >= 0 && tokens[at + 1]?.surface === "안" && /^(되|돼|됩|된|됨)/.test(tokens[at + 2]?.surface ?? "") && tokens[at + 2]!.sentence === last.sentence;
}

/** After a negation, a word that moves the denial onto itself: "not only", "isn't limited to". */
export const EN_NOT_ONLY = /^(only|just|merely|simply|solely|limited|restricted|confined)$/;

export function negated(tokens: Token[], s: Span): boolean {
  let inside = 0;
  for (let i = s.from; i <= s.to; i++) if (tokens[i]!.negation) inside++;
  if (inside > s.ownNegations) return true;
  const later = forwardNegation(tokens, s);
  if (later === "waits") return false;
  if (later >= 0) return true;
  // "응답이 안 섞이는 건": a Korean short negation right before the phrase's last word, its predicate.
  const pre = tokens[s.to - 1];
  if (pre && pre.negation && pre.script === "hangul" && /^(안|못)$/.test(pre.surface) && pre.clause === tokens[s.to]!.clause && tokens[s.to]!.script === "hangul" && s.from === s.to) return true;
  if (tokens[s.to]!.script === "hangul" && deniedByNominal(tokens, s)) return true;
  if (prohibited(tokens, s)) return true;
  // "목적지 포트만으로는 부족하다": what "X alone" is not enough for is denied of X alone.
  if (/만으로는?$|만으론$/.test(tokens[s.to]!.surface)) {
    const next = tokens[s.to + 1];
    if (next && next.clause === tokens[s.to]!.clause && /^(부족|모자라|모자란|불충분)/.test(next.surface)) return true;
  }
  // "It's not because UDP is faster or because HTTP/3 gives up on reliability": the denial covers each "because".
  // "UDP doesn't try to make the network reliable": a denied attempt reaches through its infinitive.
  for (let i = s.from - 1; i >= Math.max(1, s.from - 7) && tokens[i]!.clause === tokens[s.from]!.clause; i--) {
    if (/^(and|but|or|so|that|which|who|because|while|whereas|if|when)$/.test(tokens[i]!.surface)) break;
    if (/^(try|attempt|bother|aim|mean)$/.test(tokens[i]!.norm) && tokens[i + 1]?.surface === "to" && tokens[i - 1]!.negation && tokens[i - 1]!.script === "latin") return true;
  }
  let because = -1;
  for (let i = s.from - 1; i >= Math.max(1, s.from - 6) && tokens[i]!.clause === tokens[s.from]!.clause; i--)
    if (tokens[i]!.surface === "because") {
      because = i;
      break;
    }
  if (because > 0 && tokens[because - 1]!.surface === "or") {
    for (let i = because - 2; i >= 1 && tokens[i]!.sentence === tokens[s.from]!.sentence; i--)
      if (tokens[i]!.surface === "because" && tokens[i - 1]!.negation && tokens[i - 1]!.script === "latin") return true;
  }
  // ("TCP keepalive doesn't keep a connection around for reuse": a negated verb reaches its adjuncts five or six words on,
  // when no conjunction or relative word comes between.)
  let plain = true;
  for (let i = s.from - 1; i >= Math.max(0, s.from - 6); i--) {
    const t = tokens[i]!;
    if (t.clause !== tokens[s.from]!.clause) break;
    if (t.script !== "latin" || EN_BOUNDARY.test(t.surface)) plain = false;
    if (s.from - i > 4 && !(plain && t.negation)) continue;
    // ("doesn't scale because of the memory": a cause after the negated verb is asserted.)
    if (t.script === "latin" && /^(because|due|since)$/.test(t.surface)) break;
    // ("the listening socket isn't touched and keeps accepting others": a second predicate after "and" is not denied.)
    if (t.script === "latin" && /^(and|but)$/.test(t.surface) && /(ed|en)$/.test(tokens[i - 1]?.surface ?? "") && /[^s]s$/.test(tokens[i + 1]?.surface ?? "")) break;
    // (Not a negation inside a relative clause before the phrase: "a call that can't complete right away returns immediately".)
    // (The relative clause's own verb stands between: a negation right before the phrase is still its own.)
    // ("anything not yet sent is thrown away": "not yet" negates the word after it, not the phrase.)
    if (t.negation && t.script === "latin" && tokens[i + 1]?.surface === "yet" && i + 2 < s.from) continue;
    // ("doesn't only wait", "not just the port"): what is denied is "only", not the phrase.
    // ("isn't limited to 'unreliable' apps": what is denied is the limit, not the phrase.)
    if (t.negation && t.script === "latin" && EN_NOT_ONLY.test(tokens[i + 1]?.surface ?? "")) continue;
    // ("HTTP/2 didn't get rid of head-of-line blocking": failing to remove a thing says it is there.)
    if (t.negation && t.script === "latin" && removalBetween(tokens, i, s.from)) continue;
    // (A "≠" sign denies the equation, not the phrase after it: "빅 엔디언 ≠ x86 리틀 엔디언".)
    if (t.negation && t.script === "latin" && !t.sign && !(s.from - i >= 3 && (RELATIVE.has(tokens[i - 1]?.surface ?? "") || RELATIVE.has(tokens[i - 2]?.surface ?? "")))) return true;
  }
  // "It isn't the client that uses …", "it's not UDP that …": a negated cleft denies its relative clause.
  const clause = tokens[s.from]!.clause;
  for (let i = s.from - 1; i >= Math.max(0, s.from - 8) && tokens[i]!.clause === clause; i--) {
    if (tokens[i]!.surface !== "that" && tokens[i]!.surface !== "who") continue;
    // (Also "It's not that an Internet socket is stored on disk": the contraction carries the verb.)
    for (let k = i - 1; k >= Math.max(1, i - 4) && tokens[k]!.clause === clause; k--) if (tokens[k]!.negation && tokens[k]!.script === "latin" && (tokens[k - 1]!.norm === "be" || /^(it's|it’s|that's|that’s)$/.test(tokens[k - 1]!.surface) || (/^(it|that)$/.test(tokens[k - 1]!.surface) && tokens[k]!.start - tokens[k - 1]!.end <= 3))) return true;
    break;
  }
  return false;
}

function untilFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 3); k++) if (tokens[k]!.surface === "until" || tokens[k]!.surface === "till") return true;
  return false;
}

/**
 * "…, but that's a misconception", "…라는 건 흔한 오해예요": a statement followed, in its sentence, by
 * the verdict that it is wrong (and no turn to "actually …" after the verdict) is rejected by the answer.
 */
/** Words that pass a verdict on what was just said (not "wrong", which also says "the wrong process"). */
const VERDICT_CUES = ["오해", "misconcept", "myth", "untrue"];
/** "그건 오히려 반대입니다": "the opposite" as a verdict ending its clause (not "반대로 …", "반대 방향"). */
const KO_OPPOSITE_VERDICT = /^반대(입니다|예요|이에요|야|다|죠|이죠|고|이고|이며|임)$/;
const TRUTH_TURN = ["사실", "실제", "actually", "in", "rather", "instead", "really", "정확히는"];
/** "in" turns to the truth only as "in fact", "in reality", "in truth", "in practice" (not "in the total number"). */
const IN_TRUTH = new Set(["fact", "reality", "truth", "practice"]);
/**
 * "A common misconception is that the server answers with SYN+ACK; …", "It's a myth that …",
 * "흔한 오해가 X라는 건데": the verdict, then "that", then the statement (no turn to the truth
 * between them) — the statement is what the answer rejects.
 */
export function rejectedBefore(tokens: Token[], span: { from: number; to: number }): boolean {
  const f = cues(tokens);
  if (!(f[tokens.length]! & VERDICT)) return false;
  const sentence = tokens[span.from]!.sentence;
  for (let i = span.from - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    const t = tokens[i]!;
    if (f[i]! & TRUTH) return false;
    // (English only: a Korean verdict comes after what it judges, see rejectedAfter.)
    if (t.script === "latin" && f[i]! & VERDICT) {
      // "misconception is that …", "misconception that …", "myth that …"
      const a = tokens[i + 1];
      const b = tokens[i + 2];
      return (a?.norm === "that" || (a?.norm === "be" && b?.norm === "that")) && i + 1 < span.from;
    }
  }
  return false;
}

/** Reports of what people say or believe, as an answer sets them up to reject them (stricter than BELIEF_CUES). */
const BELIEF_REPORT = ["흔히", "많이들", "다들", "생각하", "생각들", "알고", "설명하", "말하", "하는데", "people", "often", "think", "believ", "assum", "commonly"];
/** The answer's own claim after the turn: "actually", "in fact", "실제로는", "사실" (not "rather than", "instead of"). */
const OWN_TRUTH = ["사실", "실제", "actually", "really", "정확히는"];
/** A turn from the belief to the answer's own claim: a contrast connective ("…지만", "…는데", "but", "however"). */
function contrastTurn(t: Token): boolean {
  return t.script === "hangul" ? /(지만|는데|은데)$/.test(t.surface) || /^(하지만|그러나|근데|그런데)$/.test(t.surface) : t.norm === "but" || t.norm === "however";
}
/** Cue flag bits (see cues: the rejection checks run for many spans of one sentence, so flags are computed once). */
const VERDICT = 1;
const TRUTH = 2;
const OWN = 4;
const BELIEF = 8;
const TURN = 16;
const cueCache = new WeakMap<Token[], Uint8Array>();
const startsWithAny = (words: string[]) => new RegExp(`^(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
let cueRegex: { verdict: RegExp; truthLatin: Set<string>; truthHangul: RegExp; ownLatin: Set<string>; ownHangul: RegExp; belief: RegExp } | undefined;
/** Per-token cue flags (and, after the last token, all of them OR-ed), computed once per analysed answer. */
function cues(tokens: Token[]): Uint8Array {
  let f = cueCache.get(tokens);
  if (f) return f;
  cueRegex ??= {
    verdict: startsWithAny(VERDICT_CUES),
    truthLatin: new Set(TRUTH_TURN),
    truthHangul: startsWithAny(TRUTH_TURN.filter((w) => /[가-힣]/.test(w))),
    ownLatin: new Set(OWN_TRUTH),
    ownHangul: startsWithAny(OWN_TRUTH.filter((w) => /[가-힣]/.test(w))),
    belief: startsWithAny(BELIEF_REPORT),
  };
  const r = cueRegex;
  f = new Uint8Array(tokens.length + 1);
  let all = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const inTruth = t.norm !== "in" || IN_TRUTH.has(tokens[i + 1]?.norm ?? "");
    let x = 0;
    if (r.verdict.test(t.norm) || KO_OPPOSITE_VERDICT.test(t.surface)) x |= VERDICT;
    if (inTruth && (r.truthLatin.has(t.norm) || (t.script === "hangul" && r.truthHangul.test(t.norm)))) x |= TRUTH;
    if (r.ownLatin.has(t.norm) || (t.script === "hangul" && r.ownHangul.test(t.norm)) || (t.norm === "in" && IN_TRUTH.has(tokens[i + 1]?.norm ?? ""))) x |= OWN;
    if (r.belief.test(t.norm) || r.belief.test(t.surface)) x |= BELIEF;
    if (contrastTurn(t)) x |= TURN;
    f[i] = x;
    all |= x;
  }
  f[tokens.length] = all;
  cueCache.set(tokens, f);
  return f;
}

/**
 * "흔히 accept()가 새 소켓을 만들어 준다고 설명하지만 실제로는 …", "People often say X, but actually …":
 * a statement reported as what people say or believe, then turned from ("but", "…지만") to what is
 * "actually" so. The statement is what the answer rejects (whether or not the turn is right).
 */
export function rejectedBelief(tokens: Token[], span: { from: number; to: number }): boolean {
  const f = cues(tokens);
  if (!(f[tokens.length]! & BELIEF)) return false;
  const sentence = tokens[span.from]!.sentence;
  let belief = false;
  for (let i = span.from - 1; i >= 0 && tokens[i]!.sentence === sentence && !belief; i--) {
    if (f[i]! & (TRUTH | TURN)) return false;
    if (f[i]! & BELIEF) belief = true;
  }
  let turned = false;
  for (let i = span.to + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    if (!turned && !belief && f[i]! & BELIEF) belief = true;
    if (!turned && f[i]! & TURN) {
      if (!belief) return false;
      turned = true;
      continue;
    }
    if (turned && f[i]! & OWN) return true;
  }
  return false;
}

export function rejectedAfter(tokens: Token[], span: { from: number; to: number }): boolean {
  const f = cues(tokens);
  if (!(f[tokens.length]! & VERDICT)) return false;
  const sentence = tokens[span.to]!.sentence;
  let cue = -1;
  for (let i = span.to + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    if (cue < 0 && f[i]! & VERDICT) cue = i;
    else if (cue >= 0 && f[i]! & TRUTH) return false;
  }
  if (cue < 0) return false;
  // The verdict is about the span: in its clause ("…라는 건 흔한 오해입니다"), or in a clause of its own that
  // is nothing but the verdict ("…, but that's a misconception") — not another claim's ("thinking X is a myth").
  const clause = tokens[cue]!.clause;
  if (clause === tokens[span.to]!.clause) return true;
  // (A quoted claim, "…라서 방향별로 닫는다는 건 흔한 오해", carries everything before it to the verdict.)
  for (let i = cue - 1; i >= 0 && tokens[i]!.clause === clause; i--) if (tokens[i]!.script === "hangul" && /(다는|라는)$/.test(tokens[i]!.surface) && /^(건|것|거)/.test(tokens[i + 1]?.surface ?? "")) return true;
  for (let i = cue - 1; i >= 0 && tokens[i]!.clause === clause; i--) if (!VERDICT_FILLER.has(tokens[i]!.norm)) return false;
  return true;
}
const VERDICT_FILLER = new Set(["but", "that", "this", "it", "be", "a", "an", "common", "popular", "widespread", "big", "just", "really", "total", "complete", "classic", "largely", "mostly", "partly", "somewhat", "kind", "sort", "of", "overblown", "과장된", "과장", "그건", "이건", "그게", "이게", "그것", "이것", "그", "이", "흔한", "대표적인", "큰", "완전한", "전형적인", "오히려", "정"]);

/** The words a bare denial is made of: "It isn't.", "That's not what happens either.", "Not on Linux:", "그렇지 않습니다.", "아닙니다", "이것도 틀렸고". */
const BARE_DENIAL_WORDS = new Set(["it", "that", "this", "be", "do", "not", "what", "happen", "either", "true", "so", "case", "right", "correct", "how", "work", "way", "really", "quite", "at", "all", "necessarily", "on", "in", "linux", "windows", "no", "nope", "wrong", "false", "neither", "but", "however", "그렇", "않", "않아", "아닙니", "아니", "아니에요", "아뇨", "사실", "전혀", "그건", "이건", "그게", "이것", "그것", "틀렸", "틀린", "말", "하지만", "그러나"]);
const BARE_DENIAL_OPENERS = new Set(["no", "nope", "wrong", "false", "neither", "틀렸"]);
/** Does the clause starting at token `from` say nothing but a denial (at most six such words, with a negation)? */
function bareDenial(tokens: Token[], from: number): boolean {
  const clause = tokens[from]?.clause;
  if (clause === undefined) return false;
  let denies = false;
  let i = from;
  for (; i < tokens.length && tokens[i]!.clause === clause; i++) {
    const t = tokens[i]!;
    if (i - from >= 6 || !BARE_DENIAL_WORDS.has(t.norm)) return false;
    if (t.negation || BARE_DENIAL_OPENERS.has(t.norm)) denies = true;
  }
  return denies;
}
/**
 * "A common belief is that accept() performs the handshake. It isn't: …", "TIME_WAIT를 누수로 보는 분들이
 * 많은데 아닙니다": the sentence (or, for `at`, its clauses up to a turn) followed by a bare denial of it.
 */
export function deniedAfter(tokens: Token[], sentence: number, at?: number): boolean {
  let next = -1;
  // (From `at`, or the sentence's first word, found by bisection: sentences are numbered in order.)
  let start = at ?? -1;
  if (start < 0) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.sentence < sentence) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence > sentence) {
      next = i;
      break;
    }
    // (A later clause of the sentence, after a turn: "…보는 경우가 많은데 그렇지 않습니다", "…, but that's not it".)
    if (i > 0 && t.clause !== tokens[i - 1]!.clause && tokens[i - 1]!.sentence === sentence && (contrastTurn(tokens[i - 1]!) || (tokens[i - 1]!.script === "hangul" && /데$/.test(tokens[i - 1]!.surface)) || t.norm === "but" || t.norm === "however") && bareDenial(tokens, i)) return true;
  }
  return next >= 0 && tokens[next]!.sentence === sentence + 1 && bareDenial(tokens, next);
}

/** Korean belief verbs a "-는데/-지만" turn follows within a few words: "…라고 생각하기 쉬운데", "…로 알고 있는 경우가 많은데", "많이들 … 생각하는데". */
const KO_BELIEF_VERB = /^(생각|알고|여기|여겨|오해|착각|믿)/;
/** A Korean belief turned from in the sentence before `at`: "X라고 생각하기 쉬운데, …", "흔히 X로 쓰는데, …", "X로 보는 분들이 많은데, …". */
function koreanBeliefTurn(tokens: Token[], sentence: number, at: number): boolean {
  for (let i = at + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!;
    if (t.script !== "hangul" || !/(는데|은데|운데|인데|건데|지만)$/.test(t.surface)) continue;
    for (let k = i; k >= Math.max(0, i - 3) && tokens[k]!.sentence === sentence; k--) {
      const w = tokens[k]!;
      if (w.script === "hangul" && KO_BELIEF_VERB.test(w.surface)) return true;
      // (Many people: "보는 분들이 많은데", "알고 있는 경우가 많은데".)
      if (k === i && /^많/.test(w.surface) && /^(분들|사람|사람들|경우)$/.test(tokens[i - 1]?.norm ?? "")) return true;
    }
    // ("흔히 비동기와 논블로킹을 같은 말로 쓰는데": an adverb of belief opens the clause the turn ends.)
    for (let k = i; k >= 0 && tokens[k]!.clause === t.clause; k--) if (/^(흔히|많이들|다들|대부분)$/.test(tokens[k]!.surface)) return true;
    return false;
  }
  return false;
}

/** Nouns a Korean "틀린"/"잘못된" judges: "틀린 설명", "잘못된 생각" reject what was said; "틀린 비트", "잘못된 주소" describe a thing. */
const JUDGED_NOUNS = /^(거|것|게|말|설명|얘기|이야기|생각|이해|주장|답|대답|개념|내용|표현|오해|상식|믿음|통념|속설|가정|전제|인식|해석|정보)/;
/** "체크섬은 틀린 비트를 고쳐 줍니다": an attributive "틀린"/"잘못된" before a thing's noun rejects nothing said. */
function koreanAttributive(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (t.surface === "틀린" || t.surface === "잘못된") && next !== undefined && next.clause === t.clause && next.script === "hangul" && !JUDGED_NOUNS.test(next.surface);
}

export function rejectedInSentence(tokens: Token[], sentence: number, at?: number): boolean {
  // "What people get wrong: the client has no port": a cue that frames a colon asserts what follows it.
  if (at !== undefined) {
    let colon = -1;
    for (let i = at; i >= 0 && tokens[i]!.sentence === sentence; i--) if (tokens[i]!.afterColon) {
      colon = i;
      break;
    }
    // (Unless what follows still reports a belief: "흔한 오해 두 가지: 첫째, … 원시 소켓으로 생각해 …".)
    const after = tokens.slice(colon).filter((t) => t.sentence === sentence);
    if (colon > 0 && !after.some((t) => [...BELIEF_CUES, ...REJECTION_CUES].some((c) => t.norm.startsWith(c)))) return false;
  }
  // "흔히 X라고 설명하지만 실제로는 Y", "people say X, but actually Y": what follows the turn to "actually" is the answer's own claim.
  if (at !== undefined) {
    const f = cues(tokens);
    if (f[tokens.length]! & OWN) for (let i = at - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) if (f[i]! & OWN) return false;
  }
  if (deniedAfter(tokens, sentence, at)) return true;
  if (at !== undefined && koreanBeliefTurn(tokens, sentence, at)) return true;
  // ("arrives on, say, port 80": "say" set off by commas gives an example; it reports no belief.)
  const aside = (t: Token, i: number) => t.surface === "say" && tokens[i - 1]?.clause !== t.clause && tokens[i + 1]?.clause !== t.clause;
  // ("the kernel would find the fields in the wrong positions": "wrong" before its noun judges nothing said.)
  const attributive = (t: Token, i: number) => t.norm.startsWith("wrong") && tokens[i + 1]?.clause === t.clause && tokens[i + 1]!.script === "latin" && !/^(because|since|and|but|so|about|to|that|it|here|there|either)$/.test(tokens[i + 1]!.surface);
  const words = tokens.filter((t, i) => t.sentence === sentence && !aside(t, i) && !attributive(t, i) && !koreanAttributive(tokens, i));
  const has = (cues: string[]) => words.some((t) => cues.some((c) => t.norm.startsWith(c)));
  return has(REJECTION_CUES) || (has(BELIEF_CUES) && (has(CONTRAST_CUES) || words.some((t) => t.negation)));
}

/**
 * Stricter, for contrast claims, whose words would otherwise earn key points: a sentence
 * rejects its claim only when it also turns to the truth ("…라고 오해하지만 사실은…", "people
 * think …, but actually …") or ends on the verdict ("…라는 건 오해입니다", "… is a myth").
 * "Make no mistake: UDP is reliable" and "I think UDP is reliable and TCP is not" reject nothing.
 */
export function rejectedClaimSentence(tokens: Token[], sentence: number): boolean {
  const words = tokens.filter((t) => t.sentence === sentence);
  const cue = (t: Token, cues: string[]) => cues.some((c) => t.norm.startsWith(c));
  // "둘을 헷갈리면 안 됩니다", "don't confuse the two": advice against a mix-up, not a rejection of the claim.
  const advice = (i: number) => {
    const t = words[i]!;
    return (t.script === "hangul" && /면$/.test(t.surface) && /^안/.test(words[i + 1]?.surface ?? "")) || (t.script === "latin" && (words[i - 1]?.negation ?? false) && words[i - 1]!.script === "latin");
  };
  const rejection = (t: Token, i: number) => cue(t, REJECTION_CUES) && !advice(i);
  const contrast = words.some((t) => cue(t, CONTRAST_CUES));
  if (contrast && words.some((t, i) => rejection(t, i) || cue(t, BELIEF_CUES))) return true;
  // A belief quoted into a rejection ("흐름 제어가 혼잡을 막는다고 오해하기 쉬운데", "…라고 착각하는") or a sentence that
  // opens on one ("A common misconception is that …", "흔한 오해는 …").
  if (words.some((t, i) => rejection(t, i) && i > 0 && words[i - 1]!.script === "hangul" && /(다고|라고|냐고|다는|라는|다며)$/.test(words[i - 1]!.surface))) return true;
  // (The belief follows the cue: "A detail that's often misunderstood: the client has no port" asserts what follows.)
  const opening = words.findIndex((t, i) => i < 4 && rejection(t, i));
  // ("흔한 오해가 listen()이 … 기다린다는 건데": the cue as the subject of what follows.)
  if (opening >= 0 && words.some((t, i) => i >= opening && i < 7 && (t.surface === "that" || t.norm === "be" || /^(은|는)$/.test(t.tail) || (i === opening && /^(이|가)$/.test(t.tail))))) return true;
  return words.some((t, i) => i >= words.length - 3 && rejection(t, i));
}


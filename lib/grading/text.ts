/**
 * Text analysis for the rubric grader: Unicode/case/width normalisation, tokens that keep
 * their offsets in the original answer (for evidence highlighting), Korean particle and
 * ending stripping, light English stemming, number and range folding, sentences and
 * clauses, and negation markers. Pure and deterministic; no dictionaries are downloaded.
 */
import { BoundedCache } from "@/lib/bounded-cache";
import { disassemble } from "es-hangul";

export type Script = "hangul" | "latin" | "num";

export interface Token {
  /** Normalised form used for matching (particles stripped, stemmed). */
  norm: string;
  /** Surface form, lower-cased (before stripping). */
  surface: string;
  script: Script;
  /** Offsets into the original string. */
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** A negation marker (않/아니/없/못/안, not/never/no/…). */
  negation: boolean;
  /**
   * The particle or ending stripped from the word ("TCP는" → "는", "소켓에서" → "에서"), so
   * claims can tell a subject (는/가) from a foil (보다/처럼) or an oblique (의/에/를).
   */
  tail: string;
  /** A code word written as a call: "close()" or "close(fd)" (not the English verb "close"). */
  call?: boolean;
  /** A Latin code name with "_" or a digit (SO_REUSEADDR, sockaddr_in6): matched only exactly. */
  code?: boolean;
  /**
   * First word of a clause that a Korean conditional or causal ending opened ("데이터가 없으면 | 0을
   * 반환", "종료하지 않아서 | … 보입니다"): the two clauses state one claim together.
   */
  joined?: boolean;
  /** A "≠" sign read as "not": it denies the equation it stands in, not the phrase before it. */
  sign?: boolean;
  /** First word after a colon that ends a clause ("What people get wrong: …"): what follows is asserted. */
  afterColon?: boolean;
  /** First word of an aside in parentheses ("… the 'finish' bit (FIN) once …"): it names, it does not act. */
  afterParen?: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentenceCount: number;
}

const isHangulChar = (c: string) => c >= "\uAC00" && c <= "\uD7A3";
const isLatinChar = (c: string) => (c >= "a" && c <= "z") || c === "_";
const isDigit = (c: string) => c >= "0" && c <= "9";

// ---------------------------------------------------------------- Korean

/** Particles and endings, longest first; stripped from the end of Hangul tokens. */
const KO_SUFFIXES = [
  "하였습니다", "되었습니다", "했었습니다", "해야합니다", "해야 합니다",
  "합니다만", "입니다만", "이었습니다", "였습니다", "습니다만",
  "하나요", "되나요", "인가요", "일까요", "할까요", "나요", "가요", "까요",
  "합니다", "됩니다", "입니다", "이에요", "이예요", "였어요", "했어요", "해요", "돼요", "세요", "습니다", "ㅂ니다",
  "하는데", "되는데", "인데", "이지만", "하지만", "되지만", "지만",
  "에서는", "에서도", "에서의", "에게서", "으로는", "으로도", "으로서", "으로써", "이라는", "이라고", "이라서", "이므로",
  "라는", "라고", "라서", "하므로", "되므로", "므로",
  "한다", "된다", "하다", "되다", "이다", "였다", "했다", "됐다",
  "하는", "되는", "하고", "되고", "이고", "하며", "되며", "이며", "하여", "되어", "해서", "돼서", "하면", "되면", "이면",
  "하게", "되게", "하기", "되기", "하지", "되지", "함", "됨", "임", "할", "될", "한", "된", "해", "돼",
  "에서", "에게", "한테", "까지", "부터", "으로", "로서", "로써", "보다", "처럼", "마다", "조차", "밖에", "이나", "이란", "이랑",
  "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "나", "란", "랑", "요", "죠", "지", "고", "며", "다",
];
/** Syllables that stay: stripping them from these words would break the word. */
const KO_KEEP = new Set(["포트", "소켓", "서버", "커널", "버퍼", "주소", "리소스", "인터페이스", "데이터", "바이트", "프로토콜", "스트림", "파이프", "디바이스", "하드웨어", "소프트웨어", "라이브러리", "아이피", "타이머", "레이어", "페이로드"]);

/** Particles that never end a two-syllable noun: safe to strip from any word (큐를 → 큐 is not needed, 포트를 → 포트 is). */
const KO_SAFE_PARTICLES = new Set(["을", "를", "은", "는"]);
export const KO_PARTICLES = new Set(["은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "랑"]);

/**
 * Strips one particle or ending (the longest that fits): 소켓에서는 → 소켓, 오해하기 → 오해.
 * A one-syllable ending is only stripped when two or more syllables remain, except 을/를/은/는
 * — so two-syllable nouns keep their last syllable (유지, 경로, 속도, 차이, 사이).
 */
/** Stripped and stemmed forms of recurring words (the same vocabulary recurs across answers). */
const wordCacheOptions = { maxBytes: 2 * 1024 * 1024, maxEntries: 25_000, maxKeyLength: 24, sizeOf: (k: string, v: string) => 2 * (k.length + v.length) + 64 };
const koreanCache = new BoundedCache<string>(wordCacheOptions);
const englishCache = new BoundedCache<string>(wordCacheOptions);

export function stripKorean(word: string): string {
  let v = koreanCache.get(word);
  if (v === undefined) koreanCache.set(word, (v = stripKoreanUncached(word)));
  return v;
}

function stripKoreanUncached(word: string): string {
  if (KO_KEEP.has(word)) return word;
  const suffix = KO_SUFFIXES.find(
    (s) => word.length > s.length && word.endsWith(s) && (s.length > 1 || word.length > 2 || KO_SAFE_PARTICLES.has(s)),
  );
  return suffix ? word.slice(0, -suffix.length) : word;
}

/** Is the whole word a particle or an ending (는, 에서, 으로는, 입니다…)? */
function isOnlySuffix(word: string): boolean {
  return KO_SUFFIXES.includes(word);
}

/** (없어지다 "go away" and 없애다 "remove" state a change, not a negation: "마지막 참조가 없어지면".) */
const KO_NEGATION = /^(않|안$|덜$|아니|아닌|아닙|아냐|없(?!어지|어져|어졌|애|앤|앨|앴)|못|무관|상관없(?!이)|관계없(?!이)|모르|모른|모릅|몰라|몰랐)|지\s?않|지\s?못|수\s?없|지\s?마/;

/** Jamo of recurring words: at most 4 MB (UTF-16 estimate), words of ≤ 24 syllables only. */
export const jamoCache = new BoundedCache<string>({ maxBytes: 4 * 1024 * 1024, maxEntries: 50_000, maxKeyLength: 24, sizeOf: (k, v) => 2 * (k.length + v.length) + 64 });
/** Jamo of a Hangul string, cached (the same words recur across answers). */
export function jamoOf(word: string): string {
  // A 5,000-syllable run of Hangul with no spaces is computed and dropped, never kept.
  let j = jamoCache.get(word);
  if (j === undefined) {
    j = disassemble(word);
    jamoCache.set(word, j);
  }
  return j;
}

// ---------------------------------------------------------------- English

const IRREGULAR_FORMS: Record<string, string> = {
  bound: "bind", sent: "send", built: "build", made: "make", chose: "choose", chosen: "choose", got: "get", gotten: "get",
  gave: "give", given: "give", kept: "keep", left: "leave", held: "hold", began: "begin", begun: "begin", ran: "run",
  wrote: "write", written: "write", told: "tell", took: "take", taken: "take", brought: "bring", thought: "think",
  found: "find", lost: "lose", met: "meet", paid: "pay", said: "say", saw: "see", seen: "see", went: "go", gone: "go",
  knew: "know", known: "know", came: "come", became: "become", spent: "spend", stood: "stand", understood: "understand",
  read: "read", set: "set", put: "put", shut: "shut", closed: "close", closes: "close", closing: "close",
  uses: "use", used: "use", using: "use", queues: "queue", queued: "queue", queuing: "queue", queueing: "queue",
  data: "data", bytes: "byte", addresses: "address", processes: "process", indexes: "index", indices: "index",
  is: "be", are: "be", was: "be", were: "be", been: "be", being: "be", am: "be",
  has: "have", had: "have", having: "have", does: "do", did: "do", done: "do", doing: "do",
};

/** Sentence negation. Not "nobody"/"nothing"/"without": those usually describe ("a port nobody uses"). */
/** A Map, not an object: answer words such as "__proto__" or "constructor" must not hit the prototype. */
const IRREGULAR = new Map(Object.entries(IRREGULAR_FORMS));

const EN_NEGATION = new Set(["not", "no", "never", "cannot", "nor", "neither", "hardly", "barely", "lacks", "lack"]);
const EN_DROP = new Set(["a", "an", "the"]);

/** A conservative stemmer: the same rules run on rubric phrases and answers, so consistency matters more than linguistics. */
export function stemEnglish(word: string): string {
  let v = englishCache.get(word);
  if (v === undefined) englishCache.set(word, (v = stemEnglishUncached(word)));
  return v;
}

function stemEnglishUncached(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  let w = word;
  if (w.length > 4 && w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) {
    w = w.slice(0, -3);
    if (/(.)\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  if (w.length > 4 && w.endsWith("ed")) {
    w = w.slice(0, -2);
    if (/(.)\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

// ---------------------------------------------------------------- normalisation with offsets

/**
 * Normalised text as parallel arrays: `c[k]` is one UTF-16 unit (a code point outside the BMP,
 * which is never part of a word or a mark the grader reads, becomes U+FFFF), `at[k]`/`len[k]`
 * the offset and length of the original code point(s) it came from; `s` is `c` joined, so a
 * word is one slice of it.
 */
interface Chars {
  c: string[];
  at: number[];
  len: number[];
  s: string;
}

/** Conjoining jamo (decomposed Hangul, as NFD text from macOS) composed into syllables. */
const isLead = (c: number) => c >= 0x1100 && c <= 0x1112;
const isVowel = (c: number) => c >= 0x1161 && c <= 0x1175;
const isTail = (c: number) => c >= 0x11a8 && c <= 0x11c2;

/** NFKC + lower case, one original index per output char; "n't" becomes " not". */
function normalizeChars(text: string): Chars {
  const c: string[] = [];
  const at: number[] = [];
  const len: number[] = [];
  const push = (ch: string, i: number, n: number) => {
    c.push(ch.length === 1 ? ch : "\uFFFF");
    at.push(i);
    len.push(n);
  };
  // Text of ASCII and Hangul syllables only (most answers) maps one to one: its normal form is its lower case.
  let simple = true;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isLead(code) && isVowel(text.charCodeAt(i + 1))) {
      simple = false;
      const n = isTail(text.charCodeAt(i + 2)) ? 3 : 2;
      push(text.slice(i, i + n).normalize("NFC"), i, n);
      i += n;
      continue;
    }
    // ASCII and Hangul syllables (NFKC-stable) are one UTF-16 unit: no code point or normalisation needed.
    if (code < 0x80) {
      push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!, i, 1);
      i++;
      continue;
    }
    if (code >= 0xac00 && code <= 0xd7a3) {
      push(text[i]!, i, 1);
      i++;
      continue;
    }
    simple = false;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const n = ch.length;
    for (const x of ch.normalize("NFKC").toLowerCase()) push(x === "’" || x === "`" ? "'" : x, i, n);
    i += n;
  }
  // n't → " not" so negation is one token (doesn't → does not)
  for (let k = 0; k + 2 < c.length; k++) {
    if (c[k] === "n" && c[k + 1] === "'" && c[k + 2] === "t" && (k + 3 >= c.length || !isLatinChar(c[k + 3]!))) {
      const from = at[k]!;
      const prev = c[k - 1];
      // "can't" → "can not", "won't" → "won not" is harmless: only "not" matters
      const n = at[k + 2]! + len[k + 2]! - from;
      simple = false;
      c.splice(k, 3, " ", "n", "o", "t");
      at.splice(k, 3, from, from, from, from);
      len.splice(k, 3, 0, 0, 0, n);
      if (prev === undefined) break;
    }
  }
  return { c, at, len, s: simple ? text.toLowerCase() : c.join("") };
}

/** Is the parenthesis opening at `k` a short aside closed right before a Korean particle ("…(기본 60초)이 …")? */
function gluedAside(chars: string[], k: number): boolean {
  if (chars[k - 1] === " ") return false;
  for (let j = k + 1; j < chars.length && j <= k + 40; j++) {
    if (chars[j] === "(" || chars[j] === "." || chars[j] === "\n") return false;
    if (chars[j] === ")") return isHangulChar(chars[j + 1] ?? "") && /^[이가은는을를의에와과도로만]$/.test(chars[j + 1]!);
  }
  return false;
}

/**
 * Is the arrow at `k` inside a chain of calls named as one unit ("bind() → listen() → accept() 단계를
 * 거치지 않습니다")? Then it lists the unit's steps; elsewhere each arrow starts a step of its own.
 */
function callChainUnit(chars: string[], k: number): boolean {
  let a = k - 1;
  while (a >= 0 && chars[a] === " ") a--;
  if (chars[a] !== ")") return false;
  let i = k;
  // (A unit has a few steps: a longer chain is read as steps, and the scan stays short.)
  for (let steps = 0; steps < 12; steps++) {
    // i at an arrow: a call must follow.
    let b = i + 1;
    while (b < chars.length && chars[b] === " ") b++;
    let e = b;
    while (e < chars.length && /[a-z0-9_]/i.test(chars[e]!)) e++;
    if (e === b || chars[e] !== "(") return false;
    while (e < chars.length && chars[e] !== ")" && e - b < 40) e++;
    if (chars[e] !== ")") return false;
    let n = e + 1;
    while (n < chars.length && chars[n] === " ") n++;
    if (chars[n] === "→") {
      i = n;
      continue;
    }
    return /^(단계|과정|순서|흐름|절차|steps?\b|sequence\b)/i.test(chars.slice(n, n + 8).join(""));
  }
  return false;
}

/** Characters that may sit between a word and its particle: accept()는, `listen`을, "SYN"이. */
const GLUE = new Set(["(", ")", "'", "\"", "`", "[", "]", "“", "”", "‘", "’"]);
const SENTENCE_END = new Set(["!", "?", "。", "\n", "？", "！"]);
/** (An arrow joins the two ends of a pair: "내 IP·포트 ↔ 서버 IP·443" are two phrases, not one claim.) */
const CLAUSE_BREAK = new Set([",", ";", "—", "–", "·", "，", "、", "|", "\"", "“", "”", "↔", "⇔", "⇒", "➜", "➡"]);
/** Contrast words start a new clause; causal ones ("because", "so") do not, since claims straddle them. */
const EN_CLAUSE_WORDS = new Set(["but", "whereas", "while", "although", "though", "however", "instead", "unlike", "rather"]);
/** English openers of a condition or time clause whose result follows after a comma (see Token.joined). */
const EN_CONDITION_OPENERS = new Set(["when", "whenever", "once", "if", "after"]);
/** Does clause `clause` (the last one in `tokens`) open on an English condition: "when …", "once …", "by the time …", "as soon as …"? */
function englishConditionOpens(tokens: Token[], clause: number): boolean {
  let i = tokens.length;
  while (i > 0 && tokens[i - 1]!.clause === clause) i--;
  const a = tokens[i];
  if (!a || a.script !== "latin" || a.clause !== clause) return false;
  const b = tokens[i + 1];
  return EN_CONDITION_OPENERS.has(a.surface) || (a.surface === "by" && b?.surface === "time") || (a.surface === "as" && b?.surface === "soon");
}
/** Conditional and causal endings: the clause they open continues the same claim (see Token.joined). */
/** Concessive endings ("close()해도", "-더라도"): the clause supposes what the next one holds despite (see claims). */
export const KO_CONCESSIVE = "해도|돼도|되어도|더라도|닫아도|열어도|써도|봐도|줘도|와도|져도";
export const KO_JOIN_END = new RegExp(`(어야|아야|해야|여야|이라|여서|해서|므로|니까|되니|하니|어서|아서|이라서|라서|기에|때문에|돼서|되어서|하면|되면|으면|이면|다면|라면|려면|내면|오면|주면|지면|리면|기면|치면|${KO_CONCESSIVE})$|(?<=.)다가$`);
const KO_CLAUSE_END = new RegExp(`(?<!^(최|참|경|창|재|광|보|신|사|등|원|포|잔|통|전|출|입|선|마|공|금|안|효|수|제|고|동|노|초|회|반|후|지))(?<=..)고$|(지만|는데|은데|인데|반면|반면에|면서|으나|아니라|아니고|않고|없고|이고|거고|하고|되고|며|여서|해서|므로|니까|되니|하니|어서|아서|이라|이라서|라서|기에|때문에|이니|돼서|되어서|하면|되면|으면|이면|다면|라면|려면|내면|오면|주면|지면|리면|기면|치면|어야|아야|해야|여야|${KO_CONCESSIVE})$|(?<=.)다가$`);

/**
 * A Hangul verb in its adnominal (relative) form — "보낸", "받은", "닫는", "보내던": its last syllable
 * closes on ㄴ or it ends in 는/던, or a short stem carries 은/는 ("닫+는", "받+은"). Used where a
 * relative clause must not be read as the sentence's own verb ("상대가 보낸 FIN", "아직 못 보낸 데이터").
 */
export function adnominalVerb(t: Token | undefined): boolean {
  if (!t || t.script !== "hangul" || t.surface.length < 2) return false;
  if (t.tail) return t.norm.length <= 2 && /^(은|는)$/.test(t.tail);
  const c = t.surface.charCodeAt(t.surface.length - 1) - 0xac00;
  return (c >= 0 && c <= 11171 && c % 28 === 4) || /(는|던)$/.test(t.surface);
}

/** What analysis reads from a Hangul word on its own, cached (the same words recur across answers). */
interface KoreanWord {
  norm: string;
  negation: boolean;
  clauseEnd: boolean;
  joinEnd: boolean;
}
const koreanWords = new BoundedCache<KoreanWord>({ maxBytes: 4 * 1024 * 1024, maxEntries: 25_000, maxKeyLength: 24, sizeOf: (k, v) => 2 * (k.length + v.norm.length) + 96 });
function koreanWord(word: string): KoreanWord {
  let v = koreanWords.get(word);
  if (v === undefined) {
    v = { norm: stripKorean(word), negation: KO_NEGATION.test(word), clauseEnd: KO_CLAUSE_END.test(word), joinEnd: KO_JOIN_END.test(word) };
    koreanWords.set(word, v);
  }
  return v;
}

function continuesRun(kind: Script, c: string): boolean {
  return kind === "hangul" ? isHangulChar(c) : kind === "latin" ? isLatinChar(c) || isDigit(c) : isDigit(c);
}

function onlyGlueBetween(chars: string[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (!GLUE.has(chars[q]!)) return false;
  return true;
}

/** Is position k flanked by digits, ignoring spaces ("49152 – 65535", "0~1023")? */
/** "0.0.0.0:포트", "host:port", "*:80": a colon with no space on either side joins an address, it ends no clause. */
function attachedColon(chars: string[], k: number): boolean {
  const prev = chars[k - 1] ?? " ";
  const next = chars[k + 1] ?? " ";
  return /\S/.test(prev) && /\S/.test(next) && !/[.!?,;:)]/.test(prev);
}

function betweenDigits(chars: string[], k: number): boolean {
  let a = k - 1;
  while (a >= 0 && chars[a] === " ") a--;
  let b = k + 1;
  while (b < chars.length && chars[b] === " ") b++;
  return a >= 0 && b < chars.length && isDigit(chars[a]!) && (isDigit(chars[b]!) || chars[k] === "-");
}

/**
 * Splits normalised text into tokens. Latin/digit/Hangul runs become tokens; script changes
 * split ("accept()는" → accept, 는); punctuation marks sentence and clause boundaries.
 */
export function analyze(text: string): Analysis {
  const { c: chars, at, len, s: normalized } = normalizeChars(text);
  const raw: { s: string; start: number; end: number; script: Script; sentenceBreakBefore: boolean; clauseBreakBefore: boolean; glued: boolean; call?: boolean; colon?: boolean; paren?: boolean; sign?: boolean }[] = [];
  let sentenceBreak = false;
  let clauseBreak = false;
  let colonBreak = false;
  let parenBreak = false;
  let asideOpen = false;
  let noteOpen = -1;
  // (Inside quotes a colon quotes too: "흔한 오해가 'Connection: keep-alive를 보내면 …'인데" frames nothing.)
  let quoted = false;
  let k = 0;
  let lastEnd = -1;
  while (k < chars.length) {
    const c = chars[k]!;
    const kind = isHangulChar(c) ? "hangul" : isLatinChar(c) ? "latin" : isDigit(c) ? "num" : null;
    if (kind) {
      let j = k + 1;
      while (j < chars.length && continuesRun(kind, chars[j]!)) j++;
      // digits followed by letters (ipv4, af_inet6 handled as latin; "80번" splits; "2msl" → 2, msl)
      const script: Script = kind;
      const s = normalized.slice(k, j);
      raw.push({
        s,
        start: at[k]!,
        end: at[j - 1]! + Math.max(1, len[j - 1]!),
        script,
        sentenceBreakBefore: sentenceBreak,
        clauseBreakBefore: clauseBreak,
        glued: lastEnd >= 0 && onlyGlueBetween(chars, lastEnd, k),
        call: kind === "latin" && chars[j] === "(",
        colon: colonBreak && clauseBreak && !sentenceBreak,
        paren: parenBreak && clauseBreak && !sentenceBreak,
      });
      lastEnd = j;
      if (sentenceBreak) {
        quoted = false;
        asideOpen = false;
      }
      sentenceBreak = false;
      clauseBreak = false;
      colonBreak = false;
      parenBreak = false;
      k = j;
      continue;
    }
    if (c === '"' || c === "“" || c === "”" || ((c === "'" || c === "‘" || c === "’") && !(isLatinChar(chars[k - 1] ?? " ") && isLatinChar(chars[k + 1] ?? " ")))) quoted = c === "“" || c === "‘" ? true : c === "”" || c === "’" ? false : !quoted;
    // "…자기 FIN을 보내면(LAST_ACK) active closer가 …": a state's name glued on as a note ends its clause.
    if (c === "(" && isHangulChar(chars[k - 1] ?? "")) noteOpen = k;
    else if (c === ")" && noteOpen >= 0) {
      if (chars[k + 1] === " " && /^[A-Z][A-Z0-9_]{2,}$/.test(text.slice(at[noteOpen]! + 1, at[k]!))) clauseBreak = true;
      noteOpen = -1;
    }
    // A period ends a sentence unless it sits inside a number or an identifier (127.0.0.1, socket.accept).
    if (c === ".") {
      const prev = chars[k - 1] ?? " ";
      const next = chars[k + 1] ?? " ";
      // (Nor after a digit inside a name: "net.ipv4.ip_local_port_range".)
      if (!((isDigit(prev) && isDigit(next)) || (isLatinChar(prev) && isLatinChar(next)) || (isDigit(prev) && isLatinChar(next) && isLatinChar(chars[k - 2] ?? " ")))) sentenceBreak = true;
    } else if (SENTENCE_END.has(c)) sentenceBreak = true;
    // A dash between digits is a range ("0–1023"), not a clause break; nor is a comma inside a number ("65,535").
    // (A closing quote with a particle glued to it, "…접속 수"가 아닙니다, ends no clause: the quote is the particle's noun.)
    else if ((CLAUSE_BREAK.has(c) && !((c === "\"" || c === "”") && isHangulChar(chars[k + 1] ?? "")) && !((c === "–" || c === "—") && betweenDigits(chars, k)) && !(c === "," && isDigit(chars[k - 1] ?? "") && isDigit(chars[k + 1] ?? ""))) || (c === ":" && !isDigit(chars[k + 1] ?? "") && !attachedColon(chars, k))) {
      clauseBreak = true;
      if (c === ":" && !attachedColon(chars, k) && !quoted) colonBreak = true;
    }
    // " / " between items of a list ("0–1023 / registered 1024–49151 / dynamic …") or notes ("SYN → SYN queue / 마지막 ACK →
    // accept queue") separates them like a full stop: each item says its own thing.
    else if (c === "/" && chars[k - 1] === " " && chars[k + 1] === " ") sentenceBreak = true;
    // An aside in parentheses ("바이트 스트림(메시지 경계 없음)") is a clause of its own; "close(fd)" and "accept()" are not asides.
    // (Not a short aside glued to a particle, "tcp_fin_timeout(기본 60초)이 지나면": the outer clause goes on through it.)
    else if (c === "(" && (isHangulChar(chars[k + 1] ?? "") || chars[k - 1] === " ") && !gluedAside(chars, k)) {
      clauseBreak = true;
      parenBreak = true;
      asideOpen = true;
    }
    // (The aside ends with its parenthesis: "the finish flag (FIN) and the peer acknowledges it".)
    else if (c === ")" && asideOpen) {
      clauseBreak = true;
      asideOpen = false;
    }
    else if ((c === "-" || c === "~" || c === "〜" || c === "→") && !(isDigit(chars[k - 1] ?? "") || isDigit(chars[k + 1] ?? ""))) {
      if (c === "-" && chars[k - 1] === " " && chars[k + 1] === " ") clauseBreak = true;
      // Notes written as steps ("먼저 닫는 쪽 FIN → 상대 ACK (CLOSE_WAIT …) → …"): each arrow starts a clause.
      // (Not an arrow inside a chain of calls named as one unit, "bind() → listen() → accept() 단계".)
      if (c === "→" && !callChainUnit(chars, k)) clauseBreak = true;
    }
    // "A -> B", "A => B": ASCII arrows, likewise.
    else if (c === ">" && (chars[k - 1] === "-" || chars[k - 1] === "=")) clauseBreak = true;
    if ((c === "~" || c === "〜" || c === "-" || c === "–" || c === "—") && betweenDigits(chars, k)) {
      raw.push({ s: "~", start: at[k]!, end: at[k]! + 1, script: "latin", sentenceBreakBefore: sentenceBreak, clauseBreakBefore: clauseBreak, glued: false });
      sentenceBreak = false;
      clauseBreak = false;
    }
    // "write 성공 ≠ 상대 수신": a "not equal" sign in notes denies the equation, like the word "not", and opens a clause
    // ("빅 엔디언 ≠ x86 리틀 엔디언": what follows it is said of its own subject).
    if (c === "≠") {
      raw.push({ s: "not", start: at[k]!, end: at[k]! + 1, script: "latin", sentenceBreakBefore: sentenceBreak, clauseBreakBefore: true, glued: false, sign: true });
      sentenceBreak = false;
      clauseBreak = false;
    }
    k++;
  }

  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let pendingClause = false;
  let pendingJoin = false;
  let joinNext = false;
  let colonPending = false;
  let parenPending = false;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (r.sentenceBreakBefore && tokens.length) {
      sentence++;
      clause++;
    } else if ((r.clauseBreakBefore || pendingClause) && tokens.length) {
      // (A comma after the ending keeps the join: "데이터가 없으면, 0을 반환"; so does an English condition
      // set off by a comma: "When the server calls accept(), the kernel …", "By the time epoll_wait returns, …".)
      joinNext = pendingJoin || (r.clauseBreakBefore && englishConditionOpens(tokens, clause));
      clause++;
    }
    pendingClause = false;
    pendingJoin = false;
    // (A dropped word right after the colon, "…: the client …", passes the mark on.)
    if (r.colon) colonPending = true;
    if (r.paren) parenPending = true;

    let norm = r.s;
    let negation = false;
    let tail = "";
    if (r.script === "hangul") {
      const info = koreanWord(r.s);
      negation = info.negation;
      const prev = raw[i - 1];
      if (r.glued && prev && prev.script !== "hangul") {
        // Glued to a number or a code word: "80번", "49152번부터", "accept()는", "TCP에서" drop the
        // particle or counter and keep range words; a real word stays ("4튜플", "16비트", "accept큐").
        const rest = prev.script === "num" && norm.startsWith("번") ? norm.slice(1) : norm;
        if (rest.startsWith("부터")) norm = "부터";
        else if (rest.startsWith("까지")) norm = "까지";
        else if (rest.startsWith("에서") && prev.script === "num") norm = "에서";
        else if (!rest || isOnlySuffix(rest)) {
          norm = "";
          // "connectionless라 …", "TCP이라서": a copula ending closes the clause like 이라/라서.
          if (rest === "라" || rest === "이라") pendingClause = true;
          // The particle belongs to the code word or number before it: "TCP는", "accept()를".
          const last = tokens.at(-1);
          if (last && last.end === prev.end) last.tail = rest;
        } else norm = stripKorean(rest);
      } else norm = info.norm;
      if (norm && r.s.startsWith(norm)) tail = r.s.slice(norm.length);
      // ("받고 싶으면", "보내고 있는": -고 before 싶다/있다 is an auxiliary, not a clause break; so is the
      // obligation "-야 한다/된다" that does not end a clause itself: "재부팅해야 한다는 뜻이 아니라"; nor is
      // the permission "-아도 된다", "믿고 써도 됩니다", which is no concession.)
      const next = raw[i + 1];
      const auxiliary =
        next?.script === "hangul" && ((/고$/.test(r.s) && /^(싶|있)/.test(next.s)) || (/도$/.test(r.s) && /^(되|돼|됩|됐|괜찮|좋|상관없)/.test(next.s)) || (/(어야|아야|해야|여야)$/.test(r.s) && /^(하|한|합|해|했|할|된|됩|돼|되|됐)/.test(next.s) && !koreanWord(next.s).clauseEnd));
      if ((info.clauseEnd || (r.glued && r.s === "고")) && !auxiliary) {
        pendingClause = true;
        pendingJoin = info.joinEnd;
      }
    } else if (r.script === "latin") {
      if (r.s === "~") norm = "~";
      else if ((r.s === "s" || r.s === "t" || r.s === "re" || r.s === "ll" || r.s === "ve" || r.s === "d") && /['’]/.test(text[r.start - 1] ?? "")) {
        // "the server's IP": the possessive is kept as the word's tail (an owner, not a subject).
        const last = tokens.at(-1);
        if (r.s === "s" && last && last.script === "latin" && last.end === r.start - 1 && !last.tail) last.tail = "'s";
        continue;
      }
      else {
        // "it does nothing to check …" denies; "a port nothing uses" describes (so "nothing" alone is no negation).
        negation =
          // ("no-op", "no-brainer": a compound, not a denial.)
          (EN_NEGATION.has(r.s) && !(r.s === "no" && text[r.end] === "-")) ||
          (r.s === "nothing" && (tokens.at(-1)?.norm === "do" || (raw[i + 1]?.s === "to" && raw[i + 2]?.s === "do"))) ||
          // "커널 튜닝으론 해결 X.": a capital X closing a Korean note is "no".
          (r.s === "x" && text[r.start] === "X" && raw[i - 1]?.script === "hangul" && (!raw[i + 1] || raw[i + 1]!.sentenceBreakBefore || raw[i + 1]!.clauseBreakBefore));
        // ("even while the old process is still listening": time, not contrast — the clause goes on.)
        if (EN_CLAUSE_WORDS.has(r.s) && tokens.length && !(r.s === "while" && tokens.at(-1)!.surface === "even")) clause++;
        norm = stemEnglish(r.s);
      }
    }
    if (!norm) continue;
    if (r.script === "latin" && EN_DROP.has(r.s)) continue;
    const token: Token = { norm, surface: r.s, script: r.script, start: r.start, end: r.end, sentence, clause, negation, tail };
    if (r.call) token.call = true;
    if (r.sign) token.sign = true;
    if (r.script === "latin" && /[_0-9]/.test(norm)) token.code = true;
    if (joinNext) token.joined = true;
    if (colonPending) token.afterColon = true;
    if (parenPending) token.afterParen = true;
    colonPending = false;
    parenPending = false;
    tokens.push(token);
    joinNext = false;
  }
  // "같은 호스트 안 프로세스": 안 right after a bare noun means "inside", not "not".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    // (But "보장 안 합니다", "지원 안 돼요": 안 before 하다/되다 is the short negation.)
    if (t.negation && t.surface === "안" && prev.script === "hangul" && prev.tail === "" && prev.sentence === t.sentence && !/^(하|해|했|합|한|할|함|되|돼|됐|됩|된|될|됨)/.test(tokens[i + 1]?.surface ?? "")) t.negation = false;
    // "같은 host 안 process끼리": after an English noun, 안 followed by another noun is "inside" too.
    const next = tokens[i + 1];
    if (t.negation && t.surface === "안" && prev.script === "latin" && !prev.tail && prev.sentence === t.sentence && next && (next.script !== "hangul" || (next.tail !== "" && /^(의|이|가|은|는|을|를|에|에서|끼리|으로|로)$/.test(next.tail)))) t.negation = false;
    // "'기다리지 마' 플래그": a prohibition after a "-지" verb is its negation.
    if (!t.negation && t.script === "hangul" && /^(마|마라|마세요|마십시오|말라|말아|말아라|맙시다)$/.test(t.surface) && prev.script === "hangul" && prev.surface.endsWith("지") && prev.clause === t.clause) t.negation = true;
    // "호스트까지밖에 못 찾아가", "하나밖에 없다": 밖에 + a negation says "only", not "not".
    if (t.negation && prev.clause === t.clause && (prev.surface.endsWith("밖에") || (i > 1 && tokens[i - 2]!.surface.endsWith("밖에") && tokens[i - 2]!.clause === t.clause))) t.negation = false;
  }
  return { text, tokens: foldRanges(tokens), sentenceCount: tokens.length ? sentence + 1 : 0 };
}

const RANGE_WORDS = new Set(["~", "to", "부터", "에서", "through", "thru", "until", "till"]);

/** 49152~65535, 49152-65535, "49152 to 65535", "49152부터 65535까지" → one token "49152-65535". */
function foldRanges(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const sep = tokens[i + 1];
    const b = tokens[i + 2];
    if (a.script === "num" && sep && b && b.script === "num" && RANGE_WORDS.has(sep.norm) && Number(a.norm) <= Number(b.norm)) {
      const merged: Token = { ...a, norm: `${Number(a.norm)}-${Number(b.norm)}`, surface: `${a.surface}-${b.surface}`, end: b.end };
      out.push(merged);
      i += 2;
      if (tokens[i + 1]?.norm === "까지") i++;
      continue;
    }
    if (a.script === "num") out.push({ ...a, norm: String(Number(a.norm)) });
    else out.push(a);
  }
  return out;
}

/** The answer's language by script share: Hangul vs Latin letters (code terms count as Latin). */
export function detectLanguage(text: string): "ko" | "en" {
  let syllables = 0;
  // Composed syllables, or decomposed ones (NFD: count each leading consonant jamo).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x1112)) syllables++;
  }
  const englishWords = text.match(/[a-zA-Z]{2,}/g)?.length ?? 0;
  // Korean answers carry many English terms (TCP, accept(), new socket): a Hangul syllable
  // count of half the English word count already reads as Korean.
  return syllables >= 2 && syllables * 2 >= englishWords ? "ko" : "en";
}

/**
 * Phrase matching over analysed text. A rubric alternative ("새 소켓", "accept()",
 * "ephemeral port") is compiled once into normalised tokens, expanded with the lexicon,
 * and matched against the answer's tokens: in order, with at most MAX_GAP words between
 * phrase words, inside one sentence. Word comparison tolerates particles (prefix match on
 * Hangul stems), inflection (stemmed English), spacing ("임시포트" = "임시 포트") and small
 * typos — Hangul by jamo edit distance, Latin by edit distance — bounded by word length so
 * short words never match fuzzily.
 */
import { distance } from "fastest-levenshtein";
import { BoundedCache } from "@/lib/bounded-cache";
import { LEXICON, TRANSLATIONS } from "./lexicon";
import { analyze, jamoOf, KO_PARTICLES, type Script, type Token } from "./text";

export const MAX_GAP = 2;

/** Syllables that begin a verb ending after a one-syllable stem: 받아, 닫고, 없는, 열었, 닫힌, 알리… */
const KO_VERB_ENDING_START = new Set(["아", "어", "서", "음", "고", "는", "은", "을", "지", "기", "게", "았", "었", "습", "으", "니", "며", "면", "다", "자", "혀", "혔", "힌", "힙", "히", "려", "린", "립", "리", "아서", "여", "였", "된", "됩", "되", "돼", "이"]);

export interface PhraseToken {
  norm: string;
  script: Script;
  jamo?: string;
  negation: boolean;
  /** A code name (has "_" or a digit): matches only exactly. */
  code: boolean;
  /** Written as a call in the rubric ("connect()"): matches the name and its inflections, not derived words ("connection"). */
  call: boolean;
  /** Bucket of answer words this word can match (see bucketOf). */
  bucket: number;
  /** Per-grading cache: positions in the answer, valid while `gen` equals the matcher's generation. */
  gen: number;
  hits: number[];
  /** Per-grading cache (valid while `startGen` is the generation): can a compact or split phrase start with this word? */
  startGen: number;
  canStart: boolean;
}
export interface Phrase {
  tokens: PhraseToken[];
  negations: number;
  /** Hangul phrase without spaces, for "임시포트" vs "임시 포트". */
  compact?: string;
}

export interface Span {
  /** Token indexes, inclusive. */
  from: number;
  to: number;
  /** Negation words that belong to the matched phrase itself ("no connection", "연결을 맺지 않"). */
  ownNegations: number;
}

/** Phrase words are interned: the same word in many phrases shares one object and one cache entry. */
const interned = new Map<string, PhraseToken>();
function internToken(t: { norm: string; script: Script; negation: boolean; call?: boolean }): PhraseToken {
  const call = t.script === "latin" && Boolean(t.call);
  const key = `${t.script}:${t.norm}:${t.negation ? 1 : 0}:${call ? 1 : 0}`;
  let p = interned.get(key);
  if (!p) {
    p = { norm: t.norm, script: t.script, jamo: t.script === "hangul" ? jamoOf(t.norm) : undefined, negation: t.negation, code: /[_0-9]/.test(t.norm), call, bucket: bucketOf(t.norm, t.script), gen: -1, hits: [], startGen: -1, canStart: false };
    interned.set(key, p);
    vocabulary.add(p);
  }
  return p;
}

// ------------------------------------------------------------------ answer word → phrase words

/**
 * Every interned phrase word, indexed for the reverse question "which phrase words can this
 * answer word match?" (see wordMatches): by exact form, and for typos by bucket. An answer
 * word's matches are computed once and cached, so a grading looks each word up once instead
 * of comparing every phrase word of every group with the answer's words.
 */
const vocabulary = {
  version: 0,
  byNorm: new Map<string, PhraseToken[]>(),
  /** Latin words of 5+ letters (the only ones that match with a typo), by bucket. */
  latinFuzzy: new Map<number, PhraseToken[]>(),
  /** Hangul words of 3+ syllables (the only ones that match with a typo), by bucket. */
  hangulFuzzy: new Map<number, PhraseToken[]>(),
  add(p: PhraseToken): void {
    this.version++;
    push(this.byNorm, p.norm, p);
    if (p.script === "latin" && !p.code && !p.call && p.norm.length >= 5) push(this.latinFuzzy, p.bucket, p);
    if (p.script === "hangul" && p.norm.length >= 3) push(this.hangulFuzzy, p.bucket, p);
  },
};
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface WordMatches {
  version: number;
  words: PhraseToken[];
}
const wordMatchOptions = { maxBytes: 8 * 1024 * 1024, maxEntries: 50_000, maxKeyLength: 64, sizeOf: (k: string, v: WordMatches) => 2 * k.length + 8 * v.words.length + 96 };
const wordMatchCache: Record<Script, BoundedCache<WordMatches>> = {
  hangul: new BoundedCache(wordMatchOptions),
  latin: new BoundedCache(wordMatchOptions),
  num: new BoundedCache(wordMatchOptions),
} as Record<Script, BoundedCache<WordMatches>>;

/** The interned phrase words answer word `t` matches (exactly the p with wordMatches(p, t)). */
function phraseWordsMatching(t: Token): PhraseToken[] {
  const cache = wordMatchCache[t.script];
  // (A call matches fewer phrase words than the same word written plainly: see wordMatches.)
  const key = t.call ? `${t.norm}()` : t.norm;
  const cached = cache?.get(key);
  if (cached && cached.version === vocabulary.version) return cached.words;
  const found = new Set<PhraseToken>();
  const consider = (list: PhraseToken[] | undefined) => {
    if (list) for (const p of list) if (!found.has(p) && wordMatches(p, t)) found.add(p);
  };
  const norm = t.norm;
  consider(vocabulary.byNorm.get(norm));
  if (t.script === "latin" && !t.code) {
    // stems ("connection" for "connect") and typos
    for (let len = Math.max(5, norm.length - 4); len < norm.length; len++) consider(vocabulary.byNorm.get(norm.slice(0, len)));
    if (norm.length >= 5) consider(vocabulary.latinFuzzy.get(bucketOf(norm, "latin")));
  } else if (t.script === "hangul") {
    // particles and endings left on the word ("소켓들", "받아야"), and typos
    for (let len = 1; len < norm.length; len++) consider(vocabulary.byNorm.get(norm.slice(0, len)));
    const stem = withoutNominalM(norm);
    if (stem) consider(vocabulary.byNorm.get(stem));
    if (norm.length >= 3) consider(vocabulary.hangulFuzzy.get(bucketOf(norm, "hangul")));
  }
  const words = [...found];
  if (cached) {
    // (A rubric compiled since: the entry is refreshed in place.)
    cached.version = vocabulary.version;
    cached.words = words;
  } else cache?.set(key, { version: vocabulary.version, words });
  return words;
}

function phraseOf(text: string): Phrase | undefined {
  const tokens = analyze(text).tokens.map(internToken);
  if (!tokens.length) return undefined;
  const compact = tokens.length > 1 && tokens.every((t) => t.script === "hangul") ? tokens.map((t) => t.norm).join("") : undefined;
  return { tokens, compact, negations: tokens.filter((t) => t.negation).length };
}

const keyOf = (p: Phrase) => p.tokens.map((t) => t.norm).join(" ");

// ------------------------------------------------------------------ lexicon, compiled once

let lexiconIndex: Map<string, Phrase[]> | undefined;
function lexicon(): Map<string, Phrase[]> {
  if (lexiconIndex) return lexiconIndex;
  lexiconIndex = new Map();
  for (const set of LEXICON) {
    const phrases = set.map(phraseOf).filter((p): p is Phrase => Boolean(p));
    for (const p of phrases) {
      const key = keyOf(p);
      const existing = lexiconIndex.get(key) ?? [];
      for (const q of phrases) if (!existing.some((e) => keyOf(e) === keyOf(q))) existing.push(q);
      lexiconIndex.set(key, existing);
    }
  }
  return lexiconIndex;
}

const MAX_ALTERNATIVES = 160;

/** Translation phrases (lexicon.ts TRANSLATIONS) of two or more words, with their synonyms: [words, synonyms]. */
let multiWord: [PhraseToken[], Phrase[]][] | undefined;
function multiWordLexicon(): [PhraseToken[], Phrase[]][] {
  if (!multiWord) {
    multiWord = [];
    for (const set of TRANSLATIONS) {
      const phrases = set.map(phraseOf).filter((p): p is Phrase => Boolean(p));
      for (const p of phrases) if (p.tokens.length >= 2) multiWord.push([p.tokens, phrases.filter((q) => q !== p)]);
    }
  }
  return multiWord;
}

/** Where the words `key` (interned) occur in a row in `tokens`, or -1. */
function indexOfWords(tokens: PhraseToken[], key: PhraseToken[]): number {
  outer: for (let i = 0; i + key.length <= tokens.length; i++) {
    for (let k = 0; k < key.length; k++) if (tokens[i + k] !== key[k]) continue outer;
    return i;
  }
  return -1;
}

/** Compiles a group of alternatives: each phrase, its lexicon synonyms, and one-word swaps. */
export function compileGroup(alternatives: string[]): Phrase[] {
  const lex = lexicon();
  const out = new Map<string, Phrase>();
  const add = (p: Phrase) => {
    if (out.size < MAX_ALTERNATIVES && !out.has(keyOf(p))) out.set(keyOf(p), p);
  };
  const base = alternatives.map(phraseOf).filter((p): p is Phrase => Boolean(p));
  for (const p of base) add(p);
  for (const p of base) {
    for (const syn of lex.get(keyOf(p)) ?? []) add(syn);
  }
  for (const p of base) {
    if (p.tokens.length < 2) continue;
    p.tokens.forEach((t, i) => {
      // (A call names one function: "close()는 강제 종료" must not become "종료 … 강제 종료".)
      if (t.call) return;
      for (const syn of lex.get(t.norm) ?? []) {
        if (syn.tokens.length === 1 && syn.tokens[0]!.norm === t.norm) continue;
        const tokens = [...p.tokens.slice(0, i), ...syn.tokens, ...p.tokens.slice(i + 1)];
        add({
          tokens,
          compact: tokens.every((x) => x.script === "hangul") ? tokens.map((x) => x.norm).join("") : undefined,
          negations: tokens.filter((x) => x.negation).length,
        });
      }
    });
  }
  // Last (within the cap): multi-word lexicon phrases inside a longer alternative ("혼잡 제어를 하지 않" → "congestion control 하지 않").
  for (const p of base) {
    if (p.tokens.length < 3) continue;
    for (const [key, syns] of multiWordLexicon()) {
      const at = indexOfWords(p.tokens, key);
      if (at < 0 || at + key.length === p.tokens.length && at === 0) continue;
      for (const syn of syns) {
        if (syn.tokens.length === key.length && syn.tokens.every((x, i) => x === key[i])) continue;
        const tokens = [...p.tokens.slice(0, at), ...syn.tokens, ...p.tokens.slice(at + key.length)];
        add({ tokens, compact: tokens.every((x) => x.script === "hangul") ? tokens.map((x) => x.norm).join("") : undefined, negations: tokens.filter((x) => x.negation).length });
      }
    }
  }
  return [...out.values()];
}

// ------------------------------------------------------------------ word comparison

/**
 * A terse note's nominalised verb ("빠름", "보냄", "끊김") without its ㅁ: "빠르", "보내", "끊기" — the
 * stem a phrase is written with. undefined when the word's last syllable has no final ㅁ.
 */
function withoutNominalM(norm: string): string | undefined {
  const c = norm.charCodeAt(norm.length - 1) - 0xac00;
  if (norm.length < 2 || c < 0 || c > 11171 || c % 28 !== 16) return undefined;
  return norm.slice(0, -1) + String.fromCharCode(0xac00 + c - 16);
}

/** "recieve" vs "receive": one swap of neighbours counts as one typo. */
function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function latinBudget(len: number): number {
  return len >= 9 ? 2 : len >= 5 ? 1 : 0;
}

/** Does answer token `t` match phrase word `p`? */
export function wordMatches(p: PhraseToken, t: Token): boolean {
  if (p.norm === t.norm) return true;
  if (p.script !== t.script) return false;
  if (p.script === "num") return false;
  if (p.script === "latin") {
    // Code names (SO_REUSEADDR, sockaddr_in6, AF_INET6) only match exactly: sockaddr ≠ sockaddr_in.
    // (Nor a call in the answer: "htons()" names one function, not a typo of "htonl".)
    if (p.code || t.code || p.call || t.call) return false;
    const pl = p.norm.length;
    const tl = t.norm.length;
    // stems: "connect" ~ "connection", "listen" ~ "listener"
    if (pl >= 5 && tl > pl && tl - pl <= 4 && t.norm.startsWith(p.norm)) return true;
    const budget = latinBudget(Math.min(pl, tl));
    if (!budget || Math.abs(pl - tl) > budget || p.norm[0] !== t.norm[0]) return false;
    const d = distance(p.norm, t.norm);
    return d <= budget || (d === 2 && isAdjacentSwap(p.norm, t.norm));
  }
  // Hangul: particles left on the answer word ("소켓들", "반환하게") → prefix match on 2+ syllables.
  const pl = p.norm.length;
  // ("루프백보다 빠름": a note's nominalised verb is its stem.)
  if (pl >= 2 && t.norm.length === pl && p.norm === withoutNominalM(t.norm)) return true;
  if (pl >= 2 && t.norm.startsWith(p.norm)) return true;
  // one-syllable words (큐, 닫) may still carry one particle (큐가, 큐에) or, for verb stems, an
  // ending the stripper left (받아야, 닫힙니다, 없다, 알리고): the next syllable starts an ending.
  if (pl === 1) return t.norm.length >= 2 && t.norm[0] === p.norm && (t.norm.length === 2 ? KO_PARTICLES.has(t.norm[1]!) || KO_VERB_ENDING_START.has(t.norm[1]!) : KO_VERB_ENDING_START.has(t.norm[1]!));
  if (pl < 3) return false;
  // typos at jamo level on 3+ syllables (소켇 → 소켓 is 2 syllables: exact only)
  if (t.norm.length < pl) return false;
  const budget = pl >= 5 ? 2 : 1;
  // One jamo edit changes at most two syllables: more syllables apart than that is no typo (no jamo needed).
  let apart = 0;
  for (let i = 0; i < pl; i++) if (p.norm.charCodeAt(i) !== t.norm.charCodeAt(i) && ++apart > 2 * budget) return false;
  const head = t.norm.slice(0, pl);
  const pj = p.jamo ?? jamoOf(p.norm);
  const tj = jamoOf(head);
  return pj[0] === tj[0] && Math.abs(pj.length - tj.length) <= budget && distance(pj, tj) <= budget;
}

// ------------------------------------------------------------------ phrase search

export interface Matcher {
  tokens: Token[];
  /** maxGap: words allowed between a phrase's words (default MAX_GAP). */
  find(phrases: Phrase[], scope: "sentence" | "clause", maxGap?: number): Span[];
  /** find() for several groups in one pass: element i holds group i's spans. */
  findEach(groups: Phrase[][], scope: "sentence" | "clause", maxGap?: number): Span[][];
  /** Can any of the phrases match at all (its first word occurs)? A cheap test before several finds. */
  mayFind(phrases: Phrase[]): boolean;
}

/** Builds a matcher over one analysed answer, memoising word comparisons. */
/**
 * Bucket key of a word: Latin by first letter, Hangul by the initial consonant of the first
 * syllable. Fuzzy matches keep these (typos rarely hit the first letter), so a phrase word
 * is only compared with the answer words in its bucket.
 */
function bucketOf(norm: string, script: Script): number {
  const c = norm.charCodeAt(0);
  // 0–18: Hangul initial consonants; 19–44: Latin a–z; 45–54: digits; 55: anything else.
  if (script === "hangul" && c >= 0xac00 && c <= 0xd7a3) return Math.floor((c - 0xac00) / 588);
  if (c >= 97 && c <= 122) return 19 + c - 97;
  if (c >= 48 && c <= 57) return 45 + c - 48;
  return 55;
}
const BUCKETS = 56;


let generation = 0;
const NONE: number[] = [];
/** The span list of every group nothing matched (most of them): shared, and frozen so no caller can fill it. */
const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];

/** A compiled group indexed once by its phrases' first words (groups are compiled once per rubric). */
interface PhraseIndex {
  /** Compact and split-word phrases, by first word. */
  alwaysFirsts: PhraseToken[];
  always: Phrase[][];
  /** Phrases by their first word, flat: an answer with no word in a first word's bucket skips it at once. */
  firsts: PhraseToken[];
  /** Per first word, its phrases grouped by their second word (null: one-word phrases): most fail there. */
  lists: { second: PhraseToken | null; phrases: Phrase[] }[][];
}
const indexes = new WeakMap<Phrase[], PhraseIndex>();
function indexOf(phrases: Phrase[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (!index) {
    index = buildIndex(phrases);
    indexes.set(phrases, index);
  }
  return index;
}

/**
 * Several groups searched in one pass (a rubric's key points, a contrast's sides and properties):
 * a phrase shared by several groups (same words) is searched once, and a first word shared by
 * many phrases is looked up once, so the cost no longer grows with the number of groups.
 */
interface MultiIndex {
  index: PhraseIndex;
  /** For each distinct phrase searched, the groups it belongs to. */
  owners: Map<Phrase, number[]>;
}
const multiIndexes = new WeakMap<Phrase[][], MultiIndex>();
function multiIndexOf(groups: Phrase[][]): MultiIndex {
  let x = multiIndexes.get(groups);
  if (!x) {
    const byKey = new Map<string, Phrase>();
    const owners = new Map<Phrase, number[]>();
    groups.forEach((group, g) => {
      for (const p of group) {
        const key = keyOf(p);
        const rep = byKey.get(key) ?? p;
        byKey.set(key, rep);
        const list = owners.get(rep);
        if (!list) owners.set(rep, [g]);
        else if (list.at(-1) !== g) list.push(g);
      }
    });
    x = { index: buildIndex([...owners.keys()]), owners };
    multiIndexes.set(groups, x);
  }
  return x;
}

function buildIndex(phrases: Phrase[]): PhraseIndex {
    const byFirst = new Map<PhraseToken, Phrase[]>();
    const always = new Map<PhraseToken, Phrase[]>();
    for (const p of phrases) {
      const t = p.tokens[0]!;
      // compact ("임시 포트" as "임시포트") and long single Hangul words split in two ("포트번호" as "포트 번호")
      const into = p.compact || (p.tokens.length === 1 && t.script === "hangul" && t.norm.length >= 3) ? always : byFirst;
      const list = into.get(t);
      if (list) list.push(p);
      else into.set(t, [p]);
    }
    const bySecond = (list: Phrase[]) => {
      const groups = new Map<PhraseToken | null, Phrase[]>();
      for (const p of list) {
        const second = p.tokens[1] ?? null;
        const g = groups.get(second);
        if (g) g.push(p);
        else groups.set(second, [p]);
      }
      return [...groups].map(([second, phrases]) => ({ second, phrases }));
    };
    return { alwaysFirsts: [...always.keys()], always: [...always.values()], firsts: [...byFirst.keys()], lists: [...byFirst.values()].map(bySecond) };
}

/**
 * A matcher over one analysed answer. A class, not closures: this runs for every grading,
 * and per-call closures showed up in profiles.
 */
class AnswerMatcher implements Matcher {
  private readonly buckets: (number[] | undefined)[] = new Array(BUCKETS);
  private gen = ++generation;

  constructor(readonly tokens: Token[]) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const b = bucketOf(t.norm, t.script);
      const list = this.buckets[b];
      if (list) list.push(i);
      else this.buckets[b] = [i];
    }
  }

  /** Hangul words by their first syllable: compact and split-word phrases only look at these. */
  private firstSyllable?: Map<string, number[]>;
  private hangulStartingWith(syllable: string): number[] {
    if (!this.firstSyllable) {
      this.firstSyllable = new Map();
      for (let i = 0; i < this.tokens.length; i++) {
        const t = this.tokens[i]!;
        if (t.script !== "hangul" || !t.norm) continue;
        const list = this.firstSyllable.get(t.norm[0]!);
        if (list) list.push(i);
        else this.firstSyllable.set(t.norm[0]!, [i]);
      }
    }
    return this.firstSyllable.get(syllable) ?? NONE;
  }

  /** Answer positions of each phrase word that occurs (filled once per grading, see phraseWordsMatching). */
  private indexed = -1;
  private positionsOf(p: PhraseToken): number[] {
    // (Indexed against the phrase words known now; a phrase compiled later — a contrast met for the
    // first time mid-grading — starts a new generation, so every word is looked up again.)
    if (this.indexed !== vocabulary.version) {
      if (this.indexed >= 0) this.gen = ++generation;
      this.indexed = vocabulary.version;
      const gen = this.gen;
      for (let i = 0; i < this.tokens.length; i++) {
        for (const w of phraseWordsMatching(this.tokens[i]!)) {
          if (w.gen !== gen) {
            w.gen = gen;
            w.hits = [i];
          } else if (w.hits.at(-1) !== i) w.hits.push(i);
        }
      }
    }
    return p.gen === this.gen ? p.hits : NONE;
  }

  private findPhrase(phrase: Phrase, byClause: boolean, out: Span[], maxGap: number, first: number[]): void {
    const tokens = this.tokens;
    // Every later word must occur somewhere, or the phrase cannot match (most alternatives stop here).
    let possible = first.length > 0;
    for (let k = 1; k < phrase.tokens.length && possible; k++) if (this.positionsOf(phrase.tokens[k]!).length === 0) possible = false;
    if (possible) {
      for (const start of first) {
        // "non-blocking": a phrase about "blocking" does not start inside it.
        const before = tokens[start - 1];
        if (before && before.surface === "non" && tokens[start]!.start - before.end <= 1 && phrase.tokens[0]!.norm !== "non") continue;
        const unit = byClause ? tokens[start]!.clause : tokens[start]!.sentence;
        let at = start;
        let ok = true;
        for (let k = 1; k < phrase.tokens.length && ok; k++) {
          const positions = this.positionsOf(phrase.tokens[k]!);
          // (Two numbers in a row are one value, "{0, 0}": nothing may come between them.)
          const gap = phrase.tokens[k]!.script === "num" && phrase.tokens[k - 1]!.script === "num" ? 0 : maxGap;
          // Positions are sorted: jump to the first one after `at` instead of scanning from the start.
          let lo = 0;
          let hi = positions.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (positions[mid]! <= at) lo = mid + 1;
            else hi = mid;
          }
          let found = -1;
          for (let q = lo; q < positions.length; q++) {
            const j = positions[q]!;
            if (j - at - 1 > gap) break;
            if ((byClause ? tokens[j]!.clause : tokens[j]!.sentence) === unit) {
              found = j;
              break;
            }
          }
          if (found < 0) ok = false;
          else at = found;
        }
        if (ok) out.push({ from: start, to: at, ownNegations: phrase.negations });
      }
    }
    // "임시포트" in the answer for the phrase "임시 포트", and "임시 포트" for "임시포트"
    // Both only look at answer words starting with the phrase's first syllable (its bucket), not every word.
    if (phrase.compact) {
      for (const i of this.hangulStartingWith(phrase.compact[0]!))
        if (tokens[i]!.norm.startsWith(phrase.compact)) out.push({ from: i, to: i, ownNegations: phrase.negations });
    } else if (phrase.tokens.length === 1 && phrase.tokens[0]!.script === "hangul" && phrase.tokens[0]!.norm.length >= 3) {
      const word = phrase.tokens[0]!.norm;
      for (const i of this.hangulStartingWith(word[0]!)) {
        if (i + 1 >= tokens.length) continue;
        const a = tokens[i]!;
        const b = tokens[i + 1]!;
        const sameUnit = byClause ? a.clause === b.clause : a.sentence === b.sentence;
        if (a.script === "hangul" && b.script === "hangul" && sameUnit && a.norm.length < word.length && word.startsWith(a.norm) && (a.norm + b.norm).startsWith(word))
          out.push({ from: i, to: i + 1, ownNegations: 0 });
      }
    }
  }

  mayFind(phrases: Phrase[]): boolean {
    const { alwaysFirsts, firsts } = indexOf(phrases);
    for (const first of firsts) if (this.buckets[first.bucket] !== undefined && this.positionsOf(first).length > 0) return true;
    for (const first of alwaysFirsts) if (this.buckets[first.bucket] !== undefined && (this.positionsOf(first).length > 0 || this.hangulStartingWith(first.norm[0]!).length > 0)) return true;
    return false;
  }

  find(phrases: Phrase[], scope: "sentence" | "clause", maxGap = MAX_GAP): Span[] {
    const out: Span[] = [];
    this.scan(indexOf(phrases), scope === "clause", maxGap, out, null, null);
    return out.length > 1 ? out.sort(bySpan) : out;
  }

  findEach(groups: Phrase[][], scope: "sentence" | "clause", maxGap = MAX_GAP): Span[][] {
    const { index, owners } = multiIndexOf(groups);
    const outs: Span[][] = new Array<Span[]>(groups.length).fill(NO_SPANS);
    this.scan(index, scope === "clause", maxGap, null, owners, outs);
    for (const out of outs) if (out.length > 1) out.sort(bySpan);
    return outs;
  }

  private readonly scratch: Span[] = [];
  /** Searches every phrase of an index: into `out`, or (several groups) into each owner group's list. */
  private scan(index: PhraseIndex, byClause: boolean, maxGap: number, out: Span[] | null, owners: Map<Phrase, number[]> | null, outs: Span[][] | null): void {
    // Phrases that can match without their first word occurring as a word of its own.
    // (Each needs its first word, or an answer word starting with its first syllable: most are skipped here.)
    const { alwaysFirsts, always } = index;
    for (let f = 0; f < alwaysFirsts.length; f++) {
      const first = alwaysFirsts[f]!;
      if (first.startGen !== this.gen) {
        first.startGen = this.gen;
        first.canStart = this.buckets[first.bucket] !== undefined && (this.positionsOf(first).length > 0 || this.hangulStartingWith(first.norm[0]!).length > 0);
      }
      if (!first.canStart) continue;
      const hits = this.positionsOf(first);
      for (const p of always[f]!) this.emit(p, byClause, maxGap, hits, out, owners, outs);
    }
    // The rest, grouped by first word: one cached lookup skips every phrase that starts with an absent word.
    const { firsts, lists } = index;
    for (let f = 0; f < firsts.length; f++) {
      const first = firsts[f]!;
      if (this.buckets[first.bucket] === undefined) continue;
      const hits = this.positionsOf(first);
      if (hits.length === 0) continue;
      for (const { second, phrases } of lists[f]!) {
        if (second && this.positionsOf(second).length === 0) continue;
        for (const p of phrases) this.emit(p, byClause, maxGap, hits, out, owners, outs);
      }
    }
  }

  private emit(p: Phrase, byClause: boolean, maxGap: number, hits: number[], out: Span[] | null, owners: Map<Phrase, number[]> | null, outs: Span[][] | null): void {
    if (out) {
      this.findPhrase(p, byClause, out, maxGap, hits);
      return;
    }
    const scratch = this.scratch;
    scratch.length = 0;
    this.findPhrase(p, byClause, scratch, maxGap, hits);
    if (!scratch.length) return;
    for (const g of owners!.get(p)!) {
      let list = outs![g]!;
      if (list === NO_SPANS) outs![g] = list = [];
      for (const s of scratch) list.push(s);
    }
  }
}

function bySpan(a: Span, b: Span): number {
  return a.from - b.from || a.to - b.to;
}

/** Builds a matcher over one analysed answer; word comparisons are cached per grading. */
export function createMatcher(tokens: Token[]): Matcher {
  return new AnswerMatcher(tokens);
}

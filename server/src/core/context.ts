/**
 * What a figure is about. Splits prose into sentences and clauses and reads a figure's surroundings into
 * weighted terms: bilingual concepts (lexicon.ts), Latin words such as product names, Chinese character
 * pairs, and anchors (months, years, model versions) that tell one leaderboard entry from another.
 * The same reading applies to drafts and to the paper, so their terms can be compared.
 */
import { CJK_FIRST, CJK_LAST, isAsciiDigit, isAsciiLetter, isCjk } from './chars';
import { CONCEPTS, GENERIC_CONCEPTS, SUBJECTS } from './lexicon';
import { forEachMisspelledLatinName, NAME_ALTERNATION, type NameIssue } from './names';
import { IntTable } from './intTable';
import { TermScanner } from './termScanner';
import { QUALIFIER_BEFORE_WORDS } from './units';

/** Terms with weights: how strongly each term describes a figure. */
export type Terms = Map<string, number>;

export interface Range {
  start: number;
  end: number;
}

/** Terms that say a figure went up or down, or over what span; too common to tell metrics apart. */
export const GENERIC_TERMS = new Set(GENERIC_CONCEPTS.map((id) => `c:${id}`));

/**
 * Whether each concept term asked about so far is a metric (the concepts are the lexicon's: a few hundred). Asked
 * for every term of every figure and fact compared, and reading it afresh cut the concept's id out of the term
 * and hashed that new string each time (isMetricTerm: 0.8% → 0.3% of a check, CPU profile of the bench drafts).
 */
const metricConcepts = new Map<string, boolean>();

/** A concept that says what is measured (users, ARR, stay time), not who or how it moved. */
export const isMetricTerm = (term: string): boolean => {
  if (term.charCodeAt(0) !== 99 /* c */ || term.charCodeAt(1) !== 58 /* : */) return false;
  let metric = metricConcepts.get(term);
  if (metric === undefined) metricConcepts.set(term, (metric = !GENERIC_TERMS.has(term) && !SUBJECTS.has(term.slice(2))));
  return metric;
};


function buildScanners(): { lower: TermScanner; caps: TermScanner; zh: TermScanner } {
  const insensitive = new Map<string, string>();
  const sensitive = new Map<string, string>();
  const zh = new Map<string, string>();
  for (const [id, zhTerms, enTerms] of CONCEPTS) {
    for (const t of zhTerms) zh.set(t, id);
    for (const t of enTerms) {
      if (/[A-Z]/.test(t) && t === t.toUpperCase()) sensitive.set(t, id);
      else {
        insensitive.set(t.toLowerCase(), id);
        // English writes a compound with a space or a hyphen alike (collective communication, collective-communication).
        if (t.includes(' ') && !insensitive.has(t.toLowerCase().replace(/ /g, '-'))) insensitive.set(t.toLowerCase().replace(/ /g, '-'), id);
      }
    }
  }
  return { lower: new TermScanner(insensitive, true, true), caps: new TermScanner(sensitive, true, false), zh: new TermScanner(zh, false, false) };
}

const SCANNERS = buildScanners();
const STOP = new Set('the and for with from that this its has have had was were are into over more than per its their our which about after before since also only new now all year years month months day days'.split(' '));
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The terms a reading can use (the fact index's): a word or character pair outside it can tie a figure to
 * no fact, so a draft's reading drops it where it is read. Concepts are always kept: they also tell which
 * subject a figure is about.
 */
export interface Vocabulary {
  has(term: string): boolean;
  /** The words among its terms, without their w:, each to its term (asked before a word's term is made; the
   *  term given is the index's own string, so later lookups of it need not hash a new one). */
  words: ReadonlyMap<string, string>;
}

/** A term and where it stands in the text it was read from. */
export interface PlacedTerm {
  term: string;
  start: number;
  end: number;
}

/**
 * Readings by their text, one memo for each way of reading (with pairs or not, by a vocabulary or not): the
 * text alone is the key, not a key built from the text and flags, which had to be made and hashed whole at
 * every call; and each way keeps its own 500 readings, where one memo's 500 served all four (placedTerms with
 * what it reads: 2.6% → 1.4% of a check, CPU profile of the bench drafts; most of it is the larger memo).
 */
const memos: Array<Map<string, PlacedTerm[]>> = [new Map(), new Map(), new Map(), new Map()];
// Headings, captions and units repeat within a document, not across documents: a small memo serves and stays small.
const MEMO_LIMIT = 500;
/** The vocabulary the memo's filtered readings were made with (another one starts the memo afresh). */
let memoVocabulary: Vocabulary | undefined;

/**
 * The terms a piece of prose mentions, with their places; character pairs only when asked for (in running
 * text they count only close to a figure, and figureTerms reads them from its clause); only those usable
 * with `vocabulary` when one is given. Memoised.
 */
export function placedTerms(text: string, pairs = false, vocabulary?: Vocabulary): PlacedTerm[] {
  if (vocabulary && vocabulary !== memoVocabulary) {
    for (const m of memos) m.clear();
    memoVocabulary = vocabulary;
  }
  const memo = memos[(pairs ? 1 : 0) + (vocabulary ? 2 : 0)];
  let known = memo.get(text);
  if (!known) {
    known = readTerms(text, pairs, vocabulary);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, known);
  }
  return known;
}

/**
 * The terms of one block of prose (no character pairs), by offsets in the document: the block is
 * `text`, standing at `offset`. Sorted by where they start. Not memoised: a block's text seldom repeats,
 * and its long keys would crowd out the headings and nouns that do. `misspelledNames`, when given, are the
 * block's misspelled product names by document offsets (the reader finds the document's once).
 */
export function blockTerms(text: string, offset: number, vocabulary?: Vocabulary, misspelledNames?: readonly NameIssue[]): PlacedTerm[] {
  return readTerms(text, false, vocabulary, offset, misspelledNames).sort((a, b) => a.start - b.start);
}

/** The set of terms a piece of prose mentions, character pairs included. */
export function termsIn(text: string): Set<string> {
  return new Set(readTerms(text, true).map((t) => t.term));
}

/** Pair terms by their two characters' codes: the same string object each time, so maps hash it once. */
const pairTerms = new Map<number, string>();
/**
 * The same, for one vocabulary: the term when the vocabulary has it, else null. A clause's pairs are read
 * for every figure in it, and a lookup by a small integer is cheaper than asking the vocabulary by string;
 * cheaper still in an IntTable than in a Map (emitPairs' own time: 2.2% → 1.0% of a check, CPU profile of the
 * bench drafts).
 */
let vocabularyPairs: { vocabulary: Vocabulary; terms: IntTable<string | null> } | undefined;

/** Each pair of Chinese characters in text[start, end), as a term; only those `vocabulary` has, when given. */
function emitPairs(text: string, start: number, end: number, emit: (term: string, start: number, end: number) => void, vocabulary?: Vocabulary): void {
  if (vocabulary && vocabularyPairs?.vocabulary !== vocabulary) vocabularyPairs = { vocabulary, terms: new IntTable() };
  const known = vocabulary ? vocabularyPairs!.terms : undefined;
  let previous = start < end ? text.charCodeAt(start) : 0;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(previous) && isCjk(code)) {
      // A small integer key (under 2^30) for the pair.
      const key = (previous - CJK_FIRST) * (CJK_LAST - CJK_FIRST + 1) + (code - CJK_FIRST);
      let term: string | null | undefined = known ? known.get(key) : undefined;
      if (term === undefined) {
        term = pairTerms.get(key);
        if (term === undefined) {
          if (pairTerms.size >= 200_000) pairTerms.clear();
          pairTerms.set(key, (term = `b:${text.slice(i - 1, i + 1)}`));
        }
        if (known) {
          if (known.size >= 200_000) vocabularyPairs!.terms = new IntTable();
          const kept = vocabulary!.has(term) ? term : null;
          vocabularyPairs!.terms.set(key, kept);
          term = kept;
        }
      }
      if (term !== null) emit(term, i - 1, i + 1);
    }
    previous = code;
  }
}

/** A Latin word of three or more characters: a w: term unless a stop word. */
const WORD = /[A-Za-z][A-Za-z0-9-]{2,}/g;
/** Anchors: patterns and the term each match stands for. */
const ANCHORS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/(?<!\d)(\d{1,2})\s*月/g, (m) => `m:${Number(m[1])}`],
  [/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/g, (m) => `m:${MONTHS.indexOf(m[1].toLowerCase()) + 1}`],
  [/(?<![\d.])((?:19|20)\d{2})(?![\d.,])/g, (m) => `y:${m[1]}`],
  [/(?<![\d.])(\d+\.\d+)(?=\s*(?:Pro|Turbo|Omni|Standard|系列|模型|model|release|版))/g, (m) => `v:${m[1]}`],
  // A version glued to one of the source's names (Kling 2.5, 可灵 2.1; data/paper.names.json).
  [new RegExp(`(?:${NAME_ALTERNATION})\\s*(\\d+\\.\\d+)`, 'g'), (m) => `v:${m[1]}`],
  // A work named in 《》 (a film, a campaign, a course) says which of several similar figures is meant.
  [/《([^》\n]{1,40})》/g, (m) => `t:${m[1].replace(/\s+/g, '')}`],
];

/** The terms of `text`, placed at `offset` plus their offsets in it (`misspelledNames` as blockTerms takes them). */
function readTerms(text: string, pairs: boolean, vocabulary?: Vocabulary, offset = 0, misspelledNames?: readonly NameIssue[]): PlacedTerm[] {
  const out: PlacedTerm[] = [];
  const emit = (term: string, start: number, end: number) => void out.push({ term, start: start + offset, end: end + offset });
  // Each scanner is a pass over the text: one whose script the text lacks is skipped.
  const latin = LATIN.test(text);
  const lower = latin ? text.toLowerCase() : text;
  if (latin) {
    SCANNERS.lower.scan(lower, emit);
    if (CAPITALS.test(text)) SCANNERS.caps.scan(text, emit);
  }
  // A one-character Chinese word (度, 分, 人, 席) names a metric only as a unit after a number (5 亿度, 1124 分):
  // elsewhere it is part of another word (月度, 人民币).
  // (Some of its terms are Latin, as Chinese writes them: GMV, Token, 51.2T.)
  if (latin || HAN.test(text)) {
    SCANNERS.zh.scan(text, (term, start, end) => {
      // (百分点 and 百分比 are percentage words, not a score after 百.)
      if (end - start > 1 || (afterNumber(text, start) && !(text[start] === '分' && text[start - 1] === '百')) || NOUN_SUFFIXES.has(text[start])) emit(term, start, end);
    });
  }
  // A misspelled product name (OneSerch) still says what the sentence is about.
  const misspelled = (at: number, end: number, expected: string) => {
    SCANNERS.lower.scan(expected.toLowerCase(), (term) => emit(term, at, end));
    SCANNERS.zh.scan(expected, (term) => emit(term, at, end));
  };
  if (misspelledNames) for (const n of misspelledNames) misspelled(n.start - offset, n.end - offset, n.expected);
  else if (latin) forEachMisspelledLatinName(text, misspelled);
  // Exec loops rather than matchAll, which makes an iterator result per match (a twentieth of a check's
  // garbage). A word is cut from the lower-cased text when it has the same offsets (it nearly always has).
  const sameOffsets = lower.length === text.length;
  WORD.lastIndex = 0;
  for (let m = latin ? WORD.exec(text) : null; m; m = WORD.exec(text)) {
    const w = sameOffsets ? lower.slice(m.index, m.index + m[0].length) : m[0].toLowerCase();
    if (STOP.has(w)) continue;
    const term = vocabulary ? vocabulary.words.get(w) : `w:${w}`;
    if (term !== undefined) emit(term, m.index, m.index + m[0].length);
  }
  // Words and pairs are most of a draft's terms and most are not the paper's: those are dropped here.
  if (pairs) emitPairs(text, 0, text.length, emit, vocabulary);
  // Anchors: the month, year and model version a figure is stated for; a work named in 《》.
  for (const [re, name] of ANCHORS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) emit(name(m), m.index, m.index + m[0].length);
  }
  return out;
}

/** The scripts a scanner needs: Latin letters, capitals for the case-sensitive terms (ARR, S&M), Han characters. */
const LATIN = /[A-Za-z]/;
const CAPITALS = /[A-Z][A-Z&]/;
const HAN = /[\u3400-\u9fff]/;

/** One-character words that end a noun whatever precedes them (专利奖, 热榜, 山东省): no unit. */
const NOUN_SUFFIXES = new Set(['奖', '榜', '省', '县']);

/** Whether text[at] follows a number: digits or a Chinese numeral, then maybe 余, 多, a scale and 个, within a few characters. */
function afterNumber(text: string, at: number): boolean {
  let i = at - 1;
  for (let skipped = 0; i >= 0 && skipped < 4 && /[\s余多万亿千百个]/.test(text[i]); i--) skipped++;
  return i >= 0 && /[\d一二两三四五六七八九十百千]/.test(text[i]);
}

/** Sentences of a prose block: split at 。！？； and at ". " / newlines (not before a lower-case word: "Adj. net margin"). */
export function splitSentences(text: string, block: Range): Range[] {
  const out: Range[] = [];
  let start = block.start;
  // A line break ends a sentence only in tab-separated rows (the paper's leaderboard); elsewhere it is a wrap.
  // (The look-behind for a tab comes after the \n, so it runs at line breaks only, not back over a long line at every character.)
  const re = /[。！？；!?;]|\.(?=[\u3400-\u9fff]|\s(?![ \t]*[a-z]))(?<!\b(?:No|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|p|pp|vs|Inc|Co|Ltd|St|Dr|Mr|Ms|U\.S)\.)|\n(?=[^\n]*\t)|\n(?<=\t[^\n]*\n)/g;
  re.lastIndex = block.start;
  const slice = text.slice(0, block.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const end = m.index + m[0].length;
    // A figure standing alone as a lead ("- **25%.** Share of the apps' traffic served by OneRec …") is read
    // with the sentence after it, which says what it measures.
    if (m[0] === '.' && LEAD_VALUE.test(text.slice(start, end))) continue;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  }
  if (text.slice(start, block.end).trim()) out.push({ start, end: block.end });
  return out;
}

/** A sentence that is a value and nothing else, with at most one word of unit or scale: "25%.", "More than 14,000.", "US$240 million.". */
const LEAD_VALUE = new RegExp(`^[\\s\\-*+>]*(?:(?:${QUALIFIER_BEFORE_WORDS})\\s+)?(?:US\\$|HK\\$|RMB\\s?|\\$|¥)?\\d[\\d.,]*\\s*(?:%|[A-Za-z]+|[万亿千百个天月年]+)?\\s*\\.\\s*$`, 'i');

/** The clause of `sentence` that holds offset `at`: split at commas, colons and dashes (not 1,240). */
export function clauseAround(text: string, sentence: Range, at: number): Range {
  let s = at;
  while (s > sentence.start && !isClauseBoundary(text, s - 1)) s--;
  let e = at;
  while (e < sentence.end && !isClauseBoundary(text, e)) e++;
  // "Updates since launch: 20+", "月活跃用户：1200 万": a bare value after a label's colon is the label's.
  if (s > sentence.start && (text.charCodeAt(s - 1) === 58 || text.charCodeAt(s - 1) === 0xff1a) && mayBeBareValue(text, s, e) && BARE_VALUE.test(text.slice(s, e))) {
    s--;
    while (s > sentence.start && !isClauseBoundary(text, s - 1)) s--;
  }
  return { start: s, end: e };
}

/** A clause that holds a value and nothing else: digits, a scale, a currency or a unit sign, maybe a qualifier (about 24,000). */
const BARE_VALUE = new RegExp(`^\\s*(?:(?:${QUALIFIER_BEFORE_WORDS})\\s*)?[\\s\\d.,+%~–—\\-×xX*]*(?:[万亿千百]|余|多|倍|元|million|billion|thousand|bn|mn|[KMB]|RMB|US\\$|HK\\$|\\$|¥)*[\\s\\d.,+%~–—\\-×xX*]*$`, 'i');

/**
 * The Latin letters (either case) and Chinese characters BARE_VALUE's pattern is written with: no other letter
 * or character can stand in a bare value.
 */
const BARE_VALUE_LETTERS: ReadonlySet<number> = new Set([...BARE_VALUE.source, ...BARE_VALUE.source.toLowerCase(), ...BARE_VALUE.source.toUpperCase()]
  .map((c) => c.charCodeAt(0)).filter((c) => isAsciiLetter(c) || isCjk(c)));

/**
 * Whether text[start, end) may be a bare value: it holds no letter or Chinese character the pattern lacks. Most
 * clauses after a colon hold words, and this spares them the pattern, which backtracks over a long clause
 * (clauseAround: 1.7% → 1.3% of a check with this test, CPU profile of the bench drafts).
 */
function mayBeBareValue(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((isAsciiLetter(c) || isCjk(c)) && !BARE_VALUE_LETTERS.has(c)) return false;
  }
  return true;
}

/** ，,：:— end a clause; a comma between digits (1,240) does not. By character codes: it runs at every character of a clause. */
function isClauseBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 44 /* , */) return !(isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)));
  // (An arrow parts the steps of a sequence, 22 million at launch → 45 million in July: each holds for its own time.)
  return c === 0xff0c /* ， */ || c === 0xff1a /* ： */ || c === 58 /* : */ || c === 0x2014 /* — */ || c === 0x2192 /* → */;
}

/** Weights of the three rings around a figure. */
export const RING_WEIGHTS = { near: 1.3, clause: 1, sentence: 0.6, topic: 0.35 };
/** Characters either side of a figure that count as right next to it. */
const NEAR = 14;
const BIGRAM_FACTOR = 0.25;

/** A month, year or version anchor (m:, y:, v:). */
const isAnchorTerm = (term: string): boolean => {
  const kind = term.charCodeAt(0);
  return term.charCodeAt(1) === 58 /* : */ && (kind === 121 /* y */ || kind === 109 /* m */ || kind === 118 /* v */);
};

/** What else figureTerms reads for a figure. */
export interface FigureTermsExtra {
  rowHeader?: string;
  caption?: string;
  noun?: string;
  /** The vocabulary the sentence's terms and the topic were read with: what figureTerms reads itself is read with it too. */
  vocabulary?: Vocabulary;
  /**
   * The figure is a value that may restate the clause before's metric for another time or as a change (a
   * share, an amount, a count), not a date or a span of time (在过去一年完成… names no metric of the clause before).
   */
  restatesMetric?: boolean;
  /** The terms of the sentence before, when a semicolon joins it to this one (…同比增长 15.2%；2024 年第三季度为 3,342 亿元). */
  termsBefore?: Iterable<PlacedTerm>;
  /** The terms of the block's leading label (总收入：…). */
  labelTerms?: Iterable<PlacedTerm>;
}

/**
 * Weighted terms for a figure: what it counts and what stands right next to it, its clause, the rest of
 * its sentence (and its table header, for a row; its caption, for a callout), and its topic (headings and
 * the paragraph so far, read by the caller). `sentenceTerms` are the sentence's terms, by offsets in `text`:
 * the caller reads a block once, with places, for all its figures.
 */
export function figureTerms(text: string, sentence: Range, figure: Range, sentenceTerms: Iterable<PlacedTerm>, topic: Iterable<string>, more: FigureTermsExtra = {}): Terms {
  const { rowHeader = '', caption = '', noun = '', vocabulary, restatesMetric = false, termsBefore, labelTerms } = more;
  const clause = clauseAround(text, sentence, figure.start);
  const terms: Terms = new Map();
  const put = (t: string, weight: number): void => {
    const pair = t.charCodeAt(0) === 98 /* b */ && t.charCodeAt(1) === 58 /* : */;
    // Character pairs count only close to the figure; further out they are noise and cost.
    if (pair && weight < RING_WEIGHTS.clause) return;
    const w = pair ? weight * BIGRAM_FACTOR : weight;
    if ((terms.get(t) ?? 0) < w) terms.set(t, w);
  };
  const add = (set: Iterable<string>, weight: number): void => {
    for (const t of set) put(t, weight);
  };
  // Right next to the figure, widened to whole words so "inference cost" is not cut to "rence cost".
  let nearStart = Math.max(clause.start, figure.start - NEAR);
  let nearEnd = Math.min(clause.end, figure.end + NEAR);
  while (nearStart > clause.start && isAsciiLetter(text.charCodeAt(nearStart - 1))) nearStart--;
  while (nearEnd < clause.end && isAsciiLetter(text.charCodeAt(nearEnd))) nearEnd++;
  // Character pairs, within the clause only (further out they are noise and cost).
  emitPairs(text, clause.start, clause.end, (term, s, e) => put(term, s >= nearStart && e <= nearEnd ? RING_WEIGHTS.near : RING_WEIGHTS.clause), vocabulary);
  // A clause that names no metric of its own restates the one before it for another time or as a change
  // (毛利率为 54.7%，上年同期为 54.3%; "gross margin was 54.7%, compared with 54.3% a year earlier").
  let clauseNamesMetric = false;
  for (const { term, start: s, end: e } of sentenceTerms) {
    // The figure's own digits are not context (a date figure is no anchor for itself); its unit words are.
    if (s < figure.end && e > figure.start && (isAnchorTerm(term) || /[0-9]/.test(text.slice(Math.max(s, figure.start), Math.min(e, figure.end))) && !term.startsWith('c:'))) continue;
    if (s >= nearStart && e <= nearEnd) put(term, RING_WEIGHTS.near);
    else if (s >= clause.start && e <= clause.end) put(term, RING_WEIGHTS.clause);
    else put(term, RING_WEIGHTS.sentence);
    if (s >= clause.start && e <= clause.end && isMetricTerm(term)) clauseNamesMetric = true;
  }
  let restated = false;
  if (restatesMetric && !clauseNamesMetric && clause.start > sentence.start) {
    const before = clauseAround(text, sentence, clause.start - 1);
    for (const { term, start: s, end: e } of sentenceTerms) {
      if (s >= before.start && e <= before.end && isMetricTerm(term)) {
        put(term, RING_WEIGHTS.clause);
        restated = true;
      }
    }
  }
  // … and, when its sentence names none either, the first clause after a semicolon restates what the sentence
  // before measured; any clause, what its block's label names.
  const restatedFrom = !restatesMetric || clauseNamesMetric || restated ? undefined : clause.start === sentence.start && termsBefore ? termsBefore : labelTerms;
  if (restatedFrom) for (const { term } of restatedFrom) if (isMetricTerm(term)) put(term, RING_WEIGHTS.clause);
  // What the figure counts (its noun or measure word) is the nearest context of all.
  if (noun) for (const t of placedTerms(noun, true, vocabulary)) put(t.term, RING_WEIGHTS.near);
  // A table's header names what each row's figures measure, as closely as the row's own words do;
  // a callout's caption is all the words its figure has.
  if (rowHeader) for (const t of placedTerms(rowHeader, true, vocabulary)) put(t.term, RING_WEIGHTS.clause);
  if (caption) for (const t of placedTerms(caption, true, vocabulary)) put(t.term, RING_WEIGHTS.clause);
  add(topic, RING_WEIGHTS.topic);
  return terms;
}

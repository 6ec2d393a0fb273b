/**
 * What a figure is about. Splits prose into sentences and clauses and reads a figure's surroundings into
 * weighted terms: bilingual concepts (lexicon.ts), Latin words such as product names, Chinese character
 * pairs, and anchors (months, years, model versions) that tell one leaderboard entry from another.
 * The same reading applies to drafts and to the paper, so their terms can be compared.
 */
import { CONCEPTS, PARENT_CONCEPTS } from './lexicon';
import { misspelledLatinNames } from './names';

/** Terms with weights: how strongly each term describes a figure. */
export type Terms = Map<string, number>;

export interface Range {
  start: number;
  end: number;
}

/** Terms that say a figure went up or down, or over what span; too common to tell metrics apart. */
export const GENERIC_TERMS = new Set(['c:joint', 'c:increase', 'c:reduction', 'c:year-total', 'c:launch', 'c:year-on-year', 'c:monthly', 'c:daily', 'c:people']);

/**
 * A dictionary scanner: finds the longest known term at each position, left to right, without regexes
 * (an alternation of hundreds of terms backtracks at every character).
 */
class TermScanner {
  private readonly byFirst = new Map<string, string[]>();

  constructor(private readonly ids: Map<string, string>, private readonly wordBounded: boolean, private readonly plural: boolean) {
    for (const term of ids.keys()) {
      const key = term.slice(0, 1);
      const list = this.byFirst.get(key) ?? [];
      list.push(term);
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((x, y) => y.length - x.length);
  }

  scan(text: string, out: Set<string>): void {
    for (let i = 0; i < text.length; ) {
      const candidates = this.byFirst.get(text[i]);
      let advanced = false;
      if (candidates && (!this.wordBounded || !isAlnum(text.charCodeAt(i - 1)))) {
        for (const term of candidates) {
          if (!text.startsWith(term, i)) continue;
          let end = i + term.length;
          if (this.plural) {
            if (text.startsWith('es', end) && !isAlnum(text.charCodeAt(end + 2))) end += 2;
            else if (text[end] === 's' && !isAlnum(text.charCodeAt(end + 1))) end += 1;
          }
          if (this.wordBounded && isAlnum(text.charCodeAt(end))) continue;
          const id = this.ids.get(term)!;
          out.add(`c:${id}`);
          const parent = PARENT_CONCEPTS[id];
          if (parent) out.add(`c:${parent}`);
          i = end;
          advanced = true;
          break;
        }
      }
      if (!advanced) i++;
    }
  }
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function buildScanners(): { lower: TermScanner; caps: TermScanner; zh: TermScanner } {
  const insensitive = new Map<string, string>();
  const sensitive = new Map<string, string>();
  const zh = new Map<string, string>();
  for (const [id, zhTerms, enTerms] of CONCEPTS) {
    for (const t of zhTerms) zh.set(t, id);
    for (const t of enTerms) {
      if (/[A-Z]/.test(t) && t === t.toUpperCase()) sensitive.set(t, id);
      else insensitive.set(t.toLowerCase(), id);
    }
  }
  return { lower: new TermScanner(insensitive, true, true), caps: new TermScanner(sensitive, true, false), zh: new TermScanner(zh, false, false) };
}

const SCANNERS = buildScanners();
const STOP = new Set('the and for with from that this its has have had was were are into over more than per its their our which about after before since also only new now all year years month months day days'.split(' '));
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CJK_RUN = /[\u3400-\u9fff]+/g;

const memo = new Map<string, Set<string>>();
// Sentences repeat within a paragraph, not across documents: a small memo serves and stays small.
const MEMO_LIMIT = 500;

/** The set of terms a piece of prose mentions (memoised: a sentence is read once for all its figures). */
export function termsIn(text: string): Set<string> {
  const known = memo.get(text);
  if (known) return known;
  const out = readTerms(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, out);
  return out;
}

function readTerms(text: string): Set<string> {
  const out = new Set<string>();
  SCANNERS.lower.scan(text.toLowerCase(), out);
  SCANNERS.caps.scan(text, out);
  SCANNERS.zh.scan(text, out);
  // A misspelled product name (OneSerch) still says what the sentence is about.
  for (const expected of misspelledLatinNames(text)) SCANNERS.lower.scan(expected.toLowerCase(), out);
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9-]{2,}/g)) {
    const w = m[0].toLowerCase();
    if (!STOP.has(w)) out.add(`w:${w}`);
  }
  for (const m of text.matchAll(CJK_RUN)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) out.add(`b:${run.slice(i, i + 2)}`);
  }
  // Anchors: the month, year and model version a figure is stated for.
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\s*月/g)) out.add(`m:${Number(m[1])}`);
  for (const m of text.matchAll(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/g)) out.add(`m:${MONTHS.indexOf(m[1].toLowerCase()) + 1}`);
  for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d{2})(?![\d.,])/g)) out.add(`y:${m[1]}`);
  for (const m of text.matchAll(/(?<![\d.])(\d+\.\d+)(?=\s*(?:Pro|Turbo|Omni|Standard|系列|模型|model|release|版))/g)) out.add(`v:${m[1]}`);
  for (const m of text.matchAll(/(?:Kling|可灵|KlingAI)\s*(\d+\.\d+)/g)) out.add(`v:${m[1]}`);
  return out;
}

/** Sentences of a prose block: split at 。！？； and at ". " / newlines. */
export function splitSentences(text: string, block: Range): Range[] {
  const out: Range[] = [];
  let start = block.start;
  // A line break ends a sentence only in tab-separated rows (the paper's leaderboard); elsewhere it is a wrap.
  // (The look-behind for a tab comes after the \n, so it runs at line breaks only, not back over a long line at every character.)
  const re = /[。！？；!?;]|\.(?=\s)(?<!\b(?:No|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|p|pp|vs|Inc|Co|Ltd|St|Dr|Mr|Ms|U\.S)\.)|\n(?=[^\n]*\t)|\n(?<=\t[^\n]*\n)/g;
  re.lastIndex = block.start;
  const slice = text.slice(0, block.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  }
  if (text.slice(start, block.end).trim()) out.push({ start, end: block.end });
  return out;
}

/** The clause of `sentence` that holds offset `at`: split at commas, colons and dashes (not 1,240). */
export function clauseAround(text: string, sentence: Range, at: number): Range {
  const boundary = (i: number): boolean => {
    const c = text[i];
    if (c === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
    return /[，,：:—]/.test(c);
  };
  let s = at;
  while (s > sentence.start && !boundary(s - 1)) s--;
  let e = at;
  while (e < sentence.end && !boundary(e)) e++;
  return { start: s, end: e };
}

/** Weights of the three rings around a figure. */
export const RING_WEIGHTS = { near: 1.3, clause: 1, sentence: 0.6, topic: 0.35 };
/** Characters either side of a figure that count as right next to it. */
const NEAR = 14;
const BIGRAM_FACTOR = 0.25;

/**
 * Weighted terms for a figure: its clause, the rest of its sentence (and its table header, for a row),
 * and its topic (headings and the paragraph so far). `topicText` is plain prose.
 */
export function figureTerms(text: string, sentence: Range, figure: Range, topicText: string, rowHeader = '', caption = '', noun = ''): Terms {
  const clause = clauseAround(text, sentence, figure.start);
  const terms: Terms = new Map();
  const add = (set: Set<string>, weight: number): void => {
    // Character pairs count only close to the figure; further out they are noise and cost.
    const pairs = weight >= RING_WEIGHTS.clause;
    for (const t of set) {
      if (!pairs && t.startsWith('b:')) continue;
      const w = t.startsWith('b:') ? weight * BIGRAM_FACTOR : weight;
      if ((terms.get(t) ?? 0) < w) terms.set(t, w);
    }
  };
  // The figure's own digits are not context (its unit words are: 分, points, 万条).
  const withoutDigits = (r: Range): string =>
    text.slice(r.start, figure.start) + text.slice(figure.start, figure.end).replace(/[0-9.,]/g, ' ') + text.slice(figure.end, r.end);
  // Right next to the figure, widened to whole words so "inference cost" is not cut to "rence cost".
  let nearStart = Math.max(clause.start, figure.start - NEAR);
  let nearEnd = Math.min(clause.end, figure.end + NEAR);
  while (nearStart > clause.start && /[A-Za-z]/.test(text[nearStart - 1])) nearStart--;
  while (nearEnd < clause.end && /[A-Za-z]/.test(text[nearEnd])) nearEnd++;
  const near = { start: nearStart, end: nearEnd };
  add(termsIn(withoutDigits(near)), RING_WEIGHTS.near);
  // What the figure counts (its noun or measure word) is the nearest context of all.
  if (noun) add(termsIn(noun), RING_WEIGHTS.near);
  add(termsIn(withoutDigits(clause)), RING_WEIGHTS.clause);
  add(termsIn(withoutDigits(sentence)), RING_WEIGHTS.sentence);
  // A table's header names what each row's figures measure, as closely as the row's own words do;
  // a callout's caption is all the words its figure has.
  if (rowHeader) add(termsIn(rowHeader), RING_WEIGHTS.clause);
  if (caption) add(termsIn(caption), RING_WEIGHTS.clause);
  add(termsIn(topicText), RING_WEIGHTS.topic);
  return terms;
}

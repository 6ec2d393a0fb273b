/**
 * Reads a Markdown document (a draft or the paper) into figures in context: each figure with its
 * sentence, its weighted context terms, the headings above it, and its place in a list read
 * "respectively" (分别提升 1.26% 和 1.75%).
 */
import { beginsNextParagraph, inCalloutParagraph } from './callouts';
import { readClaims, type Claim } from './claims';
import { ownDocumentKinds } from './claimSubjects';
import { MONEY_CONCEPTS } from './lexicon';
import { ANY_CURRENCY } from './values';
import { QUALIFIER_BEFORE_WORDS } from './units';
import type { MonthSpan } from './timePins';
import { applyTableUnit, tableUnitOf, type TableUnit } from './tableUnits';
import { blockTerms, figureTerms, isMetricTerm, placedTerms, RING_WEIGHTS, splitSentences, type PlacedTerm, type Range, type Terms, type Vocabulary } from './context';
import { findFigures } from './figures';
import { DEFAULT_NAMES, type NameBook, type NameIssue } from './names';
import { extractProse, type ProseBlock, type ProseOptions } from './markdown';
import type { Figure } from './types';

/** A figure with what surrounds it. */
export interface FigureInContext {
  figure: Figure;
  sentence: Range;
  terms: Terms;
  /** Headings above the figure, outermost first. */
  headings: string[];
  /**
   * What the text labels the figure as, when its sentence alone does not say: a callout's caption, or the
   * header of its table column (a bare “95%” is read with “全面提升举报审核效率百分比” under it).
   */
  label?: string;
  /** Figures of one kind listed together in one sentence share a group; index is the position. */
  group?: { id: number; index: number; size: number };
  /** What the figure counts and when it is stated for (claims.ts). */
  claim?: Claim;
  /** The figure stands in a heading: a title over claims, not a claim to report as absent. */
  inHeading?: boolean;
  /** Whether a metric stands right beside it (scoring.ts reads it once, then keeps it here). */
  metricBeside?: boolean;
  /**
   * The figure stands in a comparison table's column headed by a product the sources never name, beside a
   * column of one they do (| | Kling 3.0 | Runway Gen-4 |): that product's figure, not the sources' to judge.
   */
  otherProductColumn?: boolean;
}

export interface ReadDocument {
  /** The prose (same length as the source, non-prose blanked). */
  prose: string;
  blocks: ProseBlock[];
  figures: FigureInContext[];
  /** The headings in force at the end of the document, by depth (for reading a following part). */
  headingsAfter: string[];
  /** The misspelled Latin product names of the prose (names.ts), in order. */
  misspelledNames: NameIssue[];
}

export interface ReadOptions extends ProseOptions {
  /** Headings in force before this text, by depth (when the text is one part of a larger document). */
  headings?: string[];
  /** The terms the reading may keep (the fact index's, when a draft is read against it): context.ts. */
  vocabulary?: Vocabulary;
  /** The titles (and section headings) of the sources a draft is read against: a document of a kind they name is the source itself (claims.ts). */
  sourceTitles?: readonly string[];
  /** The period the text speaks of (a draft: its sources'; a report: its title's quarter): 去年 and 上年同期 count back from it. */
  period?: MonthSpan;
  /** The names whose misspellings are reported (the shipped paper's, with a custom source's names file). */
  names?: NameBook;
}

/**
 * How far from a figure its context is read, either way (its sentence, and the paragraph and table header
 * above it): more than any real sentence or paragraph, and a very long line is still read in linear time.
 */
const CONTEXT_WINDOW = 1000;

/** The unit a short line right before a table declares (单位：人民币百万元), for the rows of that table. */
function captionUnit(text: string, blocks: readonly ProseBlock[], bi: number): TableUnit | undefined {
  let k = bi - 1;
  while (k >= 0 && blocks[k].kind === 'tableRow') k--;
  const before = blocks[k];
  if (!before || before.kind !== 'paragraph' || before.end - before.start > 80) return undefined;
  return tableUnitOf(text.slice(before.start, before.end));
}

/**
 * Whether a count with a scale and nothing counted (营收 355.54 亿, "Total revenue | 35,554 million") is an amount
 * of money: a money metric stands beside it. Its currency is not said: it meets money in any.
 */
function isAmountOfMoney(figure: Figure, terms: Map<string, number>, headIsMoney: () => boolean): boolean {
  if ((figure.kind !== 'count' && figure.kind !== 'number') || figure.unit || figure.noun || figure.style.scale < 1e4) return false;
  // A Chinese noun phrase ends in its head: 直播收入 58.78 亿 is revenue (of live streaming), not a count.
  if (headIsMoney()) return true;
  let money = false;
  for (const [term, w] of terms) {
    if (w < RING_WEIGHTS.near || !isMetricTerm(term)) continue;
    // Another metric beside it says what is counted (4500 万的全球用户, "3 billion in traffic").
    if (!MONEY_CONCEPTS.has(term)) return false;
    money = true;
  }
  return money;
}

/** A label and its colon right before a value, maybe with a qualifier: "Employees: about ", "员工总数：约 ". */
const LABEL_BEFORE = new RegExp(`^[^:：\\n]{1,40}[:：]\\s*(?:(?:${QUALIFIER_BEFORE_WORDS})\\s*)?$`, 'i');

/** What may stand between a noun phrase and its figure: 为, 达, 约, 超过, a colon. */
const HEAD_TO_FIGURE = /^[\s为达是约近超过:：]{0,4}$/;

/** Whether the noun phrase right before the figure ends in a concept of money (直播收入 58.78 亿, 营收 355 亿). */
function headIsMoney(text: string, sentenceTerms: readonly PlacedTerm[], figure: Figure): boolean {
  let end = -1;
  let money = false;
  for (const t of sentenceTerms) {
    if (t.end > figure.start || !isMetricTerm(t.term) || !HEAD_TO_FIGURE.test(text.slice(t.end, figure.start))) continue;
    if (t.end > end) {
      end = t.end;
      money = false;
    }
    if (t.end === end && MONEY_CONCEPTS.has(t.term)) money = true;
  }
  return money;
}

/** The document kinds of a list of source titles, read once per list. */
const sourceKinds = new WeakMap<readonly string[], ReadonlySet<string>>();
function kindsOf(titles: readonly string[]): ReadonlySet<string> {
  let kinds = sourceKinds.get(titles);
  if (!kinds) sourceKinds.set(titles, (kinds = ownDocumentKinds(titles)));
  return kinds;
}

const LIST_JOINER = /^\s*(?:和|、|及|与|以及|,|，|;|；|and|, and|or|as well as|respectively,?)\s*$/;

/** A tab-separated line with no digits heads the rows that follow it (Creator → Model → ELO). */
const isTabHeader = (line: string): boolean => line.includes('\t') && !/\d/.test(line);

/** The leading integer of a tab-separated row (▶ 9 ⇥ KlingAI ⇥ …) is the row's rank, not a count. */
function isRowNumber(text: string, sentence: Range, figure: Figure): boolean {
  const row = text.slice(sentence.start, sentence.end);
  return row.includes('\t') && figure.kind === 'number' && /^[^\p{L}\p{N}]*$/u.test(text.slice(sentence.start, figure.start));
}

/** Which tab-separated column of its row a figure stands in. */
function columnIndex(text: string, sentence: Range, figure: Figure): number {
  return (text.slice(sentence.start, figure.start).match(/\t/g) ?? []).length;
}

/** The header cell above column `k`, or the whole header when the columns do not line up. */
function columnOf(header: string, k: number): string {
  const cells = header.replace(/^[ ]+/, '').split('\t').map((c) => c.trim());
  return cells[k] || header;
}

/** The column of a Markdown table row that a figure stands in, by the source's unescaped pipes before it. */
function pipeColumnIndex(source: string, block: Range, figure: Figure): number {
  return (source.slice(block.start, figure.start).replace(/^\s*\|/, '').match(/(?<!\\)\|/g) ?? []).length;
}

/** Whether a header cell names a product by a Latin word of its own and none of the sources' words. */
const namesProduct = (cell: string): boolean => /\b[A-Z][A-Za-z]+/.test(cell);
const namesKnown = (cell: string, vocabulary: Vocabulary): boolean => (cell.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []).some((w) => vocabulary.words.has(w));

/**
 * Whether column `k` of a Markdown table is headed by a product the sources never name while another column is
 * headed by one they do: a comparison of the sources' product with others (| | Kling 3.0 | Runway Gen-4 |).
 */
function otherProductColumn(header: string, k: number, vocabulary: Vocabulary): boolean {
  const cells = header.split(' | ');
  if (cells.length < 3 || k <= 0 || k >= cells.length) return false;
  const cell = cells[k];
  if (!namesProduct(cell) || namesKnown(cell, vocabulary)) return false;
  return cells.some((c, j) => j > 0 && j !== k && namesProduct(c) && namesKnown(c, vocabulary));
}

/**
 * The header cell above a Markdown table cell's figure, with the header's first cell (which often names the
 * unit, 人民币百万元), or the whole header when the columns do not line up. The prose keeps the source's
 * offsets, so the cell is counted by the source's unescaped pipes before the figure.
 */
function pipeColumnOf(header: string, source: string, block: Range, figure: Figure): string {
  if (!header) return '';
  const cells = header.split(' | ');
  const k = pipeColumnIndex(source, block, figure);
  if (k <= 0 || k >= cells.length || cells.length < 3) return header;
  return cells[0] ? `${cells[0]} | ${cells[k]}` : cells[k];
}

/**
 * A callout is a paragraph of bare figures (“**98%**”, “**170** 个 **2500** 余个”) captioned by the block
 * after it, in the next paragraph (callouts.ts). Returns each figure's caption: the caption line at the same
 * position when the counts agree.
 */
function calloutCaptions(source: string, text: string, block: ProseBlock, figures: Figure[], next: ProseBlock | undefined): string[] | undefined {
  if (!next || block.kind !== 'paragraph' || block.end - block.start > 120) return undefined;
  if (!beginsNextParagraph(source, block.end, next.start) || !inCalloutParagraph(source, block.start, block.end)) return undefined;
  // The block without its figures (figures are in order and do not overlap).
  let rest = '';
  let at = block.start;
  for (const f of figures) {
    rest += `${text.slice(at, f.start)} `;
    at = f.end;
  }
  rest += text.slice(at, block.end);
  if ((rest.match(/[\p{L}]/gu) ?? []).length > 3) return undefined;
  const caption = text.slice(next.start, next.end);
  const lines = caption.split('\n').map((l) => l.trim()).filter(Boolean);
  return figures.map((_, k) => (lines.length === figures.length ? lines[k] : caption));
}

/** The terms (in offset order) that lie wholly within `range`. */
function termsWithin(terms: readonly PlacedTerm[], range: Range): PlacedTerm[] {
  const out: PlacedTerm[] = [];
  for (let t = firstStartingAt(terms, range.start); t < terms.length && terms[t].start < range.end; t++) {
    if (terms[t].end <= range.end) out.push(terms[t]);
  }
  return out;
}

/** The first of `terms` (sorted by start) that starts at or after `at`. */
function firstStartingAt(terms: readonly PlacedTerm[], at: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reads every figure of `source` with its context. */
/** A number written as a version is: one or two digits, a point, one digit. */
const BARE_VERSION = /^\s*\d{1,2}\.\d\s*$/;

/** A table's first header cell over the rows' places. */
const RANK_HEADER = /^\s*(?:rank|ranking|#|no\.?|place|排名|名次|序号|序號)\s*$/i;

/** Semicolons end a sentence (context.ts) that the next may restate. */
const SEMICOLON = /[；;]/;

export function readDocument(source: string, options: ReadOptions = {}): ReadDocument {
  const { text, blocks } = extractProse(source, options);
  const found = findFigures(text, blocks.map((b) => b.start), blocks.filter((b) => b.kind === 'heading').map((b) => b.start));
  // A bare one-decimal number that the sources use as a model's version (3.0 I2V 第 2, 比 2.6 的 10 秒长) names
  // that version in a draft, not a value.
  const vocabulary = options.vocabulary;
  const figures = vocabulary ? found.filter((f) => !(f.kind === 'number' && BARE_VERSION.test(f.text) && vocabulary.has(`v:${f.text.trim()}`))) : found;
  // Misspelled names (OneSerch, 万晴) say what a sentence is about, and the checker reports them: read once.
  const misspelledNames = (options.names ?? DEFAULT_NAMES).findMisspelledNames(text);
  const out: FigureInContext[] = [];
  /** The block each figure of `out` stands in (a paragraph, heading, list item or table row). */
  const blockOf: ProseBlock[] = [];
  const headingStack: string[] = [...(options.headings ?? [])];
  // The headings in force and their terms change only at a heading: read once per heading, not per block.
  let headingsRead: { headings: string[]; terms: string[] } | null = null;
  let groupId = 0;
  let fi = 0;
  let tabHeader = '';
  // A caption is not itself a callout: a run of bare-figure paragraphs pairs off, as the chunker splits them.
  let captionBlock = -1;
  blocks.forEach((block, bi) => {
    const raw = text.slice(block.start, block.end);
    if (block.kind === 'heading') {
      headingStack.length = Math.max(0, (block.depth ?? 1) - 1);
      headingStack[(block.depth ?? 1) - 1] = raw.replace(/\s+/g, ' ').trim();
      headingsRead = null;
    }
    // Tab-separated rows are rare: a block without a tab skips every test for them.
    const hasTab = raw.includes('\t');
    while (fi < figures.length && figures[fi].start < block.start) fi++;
    const inBlock: Figure[] = [];
    while (fi < figures.length && figures[fi].start < block.end) inBlock.push(figures[fi++]);
    const lines = hasTab ? raw.split('\n') : [];
    // A table's cells in the unit its header, its caption line or the row's label declares (人民币百万元).
    // The row's label first, then the figure's column header (上年同期（亿元）), the header's first cell, the caption.
    if (block.kind === 'tableRow' && inBlock.length) {
      const rowUnit = tableUnitOf(text.slice(block.start, inBlock[0].start));
      const cells = (block.header ?? '').split(' | ');
      // A caption line is read in a source only: a draft is checked paragraph by paragraph as well as whole
      // (chunks.ts), and a line before a table stands in another paragraph.
      const tableUnit = tableUnitOf(cells[0]) ?? (bi > 0 && !options.vocabulary ? captionUnit(text, blocks, bi) : undefined);
      for (const f of inBlock) {
        const unit = rowUnit ?? tableUnitOf(cells[pipeColumnIndex(source, block, f)] ?? '') ?? tableUnit;
        if (unit) applyTableUnit(f, unit);
      }
    }
    if (!inBlock.length) {
      const header = lines.filter(isTabHeader).pop();
      tabHeader = header ?? (hasTab ? tabHeader : '');
      return;
    }
    if (!headingsRead) {
      const headings = headingStack.filter(Boolean);
      headingsRead = { headings, terms: placedTerms(headings.join(' \n '), false, options.vocabulary).map((t) => t.term) };
    }
    const { headings } = headingsRead;
    // The topic of a figure: the headings above and the block so far, read once per block (character pairs
    // count only near a figure). Each figure takes the block's terms that end before its sentence.
    // A heading's own text is its sentence, not its topic.
    const headingTopic = block.kind === 'heading' ? placedTerms(headings.slice(0, -1).join(' \n '), false, options.vocabulary).map((t) => t.term) : headingsRead.terms;
    // The block's terms, read once, by offsets in the document: each figure's sentence and topic are windows on them.
    const terms = blockTerms(raw, block.start, options.vocabulary, misspelledNames.length ? misspelledNames.filter((n) => n.start >= block.start && n.end <= block.end) : misspelledNames);
    const sentences = block.kind === 'tableRow' ? [{ start: block.start, end: block.end }] : splitSentences(text, block);
    const captions = bi === captionBlock ? undefined : calloutCaptions(source, text, block, inBlock, blocks[bi + 1]);
    if (captions) captionBlock = bi + 1;
    // A short label before a colon at the block's start (总收入：, "Revenue:"), when the block says more after it.
    const labelMatch = /^[^:：\n。.]{1,16}[:：]/.exec(raw);
    const blockLabel = labelMatch ? termsWithin(terms, { start: block.start, end: block.start + labelMatch[0].length }) : undefined;
    // The terms of the sentence a semicolon joins to the figure's, read once per sentence.
    let joinedTerms: { si: number; terms: PlacedTerm[] | undefined } | undefined;
    let previous: FigureInContext | undefined;
    let si = 0;
    inBlock.forEach((figure, k) => {
      // Figures and sentences are in order: the figure's sentence is the first one not ending before it.
      while (si < sentences.length && sentences[si].end <= figure.start) si++;
      const sentence = si < sentences.length && sentences[si].start <= figure.start ? sentences[si] : { start: block.start, end: block.end };
      const near = { start: Math.max(sentence.start, figure.start - CONTEXT_WINDOW), end: Math.min(sentence.end, figure.end + CONTEXT_WINDOW) };
      const from = Math.max(block.start, near.start - CONTEXT_WINDOW);
      const row = hasTab ? text.slice(near.start, near.end) : '';
      // Tab-separated rows: a digit-free row heads the columns of the rows below it.
      // The header of a tab row is the nearest digit-free tab line above it, in this block or before.
      const before = hasTab ? text.slice(from, near.start) : '';
      const above = before.includes('\t') ? before.split('\n').filter(isTabHeader).pop() : undefined;
      if (above) tabHeader = above;
      if (hasTab && isRowNumber(text, near, figure)) Object.assign(figure, { kind: 'rank', unit: 'position', strong: false });
      // A Markdown table's rank column (| Rank | Model | ELO |, | 排名 | …): the row's place, as a tab table's row number.
      if (block.kind === 'tableRow' && figure.kind === 'number' && pipeColumnIndex(source, block, figure) === 0 && RANK_HEADER.test((block.header ?? '').split(' | ')[0])) Object.assign(figure, { kind: 'rank', unit: 'position', strong: false });
      const topic = headingTopic.slice();
      for (let t = firstStartingAt(terms, from); t < terms.length && terms[t].start < near.start; t++) {
        if (terms[t].end <= near.start) topic.push(terms[t].term);
      }
      const sentenceTerms = termsWithin(terms, near);
      const header = block.kind === 'tableRow' ? pipeColumnOf(block.header ?? '', source, block, figure) : row.includes('\t') ? columnOf(tabHeader, columnIndex(text, near, figure)) : '';
      const caption = captions?.[k] ?? '';
      // A semicolon joins a restatement to the sentence whose metric it restates (…；2024 年第三季度为 3,342 亿元).
      // (… back through a run of them, 随季节波动：第一季度为 129.5 分钟；第二季度约 122 分钟；第三季度为 132.2 分钟: each
      // restates what the run's first names.)
      if (joinedTerms?.si !== si) {
        let first = si;
        while (first > 0 && first < sentences.length && sentences[first - 1].end === sentences[first].start && SEMICOLON.test(text[sentences[first].start - 1])) first--;
        joinedTerms = { si, terms: first < si ? termsWithin(terms, { start: sentences[first].start, end: sentences[si - 1].end }) : undefined };
      }
      const termsBefore = joinedTerms.terms;
      // … and a block's leading label names what every sentence of the block measures (- **总收入**：… 。与 … 相比，环比增长 1.4%).
      const labelTerms = si > 0 ? blockLabel : undefined;
      // Every field in place from the start (those set later too): entries of one shape for the matcher's reads.
      const entry: FigureInContext = {
        figure, sentence, terms: figureTerms(text, near, figure, sentenceTerms, topic, { rowHeader: header, caption, noun: figure.noun, vocabulary: options.vocabulary, restatesMetric: figure.kind !== 'date' && figure.kind !== 'duration', termsBefore, labelTerms }), headings,
        label: undefined, group: undefined, claim: undefined, inHeading: undefined, metricBeside: undefined, otherProductColumn: undefined,
      };
      if (block.kind === 'tableRow' && options.vocabulary && otherProductColumn(block.header ?? '', pipeColumnIndex(source, block, figure), options.vocabulary)) entry.otherProductColumn = true;
      if (isAmountOfMoney(figure, entry.terms, () => headIsMoney(text, sentenceTerms, figure))) Object.assign(figure, { kind: 'money', unit: ANY_CURRENCY, strong: true });
      if (block.kind === 'heading') entry.inHeading = true;
      const label = (caption || header).replace(/\s+/g, ' ').trim();
      if (label) entry.label = label;
      if (previous && previous.sentence.start === sentence.start && previous.figure.kind === figure.kind
        && LIST_JOINER.test(text.slice(previous.figure.end, figure.start))) {
        const g = previous.group ?? { id: ++groupId, index: 0, size: 1 };
        previous.group = g;
        entry.group = { id: g.id, index: g.index + 1, size: 0 };
      }
      out.push(entry);
      blockOf.push(block);
      previous = entry;
    });
    for (const line of lines) if (line.includes('\t') && isTabHeader(line)) tabHeader = line;
  });
  // Fill in each group's size now that all members are known.
  const sizes = new Map<number, number>();
  for (const f of out) if (f.group) sizes.set(f.group.id, Math.max(sizes.get(f.group.id) ?? 0, f.group.index + 1));
  for (const f of out) if (f.group) f.group.size = sizes.get(f.group.id)!;
  // What readClaims reads of each entry, made field by field: spreading entries of many shapes was a slow
  // generic copy (readDocument's own time: 1.1% → 0.8% of a check, CPU profile of the bench drafts).
  readClaims(text, out.map((e, k) => ({ figure: e.figure, sentence: e.sentence, headings: e.headings, block: blockOf[k], label: e.label })), {
    vocabulary: options.vocabulary, misspelled: misspelledNames, sourceKinds: options.sourceTitles && kindsOf(options.sourceTitles), period: options.period,
  }).forEach((claim, k) => {
    out[k].claim = claim;
    // A bare number after a label that names what it counts ("Employees: about 24,000") is a count of it.
    const f = out[k].figure;
    if (f.kind === 'number' && !f.strong && claim.counted?.thing && LABEL_BEFORE.test(text.slice(out[k].sentence.start, f.start))) Object.assign(f, { kind: 'count', strong: true });
  });
  return { prose: text, blocks, figures: out, headingsAfter: [...headingStack], misspelledNames };
}

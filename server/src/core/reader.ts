/**
 * Reads a Markdown document (a draft or the paper) into figures in context: each figure with its
 * sentence, its weighted context terms, the headings above it, and its place in a list read
 * "respectively" (分别提升 1.26% 和 1.75%).
 */
import { figureTerms, splitSentences, type Range, type Terms } from './context';
import { findFigures } from './figures';
import { extractProse, type ProseBlock, type ProseOptions } from './markdown';
import type { Figure } from './types';

/** A figure with what surrounds it. */
export interface FigureInContext {
  figure: Figure;
  sentence: Range;
  terms: Terms;
  /** Headings above the figure, outermost first. */
  headings: string[];
  /** Figures of one kind listed together in one sentence share a group; index is the position. */
  group?: { id: number; index: number; size: number };
}

export interface ReadDocument {
  /** The prose (same length as the source, non-prose blanked). */
  prose: string;
  blocks: ProseBlock[];
  figures: FigureInContext[];
}

const LIST_JOINER = /^\s*(?:和|、|及|与|以及|,|，|;|；|and|, and|or|as well as|respectively,?)\s*$/;

/** A tab-separated line with no digits heads the rows that follow it (Creator → Model → ELO). */
const isTabHeader = (line: string): boolean => line.includes('\t') && !/\d/.test(line);

/** The leading integer of a tab-separated row (▶ 9 ⇥ KlingAI ⇥ …) is the row's rank, not a count. */
function isRowNumber(text: string, sentence: Range, figure: Figure): boolean {
  const row = text.slice(sentence.start, sentence.end);
  return row.includes('\t') && figure.kind === 'number' && /^[^\p{L}\p{N}]*$/u.test(text.slice(sentence.start, figure.start));
}

/** The header of the table a row belongs to: a Markdown table's head, or the tab-separated header line. */
function rowHeader(text: string, block: ProseBlock, sentence: Range, tabHeader: string): string {
  if (block.kind === 'tableRow') return block.header ?? '';
  return text.slice(sentence.start, sentence.end).includes('\t') ? tabHeader : '';
}

/** Reads every figure of `source` with its context. */
export function readDocument(source: string, options: ProseOptions = {}): ReadDocument {
  const { text, blocks } = extractProse(source, options);
  const figures = findFigures(text, blocks.map((b) => b.start));
  const out: FigureInContext[] = [];
  const headingStack: string[] = [];
  let groupId = 0;
  let fi = 0;
  let tabHeader = '';
  for (const block of blocks) {
    const raw = text.slice(block.start, block.end);
    const blockText = raw.replace(/\s+/g, ' ').trim();
    const firstLine = raw.trim().split('\n')[0];
    if (isTabHeader(firstLine)) tabHeader = firstLine;
    else if (!firstLine.includes('\t')) tabHeader = '';
    if (block.kind === 'heading') {
      headingStack.length = Math.max(0, (block.depth ?? 1) - 1);
      headingStack[(block.depth ?? 1) - 1] = blockText;
    }
    while (fi < figures.length && figures[fi].start < block.start) fi++;
    const inBlock: Figure[] = [];
    while (fi < figures.length && figures[fi].start < block.end) inBlock.push(figures[fi++]);
    if (!inBlock.length) continue;
    const headings = headingStack.filter(Boolean);
    const sentences = block.kind === 'tableRow' ? [{ start: block.start, end: block.end }] : splitSentences(text, block);
    let previous: FigureInContext | undefined;
    for (const figure of inBlock) {
      const sentence = sentences.find((s) => figure.start >= s.start && figure.start < s.end) ?? { start: block.start, end: block.end };
      if (isRowNumber(text, sentence, figure)) Object.assign(figure, { kind: 'rank', unit: 'position', strong: false });
      const before = text.slice(block.start, sentence.start);
      const topic = [...(block.kind === 'heading' ? headings.slice(0, -1) : headings), before].join(' \n ');
      const entry: FigureInContext = { figure, sentence, terms: figureTerms(text, sentence, figure, topic, rowHeader(text, block, sentence, tabHeader)), headings };
      if (previous && previous.sentence.start === sentence.start && previous.figure.kind === figure.kind
        && LIST_JOINER.test(text.slice(previous.figure.end, figure.start))) {
        const g = previous.group ?? { id: ++groupId, index: 0, size: 1 };
        previous.group = g;
        entry.group = { id: g.id, index: g.index + 1, size: 0 };
      }
      out.push(entry);
      previous = entry;
    }
  }
  // Fill in each group's size now that all members are known.
  const sizes = new Map<number, number>();
  for (const f of out) if (f.group) sizes.set(f.group.id, Math.max(sizes.get(f.group.id) ?? 0, f.group.index + 1));
  for (const f of out) if (f.group) f.group.size = sizes.get(f.group.id)!;
  return { prose: text, blocks, figures: out };
}

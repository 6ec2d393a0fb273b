/**
 * Callouts: a short paragraph of bare figures (“**2900** 余个”, “**98%**”) whose caption is the paragraph
 * after it. The reader captions them (reader.ts) and the chunker never splits one from its caption
 * (chunks.ts); both decide with the functions here, on the same source text, so that a document read in
 * chunks reads exactly as a whole.
 */

/** Characters a callout may hold besides at most three letters: figures, their units and markup. */
const FIGURE_WORDS = /\b(?:million|billion|trillion|thousand|bn|mn|percent|times|[kKMBTx])\b/gi;
const FIGURE_CHARS = /[0-9０-９.,，%％+＋*_~`\s零〇一二两三四五六七八九十百千万亿个条余名家次件项所篇席台册期场颗间座度位款类种人多以上倍$¥]/g;

/** Longest callout, in characters, markers aside. */
const MAX_CALLOUT = 120;

/** Whether a paragraph (a run of non-blank source lines) may be a callout. */
export function mayBeCallout(paragraph: string): boolean {
  const body = paragraph.replace(/^[\s>*+\-]*(?:\d+[.)])?\s*/, '').trim();
  if (!body || body.length > MAX_CALLOUT || !/[0-9０-９]/.test(body)) return false;
  const rest = body.replace(FIGURE_WORDS, '').replace(FIGURE_CHARS, '');
  return (rest.match(/\p{L}/gu) ?? []).length <= 3;
}

/** A blank line as Markdown has it: spaces and tabs only (a line of 　 or U+FEFF is text). */
export const isBlank = (line: string): boolean => /^[ \t]*\r?$/.test(line);

/** How far to look for the blank lines around a callout: past this, the paragraph is too long to be one. */
const SCAN = 4 * MAX_CALLOUT;

/**
 * Whether the source paragraph holding [start, end) may be a callout. The chunker asks the same of the
 * paragraph it sees, which never holds more than this one (it also starts after fences and comments), so
 * whatever the reader captions, the chunker keeps with its caption.
 */
export function inCalloutParagraph(source: string, start: number, end: number): boolean {
  let from = source.lastIndexOf('\n', start - 1) + 1;
  while (from > 0) {
    const above = source.lastIndexOf('\n', from - 2) + 1;
    if (isBlank(source.slice(above, from - 1)) || start - above > SCAN) break;
    from = above;
  }
  let to = source.indexOf('\n', end);
  while (to >= 0) {
    const below = source.indexOf('\n', to + 1);
    if (isBlank(source.slice(to + 1, below < 0 ? source.length : below)) || to - end > SCAN) break;
    to = below;
  }
  if (to < 0) to = source.length;
  if (start - from > SCAN || to - end > SCAN) return false;
  return /[0-9０-９]/.test(source.slice(start, end)) && mayBeCallout(source.slice(from, to));
}

/** Whether only blank lines stand between the line where one block ends and the line where the next begins. */
export function beginsNextParagraph(source: string, end: number, next: number): boolean {
  return source.slice(end, next).split('\n').slice(1, -1).every(isBlank);
}

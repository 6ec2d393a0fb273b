/**
 * A list's lead: the paragraph that introduces a list with a colon ("當時的報道提到：", "As of March 2024, the
 * platform reported:"). Its items are stated for the time the lead names, as the lead's own sentences are;
 * an item is not, by contrast, stated for the time the item before it names. markdown.ts gives each item's
 * first paragraph its list's lead; chunks.ts keeps a lead and its list in one chunk, so that an item reads
 * the same checked alone as in its document.
 */
import type { Range } from './context';

/** A list item's first line: a bullet or a number (1. 1) 1、) and a space. */
export const LIST_ITEM_LINE = /^ {0,3}(?:[-*+]|\d{1,3}[.)、])[^\S\n]+\S/;

/** A paragraph's last line that ends in a colon (before closing emphasis). */
export const ENDS_WITH_COLON = /[:：][*_]{0,3}[^\S\n]*$/;

/**
 * The lead of a list that starts at `listFrom`, given the blocks read before it: the paragraph just before
 * the list, with nothing but white space between, when it ends with a colon.
 */
export function leadOfList(source: string, blocksBefore: ReadonlyArray<Range & { kind: string }>, listFrom: number): Range | undefined {
  const before = blocksBefore[blocksBefore.length - 1];
  if (!before || before.kind !== 'paragraph' || before.end > listFrom || source.slice(before.end, listFrom).trim()) return undefined;
  return ENDS_WITH_COLON.test(source.slice(before.start, before.end).trimEnd()) ? { start: before.start, end: before.end } : undefined;
}

/**
 * Loads the source documents the checker compares against: the paper shipped under data/. Its index is
 * built at build time into dist/paper-index.json (`npm run build`); at start the server reads that file
 * and checks it against the paper's hash, and builds the index from the paper itself if the file is
 * missing or stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFactIndex, type FactIndex } from '../core/factIndex';
import { deserializeIndex, serializeIndex } from '../core/indexStore';
import { SHIPPED_PAPER_NAME } from './paperName';

/** Where the shipped paper and its prebuilt index live relative to the bundled dist/ files. */
export const SHIPPED_PAPER = join(__dirname, '..', 'data', 'paper.md');
export const SHIPPED_INDEX = join(__dirname, 'paper-index.json');
export { SHIPPED_PAPER_NAME };

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Builds the index of the given paper text (no cache). */
export function indexPaper(text: string): FactIndex {
  return buildFactIndex([{ name: SHIPPED_PAPER_NAME, text }]);
}

/** The shipped paper's index: the prebuilt one when it matches the paper, else built now. */
export function loadShippedIndex(paperPath: string = SHIPPED_PAPER, indexPath: string = SHIPPED_INDEX): FactIndex {
  const text = readFileSync(paperPath, 'utf8');
  if (existsSync(indexPath)) {
    const stored = deserializeIndex(readFileSync(indexPath, 'utf8'), hashOf(text));
    if (stored) return stored;
  }
  return indexPaper(text);
}

/** Writes the prebuilt index of the shipped paper (run by the build). */
export function writeShippedIndex(paperPath: string = SHIPPED_PAPER, indexPath: string = SHIPPED_INDEX): number {
  const text = readFileSync(paperPath, 'utf8');
  const index = indexPaper(text);
  writeFileSync(indexPath, serializeIndex(index, hashOf(text)));
  return index.facts.length;
}

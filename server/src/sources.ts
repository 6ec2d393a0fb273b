/**
 * Loads the source documents the checker compares against: the paper shipped under data/. The index is
 * built at start, once, from the Markdown text (about 80 kB); see the README for what that costs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFactIndex, type FactIndex } from './core/factIndex';

/** Where the shipped paper lives relative to the bundled dist/ files. */
export const SHIPPED_PAPER = join(__dirname, '..', 'data', 'paper.md');
export const SHIPPED_PAPER_NAME = 'Kuaishou Innovation and IP White Paper 2026';

/** Builds the index from the shipped paper. */
export function loadShippedIndex(path: string = SHIPPED_PAPER): FactIndex {
  return buildFactIndex([{ name: SHIPPED_PAPER_NAME, text: readFileSync(path, 'utf8') }]);
}

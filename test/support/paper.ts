/** Test helpers: the shipped paper and its index, built once per test run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFactIndex, type FactIndex } from '../../server/src/core/factIndex';

/** Tests run from the project root (npm test). */
export const ROOT = process.cwd();
export const PAPER_PATH = join(ROOT, 'data', 'paper.md');
export const PAPER = readFileSync(PAPER_PATH, 'utf8');

let index: FactIndex | undefined;
/** The fact index of the shipped paper. */
export function paperIndex(): FactIndex {
  return (index ??= buildFactIndex([{ name: 'paper', text: PAPER }]));
}

// Build step: writes dist/paper-index.json, the shipped paper's fact index, so the server need not build it at start.
import { join } from 'node:path';
import { writeShippedIndex } from '../server/src/sources/shippedIndex';

const root = join(__dirname, '..');
const started = performance.now();
const facts = writeShippedIndex(join(root, 'data', 'paper.md'), join(root, 'dist', 'paper-index.json'));
console.log(`fact index: ${facts} facts from data/paper.md in ${(performance.now() - started).toFixed(0)} ms → dist/paper-index.json`);

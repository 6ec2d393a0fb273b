// Run in a fresh process by bench/run.mjs: times loading the bundled core, building the fact index from
// data/paper.md, loading the shipped index the way the server does at start (dist/paper-index.json when the
// build made one and it matches the paper, else built from the paper), and a first check of a tiny draft.
// With `large`, times building the index of a source of about 100 pages instead. Prints one JSON line.
const { performance } = require('node:perf_hooks');
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const root = join(__dirname, '..');
const paper = join(root, 'data', 'paper.md');
/** About 100 pages of 1,200 characters. */
const BIG_SOURCE_CHARS = 120000;
const prebuilt = join(__dirname, '.build', 'snapshot', 'dist', 'paper-index.json'); // run.mjs copies dist/ there
const t0 = performance.now();
const core = require('./.build/core.cjs');
const t1 = performance.now();
const out = { requireMs: t1 - t0 };
if (process.argv[2] === 'load') {
  // what the server does: the prebuilt index if there is one, else a build
  const index = core.loadShippedIndex(paper, prebuilt);
  out.loadMs = performance.now() - t1;
  out.prebuilt = existsSync(prebuilt);
  const t2 = performance.now();
  core.checkDocument('Kling AI passed 60 million users.\n', index);
  out.firstCheckMs = performance.now() - t2;
} else if (process.argv[2] === 'large') {
  // A source of about 100 pages (BIG_SOURCE_CHARS characters, at 1,200 a page): the paper and the second
  // source's text repeated with their digits shifted, so that the facts differ from copy to copy.
  const parts = [readFileSync(paper, 'utf8'), ...['kuaishou-2025q3'].map((n) => readFileSync(join(root, 'test', 'sources', n, 'source.md'), 'utf8'))];
  let text = '';
  for (let i = 0; text.length < BIG_SOURCE_CHARS; i++) text += parts[i % parts.length].replace(/\d/g, (d) => String((+d + i) % 10)) + '\n\n';
  const t2 = performance.now();
  const index = core.buildFactIndex([{ name: 'large.md', text }]);
  out.indexMs = performance.now() - t2;
  out.chars = text.length;
  out.facts = index.facts.length;
} else {
  // a build from the paper's text, whatever the server ships
  const text = readFileSync(paper, 'utf8');
  const t2 = performance.now();
  typeof core.indexPaper === 'function' ? core.indexPaper(text) : core.loadShippedIndex(paper, join(__dirname, 'no-such-index.json'));
  out.indexMs = performance.now() - t2;
}
process.stdout.write(JSON.stringify(out) + '\n');

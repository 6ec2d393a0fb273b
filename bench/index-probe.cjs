// Run in a fresh process by bench/run.mjs: times loading the bundled core, building the fact index from
// data/paper.md, loading the shipped index the way the server does at start (dist/paper-index.json when the
// build made one and it matches the paper, else built from the paper), and a first check of a tiny draft.
// Prints one JSON line.
const { performance } = require('node:perf_hooks');
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const root = join(__dirname, '..');
const paper = join(root, 'data', 'paper.md');
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
} else {
  // a build from the paper's text, whatever the server ships
  const text = readFileSync(paper, 'utf8');
  const t2 = performance.now();
  typeof core.indexPaper === 'function' ? core.indexPaper(text) : core.loadShippedIndex(paper, join(__dirname, 'no-such-index.json'));
  out.indexMs = performance.now() - t2;
}
process.stdout.write(JSON.stringify(out) + '\n');

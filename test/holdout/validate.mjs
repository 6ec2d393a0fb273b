#!/usr/bin/env node
// Validates the held-out labels: every label must be locatable exactly as score.mjs's locate() does,
// every supported snippet must be an exact substring of the white paper, names must be real paper names.
// usage: node validate.mjs [--paper PATH] [--verbose]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locate } from '../support/locate.mjs';
const here = dirname(fileURLToPath(import.meta.url));
const arg = (n, d) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : d; };
const paperPath = arg('--paper', '/work/shared/paper/kuaishou-innovation-ip-white-paper-2026.md');
const verbose = process.argv.includes('--verbose');
const paper = readFileSync(paperPath, 'utf8');
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));

const VERDICTS = new Set(['supported', 'mismatch', 'unsupported', 'ignore', 'either']);
let errors = 0; const fail = (m) => { errors++; console.log('FAIL ' + m); };
const counts = {};
if (typeof labels._doc !== 'string') fail('_doc missing');
for (const [doc, v] of Object.entries(labels)) {
  if (doc === '_doc') continue;
  const text = readFileSync(join(here, 'drafts', doc), 'utf8');
  const ranges = [];
  for (const f of v.figures) {
    const [needle, n, verdict, expected, src] = f;
    if (f.length !== 5 || typeof needle !== 'string' || !Number.isInteger(n) || n < 1 || !VERDICTS.has(verdict)) { fail(`${doc}: malformed ${JSON.stringify(f)}`); continue; }
    counts[verdict] = (counts[verdict] ?? 0) + 1;
    const loc = locate(text, needle, n);
    if (!loc) { fail(`${doc}: cannot locate ${needle}#${n}`); continue; }
    ranges.push([loc.start, loc.end, needle]);
    if (verdict === 'mismatch' && typeof expected !== 'number') fail(`${doc}: mismatch ${needle} lacks numeric expected`);
    if (verdict !== 'mismatch' && expected !== null) fail(`${doc}: ${needle} has expected but is ${verdict}`);
    if (verdict === 'supported') {
      if (typeof src !== 'string' || !src) fail(`${doc}: supported ${needle} lacks snippet`);
      else if (!paper.includes(src)) fail(`${doc}: snippet "${src}" for ${needle} is not an exact substring of the paper`);
    } else if (src !== null) fail(`${doc}: ${needle} has snippet but is ${verdict}`);
    if (verbose) {
      const line = text.slice(text.lastIndexOf('\n', loc.start) + 1, text.indexOf('\n', loc.end) >= 0 ? text.indexOf('\n', loc.end) : undefined);
      console.log(`${doc} [${verdict}] ${needle}#${n}${expected != null ? ' -> ' + expected : ''}${src ? ' «' + src + '»' : ''}\n    ${line.trim().slice(0, 160)}`);
    }
  }
  for (const [needle, n, kind, expected] of v.names ?? []) {
    counts.names = (counts.names ?? 0) + 1;
    const loc = locate(text, needle, n);
    if (!loc) fail(`${doc}: cannot locate name ${needle}#${n}`); else ranges.push([loc.start, loc.end, needle]);
    if (kind !== 'misspelled') fail(`${doc}: name kind ${kind}`);
    if (!paper.includes(expected)) fail(`${doc}: expected name ${expected} not in paper`);
    if (paper.includes(needle)) fail(`${doc}: misspelling ${needle} occurs in paper`);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) if (ranges[i][0] < ranges[i - 1][1]) fail(`${doc}: labels overlap: ${ranges[i - 1][2]} / ${ranges[i][2]}`);
}
console.log(JSON.stringify(counts));
if (errors) { console.log(`${errors} problem(s)`); process.exitCode = 1; } else console.log('ok: every label located; snippets and names checked against the paper');

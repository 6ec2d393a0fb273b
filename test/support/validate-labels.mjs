#!/usr/bin/env node
// Validates a labelled set: every label is locatable exactly as score.mjs's locate() finds it, labels do not
// overlap, supported snippets are exact substrings of the source, mismatch labels carry a number, misspelled
// names are real names of the source, and, with --every-digit, every digit run in a draft's prose lies inside
// some label (so a diagnostic anywhere in the prose lands on a labelled place).
// usage: node test/support/validate-labels.mjs --labels FILE --drafts DIR [--paper FILE] [--every-digit] [--verbose]
// (test/real/validate.mjs and test/holdout/validate.mjs run it on their sets.)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locate } from './locate.mjs';
const here = dirname(fileURLToPath(import.meta.url));
const arg = (n, d) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : d; };
const labelsPath = resolve(arg('--labels', 'labels.json'));
const draftsDir = resolve(arg('--drafts', 'drafts'));
const everyDigit = process.argv.includes('--every-digit');
const paper = readFileSync(resolve(arg('--paper', join(here, '../../data/paper.md'))), 'utf8');
const verbose = process.argv.includes('--verbose');
const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
// A name expected in a traditional-script draft is written in that script (女媧數字人): it folds to the source's.
const pairs = JSON.parse(readFileSync(join(here, '../../data/language/traditional-to-simplified.json'), 'utf8')).pairs;
const folds = new Map();
for (let i = 0; i + 1 < pairs.length; i += 2) folds.set(pairs[i], pairs[i + 1]);
const simplified = (text) => [...text].map((c) => folds.get(c) ?? c).join('');

/** Offsets of text a checker never reads: HTML comments, fenced code, inline code, link targets, URLs. */
function blanked(text) {
  const out = text.split('');
  const blank = (a, b) => { for (let i = a; i < b; i++) if (out[i] !== '\n') out[i] = ' '; };
  for (const re of [/<!--[\s\S]*?-->/g, /^```[\s\S]*?^```/gm, /`[^`\n]*`/g, /\]\([^)]*\)/g, /https?:\/\/\S+/g, /^---\n[\s\S]*?\n---\n/g]) {
    for (const m of text.matchAll(re)) blank(m.index, m.index + m[0].length);
  }
  return out.join('');
}
const VERDICTS = new Set(['supported', 'mismatch', 'unsupported', 'ignore', 'either']);
let errors = 0; let warnings = 0;
const fail = (m) => { errors++; console.log('FAIL ' + m); };
const counts = { figures: 0, zhFigures: 0 };
for (const [doc, v] of Object.entries(labels)) {
  if (doc === '_doc') continue;
  let text;
  try { text = readFileSync(join(draftsDir, doc), 'utf8'); } catch { fail(`${doc}: no such draft`); continue; }
  const ranges = [];
  for (const f of v.figures) {
    const [needle, n, verdict, expected, src] = f;
    if (f.length !== 5 || typeof needle !== 'string' || !Number.isInteger(n) || n < 1 || !VERDICTS.has(verdict)) { fail(`${doc}: malformed ${JSON.stringify(f)}`); continue; }
    counts[verdict] = (counts[verdict] ?? 0) + 1; counts.figures++;
    const loc = locate(text, needle, n);
    if (!loc) { fail(`${doc}: cannot locate ${needle}#${n}`); continue; }
    const lineStart = text.lastIndexOf('\n', loc.start) + 1;
    const lineEnd = text.indexOf('\n', loc.end) >= 0 ? text.indexOf('\n', loc.end) : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (/[\u4e00-\u9fff]/.test(line)) counts.zhFigures++;
    ranges.push([loc.start, loc.end, needle]);
    if (verdict === 'mismatch' && typeof expected !== 'number') fail(`${doc}: mismatch ${needle} lacks numeric expected`);
    if (verdict !== 'mismatch' && expected !== null) fail(`${doc}: ${needle} has expected but is ${verdict}`);
    if (verdict === 'supported') {
      if (typeof src !== 'string' || !src) fail(`${doc}: supported ${needle} lacks snippet`);
      else if (!paper.includes(src)) fail(`${doc}: snippet "${src}" for ${needle} is not an exact substring of the source`);
    } else if (src !== null) fail(`${doc}: ${needle} has snippet but is ${verdict}`);
    if (verbose) console.log(`${doc} [${verdict}] ${needle}#${n}${expected != null ? ' -> ' + expected : ''}${src ? ' «' + src + '»' : ''}\n    ${line.trim().slice(0, 160)}`);
  }
  for (const [needle, n, kind, expected] of v.names ?? []) {
    counts.names = (counts.names ?? 0) + 1;
    const loc = locate(text, needle, n);
    if (!loc) fail(`${doc}: cannot locate name ${needle}#${n}`); else ranges.push([loc.start, loc.end, needle]);
    if (kind !== 'misspelled') fail(`${doc}: name kind ${kind}`);
    if (!paper.includes(expected) && !paper.includes(simplified(expected))) fail(`${doc}: expected name ${expected} not in source`);
    if (paper.includes(needle)) fail(`${doc}: misspelling ${needle} occurs in source`);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) if (ranges[i][0] < ranges[i - 1][1]) fail(`${doc}: labels overlap: ${ranges[i - 1][2]} / ${ranges[i][2]}`);
  // Every digit run in the prose must fall inside a label.
  if (!everyDigit) continue;
  const prose = blanked(text);
  for (const m of prose.matchAll(/[0-9０-９]+/g)) {
    if (!ranges.some(([a, b]) => m.index >= a && m.index < b)) {
      warnings++;
      const ls = text.lastIndexOf('\n', m.index) + 1;
      console.log(`UNLABELLED ${doc}:${text.slice(0, m.index).split('\n').length}: "${m[0]}" in «${text.slice(Math.max(ls, m.index - 20), m.index + 20).replace(/\n/g, ' ')}»`);
    }
  }
}
console.log(JSON.stringify(counts), `Chinese share ${(counts.zhFigures / Math.max(1, counts.figures)).toFixed(2)}`);
if (errors || warnings) { console.log(`${errors} problem(s), ${warnings} unlabelled digit run(s)`); process.exitCode = 1; } else console.log(`ok: every label located${everyDigit ? ', every digit run labelled' : ''}, snippets and names checked against the source`);

#!/usr/bin/env node
// Validates this set's labels with test/support/validate-labels.mjs against this set's own source (source.md, not the
// shipped white paper), requiring every digit run of every draft to be labelled: each label's text occurs, each
// supported snippet is an exact substring of source.md, each mismatch carries a number, misspelled names are names of
// source.md. Before that it checks, on its own: every snippet (supported, or any non-null one) lies in source.md; every
// name of source.names.json occurs in source.md; source.md has 8,000–12,000 characters; the mismatch count is in
// 8–14; at least 45% of the figures stand on lines with Chinese characters.
// usage: node test/sources/kuaishou-2025h1/validate.mjs [--verbose]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locate } from '../../support/locate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, 'source.md'), 'utf8');
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
let problems = 0; let mismatches = 0; let figures = 0; let zh = 0;
for (const [doc, v] of Object.entries(labels)) {
  if (doc === '_doc') continue;
  const text = readFileSync(join(here, 'drafts', doc), 'utf8');
  for (const [needle, n, verdict, , snippet] of v.figures) {
    figures++;
    if (verdict === 'mismatch') mismatches++;
    if ((verdict === 'supported' || snippet != null) && !source.includes(snippet)) { problems++; console.log(`FAIL ${doc}: snippet for ${needle} not in source.md`); }
    const loc = locate(text, needle, n);
    if (loc) {
      const ls = text.lastIndexOf('\n', loc.start) + 1; const le = text.indexOf('\n', loc.end);
      if (/[\u4e00-\u9fff]/.test(text.slice(ls, le < 0 ? text.length : le))) zh++;
    }
  }
}
const names = JSON.parse(readFileSync(join(here, 'source.names.json'), 'utf8')).names.map((n) => n.name);
for (const n of names) if (!source.includes(n)) { problems++; console.log(`FAIL source.names.json: ${n} not in source.md`); }
if (source.length < 8000 || source.length > 12000) { problems++; console.log(`FAIL source.md has ${source.length} characters`); }
if (mismatches < 8 || mismatches > 14) { problems++; console.log(`FAIL ${mismatches} mismatch labels (want 8–14)`); }
if (zh / figures < 0.45) { problems++; console.log(`FAIL Chinese share ${(zh / figures).toFixed(2)} < 0.45`); }
console.log(`source.md ${source.length} characters; ${figures} figures, ${mismatches} mismatch, Chinese share ${(zh / figures).toFixed(2)}; ${problems} set-level problem(s)`);
if (problems) process.exitCode = 1;
process.argv.push('--labels', join(here, 'labels.json'), '--drafts', join(here, 'drafts'), '--paper', join(here, 'source.md'), '--every-digit');
await import('../../support/validate-labels.mjs');

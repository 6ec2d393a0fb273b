#!/usr/bin/env node
// Validates this set's labels with test/support/validate-labels.mjs against this set's own source (source.md, not the
// shipped white paper), requiring every digit run of every draft to be labelled: each label's text occurs, each
// supported snippet is an exact substring of source.md, each mismatch carries a number, misspelled names are names of
// source.md. It also checks that every supported snippet lies in source.md and that the 'either'/'mismatch' counts
// are in range.
// usage: node test/sources/kling-summary/validate.mjs [--verbose]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, 'source.md'), 'utf8');
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
let problems = 0;
for (const [doc, v] of Object.entries(labels)) {
  if (doc === '_doc') continue;
  for (const [text, , verdict, , snippet] of v.figures) {
    if ((verdict === 'supported') && !source.includes(snippet)) { problems++; console.log(`FAIL ${doc}: snippet for ${text} not in source.md`); }
  }
}
const names = JSON.parse(readFileSync(join(here, 'source.names.json'), 'utf8')).names.map((n) => n.name);
for (const n of names) if (!source.includes(n)) { problems++; console.log(`FAIL source.names.json: ${n} not in source.md`); }
if (source.length < 12000 || source.length > 25000) { problems++; console.log(`FAIL source.md has ${source.length} characters`); }
if (problems) process.exitCode = 1;
process.argv.push('--labels', join(here, 'labels.json'), '--drafts', join(here, 'drafts'), '--paper', join(here, 'source.md'), '--every-digit');
await import('../../support/validate-labels.mjs');

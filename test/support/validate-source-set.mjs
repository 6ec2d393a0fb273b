// Validates a set of drafts labelled against its own source (test/sources/<name>/: source.md, source.names.json,
// labels.json, drafts/), then hands its labels to validate-labels.mjs against that source with every digit run
// required to be labelled. Before that, set-level checks: every supported snippet (and any other non-null one) lies
// in source.md; every name of source.names.json occurs in source.md; source.md's length, the mismatch count and the
// share of figures on lines with Chinese characters are within the bounds the set's own validate.mjs gives.
// usage (from a set's validate.mjs): await validateSourceSet(dir, { chars: [12000, 20000], mismatches: [12, 20], chinese: 0.45 })
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locate } from './locate.mjs';

/** Checks the set in `dir` within `bounds` (each optional), then runs validate-labels.mjs on it. */
export async function validateSourceSet(dir, bounds = {}) {
  const source = readFileSync(join(dir, 'source.md'), 'utf8');
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  let problems = 0; let mismatches = 0; let figures = 0; let zh = 0;
  const fail = (message) => { problems++; console.log(`FAIL ${message}`); };
  for (const [doc, v] of Object.entries(labels)) {
    if (doc === '_doc') continue;
    const text = readFileSync(join(dir, 'drafts', doc), 'utf8');
    for (const [needle, n, verdict, , snippet] of v.figures) {
      figures++;
      if (verdict === 'mismatch') mismatches++;
      if ((verdict === 'supported' || snippet != null) && !source.includes(snippet)) fail(`${doc}: snippet for ${needle} not in source.md`);
      const loc = locate(text, needle, n);
      if (loc) {
        const lineStart = text.lastIndexOf('\n', loc.start) + 1;
        const lineEnd = text.indexOf('\n', loc.end);
        if (/[\u4e00-\u9fff]/.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) zh++;
      }
    }
  }
  for (const { name } of JSON.parse(readFileSync(join(dir, 'source.names.json'), 'utf8')).names) if (!source.includes(name)) fail(`source.names.json: ${name} not in source.md`);
  const within = (value, [low, high]) => value >= low && value <= high;
  if (bounds.chars && !within(source.length, bounds.chars)) fail(`source.md has ${source.length} characters (want ${bounds.chars.join('–')})`);
  if (bounds.mismatches && !within(mismatches, bounds.mismatches)) fail(`${mismatches} mismatch labels (want ${bounds.mismatches.join('–')})`);
  if (bounds.chinese && zh / figures < bounds.chinese) fail(`Chinese share ${(zh / figures).toFixed(2)} < ${bounds.chinese}`);
  console.log(`source.md ${source.length} characters; ${figures} figures, ${mismatches} mismatch, Chinese share ${(zh / figures).toFixed(2)}; ${problems} set-level problem(s)`);
  if (problems) process.exitCode = 1;
  process.argv.push('--labels', join(dir, 'labels.json'), '--drafts', join(dir, 'drafts'), '--paper', join(dir, 'source.md'), '--every-digit');
  await import('./validate-labels.mjs');
}

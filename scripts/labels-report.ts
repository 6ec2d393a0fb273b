// Development aid: judges every labelled figure of a label set and prints label vs verdict with scores.
//   node out/labels-report.js <drafts-dir> <labels.json> [verdict-filter]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeAll } from '../server/src/core/matcher';
import { readDocument } from '../server/src/core/reader';
import { loadShippedIndex } from '../server/src/sources';

const [dir, labelsPath, only] = process.argv.slice(2);
const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
const index = loadShippedIndex('data/paper.md');
for (const [name, spec] of Object.entries<any>(labels)) {
  if (name === '_doc') continue;
  const text = readFileSync(join(dir, name), 'utf8');
  const judgements = judgeAll(readDocument(text).figures, index);
  for (const [needle, n, verdict, expected] of spec.figures) {
    let at = -1;
    for (let i = 0, k = 0; i < n; i++) { at = text.indexOf(needle, k); if (at < 0) break; k = at + 1; }
    const j = judgements.find((x) => at >= 0 && x.entry.figure.start < at + needle.length && at < Math.max(x.entry.figure.end, x.entry.figure.extentEnd));
    const got = j ? j.verdict : 'none';
    const ok = verdict === got || (verdict === 'ignore' && (got === 'none' || got === 'silent' || got === 'supported')) || verdict === 'either';
    if (only && !(only === 'bad' ? !ok : verdict === only)) continue;
    console.log(`${ok ? '  ' : '✗ '}${name} ${JSON.stringify(needle)} label=${verdict}${expected != null ? `(${expected})` : ''} got=${got}${j?.fact ? `(${j.fact.figure.text})` : ''} score=${j ? j.score.toFixed(2) : '-'}`);
  }
}

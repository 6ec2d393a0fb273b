// Development aid: judges every labelled figure of a label set and prints label vs verdict with scores.
//   node out/labels-report.js <drafts-dir> <labels.json> [verdict-filter]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeAll } from '../server/src/core/matcher';
import { readDocument } from '../server/src/core/reader';
import { loadShippedIndex } from '../server/src/sources/shippedIndex';

const [dir, labelsPath, only] = process.argv.slice(2);
const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
const index = loadShippedIndex('data/paper.md');
for (const [name, spec] of Object.entries<any>(labels)) {
  if (name === '_doc') continue;
  const text = readFileSync(join(dir, name), 'utf8');
  const judgements = judgeAll(readDocument(text).figures, index);
  for (const [needle, n, verdict, expected] of spec.figures) {
    const at = locate(text, needle, n);
    const j = judgements.find((x) => at >= 0 && x.entry.figure.start < at + needle.length && at < Math.max(x.entry.figure.end, x.entry.figure.extentEnd));
    const got = j ? j.verdict : 'none';
    const ok = verdict === got || (verdict === 'ignore' && (got === 'none' || got === 'silent' || got === 'supported')) || verdict === 'either';
    if (only && !(only === 'bad' ? !ok : verdict === only)) continue;
    console.log(`${ok ? '  ' : '✗ '}${name} ${JSON.stringify(needle)} label=${verdict}${expected != null ? `(${expected})` : ''} got=${got}${j?.fact ? `(${j.fact.figure.text})` : ''} score=${j ? j.score.toFixed(2) : '-'}`);
  }
}

// As the shared scorer locates a label: the n-th token-bounded occurrence.
function locate(text: string, needle: string, n: number): number {
  let from = 0; let count = 0;
  for (;;) {
    const i = text.indexOf(needle, from);
    if (i < 0) return -1;
    const before = i > 0 ? text[i - 1] : ''; const after = text[i + needle.length] ?? '';
    const before2 = i > 1 ? text[i - 2] : ''; const after2 = text[i + needle.length + 1] ?? '';
    const okBefore = !/[0-9A-Za-z]/.test(needle[0]) || !(/[A-Za-z0-9_\-]/.test(before) || (/[.,]/.test(before) && /[0-9]/.test(before2)));
    const okAfter = !/[0-9A-Za-z%]/.test(needle[needle.length - 1]) || !(/[A-Za-z0-9_%]/.test(after) || (/[.,]/.test(after) && /[0-9]/.test(after2)));
    if (okBefore && okAfter && ++count === n) return i;
    from = i + 1;
  }
}

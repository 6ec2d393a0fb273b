import { readFileSync } from 'node:fs';
import { buildFactIndex, vocabularyOf } from './server/src/core/factIndex';
import { readDocument } from './server/src/core/reader';
import { judgeAll } from './server/src/core/matcher';
import { scoreAll } from './server/src/core/scoring';
import { relateClaims } from './server/src/core/claims';
const index = buildFactIndex([{ name: 's', text: readFileSync(process.argv[2], 'utf8') }]);
console.log('facts', index.facts.map((f) => `${f.figure.text} ${JSON.stringify(f.claim)} ${[...f.terms].map(([t, w]) => t + ':' + w).join(' ')}`));
const doc = readDocument(readFileSync(process.argv[3], 'utf8'), { vocabulary: vocabularyOf(index), sourceTitles: index.titles, sourceYear: 2025 });
for (const j of judgeAll(doc.figures, index)) {
  console.log(j.entry.figure.text, j.verdict, JSON.stringify(j.entry.claim), [...j.entry.terms].map(([t, w]) => t + ':' + w).join(' '));
  for (const s of scoreAll(j.entry, index, true).list.slice(0, 3)) console.log('   ', s.score.toFixed(2), s.clauseMetric, s.fact.figure.text, JSON.stringify(relateClaims(j.entry.claim, s.fact.claim)));
}

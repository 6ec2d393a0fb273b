import { readFileSync } from 'node:fs';
import { buildFactIndex, vocabularyOf } from './server/src/core/factIndex';
import { readDocument } from './server/src/core/reader';
import { judgeAll, undatedTimeOf } from './server/src/core/matcher';
import { scoreAll } from './server/src/core/scoring';
import { relateClaims } from './server/src/core/claims';
const index = buildFactIndex([{ name: 's', text: readFileSync(process.argv[2], 'utf8') }]);
const undated = undatedTimeOf(index);
const doc = readDocument(readFileSync(process.argv[3], 'utf8'), { vocabulary: vocabularyOf(index), sourceTitles: index.titles, period: undated });
for (const j of judgeAll(doc.figures, index)) {
  if (!j.entry.figure.text.includes(process.argv[4])) continue;
  console.log(j.entry.figure.text, j.verdict, JSON.stringify(j.entry.claim), [...j.entry.terms].filter(([t]) => !t.startsWith('b:')).map(([t, w]) => t + ':' + w).join(' '));
  for (const s of scoreAll(j.entry, index, true).list.slice(0, 3)) console.log('   ', s.score.toFixed(2), s.clauseMetric, s.agrees, s.fact.figure.text, s.fact.sentence.slice(0, 50), JSON.stringify(s.fact.claim), JSON.stringify(relateClaims(j.entry.claim, s.fact.claim, undated)));
}

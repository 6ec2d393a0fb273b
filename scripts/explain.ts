// Development aid: prints how the checker judged each figure of a draft, with its best candidate facts.
//   [SOURCE=source.md] node out/explain.js <draft.md> [substring]
import { readFileSync } from 'node:fs';
import { judgeAll, undatedTimeOf } from '../server/src/core/matcher';
import { scoreAll } from '../server/src/core/scoring';
import { valuesAgree } from '../server/src/core/values';
import { readDocument } from '../server/src/core/reader';
import { loadShippedIndex } from '../server/src/sources/shippedIndex';
import { sourceHeadingsOf, vocabularyOf } from '../server/src/core/factIndex';
import { relateClaims } from '../server/src/core/claimRelations';
import { sharesClauseMetric } from '../server/src/core/scoring';
import { loadSources } from '../server/src/sources/customSources';

// SOURCE=path explains against that source alone (as with useShippedPaper: false).
const index = process.env.SOURCE ? loadSources([process.env.SOURCE], false, process.cwd()).index : loadShippedIndex(process.env.PAPER ?? 'data/paper.md');
const doc = readDocument(readFileSync(process.argv[2], 'utf8'), { vocabulary: vocabularyOf(index), sourceTitles: sourceHeadingsOf(index), period: undatedTimeOf(index) });
const filter = process.argv[3];
const judgements = judgeAll(doc.figures, index);
for (const j of judgements) {
  const f = j.entry.figure;
  if (filter && !f.text.includes(filter)) continue;
  console.log(`\n## ${f.text} [${f.kind} ${f.value} ${f.unit} ${f.strong ? 'strong' : 'weak'}] → ${j.verdict} ${j.fact ? `(${j.fact.figure.text})` : ''} score=${j.score.toFixed(2)}`);
  if (filter) console.log('  claim:', JSON.stringify(j.entry.claim));
  if (filter) console.log('  terms:', [...j.entry.terms].map(([t, w]) => `${t}:${w}`).join(' '));
  if (j.fact) console.log(`  fact: ${j.fact.sentence.slice(0, 100)} (p. ${j.fact.page ?? '?'})`);
  // Every comparable fact sharing a term, as the matcher scores them (keepAll: plain facts too).
  const scored = scoreAll(j.entry, index, true).list.slice(0, filter ? +(process.env.TOP ?? 6) : 3);
  for (const s of scored) {
    console.log(`   ${s.score.toFixed(2)} ${s.clauseMetric ? 'M' : ' '} ${valuesAgree(f, s.fact.figure) ? '=' : ' '} ${s.fact.figure.text} | ${s.fact.sentence.slice(0, 70)}`);
    if (filter) console.log(`      fact claim ${JSON.stringify(s.fact.claim)} relation ${JSON.stringify(relateClaims(j.entry.claim, s.fact.claim))} clauseMetric ${sharesClauseMetric(j.entry, s.fact)}`);
  }
}

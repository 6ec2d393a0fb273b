// Scores the built server on every labelled set with the shared scorer: the shared development set,
// test/drafts, test/holdout, the real-world set test/real, its hold-outs test/real-holdout, -2, -3, -4, -5, -6, -7, -8, -9, -10 and -11, and each set of test/sources/<name>/ (drafts about
// another source document, checked against that source alone). Usage: npm run eval (builds first);
// npm run eval -- --verbose lists each miss.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const scorer = '../shared/eval/score.mjs';
if (!existsSync(scorer)) {
  console.error(`${scorer} not found: the shared scorer lives beside the checkout.`);
  process.exit(2);
}
const sets = [
  ['shared', []],
  ['test/drafts', ['--labels', 'test/drafts/labels.json', '--drafts', 'test/drafts']],
  ['test/holdout', ['--labels', 'test/holdout/labels.json', '--drafts', 'test/holdout/drafts']],
  ['test/real', ['--labels', 'test/real/labels.json', '--drafts', 'test/real/drafts']],
  ['test/real-holdout', ['--labels', 'test/real-holdout/labels.json', '--drafts', 'test/real-holdout/drafts']],
  ['test/real-holdout-2', ['--labels', 'test/real-holdout-2/labels.json', '--drafts', 'test/real-holdout-2/drafts']],
  ['test/real-holdout-3', ['--labels', 'test/real-holdout-3/labels.json', '--drafts', 'test/real-holdout-3/drafts']],
  ['test/real-holdout-4', ['--labels', 'test/real-holdout-4/labels.json', '--drafts', 'test/real-holdout-4/drafts']],
  ['test/real-holdout-5', ['--labels', 'test/real-holdout-5/labels.json', '--drafts', 'test/real-holdout-5/drafts']],
  ['test/real-holdout-6', ['--labels', 'test/real-holdout-6/labels.json', '--drafts', 'test/real-holdout-6/drafts']],
  ['test/real-holdout-7', ['--labels', 'test/real-holdout-7/labels.json', '--drafts', 'test/real-holdout-7/drafts']],
  ['test/real-holdout-8', ['--labels', 'test/real-holdout-8/labels.json', '--drafts', 'test/real-holdout-8/drafts']],
  ['test/real-holdout-9', ['--labels', 'test/real-holdout-9/labels.json', '--drafts', 'test/real-holdout-9/drafts']],
  ['test/real-holdout-10', ['--labels', 'test/real-holdout-10/labels.json', '--drafts', 'test/real-holdout-10/drafts']],
  ['test/real-holdout-11', ['--labels', 'test/real-holdout-11/labels.json', '--drafts', 'test/real-holdout-11/drafts']],
];
for (const name of existsSync('test/sources') ? readdirSync('test/sources') : []) {
  const dir = join('test/sources', name);
  if (!existsSync(join(dir, 'source.md')) || !existsSync(join(dir, 'labels.json'))) continue;
  const settings = { paperCheck: { sources: [resolve(dir, 'source.md')], useShippedPaper: false } };
  sets.push([`${dir} (against its source.md alone)`, ['--labels', join(dir, 'labels.json'), '--drafts', join(dir, 'drafts'), '--settings', JSON.stringify(settings)]]);
}
const extra = process.argv.slice(2);
for (const [name, args] of sets) {
  const out = execFileSync(process.execPath, [scorer, '--checkout', '.', ...args, ...extra], { encoding: 'utf8' });
  console.log(`${name}:\n${out.trimEnd()}\n`);
}

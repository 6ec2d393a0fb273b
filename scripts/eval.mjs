// Scores the built server on every labelled set with the shared scorer: the shared development set,
// test/drafts, test/holdout and the real-world set test/real. Usage: npm run eval (builds first).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
];
const extra = process.argv.slice(2);
for (const [name, args] of sets) {
  const out = execFileSync(process.execPath, [scorer, '--checkout', '.', ...args, ...extra], { encoding: 'utf8' });
  console.log(`${name}:\n${out.trimEnd()}\n`);
}

// Every labelled set's labels are valid: each label is found where score.mjs looks for it, supported snippets are
// the source's own text, and (test/real, test/sources) every digit run of a draft lies inside a label, so that a
// diagnostic anywhere in the prose lands on a labelled place.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const validator = join(ROOT, 'test', 'support', 'validate-labels.mjs');

/** The sets: labels, drafts, the source their snippets quote, and whether every digit must be labelled. */
function sets(): Array<{ name: string; args: string[] }> {
  const out = [
    { name: 'test/holdout', args: ['--labels', 'test/holdout/labels.json', '--drafts', 'test/holdout/drafts'] },
    { name: 'test/real', args: ['--labels', 'test/real/labels.json', '--drafts', 'test/real/drafts', '--every-digit'] },
  ];
  const sources = join(ROOT, 'test', 'sources');
  for (const name of existsSync(sources) ? readdirSync(sources) : []) {
    const dir = join('test', 'sources', name);
    if (!existsSync(join(ROOT, dir, 'labels.json'))) continue;
    out.push({ name: dir, args: ['--labels', join(dir, 'labels.json'), '--drafts', join(dir, 'drafts'), '--paper', join(dir, 'source.md'), '--every-digit'] });
  }
  return out;
}

describe('labelled sets', () => {
  for (const set of sets()) {
    it(`${set.name}: every label is valid`, () => {
      const r = spawnSync(process.execPath, [validator, ...set.args], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
      assert.match(r.stdout, /^ok: every label located/m);
    });
  }
});

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/core/checker';
import { warmUp } from '../../server/src/runtime/warmUp';
import { paperIndex, ROOT } from '../support/paper';

describe('warming the checker while idle', () => {
  const paper = readFileSync(join(ROOT, 'data', 'paper.md'), 'utf8');
  const draft = 'Kling AI’s annualized revenue run rate (ARR) reached US$280 million, with 60 million users.';

  it('reads the source a chunk per turn, until done, and leaves a check finding the same', () => {
    const before = checkDocument(draft, paperIndex()).findings.map((f) => `${f.code}@${f.start}:${f.replacement ?? ''}`);
    const turns: Array<() => void> = [];
    const asked: string[] = [];
    warmUp(paperIndex(), (name) => {
      asked.push(name);
      return paper;
    }, (next) => turns.push(next));
    let ran = 0;
    while (turns.length) {
      turns.shift()!();
      ran++;
      assert.ok(ran < 10_000, 'warming ends');
    }
    assert.deepEqual(asked, paperIndex().sources);
    assert.ok(ran > 3, `${ran} turns: more than one piece per pass`);
    assert.deepEqual(checkDocument(draft, paperIndex()).findings.map((f) => `${f.code}@${f.start}:${f.replacement ?? ''}`), before);
  });

  it('stops when asked, and takes a source it cannot read or check in its stride', () => {
    const turns: Array<() => void> = [];
    const stop = warmUp(paperIndex(), () => '\u0000\uffff # 60 million\n\n'.repeat(50), (next) => turns.push(next));
    for (let i = 0; i < 3 && turns.length; i++) turns.shift()!();
    stop();
    let after = 0;
    while (turns.length) {
      turns.shift()!();
      after++;
    }
    assert.ok(after <= 1, `no more turns once stopped (${after})`);
    const none: Array<() => void> = [];
    warmUp(paperIndex(), () => undefined, (next) => none.push(next));
    none.shift()?.();
    assert.equal(none.length, 0, 'nothing to read: done at once');
  });
});

import { strict as assert } from 'node:assert';
import { checkDocument } from '../../server/src/core/checker';
import { deserializeIndex, serializeIndex } from '../../server/src/core/indexStore';
import { paperIndex } from '../support/paper';

describe('stored fact index', () => {
  const json = serializeIndex(paperIndex(), 'hash-of-paper');

  it('reads back an index that judges drafts exactly as the built one', () => {
    const stored = deserializeIndex(json, 'hash-of-paper');
    assert.ok(stored);
    assert.equal(stored!.facts.length, paperIndex().facts.length);
    const draft = 'Kling AI had passed 60 million users, and its ARR reached US$280 million. OneRec serves 35% of traffic.';
    const a = checkDocument(draft, paperIndex()).findings.map((f) => [f.code, f.start, f.replacement]);
    const b = checkDocument(draft, stored!).findings.map((f) => [f.code, f.start, f.replacement]);
    assert.deepEqual(b, a);
    assert.ok(a.length >= 2);
  });

  it('refuses an index built from other text, or a broken file', () => {
    assert.equal(deserializeIndex(json, 'another-hash'), null);
    assert.equal(deserializeIndex('{"format": 1, "facts": [', 'hash-of-paper'), null);
    assert.equal(deserializeIndex('null', 'hash-of-paper'), null);
  });
});

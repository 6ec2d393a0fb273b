import { strict as assert } from 'node:assert';
import { IntTable } from '../../server/src/core/intTable';

describe('IntTable', () => {
  it('answers as a Map does, through growth, overwrites and keys up to 2^31 - 1', () => {
    const table = new IntTable<string>();
    const map = new Map<number, string>();
    // Pair keys as the term scanner makes them (slot * 65536 + code), neighbours that a poor hash would pile up.
    const keys: number[] = [];
    for (let slot = 1; slot < 40; slot++) for (const code of [0x4e00, 0x4e01, 0x7528, 0x9fff, 97, 98]) keys.push(slot * 0x10000 + code);
    keys.push(0, 1, 0x7fffffff, 0x7ffffffe);
    keys.forEach((k, i) => {
      table.set(k, `v${i}`);
      map.set(k, `v${i}`);
    });
    table.set(keys[5], 'again');
    map.set(keys[5], 'again');
    for (const k of [...keys, 2, 0x10000, 0x7fff0000, 12345678]) assert.equal(table.get(k), map.get(k), `key ${k}`);
    assert.deepEqual([...table.values()].sort(), [...map.values()].sort());
  });
});

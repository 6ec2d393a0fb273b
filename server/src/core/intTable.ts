/** A small integer-keyed hash table for lookups that run at almost every character of a draft. */

/**
 * A map from non-negative 31-bit integers to values, by open addressing in typed arrays: a lookup is a hash
 * and a probe or two, with no Map bucket to follow (the term scanner asks once for almost every character
 * of Chinese prose). Grows to keep at most half its slots full.
 */
export class IntTable<V> {
  private keys = new Int32Array(64).fill(-1);
  private slots = new Int32Array(64);
  private readonly items: V[] = [];

  get(key: number): V | undefined {
    const mask = this.keys.length - 1;
    for (let h = hashOf(key) & mask; ; h = (h + 1) & mask) {
      const k = this.keys[h];
      if (k === key) return this.items[this.slots[h]];
      if (k === -1) return undefined;
    }
  }

  set(key: number, value: V): void {
    if ((this.items.length + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let h = hashOf(key) & mask;
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
    if (this.keys[h] === key) {
      this.items[this.slots[h]] = value;
      return;
    }
    this.keys[h] = key;
    this.slots[h] = this.items.length;
    this.items.push(value);
  }

  /** How many keys it holds. */
  get size(): number {
    return this.items.length;
  }

  values(): readonly V[] {
    return this.items;
  }

  private grow(): void {
    const keys = this.keys;
    const slots = this.slots;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.slots = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      let h = hashOf(keys[i]) & mask;
      while (this.keys[h] !== -1) h = (h + 1) & mask;
      this.keys[h] = keys[i];
      this.slots[h] = slots[i];
    }
  }
}

/** A multiplicative hash: spreads neighbouring keys (one first character's pairs) over the table. */
const hashOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 8;


// Writes data/language/traditional-to-simplified.json: every character that converts to another single
// character from Hong Kong or Taiwan usage to simplified (萬→万, 靈→灵, 營→营). The reader folds a draft or a
// source to simplified letter for letter (server/src/core/chineseScript.ts), so the language data lists
// simplified words only. opencc-js is a development dependency: the shipped checker reads the pairs file.
// Run: node scripts/traditional-variants.mjs
import { writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

/**
 * Every character that converts to another single character from Hong Kong or Taiwan usage to simplified
 * (萬→万, 靈→灵, 營→营), as one string of pairs: a reader folds a draft or a source to simplified, letter for
 * letter, before it reads it.
 */
function traditionalPairs() {
  const toSimplified = ['hk', 'tw', 't'].map((from) => OpenCC.Converter({ from, to: 'cn' }));
  // A character simplified Chinese writes too (著作权, 乾坤) is left alone: only the GB2312 set's outsiders fold.
  const gb2312 = new Set();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) gb2312.add(decoder.decode(new Uint8Array([hi, lo])));
  let pairs = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const c = String.fromCharCode(code);
    if (gb2312.has(c)) continue;
    const s = toSimplified.map((f) => f(c)).find((x) => x !== c && x.length === 1);
    if (s) pairs += c + s;
  }
  return pairs;
}

writeFileSync('data/language/traditional-to-simplified.json', `${JSON.stringify({
  _doc: 'Pairs of characters, traditional then simplified (萬万 靈灵 …), one Han character each, made with opencc-js by scripts/traditional-variants.mjs: a reader folds text to simplified character by character, keeping its length.',
  pairs: traditionalPairs(),
})}\n`);
console.log('data/language/traditional-to-simplified.json written');

// Writes data/language/han-readings.json: the toneless pinyin readings of the common Han characters
// (GB2312's 6,763), grouped by reading ({ "ling": "灵令玲…" }). The name checker takes a character that
// shares a reading with a name's character for a typo made through the input method (可令 for 可灵); it reads
// this table rather than loading a pinyin library at run time. pinyin-pro is a development dependency.
// Run: node scripts/han-readings.mjs
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const decoder = new TextDecoder('gb18030');
const byReading = {};
for (let hi = 0xb0; hi <= 0xf7; hi++) {
  for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const c = decoder.decode(new Uint8Array([hi, lo]));
    if (!/^[\u4e00-\u9fff]$/.test(c)) continue;
    for (const r of new Set(pinyin(c, { toneType: 'none', type: 'array', multiple: true }))) {
      if (!/^[a-zü]+$/.test(r)) continue;
      byReading[r] = (byReading[r] ?? '') + c;
    }
  }
}
writeFileSync('data/language/han-readings.json', `${JSON.stringify({
  _doc: 'Toneless pinyin readings of the GB2312 Han characters, grouped by reading: the characters an input method offers for one sound. Made with pinyin-pro by scripts/han-readings.mjs.',
  readings: byReading,
})}\n`);
console.log(`data/language/han-readings.json: ${Object.keys(byReading).length} readings`);

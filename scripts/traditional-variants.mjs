// Adds the traditional-script forms (Hong Kong and Taiwan usage) of every Chinese word in the language data
// files, so that a draft or a source written in traditional characters (預計, 視頻, 專利申請, 上線) is read
// like one in simplified. Run after editing data/language/*.json: node scripts/traditional-variants.mjs
// (a unit test fails while a word lacks its forms). opencc-js is a development dependency only: the
// shipped checker reads the words from the data files.
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const converters = ['hk', 'tw', 't'].map((to) => OpenCC.Converter({ from: 'cn', to }));

/** The word and each of its traditional forms, without repeats. */
export const withVariants = (words) => [...new Set(words.flatMap((w) => [w, ...converters.map((c) => c(w))]))];

/** Every list of Chinese words in a language data file, by the key that holds it. */
function visit(node, key, fn) {
  if (Array.isArray(node)) return key === 'zh' || key === 'genericMeasureWords' ? fn(node) : node.map((x) => visit(x, '', fn));
  if (node && typeof node === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = visit(v, k, fn);
    // Measure words are keys: add each key's traditional forms with the same groups.
    if (key === 'measureWords') for (const [k, v] of Object.entries(node)) for (const t of withVariants([k])) out[t] = v;
    return out;
  }
  return node;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const file of ['data/language/counted-things.json', 'data/language/time-words.json']) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify(visit(data, '', withVariants), null, 1)}\n`);
    console.log(`${file}: traditional forms added`);
  }
}

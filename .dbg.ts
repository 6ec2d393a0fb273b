import { findFigures } from './server/src/core/figures';
import { extractProse } from './server/src/core/markdown';
const src = process.argv[2];
const { text, blocks } = extractProse(src, {});
console.log(JSON.stringify(text));
for (const f of findFigures(text, blocks.map((b) => b.start))) console.log(f.text, f.kind, f.start);

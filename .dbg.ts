import { findFigures } from './server/src/core/figures';
import { extractProse } from './server/src/core/markdown';
const { text, blocks } = extractProse(process.argv[2], {});
for (const f of findFigures(text, blocks.map((b) => b.start))) console.log(f.text, f.kind, f.unit, f.value);

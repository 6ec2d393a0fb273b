// per-draft in-process check time on 300 generated ~5000-char drafts; node perdraft.mjs <root> [prof]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
const root = process.argv[2];
const { generateDraft, loadCorpus } = await import(join(root, 'bench/gen.mjs'));
await build({ entryPoints: [join(root, 'bench/core-entry.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: join(root, 'bench/.build/core.cjs'), logLevel: 'error' });
const core = createRequire(import.meta.url)(join(root, 'bench/.build/core.cjs'));
const corpus = loadCorpus(root);
const drafts = Array.from({ length: 300 }, (_, i) => generateDraft(corpus, 5000, 1000 + i));
const index = core.loadShippedIndex(join(root, 'data/paper.md'), join(root, 'dist/paper-index.json'));
for (let r = 0; r < 2; r++) {
  const t = performance.now();
  for (const d of drafts) core.checkDocument(d, index);
  console.log(`${root}: ${((performance.now() - t) / drafts.length).toFixed(2)} ms per draft`);
}

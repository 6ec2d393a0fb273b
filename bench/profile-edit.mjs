// Profiling aid: one in-process edit on a generated draft of SIZE characters, timed by stage.
//   node bench/profile-edit.mjs [size]   (after npm run build; bundles the core into bench/.build/)
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDraft, loadCorpus } from './gen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({ entryPoints: [join(root, 'bench/core-entry.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: join(root, 'bench/.build/core.cjs'), logLevel: 'error' });
const core = createRequire(import.meta.url)(join(root, 'bench/.build/core.cjs'));
const size = Number(process.argv[2] ?? 1_000_000);
const draft = generateDraft(loadCorpus(root), size, 7);
const index = core.loadShippedIndex(join(root, 'data/paper.md'), join(root, 'dist/paper-index.json'));
const checker = new core.DocumentChecker(index);
let t = performance.now();
let r = checker.check(draft);
console.log(`open: ${(performance.now() - t).toFixed(0)} ms, ${r.judgements.length} figures, ${r.findings.length} findings`);
for (let i = 0; i < 5; i++) {
  const at = Math.floor(draft.length / 2) + i;
  const edited = draft.slice(0, at) + 'x' + draft.slice(at);
  t = performance.now();
  r = checker.check(edited);
  console.log(`edit: ${(performance.now() - t).toFixed(1)} ms`);
}

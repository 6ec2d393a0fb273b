// Bundles the real-VS-Code tests into out/vscode/ (kept apart from out/test, which plain-node mocha runs):
//   out/vscode/integration/index.js and *.vscode.js   loaded by the extension host (extensionTestsPath)
//   out/vscode/electron-runner.js                     the @vscode/test-electron runner (needs internet)
// `vscode` is provided by the extension host; mocha and @vscode/test-electron load from node_modules at run time.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const integration = join(root, 'test', 'vscode', 'integration');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await build({
  ...common,
  entryPoints: [join(integration, 'index.ts'), ...readdirSync(integration).filter((f) => f.endsWith('.vscode.ts')).map((f) => join(integration, f))],
  outdir: join(root, 'out', 'vscode', 'integration'),
  external: ['vscode', 'mocha'],
});
await build({
  ...common,
  entryPoints: [join(root, 'test', 'vscode', 'electron-runner.ts')],
  outdir: join(root, 'out', 'vscode'),
  packages: 'external',
});

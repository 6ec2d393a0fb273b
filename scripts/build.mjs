// One esbuild command for everything that ships (client, server, CLI) and, with --tests, the test bundles.
// Bundling lets the ESM-only Markdown parser run inside the CommonJS extension host and server.
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

function listTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

if (process.argv.includes('--tests')) {
  await build({ ...common, entryPoints: listTests('test'), outdir: 'out/test', outbase: 'test', external: ['vscode'] });
} else {
  await build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] });
  await build({ ...common, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli.ts' }, outdir: 'dist' });
  // The shipped paper's index is built here, once, rather than at every server start.
  await build({ ...common, entryPoints: { 'write-index': 'scripts/write-index.ts' }, outdir: 'out' });
  execFileSync(process.execPath, ['out/write-index.js'], { stdio: 'inherit' });
}

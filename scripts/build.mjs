// One esbuild command for everything that ships (client, server, CLI) and, with --tests, the test bundles.
// Bundling lets the ESM-only Markdown parser run inside the CommonJS extension host and server.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
  // The CLI and the editor-neutral server are also the package's commands (`bin`), so they start with a shebang.
  const command = { js: '#!/usr/bin/env node' };
  await build({ ...common, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli.ts' }, outdir: 'dist', banner: command });
  // paper-check-ls loads dist/server.js at run time rather than carrying a second copy of it.
  await build({ ...common, entryPoints: { 'paper-check-ls': 'server/src/ls.ts' }, outdir: 'dist', banner: command, external: ['./server.js', '../package.json'] });
  // The shipped paper's index is built here, once, rather than at every server start.
  await build({ ...common, entryPoints: { 'write-index': 'scripts/write-index.ts' }, outdir: 'out' });
  execFileSync(process.execPath, ['out/write-index.js'], { stdio: 'inherit' });
  await buildWeb();
}

/**
 * VS Code for the Web: the client for the web worker extension host, and the server for a web worker of its
 * own, with the shipped paper and the index just built inside it (a browser has no file system to read).
 */
async function buildWeb() {
  const paperText = readFileSync('data/paper.md', 'utf8');
  const shippedPaper = {
    name: 'shipped-paper',
    setup(b) {
      b.onResolve({ filter: /^paper-check:shipped-paper$/ }, (args) => ({ path: args.path, namespace: 'shipped-paper' }));
      b.onLoad({ filter: /.*/, namespace: 'shipped-paper' }, () => ({
        loader: 'js',
        contents: [
          `export const paperText = ${JSON.stringify(paperText)};`,
          `export const indexJson = ${JSON.stringify(readFileSync('dist/paper-index.json', 'utf8'))};`,
          // The same hash the index is stamped with (server/src/sources/shippedIndex.ts), so the bundled index is used as built.
          `export const paperHash = ${JSON.stringify(createHash('sha256').update(paperText).digest('hex'))};`,
        ].join('\n'),
      }));
    },
  };
  const web = { bundle: true, platform: 'browser', target: 'es2022', sourcemap: true, logLevel: 'warning', outdir: 'dist/web' };
  await build({ ...web, format: 'cjs', entryPoints: { extension: 'client/src/browserExtension.ts' }, external: ['vscode'] });
  await build({ ...web, format: 'iife', entryPoints: { server: 'server/src/browserMain.ts' }, plugins: [shippedPaper] });
}

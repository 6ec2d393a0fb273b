/**
 * The package as a user installs it: `npm pack` of the built tree, installed with `npm install -g` into a
 * private prefix (offline: the package has no dependencies to fetch). Tests of the package's commands run
 * what lands in that prefix's bin/, so a file left out by .npmignore or a bin without its
 * shebang fails them. Packed once per test run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paper';

let bin: string | undefined;

/** The bin/ folder of a fresh install of this package (built first by `npm run build`). */
export function installedBin(): string {
  if (bin) return bin;
  const dir = mkdtempSync(join(tmpdir(), 'paper-check-package-'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
  const prefix = join(dir, 'prefix');
  execFileSync(npm, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(dir, tarball)], { cwd: dir, stdio: 'pipe' });
  return (bin = join(prefix, 'bin'));
}

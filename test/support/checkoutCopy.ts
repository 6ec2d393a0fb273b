/**
 * A copy of this checkout as a user gets it: the files git tracks (as they are in the work tree, new ones
 * included) in a fresh git repository with one commit, and nothing built: no node_modules, no dist/.
 * For tests of what builds itself on first use (the pre-commit hook's clone, the GitHub Action's checkout).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './paper';

const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The copy's folder and its one commit. */
export function copyOfCheckout(): { path: string; commit: string } {
  const path = mkdtempSync(join(tmpdir(), 'paper-check-checkout-'));
  const files = git(ROOT, 'ls-files', '-co', '--exclude-standard', '-z').split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(path, file)), { recursive: true });
    try {
      copyFileSync(join(ROOT, file), join(path, file));
    } catch {
      // Tracked but deleted in the work tree: not part of the checkout as it is.
    }
  }
  git(path, 'init', '-q', '-b', 'main');
  git(path, 'add', '-A');
  git(path, 'commit', '-q', '-m', 'checkout');
  return { path, commit: git(path, 'rev-parse', 'HEAD').trim() };
}

/** Environment for npm in the copy: packages from the cache this machine's own `npm ci` filled, when there. */
export const NPM_FROM_CACHE = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };

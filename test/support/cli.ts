/** Runs the built command line (dist/cli.js) as a user would, from a folder, with optional standard input. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paper';

export const CLI = join(ROOT, 'dist', 'cli.js');

export function runCli(args: string[], cwd = ROOT, input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60000, ...(input !== undefined ? { input } : {}) });
}

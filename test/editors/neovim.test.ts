import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { installedBin } from '../support/installedPackage';
import { ROOT } from '../support/paper';
import { editorSnippet } from '../support/readmeSnippets';

/** Severity numbers of vim.diagnostic.severity. */
const NVIM_WARN = 2;
const NVIM_HINT = 4;

interface NeovimRun {
  nvim?: string;
  filetype?: string;
  clients?: string[];
  diagnostics: Array<{ code: string; severity: number; message: string; lnum: number; col: number; end_lnum: number; end_col: number }>;
  mismatch_text?: string;
  hover?: string;
  actions?: string[];
  applied?: string;
  lines?: string[];
  mismatch_cleared?: boolean;
  diagnostics_after?: NeovimRun['diagnostics'];
  errors: string[];
}

const which = (name: string): string | undefined => {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};

/** Debian's Neovim, installed as scripts/vscode/run.sh installs its tools; undefined (and why) when it cannot be. */
function ensureNeovim(): { nvim?: string; why?: string } {
  const found = which('nvim');
  if (found) return { nvim: found };
  if (process.getuid?.() !== 0) return { why: 'Neovim is not installed and this is not root, so it cannot be installed (apt-get install neovim)' };
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'pipe', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'neovim'], { stdio: 'pipe', env });
  } catch (e) {
    return { why: `apt-get install neovim failed: ${(e as { stderr?: Buffer }).stderr?.toString().slice(-500) ?? e}` };
  }
  return which('nvim') ? { nvim: which('nvim') } : { why: 'apt-get installed neovim but there is no nvim on PATH' };
}

/**
 * Runs Neovim headless in a fresh folder with `config` as its init.lua, on a copy of the sample draft,
 * with the installed package's bin/ first on PATH (as `npm install -g` leaves it), and the Lua script that
 * checks the draft; returns what the script saw.
 */
async function runNeovim(nvim: string, config: string, label: string): Promise<{ run: NeovimRun; original: string }> {
  const dir = mkdtempSync(join(tmpdir(), `paper-check-nvim-${label}-`));
  const draft = join(dir, 'kling-release.md');
  copyFileSync(join(ROOT, 'samples', 'kling-release.md'), draft);
  writeFileSync(join(dir, 'init.lua'), config);
  const resultPath = join(dir, 'result.json');
  const env = {
    ...process.env,
    PATH: `${installedBin()}${delimiter}${process.env.PATH}`,
    PAPER_CHECK_NVIM_RESULT: resultPath,
    // A private home, so no one's own Neovim configuration or state takes part.
    XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache'),
  };
  const script = join(ROOT, 'test', 'editors', 'neovim', 'check-draft.lua');
  const proc = spawn(nvim, ['--headless', '-n', '-i', 'NONE', '-u', join(dir, 'init.lua'), '-c', `luafile ${script}`, draft], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d: Buffer) => { output += d.toString(); });
  proc.stderr.on('data', (d: Buffer) => { output += d.toString(); });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => proc.kill('SIGKILL'), 90_000);
    proc.on('exit', (c) => { clearTimeout(timer); resolve(c); });
  });
  if (!existsSync(resultPath)) throw new Error(`Neovim (exit ${code}) wrote no result: ${output.slice(-2000)}`);
  return { run: JSON.parse(readFileSync(resultPath, 'utf8')) as NeovimRun, original: readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8') };
}

/** What both configurations must do in Neovim: the mismatch, its hover, the fix of the figure alone, and the settings. */
function assertWriterSees({ run, original }: { run: NeovimRun; original: string }): void {
  assert.deepEqual(run.errors, [], `the Lua script reported: ${run.errors.join('\n')}`);
  assert.equal(run.filetype, 'markdown');
  assert.ok(run.clients?.length === 1, `one client attached, not ${JSON.stringify(run.clients)}`);

  const mismatch = run.diagnostics.find((d) => d.code === 'figure-mismatch');
  assert.ok(mismatch, `a figure-mismatch diagnostic among ${JSON.stringify(run.diagnostics)}`);
  assert.equal(mismatch.severity, NVIM_WARN);
  assert.equal(run.mismatch_text, 'US$280 million', 'the squiggle covers the figure');
  const unsupported = run.diagnostics.find((d) => d.code === 'figure-unsupported');
  assert.equal(unsupported?.severity, NVIM_HINT, 'the README configuration’s settings reach the server: unsupported figures are hints');

  // The hover quotes the paper's own sentence for the figure (bold markup aside), taken here from the paper.
  const plain = (text: string) => text.replace(/\*\*/g, '');
  const paperSentence = plain(readFileSync(join(ROOT, 'data', 'paper.md'), 'utf8')).split(/(?<=。)|\n/).find((s) => s.includes('年化收入运行率 (ARR) 达'));
  assert.ok(paperSentence, 'the paper states the ARR');
  assert.ok(plain(run.hover ?? '').includes(paperSentence.trim()), `the hover quotes the paper's passage "${paperSentence.trim()}": ${run.hover}`);
  assert.doesNotMatch(run.hover ?? '', /command:/, 'no link to a VS Code command that Neovim cannot run');

  // The fix changes exactly the figure: the buffer is the draft with "US$280 million" → the paper's figure.
  assert.match(run.applied ?? '', /US\$240 million/);
  const before = original.replace(/\n$/, '').split('\n');
  const after = run.lines ?? [];
  assert.equal(after.length, before.length, 'no line added or removed');
  const changed = after.map((line, i) => (line === before[i] ? -1 : i)).filter((i) => i >= 0);
  assert.deepEqual(changed, [mismatch.lnum], 'only the mismatch’s line changed');
  const line = before[mismatch.lnum];
  assert.equal(after[mismatch.lnum], `${line.slice(0, mismatch.col)}US$240 million${line.slice(mismatch.end_col)}`);
  assert.equal(run.mismatch_cleared, true, 'after the fix the server clears the mismatch');
}

describe('Neovim’s built-in LSP client with the README’s configuration (real Neovim, headless)', function () {
  this.timeout(120000);
  let nvim: string | undefined;

  before(function () {
    this.timeout(300000);
    const found = ensureNeovim();
    if (!found.nvim) {
      console.warn(`\n  !!! SKIPPING the Neovim tests: ${found.why}\n`);
      this.skip();
    }
    nvim = found.nvim;
    installedBin();
  });

  it('Neovim 0.7+ configuration: diagnostic, hover with the paper’s passage, quick fix of the figure alone', async () => {
    const config = editorSnippet('Neovim', 'lua', /Neovim 0\.7 and later/);
    const result = await runNeovim(nvim!, config, 'nvim07');
    assert.match(result.run.nvim ?? '', /^0\.|^\d+\./);
    assertWriterSees(result);
  });

  it('Neovim 0.11 configuration (vim.lsp.config/enable, stood in for on older Neovim): the same', async () => {
    const shim = readFileSync(join(ROOT, 'test', 'editors', 'neovim', 'lsp-config-0.11-shim.lua'), 'utf8');
    const config = editorSnippet('Neovim', 'lua', /Neovim 0\.11 and later/);
    assertWriterSees(await runNeovim(nvim!, `${shim}\n${config}`, 'nvim011'));
  });
});

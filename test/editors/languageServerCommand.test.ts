import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installedBin } from '../support/installedPackage';
import { LspClient, type Diagnostic } from '../support/lspClient';
import { ROOT } from '../support/paper';

/** A client that cannot answer workspace/configuration, as some editors' clients are. */
const NO_CONFIGURATION = { workspace: {} };

describe('paper-check-ls, the installed package’s language server command', function () {
  this.timeout(60000);
  const draft = readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'paper-check-ls-'));
  const uri = pathToFileURL(join(dir, 'kling-release.md')).href;
  const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code)).sort();
  let command: string;

  before(function () {
    this.timeout(120000);
    command = join(installedBin(), 'paper-check-ls');
  });

  /** Opens the sample draft on a fresh `paper-check-ls` started with `args` and returns its first diagnostics. */
  async function check(args: string[], initializationOptions: object, capabilities: object = NO_CONFIGURATION, settings: Record<string, unknown> | null = null) {
    const client = new LspClient(dir, args, [], command);
    client.settings = settings;
    try {
      const init = await client.initialize(pathToFileURL(dir).href, initializationOptions, capabilities);
      assert.equal(init.serverInfo?.name, 'paper-check');
      // The server reads its settings on `initialized`, which comes first, so the first check uses them.
      return await client.open(uri, draft);
    } finally {
      await client.stop();
    }
  }

  it('for an editor other than VS Code: Go to Definition opens the installed paper’s file, and hovers carry no VS Code command link', async () => {
    const client = new LspClient(dir, ['--stdio'], [], command);
    try {
      await client.initialize(pathToFileURL(dir).href, {}, NO_CONFIGURATION);
      await client.open(uri, draft);
      const lines = draft.split('\n');
      const line = lines.findIndex((l) => l.includes('US$280 million'));
      const position = { line, character: lines[line].indexOf('US$280 million') };
      const location = await client.request('textDocument/definition', { textDocument: { uri }, position });
      assert.match(location.uri, /^file:\/\/.*\/data\/paper\.md$/);
      const paperPath = fileURLToPath(location.uri);
      assert.ok(paperPath.startsWith(join(command, '..', '..')), `the paper of the installed package, not ${paperPath}`);
      const paper = readFileSync(paperPath, 'utf8').split('\n');
      const { start, end } = location.range;
      assert.equal(start.line, end.line);
      assert.equal(paper[start.line].slice(start.character, end.character).trim(), '2.4 亿美元');
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position });
      assert.match(hover.contents.value, /2\.4 亿美元/);
      assert.doesNotMatch(hover.contents.value, /command:/);
    } finally {
      await client.stop();
    }
  });

  it('prints its version and usage', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(execFileSync(command, ['--version'], { encoding: 'utf8' }).trim(), pkg.version);
    assert.match(execFileSync(command, ['--help'], { encoding: 'utf8' }), /--stdio/);
  });

  it('speaks LSP over stdio without being told, with the default settings', async () => {
    const diagnostics = await check([], {});
    assert.deepEqual(codes(diagnostics), ['figure-mismatch', 'figure-unsupported', 'name-misspelled']);
    assert.equal(diagnostics.find((d) => d.code === 'figure-mismatch')!.severity, 2, 'a mismatch is a warning by default');
  });

  it('reads initializationOptions.paperCheck when the client cannot answer workspace/configuration', async () => {
    const diagnostics = await check(['--stdio'], { paperCheck: { severity: { 'figure-mismatch': 'error' }, reportUnsupported: false } });
    assert.deepEqual(codes(diagnostics), ['figure-mismatch', 'name-misspelled']);
    assert.equal(diagnostics.find((d) => d.code === 'figure-mismatch')!.severity, 1);
  });

  it('reads initializationOptions as the section itself', async () => {
    const diagnostics = await check(['--stdio'], { severity: { 'name-misspelled': 'off' } });
    assert.deepEqual(codes(diagnostics), ['figure-mismatch', 'figure-unsupported']);
  });

  it('prefers what workspace/configuration answers, and falls back to initializationOptions when it answers nothing', async () => {
    const asked = await check(['--stdio'], { paperCheck: { reportUnsupported: false } }, { workspace: { configuration: true } }, { severity: { 'figure-mismatch': 'hint' } });
    assert.deepEqual(codes(asked), ['figure-mismatch', 'figure-unsupported', 'name-misspelled']);
    assert.equal(asked.find((d) => d.code === 'figure-mismatch')!.severity, 4);
    const unanswered = await check(['--stdio'], { paperCheck: { reportUnsupported: false } }, { workspace: { configuration: true } }, null);
    assert.deepEqual(codes(unanswered), ['figure-mismatch', 'name-misspelled']);
  });
});

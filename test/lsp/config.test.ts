/**
 * One `.paper-check.json` for the command line and the editor: the nearest above a draft on the command
 * line (flags win over it), the workspace root's in the editor (it wins over the VS Code settings, but for
 * sources in an untrusted workspace). Real files in a temporary folder.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Row } from '../../server/src/cli/findingRows';
import { runCli } from '../support/cli';
import { LspClient, type Diagnostic } from '../support/lspClient';
import { ROOT } from '../support/paper';

const SAMPLE = join(ROOT, 'samples', 'kling-release.md');
const ARR_DRAFT = 'In December 2025, Kling AI’s annualized revenue run rate (ARR) reached US$280 million.\n';
const SHEET = '2025 年 12 月，可灵 AI 年化收入运行率 (ARR) 达 2.8 亿美元。\n';

const findings = (args: string[], cwd = ROOT) => {
  const r = runCli(['--format', 'json', ...args], cwd);
  return { status: r.status, stderr: r.stderr, rows: r.stdout ? (JSON.parse(r.stdout).findings as Row[]) : [] };
};
const codes = (rows: Row[]) => rows.map((r) => `${r.severity} ${r.code}`);

describe('.paper-check.json on the command line', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'paper-check-config-'));
  });

  it('takes the nearest file above each draft, not the current folder\'s, and does not merge files', () => {
    writeFileSync(join(dir, '.paper-check.json'), JSON.stringify({ severity: { 'figure-mismatch': 'error', 'figure-unsupported': 'off' } }));
    mkdirSync(join(dir, 'team', 'drafts'), { recursive: true });
    mkdirSync(join(dir, 'other', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'team', '.paper-check.json'), JSON.stringify({ acceptedFigures: ['US$280 million'] }));
    copyFileSync(SAMPLE, join(dir, 'team', 'drafts', 'a.md'));
    copyFileSync(SAMPLE, join(dir, 'other', 'deep', 'b.md'));
    // Run from the project folder: neither file is in the current folder.
    const r = findings([join(dir, 'team', 'drafts', 'a.md'), join(dir, 'other', 'deep', 'b.md')]);
    const a = r.rows.filter((x) => x.file.endsWith('a.md'));
    const b = r.rows.filter((x) => x.file.endsWith('b.md'));
    assert.deepEqual(codes(a), ['warning name-misspelled', 'info figure-unsupported'], 'team/.paper-check.json: the figure accepted, default severities');
    assert.deepEqual(codes(b), ['error figure-mismatch', 'warning name-misspelled'], 'the outer file: mismatch an error, unsupported off');
    assert.equal(r.status, 1);
  });

  it('reads sources from the file\'s folder and can leave out the shipped paper', () => {
    writeFileSync(join(dir, 'corrections.md'), SHEET);
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'arr.md'), ARR_DRAFT);
    assert.deepEqual(codes(findings([join(dir, 'drafts')]).rows), ['warning figure-mismatch'], 'against the shipped paper, US$280 million is wrong');
    writeFileSync(join(dir, '.paper-check.json'), JSON.stringify({ sources: ['corrections.md'], useShippedPaper: false }));
    const r = findings([join(dir, 'drafts')]);
    assert.deepEqual(codes(r.rows), [], 'the corrections sheet gives 2.8 亿美元');
    assert.equal(r.status, 0);
  });

  it('--source and --no-shipped-paper do the same from the command line, and a source that cannot be read is an error', () => {
    writeFileSync(join(dir, 'corrections.md'), SHEET);
    writeFileSync(join(dir, 'arr.md'), ARR_DRAFT);
    assert.deepEqual(codes(findings(['--source', 'corrections.md', '--no-shipped-paper', 'arr.md'], dir).rows), []);
    // With the shipped paper too, the two sources disagree and the draft's figure is supported by one of them.
    assert.equal(findings(['--source', join(dir, 'corrections.md'), join(dir, 'arr.md')]).status, 0);
    const missing = findings(['--source', 'nowhere.md', 'arr.md'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /the source .*nowhere\.md was not found/);
    const nothing = findings(['--no-shipped-paper', 'arr.md'], dir);
    assert.equal(nothing.status, 2);
    assert.match(nothing.stderr, /no other source is named/);
  });

  it('flags win over the file; an error severity fails the run; a broken file is reported, not fatal', () => {
    copyFileSync(SAMPLE, join(dir, 'draft.md'));
    writeFileSync(join(dir, '.paper-check.json'), JSON.stringify({ reportUnsupported: true, severity: { 'figure-unsupported': 'error', 'name-misspelled': 'off' }, acceptedFigures: ['US$280 million'] }));
    const r = findings(['draft.md'], dir);
    assert.deepEqual(codes(r.rows), ['error figure-unsupported']);
    assert.equal(r.status, 1, 'an unsupported figure set to "error" fails the run');
    assert.deepEqual(codes(findings(['--no-unsupported', 'draft.md'], dir).rows), []);
    writeFileSync(join(dir, '.paper-check.json'), JSON.stringify({ reportUnsuported: false, severity: { 'figure-unsupported': 'loud' }, sources: 'x.md' }));
    const odd = findings(['draft.md'], dir);
    assert.match(odd.stderr, /unknown key "reportUnsuported"/);
    assert.match(odd.stderr, /the severity of figure-unsupported must be one of error, warning, information, hint, off/);
    assert.match(odd.stderr, /"sources" must be a list of file paths/);
    assert.equal(odd.rows.length, 3, 'the rest applies: defaults');
    writeFileSync(join(dir, '.paper-check.json'), '{ "acceptedFigures": [ ');
    const broken = findings(['draft.md'], dir);
    assert.match(broken.stderr, /\.paper-check\.json is not valid JSON/);
    assert.equal(broken.status, 1);
    assert.equal(broken.rows.length, 3);
  });
});

describe('.paper-check.json in the editor', function () {
  this.timeout(60000);
  const mismatch = (d: Diagnostic[]) => d.find((x) => x.code === 'figure-mismatch');
  /** Diagnostics of `uri` once `ready` holds of them (the settings and the file arrive after the first check). */
  async function settle(client: LspClient, uri: string, first: Diagnostic[], ready: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    let diagnostics = first;
    const deadline = Date.now() + 15000;
    while (!ready(diagnostics) && Date.now() < deadline) diagnostics = await client.nextDiagnostics(uri, undefined, 15000).catch(() => diagnostics);
    return diagnostics;
  }

  it('applies the workspace file over the VS Code settings, and follows its changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-config-lsp-'));
    const text = `${ARR_DRAFT}The app has been downloaded 95 million times.\n`;
    writeFileSync(join(dir, '.paper-check.json'), JSON.stringify({ severity: { 'figure-mismatch': 'error' }, reportUnsupported: false }));
    const client = new LspClient(ROOT);
    client.settings = { severity: { 'figure-mismatch': 'hint' }, reportUnsupported: true };
    const uri = pathToFileURL(join(dir, 'draft.md')).href;
    try {
      await client.initialize(pathToFileURL(dir).href, { trusted: true });
      let diagnostics = await settle(client, uri, await client.open(uri, text), (d) => mismatch(d)?.severity === 1);
      assert.equal(mismatch(diagnostics)?.severity, 1, 'the file\'s "error" wins over the setting\'s "hint"');
      assert.ok(!diagnostics.some((d) => d.code === 'figure-unsupported'), 'the file turns unsupported figures off');
      writeFileSync(join(dir, '.paper-check.json'), JSON.stringify({ acceptedFigures: ['US$280 million'] }));
      diagnostics = await settle(client, uri, diagnostics, (d) => !mismatch(d) && d.some((x) => x.code === 'figure-unsupported'));
      assert.ok(!mismatch(diagnostics), 'accepted in the changed file');
      assert.ok(diagnostics.some((d) => d.code === 'figure-unsupported'), 'the settings apply again where the file is silent');
    } finally {
      await client.stop();
    }
  });

  it('reads the file\'s sources in a trusted workspace only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-config-trust-'));
    writeFileSync(join(dir, 'corrections.md'), SHEET);
    writeFileSync(join(dir, '.paper-check.json'), JSON.stringify({ sources: ['corrections.md'], useShippedPaper: false }));
    const uri = pathToFileURL(join(dir, 'draft.md')).href;
    for (const trusted of [true, false]) {
      const client = new LspClient(ROOT);
      try {
        await client.initialize(pathToFileURL(dir).href, { trusted });
        let diagnostics = await settle(client, uri, await client.open(uri, ARR_DRAFT), (d) => !mismatch(d) === trusted);
        // Untrusted, the first diagnostics already hold the mismatch: give the file time to (wrongly) apply.
        if (!trusted) await new Promise((r) => setTimeout(r, 1500));
        diagnostics = client.diagnostics.get(uri)?.items ?? diagnostics;
        assert.equal(!mismatch(diagnostics), trusted, trusted ? 'the sheet gives 2.8 亿美元' : 'untrusted: the shipped paper (2.4 亿美元)');
      } finally {
        await client.stop();
      }
    }
  });
});

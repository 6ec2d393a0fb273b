import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, offsetAt, positionAt } from '../support/lspClient';
import { ROOT } from '../support/paper';

describe('the writer’s workflow through the server', function () {
  this.timeout(30000);
  const dir = mkdtempSync(join(tmpdir(), 'paper-check-workflow-'));
  const text = 'Kling AI’s annualized revenue run rate (ARR) reached US$280 million, and OneSerch cut online inference cost by 57.4%. The app has been downloaded 95 million times.\n';
  const uri = pathToFileURL(join(dir, 'draft.md')).href;
  writeFileSync(join(dir, 'draft.md'), text);
  writeFileSync(join(dir, 'closed.md'), 'OneRec now serves 35% of online traffic.\n');
  let client: LspClient;

  before(async () => {
    client = new LspClient(ROOT);
    // As the VS Code extension starts it: read-only source documents and the hover's command link.
    await client.initialize(pathToFileURL(dir).href, { paperCheckClient: true });
    await client.open(uri, text);
  });
  after(() => client.stop());

  it('offers source.fixAll with every fix of the file in one edit', async () => {
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(actions.length, 1);
    const edits = actions[0].edit.changes[uri];
    const applied = edits.map((e: any) => [text.slice(offsetAt(text, e.range.start), offsetAt(text, e.range.end)), e.newText]);
    assert.deepEqual(applied.sort(), [['57.4%', '75.4%'], ['OneSerch', 'OneSearch'], ['US$280 million', 'US$240 million']]);
  });

  it('goes to the paper’s passage, served read-only', async () => {
    const at = positionAt(text, text.indexOf('280'));
    const location = await client.request('textDocument/definition', { textDocument: { uri }, position: at });
    assert.match(location.uri, /^paper-check-source:\/.+\.md\?0$/);
    const { text: paper } = await client.request('paperCheck/sourceText', { uri: location.uri });
    assert.equal(paper.slice(offsetAt(paper, location.range.start), offsetAt(paper, location.range.end)).trim(), '2.4 亿美元');
  });

  it('offers Ignore and Accept as commands that never touch the figure', async () => {
    const start = text.indexOf('95 million');
    const range = { start: positionAt(text, start), end: positionAt(text, start + 10) };
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const titles = actions.map((a: any) => a.title);
    assert.ok(titles.includes('Ignore this figure here'), titles.join(' | '));
    const accept = actions.find((a: any) => a.title.startsWith('Accept'));
    assert.ok(accept && !accept.edit);
    const next = client.nextDiagnostics(uri);
    await client.request('workspace/executeCommand', accept.command);
    const accepted = JSON.parse(readFileSync(join(dir, '.paper-check.json'), 'utf8'));
    assert.deepEqual(accepted.acceptedFigures, ['95 million']);
    const diagnostics = await next;
    assert.ok(!diagnostics.some((d) => d.code === 'figure-unsupported'), 'the accepted figure is silent');
  });

  it('checks the drafts that are not open, and writes a report', async () => {
    const closedUri = pathToFileURL(join(dir, 'closed.md')).href;
    const published = client.nextDiagnostics(closedUri);
    const totals = await client.request('workspace/executeCommand', { command: 'paperCheck.server.checkWorkspace', arguments: [] });
    assert.equal(totals.files, 2);
    const diagnostics = await published;
    assert.ok(diagnostics.some((d) => d.code === 'figure-mismatch'), '35% of traffic disagrees with the paper (25%)');
    const report = await client.request('workspace/executeCommand', { command: 'paperCheck.server.report', arguments: [uri] });
    assert.match(report.markdown, /US\$280 million \| ✗ disagrees/);
    assert.match(report.html, /<table>/);
    assert.ok(!existsSync(join(dir, 'draft.paper-check.md')), 'the server returns the report; the client writes it');
  });
});

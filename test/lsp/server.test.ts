import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, offsetAt, positionAt, type Diagnostic } from '../support/lspClient';
import { ROOT } from '../support/paper';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8');

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(30000);
  let client: LspClient;
  const uri = pathToFileURL(join(ROOT, 'samples', 'kling-release.md')).href;

  before(async () => {
    client = new LspClient(ROOT);
    const init = await client.initialize(pathToFileURL(ROOT).href);
    assert.ok(init.capabilities.hoverProvider);
    assert.deepEqual(init.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.paperCheck']);
  });
  after(() => client.stop());

  it('publishes the three codes on open, each on the figure or name it is about', async () => {
    const diagnostics = await client.open(uri, SAMPLE);
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => SAMPLE.slice(offsetAt(SAMPLE, d.range.start), offsetAt(SAMPLE, d.range.end)));
    assert.ok(byCode('figure-mismatch').includes('US$280 million'), JSON.stringify(byCode('figure-mismatch')));
    assert.ok(byCode('figure-unsupported').length > 0);
    assert.ok(byCode('name-misspelled').includes('OneSerch'));
    const mismatch = diagnostics.find((d) => d.code === 'figure-mismatch')!;
    assert.equal(mismatch.severity, 2, 'mismatch is a Warning');
    assert.equal(diagnostics.find((d) => d.code === 'figure-unsupported')!.severity, 3, 'unsupported is Information');
  });

  it('hovers with the paper’s passage, section and page', async () => {
    const at = SAMPLE.indexOf('60 million');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: positionAt(SAMPLE, at + 3) });
    assert.match(hover.contents.value, /全球用户规模突破/);
    assert.match(hover.contents.value, /p\. 9/);
    assert.match(hover.contents.value, /市场表现/);
  });

  it('offers a quick fix that replaces only the figure, in the draft’s style', async () => {
    const start = SAMPLE.indexOf('US$280 million');
    const range = { start: positionAt(SAMPLE, start), end: positionAt(SAMPLE, start + 'US$280 million'.length) };
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const fix = actions.find((a: any) => a.kind === 'quickfix');
    assert.ok(fix, 'a quickfix is offered');
    const [edit] = fix.edit.changes[uri];
    assert.deepEqual(edit.range, range);
    assert.equal(edit.newText, 'US$240 million');
  });

  it('offers the paper\'s own wording second in a Chinese draft, after the fix in the draft\'s style', async () => {
    const zhUri = pathToFileURL(join(ROOT, 'samples', 'zht-wording.md')).href;
    const text = '截至 2025 年底，可靈 AI 全球用戶規模突破 6,500萬，累計生成影片超過 6 億個。\n';
    const diagnostics = await client.open(zhUri, text);
    const mismatch = diagnostics.find((d) => d.code === 'figure-mismatch');
    assert.ok(mismatch, JSON.stringify(diagnostics));
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: zhUri }, range: mismatch!.range, context: { diagnostics: [mismatch] } });
    const edits = actions.filter((a: any) => a.kind === 'quickfix' && a.edit).map((a: any) => [a.isPreferred === true, a.edit.changes[zhUri][0].newText]);
    assert.deepEqual(edits, [[true, '6,000萬'], [false, '6000 万']]);
    client.notify('textDocument/didClose', { textDocument: { uri: zhUri } });
  });

  it('re-checks after an edit and clears on close', async () => {
    const fixed = SAMPLE.replace('US$280 million', 'US$240 million');
    const next = client.nextDiagnostics(uri, 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await next;
    assert.ok(!after.some((d) => d.code === 'figure-mismatch' && fixed.slice(offsetAt(fixed, d.range.start), offsetAt(fixed, d.range.end)) === 'US$240 million'));
    const cleared = client.nextDiagnostics(uri);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await cleared, []);
  });

  it('publishes a long draft edit after edit as a fresh server would (long publishes are written from kept bytes)', async () => {
    const drafts = readdirSync(join(ROOT, 'test', 'drafts')).filter((f) => f.endsWith('.md')).sort()
      .map((f) => readFileSync(join(ROOT, 'test', 'drafts', f), 'utf8')).join('\n\n');
    const long = pathToFileURL(join(ROOT, 'long-draft.md')).href;
    let text = drafts;
    const first = await client.open(long, text);
    assert.ok(first.length >= 64, `a long publish (${first.length} diagnostics)`);
    const middle = Math.floor(text.length / 2);
    const edits: Array<[number, number, string]> = [[middle, middle, 'x'], [middle, middle, '\n\nUS$280 million of ARR and 95 million users.\n\n'], [10, 10, '\n'], [middle, middle + 1, '']];
    let version = 1;
    let published: Diagnostic[] = first;
    for (const [start, end, insert] of edits) {
      const next = client.nextDiagnostics(long, ++version);
      client.notify('textDocument/didChange', { textDocument: { uri: long, version }, contentChanges: [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }] });
      text = text.slice(0, start) + insert + text.slice(end);
      published = await next;
    }
    const fresh = new LspClient(ROOT);
    try {
      await fresh.initialize(pathToFileURL(ROOT).href);
      assert.deepEqual(published, await fresh.open(long, text));
    } finally {
      await fresh.stop();
    }
  });

  it('survives binary bytes and broken Markdown and answers the next request', async () => {
    const junk = 'file:///junk.md';
    const text = '\u0000\u0001\uFFFD```\n\u0007 60 million <!-- 2.4 亿美元 \n' + '\uD83D\uDE00'.repeat(50) + '**';
    await client.open(junk, text);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: junk }, position: { line: 0, character: 2 } });
    assert.equal(hover, null);
    assert.equal(client.exited, null);
  });
});

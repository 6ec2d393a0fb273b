import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../support/paper';

const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `body` with a server started under `settings` (the paperCheck section), and stops it after. */
async function withServer(settings: Record<string, unknown>, body: (client: LspClient) => Promise<void>): Promise<void> {
  const client = new LspClient(ROOT);
  client.settings = settings;
  try {
    await client.initialize(pathToFileURL(ROOT).href);
    await quiet(200);
    await body(client);
  } finally {
    await client.stop();
  }
}

describe('resource bounds through the server', function () {
  this.timeout(60000);

  it('gives memory back after documents close', async () => {
    const client = new LspClient(ROOT);
    try {
      await client.initialize(pathToFileURL(ROOT).href);
      const drafts = ['en-ai-for-good.md', 'zh-governance-brief.md', 'mixed-spokesperson-qa.md'].map((f) => readFileSync(join(ROOT, 'test', 'drafts', f), 'utf8'));
      const uris: string[] = [];
      for (let i = 0; i < 60; i++) {
        const uri = `file:///memory/draft-${i}.md`;
        uris.push(uri);
        await client.open(uri, `${drafts[i % drafts.length]}\n\nDraft ${i}: the app was downloaded ${i + 95} million times.\n`);
      }
      await quiet(2600); // the server collects after two quiet seconds
      const open = await client.request('paperCheck/memory', null);
      assert.equal(open.documents, 60);
      for (const uri of uris) client.notify('textDocument/didClose', { textDocument: { uri } });
      await quiet(2600);
      const closed = await client.request('paperCheck/memory', null);
      assert.equal(closed.documents, 0);
      assert.ok(closed.heapUsed < open.heapUsed, `heap after close ${closed.heapUsed} < with 60 drafts open ${open.heapUsed}`);
    } finally {
      await client.stop();
    }
  });

  it('publishes a document’s first problems up to paperCheck.maxNumberOfProblems, with a note of how many more', async () => {
    await withServer({ maxNumberOfProblems: 2 }, async (client) => {
      const uri = 'file:///cap/many.md';
      const lines = ['Kling AI’s annualized revenue run rate (ARR) reached US$280 million.', 'Kling AI has served more than 70 million users.', 'Kling AI has served more than 80 million users.', 'Kling AI has served more than 90 million users.'];
      const diagnostics = await client.open(uri, lines.join('\n\n'));
      const problems = diagnostics.filter((d) => d.code);
      assert.equal(problems.length, 2, JSON.stringify(diagnostics.map((d) => d.message)));
      assert.deepEqual(problems.map((d) => d.range.start.line), [0, 2], 'the first two, in document order');
      const note = diagnostics[diagnostics.length - 1];
      assert.equal(note.code, undefined);
      const shown = Number(/shows the first 2 of (\d+) problems/.exec(note.message)?.[1]);
      assert.ok(shown >= 4, note.message);
      assert.match(note.message, /paperCheck\.maxNumberOfProblems/);
    });
  });

  it('skips a document over the size cap with a clear message, and checks it again under the cap', async () => {
    await withServer({ maxDocumentSize: 5000 }, async (client) => {
      const uri = 'file:///size/huge.md';
      const big = `ARR reached US$280 million. ${'Filler prose without figures. '.repeat(400)}`;
      let diagnostics = await client.open(uri, big);
      for (let i = 0; i < 3 && !diagnostics.some((d) => /skipped this document/.test(d.message)); i++) diagnostics = await client.nextDiagnostics(uri);
      assert.equal(diagnostics.length, 1);
      assert.match(diagnostics[0].message, /skipped this document: it has \d+ characters, over the limit of 5000 \(paperCheck\.maxDocumentSize\)/);
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 16 } });
      assert.equal(hover, null, 'nothing is computed for a skipped document');
      const next = client.nextDiagnostics(uri, 2);
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Kling AI’s annualized revenue run rate (ARR) reached US$280 million.' }] });
      assert.ok((await next).some((d) => d.code === 'figure-mismatch'));
    });
  });
});

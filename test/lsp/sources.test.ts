import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../support/paper';

describe('custom sources and trust through the server', function () {
  this.timeout(30000);
  const dir = mkdtempSync(join(tmpdir(), 'paper-check-lsp-sources-'));
  const sheet = join(dir, 'corrections.md');
  const draft = 'In December 2025, Kling AI’s annualized revenue run rate (ARR) reached US$280 million.';
  const uri = pathToFileURL(join(dir, 'draft.md')).href;
  const mismatches = (d: Array<{ code?: unknown }>) => d.filter((x) => x.code === 'figure-mismatch').length;

  it('reads a corrections sheet, tells once about a broken source, and reloads a changed one', async () => {
    writeFileSync(sheet, '2025 年 12 月，可灵 AI 年化收入运行率 (ARR) 达 2.8 亿美元。\n');
    writeFileSync(join(dir, 'broken.md'), Buffer.from([0, 1, 2, 3]));
    const client = new LspClient(ROOT);
    client.settings = { sources: ['corrections.md', 'broken.md'], useShippedPaper: false };
    try {
      await client.initialize(pathToFileURL(dir).href, { trusted: true });
      // The first check may run before the settings arrive; wait for the one against the sheet.
      let diagnostics = await client.open(uri, draft);
      for (let i = 0; i < 5 && mismatches(diagnostics) > 0; i++) diagnostics = await client.nextDiagnostics(uri);
      assert.equal(mismatches(diagnostics), 0, 'the corrections sheet gives 2.8 亿美元');
      assert.equal(client.shown.filter((m) => m.includes('broken.md')).length, 1, client.shown.join('\n'));
      writeFileSync(sheet, '2025 年 12 月，可灵 AI 年化收入运行率 (ARR) 达 2.6 亿美元。\n');
      const deadline = Date.now() + 10000;
      while (mismatches(diagnostics) !== 1 && Date.now() < deadline) diagnostics = await client.nextDiagnostics(uri, undefined, 10000);
      assert.equal(mismatches(diagnostics), 1, 'after the sheet changed, 2.6 亿美元 disagrees');
      assert.equal(client.exited, null);
    } finally {
      await client.stop();
    }
  });

  it('does not read workspace-relative sources in an untrusted workspace', async () => {
    writeFileSync(sheet, '2025 年 12 月，可灵 AI 年化收入运行率 (ARR) 达 2.8 亿美元。\n');
    const client = new LspClient(ROOT);
    client.settings = { sources: ['corrections.md'], useShippedPaper: false };
    try {
      await client.initialize(pathToFileURL(dir).href, { trusted: false });
      let diagnostics = await client.open(uri, draft);
      await new Promise((r) => setTimeout(r, 300));
      diagnostics = client.diagnostics.get(uri)?.items ?? diagnostics;
      assert.equal(mismatches(diagnostics), 1, 'the shipped paper (2.4 亿美元) is used');
    } finally {
      await client.stop();
    }
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionAt } from '../support/lspClient';
import { ROOT } from '../support/paper';

describe('no network', function () {
  this.timeout(30000);
  it('checks, hovers and fixes without reaching the network', async () => {
    const client = new LspClient(ROOT, ['--stdio'], ['--require', join(ROOT, 'test', 'support', 'no-network.cjs')]);
    try {
      await client.initialize(pathToFileURL(ROOT).href);
      const text = readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8');
      const uri = pathToFileURL(join(ROOT, 'samples', 'kling-release.md')).href;
      const diagnostics = await client.open(uri, text);
      assert.ok(diagnostics.length > 0);
      await client.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, text.indexOf('60 million') + 2) });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
      assert.doesNotMatch(client.stderr, /NETWORK-CALL/);
      assert.equal(client.exited, null);
    } finally {
      await client.stop();
    }
  });
});

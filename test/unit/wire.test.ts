import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentChecker } from '../../server/src/core/incremental';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { encodeMessage } from '../../server/src/runtime/wire';
import { paperIndex, ROOT } from '../support/paper';

const draft = readdirSync(join(ROOT, 'test', 'drafts')).filter((f) => f.endsWith('.md')).sort()
  .map((f) => readFileSync(join(ROOT, 'test', 'drafts', f), 'utf8')).join('\n\n');

const publishOf = (uri: string, doc: TextDocument, checker: DocumentChecker) => ({
  jsonrpc: '2.0', method: 'textDocument/publishDiagnostics',
  params: { uri, version: doc.version, diagnostics: toDiagnostics(doc, checker.check(doc.getText()), DEFAULT_SETTINGS.severity) },
});

describe('messages written over stdio', () => {
  it('are the bytes JSON.stringify gives, for a long publish in Chinese and English, edit after edit', () => {
    // A uri that holds the list's key and quotes: the list must still go where the key really is.
    const uri = 'file:///drafts/%22diagnostics%22:[]/"diagnostics":[]/稿件.md';
    let doc = TextDocument.create(uri, 'markdown', 1, draft);
    const checker = new DocumentChecker(paperIndex());
    let msg = publishOf(uri, doc, checker);
    assert.ok(msg.params.diagnostics.length >= 64, `the drafts give a long publish (${msg.params.diagnostics.length} diagnostics)`);
    assert.ok(msg.params.diagnostics.some((d) => /[\u4e00-\u9fff]/.test(String(d.message))) && msg.params.diagnostics.some((d) => d.data));
    assert.deepEqual(encodeMessage(msg), Buffer.from(JSON.stringify(msg), 'utf8'));
    const middle = doc.positionAt(Math.floor(draft.length / 2));
    for (const text of ['x', '\n\nA paragraph with 95 million users and 可灵 ARR 2.8 亿美元.\n\n', '']) {
      doc = TextDocument.update(doc, [{ range: { start: middle, end: text ? middle : doc.positionAt(doc.offsetAt(middle) + 1) }, text }], doc.version + 1);
      msg = publishOf(uri, doc, checker);
      assert.deepEqual(encodeMessage(msg), Buffer.from(JSON.stringify(msg), 'utf8'), `after ${JSON.stringify(text)}`);
    }
  });

  it('are the bytes JSON.stringify gives for every other message', () => {
    const messages = [
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics: [] } },
      { jsonrpc: '2.0', id: 3, result: { contents: { kind: 'markdown', value: '白皮书：**US$240 million**' } } },
      { jsonrpc: '2.0', method: 'paperCheck/stats', params: { uri: 'file:///a.md', checked: 3 } },
    ];
    for (const msg of messages) assert.deepEqual(encodeMessage(msg), Buffer.from(JSON.stringify(msg), 'utf8'));
  });
});

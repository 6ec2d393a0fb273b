import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentChecker } from '../../server/src/core/incremental';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { paperIndex, ROOT } from '../support/paper';

const draft = readdirSync(join(ROOT, 'test', 'drafts')).filter((f) => f.endsWith('.md')).slice(0, 4)
  .map((f) => readFileSync(join(ROOT, 'test', 'drafts', f), 'utf8')).join('\n\n');

/** What a fresh server would publish for the document as it is now. */
const fresh = (doc: TextDocument) => toDiagnostics(doc, new DocumentChecker(paperIndex()).check(doc.getText()), DEFAULT_SETTINGS.severity);

describe('diagnostics of an edited draft', () => {
  it('are what a fresh check publishes, after edits that add and remove lines above unchanged paragraphs', () => {
    let doc = TextDocument.create('file:///draft.md', 'markdown', 1, draft);
    const checker = new DocumentChecker(paperIndex());
    const publish = () => toDiagnostics(doc, checker.check(doc.getText()), DEFAULT_SETTINGS.severity);
    const first = publish();
    assert.ok(first.length > 20, 'the drafts have findings to place');
    const middle = doc.positionAt(Math.floor(draft.length / 2));
    const edits = [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'A new line.\n\nAnd a paragraph with 95 million users.\n' },
      { range: { start: middle, end: middle }, text: 'x' },
      { range: { start: { line: 1, character: 0 }, end: { line: 5, character: 0 } }, text: '' },
      { range: { start: middle, end: middle }, text: '\n\n' },
    ];
    let version = 1;
    for (const edit of edits) {
      doc = TextDocument.update(doc, [edit], ++version);
      assert.deepEqual(publish(), fresh(doc), `after ${JSON.stringify(edit.text)}`);
    }
  });

  it('keep the diagnostics objects of the chunks an edit did not touch', () => {
    let doc = TextDocument.create('file:///draft.md', 'markdown', 1, draft);
    const checker = new DocumentChecker(paperIndex());
    const before = toDiagnostics(doc, checker.check(doc.getText()), DEFAULT_SETTINGS.severity);
    const middle = doc.positionAt(Math.floor(draft.length / 2));
    doc = TextDocument.update(doc, [{ range: { start: middle, end: middle }, text: 'x' }], 2);
    const after = toDiagnostics(doc, checker.check(doc.getText()), DEFAULT_SETTINGS.severity);
    const kept = after.filter((d) => before.includes(d)).length;
    assert.ok(kept >= after.length - 10, `only the edited chunk's diagnostics are new (${after.length - kept} of ${after.length})`);
  });
});

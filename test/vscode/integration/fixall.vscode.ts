/**
 * Fix all: one source.fixAll.paperCheck action (what "editor.codeActionsOnSave" asks for) whose edit fixes every
 * mismatch and name of the file, and the command paperCheck.fixAll applying it as one edit that one undo reverts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActions, codeOf, describeDiagnostics, openChecked, revert, waitForDiagnostics } from './helpers';

const FIX_ALL = 'source.fixAll.paperCheck';
const fixedText = (text: string) => text
  .replace('US$280 million', 'US$240 million')
  .replace('1,142 points', '1,124 points')
  .replace('OneSerch', 'OneSearch');

describe('fix all', () => {
  let doc: vscode.TextDocument;
  let original: string;

  before(async () => {
    doc = await openChecked('fix-all.md', (ds) => ds.length === 4);
    original = doc.getText();
  });
  afterEach(async () => revert(doc));

  const whole = () => new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);

  it(`${FIX_ALL} is one action whose edit fixes every mismatch and name, and nothing else`, async () => {
    const actions = await codeActions(doc.uri, whole(), FIX_ALL);
    assert.equal(actions.length, 1, `actions: ${actions.map((a) => `${a.kind?.value} ${a.title}`).join(' | ') || '(none)'}`);
    const [fixAll] = actions;
    assert.equal(fixAll.kind?.value, FIX_ALL);
    assert.ok(vscode.CodeActionKind.SourceFixAll.contains(fixAll.kind!), 'not under source.fixAll');
    assert.ok(fixAll.edit, 'the fix-all action has no edit');
    const entries = fixAll.edit.entries();
    assert.deepEqual(entries.map(([uri]) => uri.toString()), [doc.uri.toString()], 'the edit touches other files');
    assert.deepEqual(entries[0][1].map((e) => e.newText).sort(), ['1,124 points', 'OneSearch', 'US$240 million']);

    // Asked for from a range that is only a caret, it is the same whole-file action.
    const fromCaret = await codeActions(doc.uri, new vscode.Range(0, 0, 0, 0), FIX_ALL);
    assert.equal(fromCaret.length, 1);
    // The lightbulb (no kind asked for) does not list it among a figure's quick fixes.
    const unasked = await codeActions(doc.uri, whole());
    assert.equal(unasked.filter((a) => a.kind?.value === FIX_ALL).length, 0, unasked.map((a) => a.title).join(' | '));

    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.equal(doc.getText(), fixedText(original));
    const left = await waitForDiagnostics(doc.uri, (ds) => ds.length === 1, 'only the unsupported figure to be left');
    assert.equal(codeOf(left[0]), 'figure-unsupported', describeDiagnostics(left));
    assert.equal(doc.getText(left[0].range), '95 million');
  });

  it('paperCheck.fixAll applies every fix as one edit, and one undo restores the draft', async () => {
    await vscode.window.showTextDocument(doc);
    const count = await vscode.commands.executeCommand<number>('paperCheck.fixAll');
    assert.equal(count, 3);
    assert.equal(doc.getText(), fixedText(original));
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 1 && codeOf(ds[0]) === 'figure-unsupported', 'only the unsupported figure to be left');

    // Nothing left to fix: a second run changes nothing.
    const version = doc.version;
    assert.equal(await vscode.commands.executeCommand<number>('paperCheck.fixAll'), 0);
    assert.equal(doc.version, version);

    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo did not restore the draft');
    assert.equal(doc.isDirty, false);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 4, 'the four findings to come back');
  });
});

/** Document lifecycle: untitled Markdown is checked too, and closing a document clears its diagnostics. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, fixture, paperCheckDiagnostics, waitForClose, waitForDiagnostics } from './helpers';

const DRAFT = "In December 2025, Kling AI's monthly revenue topped US$20 million, putting its\nannualized revenue run rate (ARR) at US$280 million.\n";

describe('document lifecycle', () => {
  it('an untitled Markdown document gets diagnostics', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: DRAFT });
    assert.equal(doc.uri.scheme, 'untitled');
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'figure-mismatch'), 'diagnostics on an untitled document');
    const d = ds.find((x) => codeOf(x) === 'figure-mismatch');
    assert.equal(d && doc.getText(d.range), 'US$280 million', describeDiagnostics(ds));

    // Closing it (reverting, so no save prompt) clears them.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForClose(doc.uri);
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'diagnostics to clear after closing');
  });

  it('closing a file clears its diagnostics', async () => {
    // A file no other suite opens: a document an extension opened (workspace.openTextDocument) stays open in the
    // extension host for minutes after its editor closes. Opened through the workbench instead, as a click in the
    // Explorer does, it closes with its editor.
    const uri = fixture('closing.md');
    await vscode.commands.executeCommand('vscode.open', uri);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics on open');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitForClose(uri);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'diagnostics to clear after closing');
    assert.equal(paperCheckDiagnostics(uri).length, 0);
  });
});

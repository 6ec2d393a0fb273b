/**
 * The whole folder: paperCheck.checkWorkspace checks the drafts nobody has open and fills the Problems panel
 * (vscode.languages.getDiagnostics) with them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, fixture, waitForDiagnostics } from './helpers';

// No test opens this file: its diagnostics can only come from the whole-folder check.
const UNOPENED = 'drafts/never-opened.md';

interface Totals {
  files: number;
  mismatches: number;
  unsupported: number;
  names: number;
}

describe('check the whole folder', () => {
  it('paperCheck.checkWorkspace returns totals and publishes diagnostics for a draft that is not open', async () => {
    const uri = fixture(UNOPENED);
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    assert.equal(isOpen(), false, `${UNOPENED} is open before the check`);

    const totals = await vscode.commands.executeCommand<Totals>('paperCheck.checkWorkspace');
    assert.ok(totals, 'the command returned nothing');
    // Every .md of the fixture workspace (7), and never the .txt (plain text is not checked by default).
    assert.ok(totals.files >= 7, `files: ${JSON.stringify(totals)}`);
    assert.ok(totals.mismatches >= 1, `mismatches: ${JSON.stringify(totals)}`);

    const ds = await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics for the unopened draft');
    assert.equal(ds.length, 1, describeDiagnostics(ds));
    assert.equal(codeOf(ds[0]), 'figure-mismatch');
    assert.match(ds[0].message, /US\$240 million/);
    // The exact range of "US$260 million", from the file on disk (it is not open to ask).
    const lines = fs.readFileSync(uri.fsPath, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('US$260 million'));
    const start = lines[line].indexOf('US$260 million');
    assert.ok(ds[0].range.isEqual(new vscode.Range(line, start, line, start + 'US$260 million'.length)), describeDiagnostics(ds));
    assert.equal(isOpen(), false, 'the check opened the draft');

    // They are in the Problems panel's source too: getDiagnostics() without a URI lists the file.
    const everywhere = vscode.languages.getDiagnostics().find(([u]) => u.toString() === uri.toString());
    assert.ok(everywhere && everywhere[1].some((d) => d.source === 'paper-check'), 'the unopened draft is not among all diagnostics');
  });
});

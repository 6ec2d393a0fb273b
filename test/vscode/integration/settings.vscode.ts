/**
 * Settings take effect live, without a reload: paperCheck.severity, paperCheck.reportUnsupported and
 * paperCheck.languages, set in the workspace's settings as a writer would, and restored after each test.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf, describeDiagnostics, fixture, hasDiagnosticOn, hoverText, inside, openChecked, setSetting, waitForDiagnostics,
} from './helpers';

/** The KLING fixture's findings by default: two mismatches (Warning) and one unsupported (Information). */
const isDefault = (ds: vscode.Diagnostic[]) => ds.length === 3
  && ds.filter((d) => codeOf(d) === 'figure-mismatch' && d.severity === vscode.DiagnosticSeverity.Warning).length === 2
  && ds.filter((d) => codeOf(d) === 'figure-unsupported' && d.severity === vscode.DiagnosticSeverity.Information).length === 1;

describe('settings, live', () => {
  let doc: vscode.TextDocument;
  let notes: vscode.TextDocument;

  before(async () => {
    doc = await openChecked('kling-review.md', (ds) => isDefault(ds));
  });
  afterEach(async () => {
    for (const key of ['severity', 'reportUnsupported', 'languages']) await setSetting(key, undefined);
    await waitForDiagnostics(doc.uri, isDefault, 'the default diagnostics after the settings were restored');
    if (notes) await waitForDiagnostics(notes.uri, (ds) => ds.length === 0, 'the plain-text document to be unchecked again');
  });

  it('paperCheck.severity: figure-mismatch → error, figure-unsupported → off, name-misspelled → hint', async () => {
    const names = await openChecked('search-notes.md', hasDiagnosticOn('name-misspelled', 'OneSerch'));
    await vscode.window.showTextDocument(doc);
    await setSetting('severity', { 'figure-mismatch': 'error', 'figure-unsupported': 'off', 'name-misspelled': 'hint' });
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 2 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Error),
      'two errors and no unsupported figure');
    assert.deepEqual(ds.map((d) => codeOf(d)), ['figure-mismatch', 'figure-mismatch'], describeDiagnostics(ds));
    assert.ok(hasDiagnosticOn('figure-mismatch', 'US$280 million')(ds, doc));
    await waitForDiagnostics(names.uri, (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Hint, 'the misspelled name as a hint');

    await setSetting('severity', undefined);
    await waitForDiagnostics(names.uri, (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning, 'the misspelled name as a warning again');
  });

  it('paperCheck.reportUnsupported: false drops figure-unsupported and keeps the mismatches', async () => {
    await setSetting('reportUnsupported', false);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 2, 'the unsupported figure to lose its diagnostic');
    assert.deepEqual(ds.map((d) => [codeOf(d), d.severity]), [['figure-mismatch', vscode.DiagnosticSeverity.Warning], ['figure-mismatch', vscode.DiagnosticSeverity.Warning]]);
  });

  it('paperCheck.languages: adding plaintext checks a .txt document, removing it clears it', async () => {
    notes = await vscode.workspace.openTextDocument(fixture('notes.txt'));
    assert.equal(notes.languageId, 'plaintext');
    await vscode.window.showTextDocument(notes);
    // Markdown only, by default: the server answers for it (the hover request follows its didOpen) with nothing.
    assert.doesNotMatch(await hoverText(notes.uri, inside(notes, 'US$280 million')), /Paper Check/);
    assert.equal(vscode.languages.getDiagnostics(notes.uri).length, 0);

    await setSetting('languages', ['markdown', 'plaintext']);
    const ds = await waitForDiagnostics(notes.uri, (d) => hasDiagnosticOn('figure-mismatch', 'US$280 million')(d, notes), 'the plain-text mismatch');
    assert.equal(ds.length, 1, describeDiagnostics(ds));
    assert.match(await hoverText(notes.uri, inside(notes, 'US$280 million')), /US\$240 million/);
    // Markdown is still checked.
    assert.ok(isDefault(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'paper-check')));
  });
});

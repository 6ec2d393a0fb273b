/** Diagnostics in the Problems sense: codes, severities and exact ranges, on open and after edits. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf, describeDiagnostics, diagnosticAt, hasDiagnosticOn, openChecked, paperCheckDiagnostics, rangeOf, revert, waitForDiagnostics,
} from './helpers';

const KLING = 'kling-review.md';

describe('diagnostics', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await openChecked(KLING, hasDiagnosticOn('figure-mismatch', 'US$280 million'));
  });
  afterEach(async () => revert(doc));

  it('flag the mismatched figures of a draft on open, with codes, severities and exact ranges', async () => {
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length >= 3, 'three findings');
    const mismatches = ds.filter((d) => codeOf(d) === 'figure-mismatch');
    assert.deepEqual(mismatches.map((d) => doc.getText(d.range)).sort(), ['1,142 points', 'US$280 million'], describeDiagnostics(ds));
    for (const d of mismatches) assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);

    const arr = diagnosticAt(ds, rangeOf(doc, 'US$280 million'));
    assert.ok(arr, `no diagnostic on exactly "US$280 million": ${describeDiagnostics(ds)}`);
    assert.deepEqual([arr.range.start.line, arr.range.start.character, arr.range.end.character], [7, 37, 51]);
    assert.match(arr.message, /US\$240 million/);

    const points = diagnosticAt(ds, rangeOf(doc, '1,142 points'));
    assert.ok(points, `no diagnostic on exactly "1,142 points": ${describeDiagnostics(ds)}`);
    assert.match(points.message, /1,124 points/);

    const unsupported = diagnosticAt(ds, rangeOf(doc, '95 million'));
    assert.ok(unsupported, `no diagnostic on exactly "95 million": ${describeDiagnostics(ds)}`);
    assert.equal(codeOf(unsupported), 'figure-unsupported');
    assert.equal(unsupported.severity, vscode.DiagnosticSeverity.Information);

    const correct = rangeOf(doc, 'US$20 million');
    assert.equal(ds.filter((d) => d.range.intersection(correct)).length, 0, 'a figure the paper agrees with was flagged');
  });

  it('flag a misspelled product name as name-misspelled', async () => {
    const notes = await openChecked('search-notes.md');
    const ds = paperCheckDiagnostics(notes.uri);
    const d = diagnosticAt(ds, rangeOf(notes, 'OneSerch'));
    assert.ok(d, `no diagnostic on exactly "OneSerch": ${describeDiagnostics(ds)}`);
    assert.equal(codeOf(d), 'name-misspelled');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /OneSearch/);
    await vscode.window.showTextDocument(doc);
  });

  it('follow an edit that corrects a figure by hand', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const wrong = rangeOf(doc, 'US$280 million');
    assert.ok(await editor.edit((e) => e.replace(wrong, 'US$240 million')));
    const ds = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => x.range.intersection(wrong)), 'the corrected figure to lose its diagnostic');
    assert.ok(diagnosticAt(ds, rangeOf(doc, '1,142 points')), `the other mismatch went away too: ${describeDiagnostics(ds)}`);
  });

  it('follow an edit that moves the figures (new ranges) and one that adds a wrong figure', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'A new opening line.\n\n')));
    const moved = await waitForDiagnostics(doc.uri, (ds) => hasDiagnosticOn('figure-mismatch', 'US$280 million')(ds, doc), 'the mismatch to move two lines down');
    assert.equal(diagnosticAt(moved, rangeOf(doc, 'US$280 million'))?.range.start.line, 9);
    assert.ok(diagnosticAt(moved, rangeOf(doc, '1,142 points')), describeDiagnostics(moved));

    const end = doc.lineAt(doc.lineCount - 1).range.end;
    assert.ok(await editor.edit((e) => e.insert(end, '\nBy the end of 2025, Kling AI had passed 45 million users worldwide.\n')));
    const added = await waitForDiagnostics(doc.uri, (d) => d.some((x) => doc.getText(x.range).includes('45 million')), 'a diagnostic on the new figure');
    const d = added.find((x) => doc.getText(x.range).includes('45 million'));
    assert.ok(d && ['figure-mismatch', 'figure-unsupported'].includes(codeOf(d) ?? ''), describeDiagnostics(added));
  });
});

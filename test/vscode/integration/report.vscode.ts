/**
 * The sign-off report: paperCheck.writeReport writes <draft>.paper-check.md and .html beside the draft and opens
 * the Markdown, whose table lists each figure with its verdict and the paper's value.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { describeDiagnostics, fixture, hasDiagnosticOn, openChecked, paperCheckDiagnostics, rangeOf, revert, waitForDiagnostics } from './helpers';

describe('sign-off report', () => {
  const md = () => fixture('kling-review.paper-check.md');
  const html = () => fixture('kling-review.paper-check.html');
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await openChecked('kling-review.md', hasDiagnosticOn('figure-mismatch', 'US$280 million'));
  });
  after(async () => {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputText && /\.paper-check\.md$/.test(t.input.uri.path));
    await vscode.window.tabGroups.close(tabs);
    for (const f of [md(), html()]) fs.rmSync(f.fsPath, { force: true });
  });
  afterEach(async () => revert(doc));

  it('paperCheck.writeReport writes .paper-check.md and .html beside the draft and opens the Markdown', async () => {
    for (const f of [md(), html()]) fs.rmSync(f.fsPath, { force: true });
    await vscode.window.showTextDocument(doc);
    const written = await vscode.commands.executeCommand<{ markdown: string; html?: string }>('paperCheck.writeReport');
    assert.equal(written?.markdown, md().toString());
    assert.equal(written?.html, html().toString());
    assert.ok(fs.existsSync(md().fsPath) && fs.existsSync(html().fsPath), 'the report files are not beside the draft');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), md().toString(), 'the Markdown report is not the active editor');

    const text = fs.readFileSync(md().fsPath, 'utf8');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), text);
    assert.match(text, /^# Paper Check sign-off report: kling-review\.md$/m);
    assert.match(text, /^\| Line \| Figure \| Verdict \| Paper \| Passage \| Where \|$/m);
    const row = (figure: string) => text.split('\n').find((l) => l.startsWith('|') && l.split('|')[2]?.trim() === figure);
    const arr = row('US$280 million');
    assert.ok(arr, `no row for US$280 million:\n${text}`);
    const cells = arr.split('|').map((c) => c.trim());
    assert.equal(cells[1], '8', 'line number');
    assert.equal(cells[3], '✗ disagrees');
    assert.equal(cells[4], '2.4 亿美元');
    assert.match(cells[5], /年化收入运行率/);
    assert.match(row('US$20 million') ?? '', /✓ agrees/);
    assert.match(row('95 million') ?? '', /\? not in the paper/);

    const page = fs.readFileSync(html().fsPath, 'utf8');
    assert.match(page, /<td>US\$280 million<\/td><td class="bad">✗ disagrees<\/td><td>2\.4 亿美元<\/td>/);
    assert.doesNotMatch(page, /<script|https?:\/\//i, 'the HTML page loads scripts or external resources');
  });

  it('the report reflects unsaved edits of the draft', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await editor.edit((e) => e.replace(rangeOf(doc, 'US$280 million'), 'US$240 million')));
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => doc.getText(d.range) === 'US$240 million'), 'the corrected figure to lose its diagnostic');
    await vscode.commands.executeCommand('paperCheck.writeReport');
    const text = fs.readFileSync(md().fsPath, 'utf8');
    assert.match(text, /^\| 8 \| US\$240 million \| ✓ agrees \| 2\.4 亿美元 \|/m);
    assert.doesNotMatch(text, /US\$280 million/);
  });

  // The report quotes wrong figures and has line numbers: the server leaves *.paper-check.md alone.
  it('the opened report is not itself checked', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('paperCheck.writeReport');
    const report = vscode.window.activeTextEditor?.document;
    assert.equal(report?.uri.toString(), md().toString());
    // A barrier instead of a sleep: an edit of the draft, sent after the report was opened, is checked after it.
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'A new opening line.\n\n')));
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.range.start.line === 9), 'the draft to be checked after the report was opened');
    const ds = paperCheckDiagnostics(md());
    assert.equal(ds.length, 0, `the report has diagnostics: ${describeDiagnostics(ds)}`);
  });
});

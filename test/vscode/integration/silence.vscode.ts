/**
 * Silence on purpose: the comment directives, and the quick fix menu's "Ignore this figure here" (inserts the
 * directive) and "Accept "…" in this workspace" (writes .paper-check.json), each taking the diagnostic away.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  codeActions, codeOf, describeDiagnostics, diagnosticAt, fixture, hasDiagnosticOn, openChecked, rangeOf, revert, runCodeAction, waitForDiagnostics,
} from './helpers';

describe('silence', () => {
  describe('comment directives', () => {
    let doc: vscode.TextDocument;
    before(async () => {
      // The one finding left is the figure checked again after <!-- paper-check-enable -->.
      doc = await openChecked('silence.md', (ds) => ds.length > 0);
    });
    afterEach(async () => revert(doc));

    it('disable-next-line and disable … enable silence exactly the lines they cover', async () => {
      const ds = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the finding after the enable directive');
      // Every wrong figure and name of the fixture, silenced or not: only the last 1,142 points is outside a directive.
      assert.deepEqual(ds.map((d) => [codeOf(d), doc.getText(d.range), d.range.start.line]), [['figure-mismatch', '1,142 points', 11]], describeDiagnostics(ds));
      assert.equal(diagnosticAt(ds, rangeOf(doc, 'US$280 million')), undefined);
      assert.equal(diagnosticAt(ds, rangeOf(doc, 'OneSerch')), undefined);
    });

    it('a finding comes back when its directive is deleted', async () => {
      const editor = await vscode.window.showTextDocument(doc);
      const line = doc.lineAt(rangeOf(doc, '<!-- paper-check-disable-next-line -->').start.line);
      assert.ok(await editor.edit((e) => e.delete(line.rangeIncludingLineBreak)));
      const back = await waitForDiagnostics(doc.uri, (d) => hasDiagnosticOn('figure-mismatch', 'US$280 million')(d, doc), 'the ARR mismatch to come back');
      assert.equal(back.length, 2, describeDiagnostics(back));

      const block = doc.lineAt(rangeOf(doc, '<!-- paper-check-disable -->').start.line);
      assert.ok(await editor.edit((e) => e.delete(block.rangeIncludingLineBreak)));
      const all = await waitForDiagnostics(doc.uri, (d) => d.length === 4, 'the findings of the disabled block to come back');
      assert.ok(hasDiagnosticOn('name-misspelled', 'OneSerch')(all, doc), describeDiagnostics(all));
      assert.ok(all.some((d) => d.range.isEqual(rangeOf(doc, '1,142 points', 0))), describeDiagnostics(all));
    });
  });

  describe('quick fix menu', () => {
    let doc: vscode.TextDocument;
    const acceptedFile = () => fixture('.paper-check.json');

    before(async () => {
      doc = await openChecked('quick-actions.md', (ds) => ds.length === 2);
    });
    afterEach(async () => revert(doc));
    after(async () => {
      fs.rmSync(acceptedFile().fsPath, { force: true });
    });

    it('"Ignore this figure here" inserts the directive above the line, and the diagnostic goes away', async () => {
      await vscode.window.showTextDocument(doc);
      const range = rangeOf(doc, '1,142 points');
      const line = range.start.line;
      const actions = await codeActions(doc.uri, range, vscode.CodeActionKind.QuickFix.value);
      const ignore = actions.filter((a) => a.title === 'Ignore this figure here');
      assert.equal(ignore.length, 1, `menu: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(ignore[0].kind && vscode.CodeActionKind.QuickFix.contains(ignore[0].kind), `kind is ${ignore[0].kind?.value}`);
      assert.equal(ignore[0].edit, undefined, 'it should run a command, not carry an edit');
      assert.ok(ignore[0].command, 'it has no command');
      const before = doc.getText();

      await runCodeAction(ignore[0]);
      assert.equal(doc.lineAt(line).text, '<!-- paper-check-disable-next-line -->');
      const lines = before.split('\n');
      lines.splice(line, 0, '<!-- paper-check-disable-next-line -->');
      assert.equal(doc.getText(), lines.join('\n'), 'it changed more than one inserted line');
      const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'the ignored figure to lose its diagnostic');
      assert.equal(doc.getText(ds[0].range), '2.6 亿美元', describeDiagnostics(ds));
    });

    it('"Accept "…" in this workspace" writes .paper-check.json, and the diagnostic goes away until it is removed', async () => {
      assert.equal(fs.existsSync(acceptedFile().fsPath), false, '.paper-check.json exists before the test');
      const range = rangeOf(doc, '2.6 亿美元');
      const actions = await codeActions(doc.uri, range, vscode.CodeActionKind.QuickFix.value);
      const accept = actions.filter((a) => a.title === 'Accept "2.6 亿美元" in this workspace');
      assert.equal(accept.length, 1, `menu: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(accept[0].edit, undefined, 'it should run a command, not edit the draft');
      const before = doc.getText();

      await runCodeAction(accept[0]);
      assert.equal(doc.getText(), before, 'accepting a figure changed the draft');
      assert.deepEqual(JSON.parse(fs.readFileSync(acceptedFile().fsPath, 'utf8')), { acceptedFigures: ['2.6 亿美元'] });
      const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'the accepted figure to lose its diagnostic');
      assert.equal(doc.getText(ds[0].range), '1,142 points', describeDiagnostics(ds));

      // The file is watched: taking the figure out of the list by hand brings the finding back.
      fs.writeFileSync(acceptedFile().fsPath, '{ "acceptedFigures": [] }\n');
      await waitForDiagnostics(doc.uri, (d) => hasDiagnosticOn('figure-mismatch', '2.6 亿美元')(d, doc), 'the figure to be flagged again once it is out of .paper-check.json');
    });
  });
});

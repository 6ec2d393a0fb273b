/** Quick fixes: applying one replaces exactly the figure or name, and the finding goes away. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, diagnosticAt, openChecked, quickFixes, rangeOf, revert, waitForDiagnostics } from './helpers';

async function applyOnlyFix(doc: vscode.TextDocument, wrong: string, right: string, code: string): Promise<void> {
  const range = rangeOf(doc, wrong);
  const before = doc.getText();
  const fixes = (await quickFixes(doc.uri, range)).filter((a) => a.title.includes(right));
  assert.equal(fixes.length, 1, `expected one quick fix to "${right}", got: ${fixes.map((a) => a.title).join(' | ') || '(none)'}`);
  const fix = fixes[0];
  assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);
  assert.equal(fix.isPreferred, true);
  assert.ok(fix.edit, 'the quick fix has no edit');
  assert.ok(await vscode.workspace.applyEdit(fix.edit), 'workspace.applyEdit refused the fix');

  const start = doc.offsetAt(range.start);
  const expected = before.slice(0, start) + right + before.slice(start + wrong.length);
  assert.notEqual(doc.getText(), before, `the fix left "${wrong}" as it was`);
  assert.equal(doc.getText(), expected, `the fix did not write exactly "${right}" in place of "${wrong}" (or changed more)`);
  const fixed = new vscode.Range(range.start, range.start.translate(0, right.length));
  const ds = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => x.range.intersection(fixed)), `the ${code} diagnostic to go away`);
  assert.equal(diagnosticAt(ds, fixed), undefined, describeDiagnostics(ds));
}

describe('quick fixes', () => {
  const opened: vscode.TextDocument[] = [];
  afterEach(async () => {
    for (const d of opened) await revert(d);
  });

  it('replace a mismatched figure with exactly the paper figure', async () => {
    const doc = await openChecked('kling-review.md', (ds) => ds.some((d) => codeOf(d) === 'figure-mismatch'));
    opened.push(doc);
    await applyOnlyFix(doc, 'US$280 million', 'US$240 million', 'figure-mismatch');
    await applyOnlyFix(doc, '1,142 points', '1,124 points', 'figure-mismatch');
  });

  it('replace a misspelled name with exactly the paper spelling', async () => {
    const doc = await openChecked('search-notes.md', (ds) => ds.some((d) => codeOf(d) === 'name-misspelled'));
    opened.push(doc);
    await applyOnlyFix(doc, 'OneSerch', 'OneSearch', 'name-misspelled');
  });

  it('are not offered on a figure the paper agrees with', async () => {
    const doc = await openChecked('kling-review.md', (ds) => ds.some((d) => codeOf(d) === 'figure-mismatch'));
    const titles = (await quickFixes(doc.uri, rangeOf(doc, 'US$20 million'))).map((a) => a.title);
    assert.equal(titles.filter((t) => /paper/i.test(t)).length, 0, titles.join(' | '));
  });
});

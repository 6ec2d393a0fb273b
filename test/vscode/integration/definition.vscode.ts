/**
 * Go to Definition / Peek on a figure: the paper's passage, served as a read-only `paper-check-source:`
 * document; and "Show source passage" (the hover's link, paperCheck.showSource) opening it with the figure selected.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, hoverText, inside, openChecked } from './helpers';

const SCHEME = 'paper-check-source';

async function definitions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]> {
  const found = (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position)) ?? [];
  return found.map((l) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetRange) : l));
}

describe('go to the source passage', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await openChecked('kling-review.md');
  });
  afterEach(async () => {
    // Close the paper's tabs (read-only, never dirty); the drafts stay as the other suites left them.
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === SCHEME);
    await vscode.window.tabGroups.close(tabs);
  });

  it('Go to Definition on a figure gives the paper passage stating it, as a paper-check-source: document', async () => {
    const locations = (await definitions(doc.uri, inside(doc, 'US$280 million'))).filter((l) => l.uri.scheme === SCHEME);
    assert.equal(locations.length, 1, `definitions: ${locations.map((l) => l.uri.toString()).join(', ') || '(none)'}`);
    const [location] = locations;
    const source = await vscode.workspace.openTextDocument(location.uri);
    assert.equal(source.uri.scheme, SCHEME);
    assert.equal(source.getText(location.range), '2.4 亿美元');
    assert.match(source.lineAt(location.range.start.line).text, /年化收入运行率 \(ARR\) 达 2\.4 亿美元/);
    // The whole paper the extension ships, as it is.
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    assert.equal(source.getText(), fs.readFileSync(path.join(ext.extensionPath, 'data', 'paper.md'), 'utf8'), 'the source document is not the shipped paper');

    // A supported figure leads to its own passage too.
    const agreed = (await definitions(doc.uri, inside(doc, 'US$20 million'))).filter((l) => l.uri.scheme === SCHEME);
    assert.equal(agreed.length, 1);
    assert.equal((await vscode.workspace.openTextDocument(agreed[0].uri)).getText(agreed[0].range), '2000 万美元');

    // Plain prose and a figure the paper does not state have no definition.
    assert.equal((await definitions(doc.uri, inside(doc, 'Leaderboard'))).filter((l) => l.uri.scheme === SCHEME).length, 0);
    assert.equal((await definitions(doc.uri, inside(doc, '95 million'))).filter((l) => l.uri.scheme === SCHEME).length, 0);
  });

  it('the source document is read-only', async () => {
    const [location] = (await definitions(doc.uri, inside(doc, '1,142 points'))).filter((l) => l.uri.scheme === SCHEME);
    assert.ok(location, 'no definition for 1,142 points');
    const source = await vscode.workspace.openTextDocument(location.uri);
    assert.equal(source.getText(location.range), '1124 分');
    // No file system behind it (a content provider's document): nothing could save it.
    assert.equal(vscode.workspace.fs.isWritableFileSystem(SCHEME), undefined);
    const editor = await vscode.window.showTextDocument(source);
    const text = source.getText();
    // The editor refuses edits (TextEditor.edit reports success either way: look at the text).
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'edited '));
    assert.equal(source.getText(), text, 'the paper was edited in its editor');
    assert.equal(source.isDirty, false);
  });

  it('"Show source passage" (paperCheck.showSource) opens the passage with the figure selected', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    // Without arguments (the Command Palette): the figure under the cursor.
    editor.selection = new vscode.Selection(inside(doc, 'US$280 million'), inside(doc, 'US$280 million'));
    await vscode.commands.executeCommand('paperCheck.showSource');
    let active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.scheme, SCHEME, `the active editor is ${active?.document.uri.toString()}`);
    assert.equal(active.document.getText(active.selection), '2.4 亿美元');

    // With the hover link's own arguments.
    await vscode.window.showTextDocument(doc);
    const hover = await hoverText(doc.uri, inside(doc, '1,142 points'));
    const link = /\(command:paperCheck\.showSource\?([^)]+)\)/.exec(hover);
    assert.ok(link, `the hover has no "Show source passage" link: ${hover}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand('paperCheck.showSource', ...args);
    active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.scheme, SCHEME, `the active editor is ${active?.document.uri.toString()}`);
    assert.equal(active.document.getText(active.selection), '1124 分');
    assert.ok(active.visibleRanges.some((r) => r.contains(active!.selection)), 'the selected figure is not scrolled into view');
  });
});

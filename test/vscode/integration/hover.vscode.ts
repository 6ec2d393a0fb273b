/** Hovers: the paper's own passage for the figure under the cursor. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openChecked, rangeOf } from './helpers';

describe('hover', () => {
  let doc: vscode.TextDocument;
  const inside = (text: string) => rangeOf(doc, text).start.translate(0, 2);

  before(async () => {
    // Any diagnostic tells that the server has this document; the hovers do not depend on their details.
    doc = await openChecked('kling-review.md');
  });

  it('on a figure the paper agrees with shows the paper passage', async () => {
    const text = await hoverText(doc.uri, inside('US$20 million'));
    assert.match(text, /单月收入/, `hover was: ${text}`);
    assert.match(text, /Paper Check/);
  });

  it('on a mismatched figure shows the paper figure and passage', async () => {
    const text = await hoverText(doc.uri, inside('US$280 million'));
    assert.match(text, /US\$240 million/, `hover was: ${text}`);
    assert.match(text, /年化收入运行率/, `hover was: ${text}`);
    const points = await hoverText(doc.uri, inside('1,142 points'));
    assert.match(points, /1,124 points/, `hover was: ${points}`);
    assert.match(points, /再次登顶/, `hover was: ${points}`);
  });

  it('on plain prose shows nothing from Paper Check', async () => {
    const text = await hoverText(doc.uri, inside('Leaderboard'));
    assert.doesNotMatch(text, /Paper Check/, `hover was: ${text}`);
  });
});

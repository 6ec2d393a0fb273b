/** Which Paper Check is under test: the copy installed from the .vsix, not the working tree. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openChecked } from './helpers';

describe('the extension under test', () => {
  it('is the installed .vsix copy, activated by a Markdown document', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    // Set by the runners (scripts/vscode/run.sh, electron-runner.ts) to the folder the .vsix was installed into.
    const expected = process.env.PAPER_CHECK_EXPECTED_EXTENSION_PATH;
    assert.ok(expected, 'PAPER_CHECK_EXPECTED_EXTENSION_PATH is not set: run the suites through a runner that installs the .vsix');
    assert.equal(fs.realpathSync(ext.extensionPath), fs.realpathSync(expected), 'the extension running is not the one installed from the .vsix');
    // The working tree has sources; a packaged extension has only what .vscodeignore lets through.
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'server.js')), 'dist/server.js is not in the extension');
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'data', 'paper.md')), 'data/paper.md is not in the extension');
    assert.equal(fs.existsSync(path.join(ext.extensionPath, 'server', 'src')), false, 'the extension under test is a source tree, not the .vsix');

    await openChecked('kling-review.md');
    assert.equal(ext.isActive, true);
    assert.equal(ext.packageJSON.name, 'paper-check');
  });
});

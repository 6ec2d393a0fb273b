/**
 * Crash recovery: when the language server process dies (SIGKILL, as the kernel's OOM killer would), the client
 * starts a new one and the open drafts get their diagnostics again. Run last (index.ts): it kills the server.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, describeDiagnostics, hasDiagnosticOn, openChecked, poll, revert, waitForDiagnostics } from './helpers';

/** PIDs of the Paper Check language servers this extension host started: children of this process running dist/server.js. */
function languageServers(): number[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const scripts = new Set([path.join(ext.extensionPath, 'dist', 'server.js'), path.join(fs.realpathSync(ext.extensionPath), 'dist', 'server.js')]);
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (!args.some((a) => scripts.has(a))) continue;
      const ppid = Number(/^PPid:\s*(\d+)/m.exec(fs.readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
      if (ppid === process.pid) pids.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    // A zombie (not yet reaped by its parent) is dead too.
    return !/^State:\s*Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

describe('crash recovery', function () {
  this.timeout(60_000);
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await openChecked('kling-review.md', hasDiagnosticOn('figure-mismatch', 'US$280 million'));
  });
  after(async () => revert(doc));

  it('a killed language server is restarted and the open draft is checked again, edits included', async () => {
    const before = languageServers();
    assert.equal(before.length, 1, `expected one language server child of the extension host (pid ${process.pid}), found: ${before.join(', ') || 'none'}`);
    const [old] = before;

    // The client clears the dead server's diagnostics, then the new server publishes its own.
    const cleared = waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'the dead server\'s diagnostics to be cleared', 20_000);
    process.kill(old, 'SIGKILL');
    await cleared;
    await poll(() => (alive(old) ? undefined : true), `language server ${old} to die`);

    // An edit made while it restarts: only a live server can report the figures at their new lines.
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'Written while the checker restarted.\n\n')));
    const ds = await waitForDiagnostics(doc.uri, (d) => hasDiagnosticOn('figure-mismatch', 'US$280 million')(d, doc) && d.length === 3,
      'the restarted server\'s diagnostics, at the edited positions', 30_000);
    const arr = ds.find((d) => doc.getText(d.range) === 'US$280 million');
    assert.equal(arr?.range.start.line, 9, describeDiagnostics(ds));

    const now = await poll(() => {
      const pids = languageServers();
      return pids.length ? pids : undefined;
    }, 'a new language server process');
    assert.equal(now.length, 1, `language servers now: ${now.join(', ')}`);
    assert.notEqual(now[0], old, 'the same server process is still running');

    // The server answers requests again, not only diagnostics.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, arr.range.start.translate(0, 2));
    assert.ok(hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Paper Check'))), 'no hover after the restart');
  });
});

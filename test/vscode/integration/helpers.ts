/** Shared helpers for the `*.vscode.ts` suites: they run inside the real extension host, against the fixture workspace. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'paper-check.paper-check';
export const SOURCE = 'paper-check';

/** A file of the fixture workspace (a copy of test/vscode/workspace/). */
export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** Paper Check's diagnostics for `uri` (other extensions' are ignored). */
export function paperCheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).join(', ');
}

/**
 * Resolves with Paper Check's diagnostics for `uri` as soon as `predicate` holds for them: checks now, then on
 * every onDidChangeDiagnostics event for `uri`. No sleeping; `timeoutMs` only bounds a hang.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let settled = false;
    const check = () => {
      if (settled) return;
      const ds = paperCheckDiagnostics(uri);
      let ok = false;
      try {
        ok = predicate(ds);
      } catch (e) {
        settled = true;
        sub.dispose();
        clearTimeout(timer);
        reject(e);
        return;
      }
      if (!ok) return;
      settled = true;
      sub.dispose();
      clearTimeout(timer);
      resolve(ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${key}; Paper Check diagnostics now: ${describeDiagnostics(paperCheckDiagnostics(uri))}`));
    }, timeoutMs);
    check();
  });
}

/** Resolves when the extension host closes the document `uri`. */
export function waitForClose(uri: vscode.Uri, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return resolve();
    const sub = vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.toString() !== key) return;
      sub.dispose();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${key} to close`));
    }, timeoutMs);
  });
}

/** The range of the `nth` occurrence of `text` in `doc`. */
export function rangeOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${nth + 1}) is not in ${doc.uri.toString()}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
}

/** The one diagnostic whose range is exactly `range`. */
export function diagnosticAt(ds: readonly vscode.Diagnostic[], range: vscode.Range): vscode.Diagnostic | undefined {
  return ds.find((d) => d.range.isEqual(range));
}

/** A predicate: some diagnostic has `code` and exactly the range of `text` in `doc`. */
export function hasDiagnosticOn(code: string, text: string) {
  return (ds: vscode.Diagnostic[], doc: vscode.TextDocument) => ds.some((d) => codeOf(d) === code && d.range.isEqual(rangeOf(doc, text)));
}

/**
 * Opens a fixture file in an editor and waits until Paper Check has published diagnostics for it (the first
 * call also waits for the extension to activate and its server to start, hence the longer bound).
 */
export async function openChecked(
  name: string,
  predicate: (ds: vscode.Diagnostic[], doc: vscode.TextDocument) => boolean = (ds) => ds.length > 0,
): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc);
  await waitForDiagnostics(doc.uri, (ds) => predicate(ds, doc), `Paper Check diagnostics for ${name}`, 20_000);
  return doc;
}

/** Throws away unsaved edits of `doc` (a file: back to what is on disk). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(doc.isDirty, false, `could not revert ${doc.uri.toString()}`);
}

/** The plain text of every hover the editor would show at `position`. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/**
 * vscode.executeCodeActionProvider, asked again (at most twice) when it comes back empty: VS Code cancels a code
 * action request, and returns nothing, when any code action provider for the document registers or unregisters
 * meanwhile (the built-in Markdown extension does, while it starts). A provider that offers nothing still fails.
 */
async function executeCodeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 0; attempt < 3 && actions.length === 0; attempt++) {
    const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
    actions = all.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
  }
  return actions;
}

/** The quick fixes the editor would offer for `range`. */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return executeCodeActions(uri, range, vscode.CodeActionKind.QuickFix.value);
}

/** A position a couple of characters inside the first occurrence of `text` in `doc`. */
export function inside(doc: vscode.TextDocument, text: string, nth = 0): vscode.Position {
  return rangeOf(doc, text, nth).start.translate(0, 2);
}

/**
 * Sets (or, with `undefined`, removes) a `paperCheck.*` setting in the workspace's .vscode/settings.json, as a
 * writer does in the Settings editor. The server hears of it through the client (workspace/didChangeConfiguration)
 * and re-checks the open documents: wait on their diagnostics, not on this.
 */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('paperCheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** The code actions for `range`, of `kind` or (without one) all that the lightbulb would list, including those that run a command instead of an edit. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return executeCodeActions(uri, range, kind);
}

/** Runs a code action the way the editor does: its edit first, then its command. */
export async function runCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `workspace.applyEdit refused "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Resolves with `probe()`'s first defined value, probing every `everyMs`: only for states no VS Code event reports (processes). */
export async function poll<T>(probe: () => T | undefined, what: string, timeoutMs = 15_000, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The workbench bench's probe: loaded by the extension host as extensionTestsPath (bench/workbench/run.mjs
 * passes it in the workbench URL, beside the Paper Check installed from the .vsix), it times what a writer
 * waits for, with the `vscode` API, and writes the numbers to the JSON file the plan names:
 *   - keystroke → diagnostics: a space typed mid-draft (TextEditor.edit) until
 *     languages.onDidChangeDiagnostics names the draft, per draft size and paperCheck.debounceMs value;
 *   - a folder of drafts: the "Check all drafts in the workspace" command, and opening every draft as a
 *     document, each until every draft has had its diagnostics published.
 * The plan (PAPER_CHECK_BENCH_PLAN, a JSON file) comes through code-server's environment, which the
 * extension host inherits. Every wait has a timeout; a failed section is recorded and the next one runs.
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';

/** What run.mjs asks for (written to the file PAPER_CHECK_BENCH_PLAN names). */
interface Plan {
  /** Where to write the results (JSON). */
  out: string;
  /** Drafts to type into, each opened in an editor: absolute paths, with their nominal size. */
  editDrafts: { size: number; path: string }[];
  /** paperCheck.debounceMs values to measure the edits under; null: the setting's default (unset). */
  debounces: (number | null)[];
  warmupEdits: number;
  edits: number;
  /** The drafts of the folder (absolute paths), all in the open workspace folder. */
  folderDrafts: string[];
  /** Bound on any single wait. */
  waitMs: number;
}

const EXTENSION_ID = 'paper-check.paper-check';
const SOURCE = 'paper-check';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves when `ready()` holds, checked now and on every onDidChangeDiagnostics event for `uri`; rejects after `timeoutMs`. */
function diagnosticsFor(uri: vscode.Uri, ready: () => boolean, what: string, timeoutMs: number): Promise<number> {
  const key = uri.toString();
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      sub.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(performance.now());
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key) && ready()) finish();
    });
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    if (ready()) finish();
  });
}

const paperCheckDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

/**
 * Where to type so that the draft's next diagnostics can be told from the last ones: a space typed into
 * whitespace (which changes no figure, word or Markdown structure) earlier on the line of a diagnostic near
 * the middle of the draft moves that diagnostic one character right. Returns the place and the diagnostic's
 * start after the edit; undefined when no line offers such a place.
 */
function typingPlace(doc: vscode.TextDocument): { at: vscode.Position; expect: vscode.Position } | undefined {
  const middle = doc.lineCount / 2;
  const ds = paperCheckDiagnostics(doc.uri).filter((d) => d.range.isSingleLine).sort((a, b) => Math.abs(a.range.start.line - middle) - Math.abs(b.range.start.line - middle));
  for (const d of ds) {
    const line = doc.lineAt(d.range.start.line).text;
    for (let c = d.range.start.character - 1; c >= 1; c--) {
      if (line[c] === ' ' && !/\d/.test(line[c - 1]) && !/\d/.test(line[c + 1] ?? '')) {
        return { at: new vscode.Position(d.range.start.line, c), expect: d.range.start.translate(0, 1) };
      }
    }
  }
  return undefined;
}

function percentile(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const summary = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), max: xs.length ? Math.max(...xs) : null, samples: xs });

/** The language server processes this extension host started, with their command lines (which name the transport). */
function languageServers(extensionPath: string): { pid: number; args: string[] }[] {
  const out: { pid: number; args: string[] }[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (!args.some((a) => a.endsWith('/dist/server.js') && a.startsWith(fs.realpathSync(extensionPath).replace(/\/$/, '')))) continue;
      const ppid = Number(/^PPid:\s*(\d+)/m.exec(fs.readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
      if (ppid === process.pid) out.push({ pid: Number(name), args: args.slice(1) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/**
 * One typed character at a time: the edit is made, then the time is taken when the extension host has the
 * new text (onDidChangeTextDocument) and when the draft's diagnostics change after that. The next character
 * is typed only once the last one's diagnostics have arrived.
 */
async function typeInto(editor: vscode.TextEditor, count: number, waitMs: number) {
  const doc = editor.document;
  const fromEdit: number[] = [];
  const fromChange: number[] = [];
  const setFromEdit: number[] = [];
  const setFromChange: number[] = [];
  for (let i = 0; i < count; i++) {
    const place = typingPlace(doc);
    if (!place) throw new Error(`no place to type in ${doc.uri.fsPath}: no diagnostic with a space before it on its line`);
    let changedAt = 0;
    const changed = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && !changedAt) changedAt = performance.now();
    });
    // Ready once the text has changed and the diagnostic after the typed space has moved with it: only a
    // check of the new text publishes that.
    const moved = () => changedAt > 0 && paperCheckDiagnostics(doc.uri).some((d) => d.range.start.isEqual(place.expect));
    const published = diagnosticsFor(doc.uri, moved, `diagnostics after edit ${i + 1} of ${doc.uri.fsPath}`, waitMs);
    // The extension host fires onDidChangeDiagnostics 50 ms after the last change of any collection (a
    // debounce of its own), while the new diagnostics go to the window at once: so the time they are in
    // the host's collection is also taken, by looking every millisecond until they are (or the event came).
    let setAt = 0;
    let looking = true;
    const look = () => {
      if (!looking) return;
      if (moved()) setAt = performance.now();
      else setTimeout(look, 1);
    };
    const t0 = performance.now();
    setTimeout(look, 1);
    try {
      const applied = await editor.edit((b) => b.insert(place.at, ' '), { undoStopBefore: false, undoStopAfter: false });
      if (!applied) throw new Error(`edit ${i + 1} was not applied`);
      const t1 = await published;
      fromEdit.push(t1 - t0);
      fromChange.push(t1 - changedAt);
      setFromEdit.push((setAt || t1) - t0);
      setFromChange.push((setAt || t1) - changedAt);
    } finally {
      looking = false;
      changed.dispose();
      published.catch(() => {});
    }
  }
  return { fromEdit, fromChange, setFromEdit, setFromChange };
}

/** Sets paperCheck.debounceMs (null: back to the default) and waits for the server's re-check of `docs` it causes. */
async function setDebounce(value: number | null, docs: vscode.TextDocument[], waitMs: number) {
  const config = vscode.workspace.getConfiguration('paperCheck');
  const current = config.inspect<number>('debounceMs')?.globalValue ?? null;
  if (current === value) return;
  const rechecked = docs.map((d) => {
    let seen = false;
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === d.uri.toString())) seen = true; });
    return diagnosticsFor(d.uri, () => seen, `the re-check after the settings changed (${d.uri.fsPath})`, waitMs).finally(() => sub.dispose());
  });
  await config.update('debounceMs', value ?? undefined, vscode.ConfigurationTarget.Global);
  await Promise.all(rechecked);
}

/**
 * Waits until every draft in `uris` has had a diagnostics event since this was called that left Paper Check
 * findings on it (every draft of the folder has some); resolves with the time the last one came.
 */
function allPublished(uris: vscode.Uri[], what: string, timeoutMs: number): { done: Promise<number>; dispose(): void } {
  const waiting = new Set(uris.map((u) => u.toString()));
  let sub: vscode.Disposable | undefined;
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<number>((resolve, reject) => {
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      for (const u of e.uris) if (paperCheckDiagnostics(u).length) waiting.delete(u.toString());
      if (!waiting.size) resolve(performance.now());
    });
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}: ${waiting.size} of ${uris.length} drafts still without diagnostics`)), timeoutMs);
  });
  const dispose = () => { sub?.dispose(); clearTimeout(timer); };
  done.then(dispose, dispose);
  return { done, dispose };
}

/** Runs the plan; the extension host calls this as it would a test suite's entry point. */
export async function run(): Promise<void> {
  const planPath = process.env.PAPER_CHECK_BENCH_PLAN;
  if (!planPath) throw new Error('PAPER_CHECK_BENCH_PLAN is not set: run the probe through bench/workbench/run.mjs');
  const plan = JSON.parse(fs.readFileSync(planPath, 'utf8')) as Plan;
  const results: Record<string, unknown> = { transportEnv: process.env.PAPER_CHECK_TRANSPORT ?? null, hostNode: process.version, errors: [] as string[] };
  const errors = results.errors as string[];
  const write = () => fs.writeFileSync(plan.out, JSON.stringify(results, null, 2) + '\n');
  const section = async <T>(name: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (e) {
      errors.push(`${name}: ${(e as Error).stack ?? e}`);
      return null;
    }
  };

  try {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
    const tActivate = performance.now();
    await ext.activate();
    results.activateMs = performance.now() - tActivate;

    // Open the drafts to type into; their first diagnostics also show the server is up.
    const editors: { size: number; editor: vscode.TextEditor; openMs: number; chars: number }[] = [];
    for (const d of plan.editDrafts) {
      const uri = vscode.Uri.file(d.path);
      const t0 = performance.now();
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const t1 = await diagnosticsFor(uri, () => paperCheckDiagnostics(uri).length > 0, `first diagnostics of ${d.path}`, plan.waitMs);
      editors.push({ size: d.size, editor, openMs: t1 - t0, chars: doc.getText().length });
    }
    results.servers = languageServers(ext.extensionPath);

    const edits: unknown[] = [];
    results.edits = edits;
    for (const debounce of plan.debounces) {
      const ok = await section(`paperCheck.debounceMs = ${debounce ?? 'default'}`, () => setDebounce(debounce, editors.map((e) => e.editor.document), plan.waitMs));
      if (ok === null) continue;
      for (const e of editors) {
        await vscode.window.showTextDocument(e.editor.document, { preview: false });
        const editor = vscode.window.activeTextEditor;
        if (!editor) { errors.push(`no editor for ${e.size}`); continue; }
        const row = await section(`edits, ${e.size} chars, debounce ${debounce ?? 'default'}`, async () => {
          await typeInto(editor, plan.warmupEdits, plan.waitMs);
          const t = await typeInto(editor, plan.edits, plan.waitMs);
          return { size: e.size, chars: e.chars, openMs: e.openMs, debounceMs: debounce, diagnostics: paperCheckDiagnostics(editor.document.uri).length, fromEdit: summary(t.fromEdit), fromChange: summary(t.fromChange), setFromEdit: summary(t.setFromEdit), setFromChange: summary(t.setFromChange) };
        });
        if (row) edits.push(row);
        write();
      }
    }
    await section('debounce back to the default', () => setDebounce(null, editors.map((e) => e.editor.document), plan.waitMs));

    // The folder: the workspace command first (it skips drafts already open), then opening each draft.
    const uris = plan.folderDrafts.map((p) => vscode.Uri.file(p));
    results.folder = { drafts: uris.length };
    const folder = results.folder as Record<string, unknown>;
    folder.command = await section('paperCheck.checkWorkspace', async () => {
      const wait = allPublished(uris, 'the workspace check', plan.waitMs);
      const t0 = performance.now();
      const totals = await vscode.commands.executeCommand<{ files: number; mismatches: number; unsupported: number; names: number }>('paperCheck.checkWorkspace');
      const tCommand = performance.now();
      const tAll = await wait.done;
      return { allDiagnosedMs: tAll - t0, commandMs: tCommand - t0, totals, withFindings: uris.filter((u) => paperCheckDiagnostics(u).length > 0).length };
    });
    write();
    folder.open = await section('open every draft', async () => {
      const wait = allPublished(uris, 'diagnostics of the opened drafts', plan.waitMs);
      const t0 = performance.now();
      // One after another, as a writer opening them would; the checks run while the rest open. The window
      // keeps only the last 50 or so of the documents an extension opens without an editor and closes the
      // others (the server then clears their diagnostics), so each draft counts once its own fresh findings came.
      for (const u of uris) await vscode.workspace.openTextDocument(u);
      const tOpened = performance.now();
      const tAll = await wait.done;
      return { allDiagnosedMs: tAll - t0, openedMs: tOpened - t0, withFindings: uris.filter((u) => paperCheckDiagnostics(u).length > 0).length };
    });
    // Let the last publishes settle before the window goes away.
    await sleep(200);
  } catch (e) {
    errors.push(`probe: ${(e as Error).stack ?? e}`);
  } finally {
    write();
  }
}

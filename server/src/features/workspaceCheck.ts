/**
 * Checks every draft in the workspace folders (not only open ones) and publishes their diagnostics, with
 * progress, so the Problems panel shows the whole folder before sign-off.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FactIndex } from '../core/factIndex';
import { checkText } from '../core/incremental';
import { applySilence } from '../core/silence';
import type { Settings } from '../settings';
import { statsOf, toDiagnostics } from './diagnostics';

const MAX_FILES = 5000;
const EXTENSIONS: Record<string, string[]> = { markdown: ['.md', '.markdown'], plaintext: ['.txt'] };

/** Draft files under `root`, skipping dependencies and hidden folders. */
export function draftFiles(root: string, languages: string[]): string[] {
  const wanted = new Set(languages.flatMap((l) => EXTENSIONS[l] ?? []));
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (out.length >= MAX_FILES || name === 'node_modules' || name.startsWith('.')) continue;
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (wanted.has(extname(name).toLowerCase()) && !/\.paper-check\.md$/i.test(name)) out.push(p);
    }
  };
  walk(root);
  return out;
}

export interface WorkspaceTotals {
  files: number;
  mismatches: number;
  unsupported: number;
  names: number;
}

/** Checks the drafts under `roots` that are not open (`isOpen`), publishing each file's diagnostics. */
export async function checkWorkspace(connection: Connection, roots: string[], index: FactIndex, settings: Settings,
  accepted: ReadonlySet<string>, isOpen: (uri: string) => boolean): Promise<WorkspaceTotals> {
  const files = roots.flatMap((r) => draftFiles(r, settings.languages));
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Paper Check', 0, `Checking ${files.length} drafts…`, true);
  const totals: WorkspaceTotals = { files: 0, mismatches: 0, unsupported: 0, names: 0 };
  try {
    for (const [i, file] of files.entries()) {
      if (progress.token.isCancellationRequested) break;
      const uri = pathToFileURL(file).href;
      totals.files++;
      if (isOpen(uri)) continue;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      if (text.length > settings.maxDocumentSize) continue;
      const result = applySilence(text, checkText(text, index, { reportUnsupported: settings.reportUnsupported }), accepted);
      const stats = statsOf(result);
      totals.mismatches += stats.mismatches;
      totals.unsupported += stats.unsupported;
      totals.names += stats.names;
      connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(TextDocument.create(uri, 'markdown', 0, text), result, settings.severity, settings.maxNumberOfProblems) });
      progress.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length} ${file.slice(file.lastIndexOf('/') + 1)}`);
      // Let other requests (typing in an open draft) through between files.
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    progress.done();
  }
  return totals;
}

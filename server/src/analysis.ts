/**
 * One check per open document version, shared by diagnostics, hover, code actions and the status bar, so
 * a document is checked once per edit, not once per request. Each document keeps a chunk-level checker
 * (an edit re-reads only the chunks it touched); silence (comment directives, accepted figures) is applied
 * to the whole document afterwards.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from './core/checker';
import type { FactIndex } from './core/factIndex';
import { DocumentChecker } from './core/incremental';
import { applySilence } from './core/silence';
import type { Settings } from './settings';

interface Entry {
  checker: DocumentChecker;
  key: string;
  version?: number;
  raw?: CheckResult;
  silencedFor?: number;
  result?: CheckResult;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly index: () => FactIndex, private readonly accepted: () => { version: number; keys: ReadonlySet<string> }) {}

  /** The check of `doc` at its current version, computed on first use. */
  get(doc: TextDocument, settings: Settings): CheckResult {
    const key = String(settings.reportUnsupported);
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.key !== key) {
      entry = { checker: new DocumentChecker(this.index(), { reportUnsupported: settings.reportUnsupported }), key };
      this.entries.set(doc.uri, entry);
    }
    const text = doc.getText();
    if (entry.version !== doc.version || !entry.raw) {
      entry.raw = entry.checker.check(text);
      entry.version = doc.version;
      entry.result = undefined;
    }
    const accepted = this.accepted();
    if (!entry.result || entry.silencedFor !== accepted.version) {
      entry.result = applySilence(text, entry.raw, accepted.keys);
      entry.silencedFor = accepted.version;
    }
    return entry.result;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Drops every document's cache (the index changed). */
  clear(): void {
    this.entries.clear();
  }
}

/**
 * One check per open document version, shared by diagnostics, hover and code actions so that a document
 * is checked once per edit, not once per request. Each document keeps a chunk-level checker, so an edit
 * re-reads only the chunks it touched.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from './core/checker';
import type { FactIndex } from './core/factIndex';
import { DocumentChecker } from './core/incremental';
import type { Settings } from './settings';

interface Entry {
  checker: DocumentChecker;
  key: string;
  version?: number;
  result?: CheckResult;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly index: () => FactIndex) {}

  /** The check of `doc` at its current version, computed on first use. */
  get(doc: TextDocument, settings: Settings): CheckResult {
    const key = String(settings.reportUnsupported);
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.key !== key) {
      entry = { checker: new DocumentChecker(this.index(), { reportUnsupported: settings.reportUnsupported }), key };
      this.entries.set(doc.uri, entry);
    }
    if (entry.version !== doc.version || !entry.result) {
      entry.result = entry.checker.check(doc.getText());
      entry.version = doc.version;
    }
    return entry.result;
  }

  /** The last result computed for `uri`, if any (never computes). */
  peek(uri: string, version: number): CheckResult | undefined {
    const entry = this.entries.get(uri);
    return entry?.version === version ? entry.result : undefined;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Drops every document's cache (the index changed). */
  clear(): void {
    this.entries.clear();
  }
}

/**
 * One cached check per open document version, shared by diagnostics, hover and code actions so that a
 * document is checked once per edit, not once per request.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, type CheckResult } from './core/checker';
import type { FactIndex } from './core/factIndex';
import type { Settings } from './settings';

export class AnalysisCache {
  private readonly results = new Map<string, { version: number; key: string; result: CheckResult }>();

  constructor(private readonly index: () => FactIndex) {}

  /** The check of `doc` at its current version, computed on first use. */
  get(doc: TextDocument, settings: Settings): CheckResult {
    const key = String(settings.reportUnsupported);
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.key === key) return cached.result;
    const result = checkDocument(doc.getText(), this.index(), { reportUnsupported: settings.reportUnsupported });
    this.results.set(doc.uri, { version: doc.version, key, result });
    return result;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }
}

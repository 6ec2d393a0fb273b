/** Findings → LSP diagnostics: offsets become positions here, at the edge; severity comes from the settings. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/checker';
import type { Settings, SeverityName } from '../settings';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'paper-check';

/** The diagnostics of a checked document; codes set to "off" are left out. */
export function toDiagnostics(doc: TextDocument, result: CheckResult, severity: Settings['severity']): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of result.findings) {
    const level = severity[f.code];
    if (level === 'off') continue;
    out.push({
      range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
      severity: SEVERITY[level],
      code: f.code,
      source: SOURCE,
      message: f.message,
      ...(f.replacement !== undefined ? { data: { replacement: f.replacement } } : {}),
    });
  }
  return out;
}

/** A diagnostic saying why a document was not checked. */
export function skippedDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message };
}

/** Counts for the status bar: figures checked and findings by code. */
export function statsOf(result: CheckResult): { checked: number; mismatches: number; unsupported: number; names: number } {
  return {
    checked: result.checked,
    mismatches: result.findings.filter((f) => f.code === 'figure-mismatch').length,
    unsupported: result.findings.filter((f) => f.code === 'figure-unsupported').length,
    names: result.findings.filter((f) => f.code === 'name-misspelled').length,
  };
}

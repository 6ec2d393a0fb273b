/** Findings → LSP diagnostics: offsets become positions here, at the edge. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FindingCode, type CheckResult } from '../core/checker';

const SEVERITY: Record<FindingCode, DiagnosticSeverity> = {
  [FindingCode.FigureMismatch]: DiagnosticSeverity.Warning,
  [FindingCode.FigureUnsupported]: DiagnosticSeverity.Information,
  [FindingCode.NameMisspelled]: DiagnosticSeverity.Warning,
};

export const SOURCE = 'paper-check';

/** The diagnostics of a checked document. */
export function toDiagnostics(doc: TextDocument, result: CheckResult): Diagnostic[] {
  return result.findings.map((f) => ({
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.code],
    code: f.code,
    source: SOURCE,
    message: f.message,
    data: f.replacement !== undefined ? { replacement: f.replacement } : undefined,
  }));
}

/** A diagnostic saying why a document was not checked. */
export function skippedDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message };
}

/** Findings → LSP diagnostics: offsets become positions here, at the edge; severity comes from the settings. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FindingCode, type CheckResult, type Finding } from '../core/checker';
import type { Settings, SeverityName } from '../settings';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'paper-check';

/** What was built from one group of findings: its diagnostics, for the line the group began on. */
interface Built {
  line: number;
  severity: Settings['severity'];
  diagnostics: Diagnostic[];
}

/**
 * Diagnostics already built, by the findings array they came from. A chunk that did not change keeps its
 * findings array (core/incremental.ts), and a chunk starts a line, so while it starts on the same line its
 * diagnostics are the same objects: typing in a long draft builds only the edited chunk's.
 */
const built = new WeakMap<readonly Finding[], Built>();

/**
 * The diagnostics of a checked document; codes set to "off" are left out. At most `max` of them, the first in
 * document order, and then a note saying how many more there are (paperCheck.maxNumberOfProblems): past the
 * cap, typing in a long draft builds and sends nothing for its later findings.
 */
export function toDiagnostics(doc: TextDocument, result: CheckResult, severity: Settings['severity'], max = Infinity): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const group of result.groups) {
    if (!group.findings.length) continue;
    if (out.length >= max) return capped(out, max, result, severity);
    const line = doc.positionAt(group.start).line;
    let b = built.get(group.findings);
    if (!b || b.severity !== severity) {
      b = { line, severity, diagnostics: build(doc, group.start, group.findings, severity) };
      built.set(group.findings, b);
    } else if (b.line !== line) {
      // A group starts a line (FindingGroup), so its findings keep their columns and move by whole lines.
      const by = line - b.line;
      b = { line, severity, diagnostics: b.diagnostics.map((d) => ({ ...d, range: { start: { line: d.range.start.line + by, character: d.range.start.character }, end: { line: d.range.end.line + by, character: d.range.end.character } } })) };
      built.set(group.findings, b);
    }
    for (const d of b.diagnostics) out.push(d);
  }
  return out.length > max ? capped(out, max, result, severity) : out;
}

/** The first `max` diagnostics of `out` and a note at the last of them saying how many of the document's are not shown. */
function capped(out: Diagnostic[], max: number, result: CheckResult, severity: Settings['severity']): Diagnostic[] {
  const all = statsOf(result);
  const on = (code: FindingCode) => severity[code] !== 'off';
  const shown = (on(FindingCode.FigureMismatch) ? all.mismatches : 0) + (on(FindingCode.FigureUnsupported) ? all.unsupported : 0) + (on(FindingCode.NameMisspelled) ? all.names : 0);
  if (shown <= max) return out;
  const kept = out.slice(0, max);
  const at = kept[kept.length - 1].range.start;
  kept.push({
    range: { start: at, end: at }, severity: DiagnosticSeverity.Information, source: SOURCE,
    message: `Paper Check shows the first ${max} of ${shown} problems in this document; ${shown - max} more are not shown (paperCheck.maxNumberOfProblems).`,
  });
  return kept;
}

function build(doc: TextDocument, start: number, findings: readonly Finding[], severity: Settings['severity']): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const level = severity[f.code];
    if (level === 'off') continue;
    out.push({
      range: { start: doc.positionAt(start + f.start), end: doc.positionAt(start + f.end) },
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

/** Findings by code. */
interface CodeCounts {
  mismatches: number;
  unsupported: number;
  names: number;
}

/**
 * The counts of each findings array, by the array: a chunk that did not change keeps its array, so typing in
 * a long draft counts only the edited chunk's (the status bar and the cap's note count every keystroke).
 */
const counted = new WeakMap<readonly Finding[], CodeCounts>();
function countsOf(findings: readonly Finding[]): CodeCounts {
  let counts = counted.get(findings);
  if (!counts) {
    counts = { mismatches: 0, unsupported: 0, names: 0 };
    for (const f of findings) {
      if (f.code === FindingCode.FigureMismatch) counts.mismatches++;
      else if (f.code === FindingCode.FigureUnsupported) counts.unsupported++;
      else counts.names++;
    }
    counted.set(findings, counts);
  }
  return counts;
}

/** Counts for the status bar: figures checked and findings by code. */
export function statsOf(result: CheckResult): { checked: number; mismatches: number; unsupported: number; names: number } {
  const stats = { checked: result.checked, mismatches: 0, unsupported: 0, names: 0 };
  for (const g of result.groups) {
    const counts = countsOf(g.findings);
    stats.mismatches += counts.mismatches;
    stats.unsupported += counts.unsupported;
    stats.names += counts.names;
  }
  return stats;
}

/** Quick fixes: replace exactly the figure or name a finding is about with the paper's value. */
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FindingCode, type CheckResult } from '../core/checker';

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) => aStart <= bEnd && bStart <= aEnd;

/** Quick fixes for the findings that touch `range`. */
export function codeActionsFor(doc: TextDocument, range: Range, result: CheckResult): CodeAction[] {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const f of result.findings) {
    if (f.replacement === undefined || !overlaps(start, end, f.start, f.end)) continue;
    const editRange = { start: doc.positionAt(f.start), end: doc.positionAt(f.end) };
    const title = f.code === FindingCode.NameMisspelled ? `Change to "${f.replacement}"` : `Use the paper's figure: ${f.replacement}`;
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [{ range: editRange, message: f.message, code: f.code, source: 'paper-check' }],
      edit: { changes: { [doc.uri]: [{ range: editRange, newText: f.replacement }] } },
    });
  }
  return actions;
}

/** Hover: the paper's passage for the figure under the cursor. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/checker';
import { hoverMarkdown } from '../core/explain';

/** Hover for the figure at `position`, if a checked figure is there. */
export function hoverAt(doc: TextDocument, position: Position, result: CheckResult): Hover | null {
  const offset = doc.offsetAt(position);
  const j = result.judgements.find((x) => x.verdict !== 'silent' && offset >= x.entry.figure.start && offset <= Math.max(x.entry.figure.end, x.entry.figure.extentEnd));
  if (!j) return null;
  const finding = result.findings.find((f) => f.start === j.entry.figure.start);
  const value = hoverMarkdown(j, finding?.replacement);
  if (!value) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: doc.positionAt(j.entry.figure.start), end: doc.positionAt(j.entry.figure.end) },
  };
}

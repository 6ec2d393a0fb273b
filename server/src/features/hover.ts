/** Hover: the paper's passage for the figure under the cursor, with a link that opens it in place. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/checker';
import { hoverMarkdown } from '../core/explain';

/** The client command that opens a figure's source passage (Go to Definition on that figure). */
export const SHOW_SOURCE_COMMAND = 'paperCheck.showSource';

/**
 * Hover for the figure at `position`, if a checked figure is there. `sourceLink`: add a link that runs
 * the client's SHOW_SOURCE_COMMAND, for clients that have it (ours); other editors reach the passage
 * through Go to Definition.
 */
export function hoverAt(doc: TextDocument, position: Position, result: CheckResult, sourceLink = true): Hover | null {
  const offset = doc.offsetAt(position);
  const j = result.judgements.find((x) => x.verdict !== 'silent' && offset >= Math.min(x.entry.figure.start, x.entry.figure.extentStart) && offset <= Math.max(x.entry.figure.end, x.entry.figure.extentEnd));
  if (!j) return null;
  const finding = result.findings.find((f) => f.start === j.entry.figure.start);
  let value = hoverMarkdown(j, finding?.replacement, result.naming);
  if (!value) return null;
  if (j.fact && sourceLink) {
    const args = encodeURIComponent(JSON.stringify([{ uri: doc.uri, position: doc.positionAt(j.entry.figure.start) }]));
    value += `\n\n[Show source passage](command:${SHOW_SOURCE_COMMAND}?${args})`;
  }
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: doc.positionAt(j.entry.figure.start), end: doc.positionAt(j.entry.figure.end) },
  };
}

/**
 * Go to Definition / Peek on a figure: the passage of the source that states it. Sources are served to the
 * client as read-only documents under the `paper-check-source:` scheme.
 */
import type { Location, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/checker';

export const SOURCE_SCHEME = 'paper-check-source';

/** The read-only URI of the source named `name` (the n-th of the index's sources). */
export function sourceUri(sources: string[], name: string): string {
  const n = Math.max(0, sources.indexOf(name));
  const slug = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'source';
  return `${SOURCE_SCHEME}:/${slug}.md?${n}`;
}

/** The index of the source a `paper-check-source:` URI names, or -1. */
export function sourceIndexOf(uri: string): number {
  const m = new RegExp(`^${SOURCE_SCHEME}:/[^?]*\\?(\\d+)$`).exec(uri);
  return m ? Number(m[1]) : -1;
}

/**
 * Where the figure at `offset` is stated, as a location in its source: a read-only `paper-check-source:`
 * document, or, given `fileUriOf` (for editors without our client), the source's own file when it has one.
 */
export function definitionAt(offset: number, result: CheckResult, sources: string[], textOf: (name: string) => string | undefined,
  fileUriOf?: (name: string) => string | undefined): Location | null {
  const j = result.judgements.find((x) => x.fact && offset >= Math.min(x.entry.figure.start, x.entry.figure.extentStart) && offset <= Math.max(x.entry.figure.end, x.entry.figure.extentEnd));
  if (!j?.fact) return null;
  const text = textOf(j.fact.source);
  if (text === undefined) return null;
  const doc = TextDocument.create('source', 'markdown', 1, text);
  const start: Position = doc.positionAt(j.fact.figure.start);
  const end: Position = doc.positionAt(j.fact.figure.end);
  return { uri: fileUriOf?.(j.fact.source) ?? sourceUri(sources, j.fact.source), range: { start, end } };
}

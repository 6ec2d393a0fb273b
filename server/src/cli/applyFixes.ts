/**
 * `--fix`: every figure and name fix of a draft applied at once. Only the fixed ranges change; the rest of
 * the text (line ends, a byte-order mark, markup, spacing) is copied as it was.
 */
import type { Finding } from '../core/checker';
import { isFixable } from './findingRows';

/** A fix as applied, by offsets in the text before fixing. */
export interface AppliedFix {
  start: number;
  end: number;
  replacement: string;
}

/**
 * `text` with the fixes of `findings` applied. Findings are in document order (the checker sorts them); a
 * fix overlapping one already applied is left for the next run rather than guessed at.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: AppliedFix[] } {
  const applied: AppliedFix[] = [];
  const parts: string[] = [];
  let copiedTo = 0;
  for (const f of [...findings].filter(isFixable).sort((a, b) => a.start - b.start)) {
    if (f.start < copiedTo || f.end > text.length || f.start >= f.end) continue;
    parts.push(text.slice(copiedTo, f.start), f.replacement!);
    applied.push({ start: f.start, end: f.end, replacement: f.replacement! });
    copiedTo = f.end;
  }
  parts.push(text.slice(copiedTo));
  return { text: parts.join(''), applied };
}

/** The text of `bytes` when they are UTF-8 that decodes and encodes back to the same bytes, else undefined. */
export function utf8Text(bytes: Buffer): string | undefined {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : undefined;
}

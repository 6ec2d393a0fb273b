/**
 * Splits a Markdown document into independent chunks: runs of lines separated by blank lines, never
 * inside front matter, a fenced code block or an HTML comment, and never before an indented line (which
 * may continue a list item or code) or a line that starts with U+FEFF (read alone, it would be a byte order mark). Each chunk parses to the same prose alone as within the document,
 * so a document can be checked chunk by chunk and an edit re-checks only the chunk it touched.
 */
import { isBlank, mayBeCallout } from './callouts';

export interface Chunk {
  start: number;
  end: number;
}

/** Chunks of `source`, covering it end to end. Linear in its length. */
export function splitChunks(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let fence: string | null = null;
  let inComment = false;
  let inFrontMatter = /^\uFEFF?---\r?\n/.test(source);
  let lineStart = 0;
  let first = true;
  let paragraphStart = -1;
  let callout = false;
  // The reader carries a tab-separated header line down to the rows below it, across blocks (reader.ts):
  // a paragraph with a tab line is not split from a following paragraph that starts with one.
  let tabbed = false;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
    const next = lineEnd + 1;
    if (inFrontMatter) {
      if (!first && /^(?:---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    } else if (fence) {
      if (new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(line)) fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      if (line.includes('\t')) tabbed = true;
      else if (!isBlank(line) && paragraphStart < 0) tabbed = false;
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) fence = open[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
      else if (isBlank(line)) {
        // A callout keeps its caption (the next paragraph) in its chunk. A run of possible callouts stays in
        // one chunk: which of them pair off as callout and caption is the reader's to decide, from the run's start.
        if (paragraphStart >= 0) callout = mayBeCallout(source.slice(paragraphStart, lineStart));
        paragraphStart = -1;
        const following = source.slice(next, source.indexOf('\n', next) < 0 ? source.length : source.indexOf('\n', next));
        if (next < source.length && !callout && !(tabbed && following.includes('\t')) && !isBlank(following) && !/^(?: {4}|\t|\uFEFF)/.test(following) && lineEnd + 1 > chunkStart) {
          chunks.push({ start: chunkStart, end: next });
          chunkStart = next;
        }
      } else if (paragraphStart < 0) paragraphStart = lineStart;
    }
    first = false;
    if (lineEnd >= source.length) break;
    lineStart = next;
  }
  chunks.push({ start: chunkStart, end: source.length });
  return chunks.filter((c) => c.end > c.start || chunks.length === 1);
}

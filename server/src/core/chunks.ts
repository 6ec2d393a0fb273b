/**
 * Splits a Markdown document into independent chunks: runs of lines separated by blank lines, never
 * inside front matter, a fenced code block or an HTML comment, and never before an indented line (which
 * may continue a list item or code). Each chunk parses to the same prose alone as within the document,
 * so a document can be checked chunk by chunk and an edit re-checks only the chunk it touched.
 */

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
  let inFrontMatter = source.startsWith('---\n') || source.startsWith('---\r\n');
  let lineStart = 0;
  let first = true;
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
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) fence = open[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
      else if (line.trim() === '' && next < source.length) {
        const following = source.slice(next, source.indexOf('\n', next) < 0 ? source.length : source.indexOf('\n', next));
        if (following.trim() !== '' && !/^(?: {4}|\t)/.test(following) && lineEnd + 1 > chunkStart) {
          chunks.push({ start: chunkStart, end: next });
          chunkStart = next;
        }
      }
    }
    first = false;
    if (lineEnd >= source.length) break;
    lineStart = next;
  }
  chunks.push({ start: chunkStart, end: source.length });
  return chunks.filter((c) => c.end > c.start || chunks.length === 1);
}

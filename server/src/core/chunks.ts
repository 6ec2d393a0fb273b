/**
 * Splits a Markdown document into independent chunks: runs of lines separated by blank lines, never
 * inside front matter, a fenced code block or an HTML comment, and never before an indented line (which
 * may continue a list item or code) or a line that starts with U+FEFF (read alone, it would be a byte order mark),
 * and never between a paragraph ending in a colon and the list it introduces (listLeads.ts).
 * Each chunk parses to the same prose alone as within the document, so a document can be checked chunk by
 * chunk and an edit re-checks only the chunk it touched. After an edit, only the edited stretch is split
 * again (resplitChunks): a long draft costs per keystroke what its edited paragraph costs.
 */
import { isBlank, mayBeCallout } from './callouts';
import { ENDS_WITH_COLON, LIST_ITEM_LINE } from './listLeads';

export interface Chunk {
  start: number;
  end: number;
}

/**
 * A line indented to column 4 or more (four spaces, or up to three and a tab: a tab stops at column 4),
 * which alone would be code but may continue a list item; or a line starting with U+FEFF.
 */
const INDENTED_OR_BOM = /^(?: {4}| {0,3}\t|\uFEFF)/;

/** Where the line starting at `from` ends: at \n, or at a lone \r, which ends a line for the parser too (markdown.ts). */
function lineEndAt(source: string, from: number): number {
  const n = source.indexOf('\n', from);
  const end = n < 0 ? source.length : n;
  // (\r\n ends the line at its \n; a lone \r before it ends it there. Searched within the line only.)
  for (let i = from; i < end - 1; i++) if (source.charCodeAt(i) === 13) return i;
  return end;
}

/** Whether the paragraph starting at `from` (up to the next blank line) has a tab in any line. */
function paragraphHasTab(source: string, from: number): boolean {
  for (let lineStart = from; lineStart < source.length; ) {
    const lineEnd = lineEndAt(source, lineStart);
    const line = source.slice(lineStart, lineEnd);
    if (isBlank(line)) return false;
    if (line.includes('\t')) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

/**
 * Calls `boundary(at)` for each chunk boundary of `source` after `from`, in order, until it returns true.
 * `from` is 0 or a boundary: every boundary starts the splitter afresh (no fence, comment, callout or
 * front matter open, and what follows decides whether a tab table goes on), which is what lets an edit
 * re-split only from the boundary before it.
 */
function scanBoundaries(source: string, from: number, boundary: (at: number) => boolean): void {
  let fence: string | null = null;
  let inComment = false;
  // Front matter as the reader takes it (markdown.ts): a --- or +++ line opening the text, up to the same fence.
  const frontMatter = from === 0 ? /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n?|\n)/.exec(source)?.[1] : undefined;
  let inFrontMatter = !!frontMatter;
  let lineStart = from;
  let first = true;
  let paragraphStart = -1;
  let callout = false;
  // A paragraph ending in a colon keeps the list after it in its chunk, blank lines between items included:
  // the items are read at the time the lead names (listLeads.ts).
  let lastLine = '';
  let ledList = false;
  // The reader carries a tab-separated header line down to the rows below it, across blocks (reader.ts):
  // a paragraph with a tab line is not split from a following paragraph that has one.
  let tabbed = false;
  let chunkStart = from;
  while (lineStart <= source.length) {
    const lineEnd = lineEndAt(source, lineStart);
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
    const next = lineEnd + 1;
    if (inFrontMatter) {
      if (!first && line.replace(/[ \t]+$/, '') === frontMatter) inFrontMatter = false;
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
        if (paragraphStart >= 0) {
          callout = mayBeCallout(source.slice(paragraphStart, lineStart));
          const isItem = LIST_ITEM_LINE.test(source.slice(paragraphStart, lineEndAt(source, paragraphStart)));
          ledList = isItem ? ledList : ENDS_WITH_COLON.test(lastLine);
        }
        paragraphStart = -1;
        const following = source.slice(next, lineEndAt(source, next));
        if (next < source.length && !callout && !(tabbed && paragraphHasTab(source, next)) && !(ledList && LIST_ITEM_LINE.test(following)) && !isBlank(following) && !INDENTED_OR_BOM.test(following) && next > chunkStart) {
          chunkStart = next;
          if (boundary(next)) return;
        }
      } else {
        if (paragraphStart < 0) paragraphStart = lineStart;
        lastLine = line;
      }
    }
    first = false;
    if (lineEnd >= source.length) break;
    lineStart = next;
  }
}

/** Chunks from consecutive boundaries, ending at `end`. */
function chunksBetween(start: number, boundaries: number[], end: number): Chunk[] {
  const chunks: Chunk[] = [];
  let at = start;
  for (const b of boundaries) {
    chunks.push({ start: at, end: b });
    at = b;
  }
  chunks.push({ start: at, end });
  return chunks;
}

/** Chunks of `source`, covering it end to end. Linear in its length. */
export function splitChunks(source: string): Chunk[] {
  const boundaries: number[] = [];
  scanBoundaries(source, 0, (b) => {
    boundaries.push(b);
    return false;
  });
  return chunksBetween(0, boundaries, source.length);
}

/** Where `before` and `after` first differ, and how long a tail they share (not overlapping that start). */
export function changedSpan(before: string, after: string): { start: number; sharedTail: number } {
  const shortest = Math.min(before.length, after.length);
  // Compare in blocks first: a slice comparison is one native call, far cheaper than a loop per character.
  let start = 0;
  for (let block = 4096; block >= 1; block >>= 3) {
    while (start + block <= shortest && before.slice(start, start + block) === after.slice(start, start + block)) start += block;
  }
  const room = shortest - start;
  let tail = 0;
  for (let block = 4096; block >= 1; block >>= 3) {
    while (tail + block <= room && before.slice(before.length - tail - block, before.length - tail) === after.slice(after.length - tail - block, after.length - tail)) tail += block;
  }
  return { start, sharedTail: tail };
}

/** Chunks after an edit, each with the index of the old chunk of identical text it continues, or -1. */
export interface Resplit {
  chunks: Chunk[];
  origin: number[];
}

/**
 * The chunks of `after`, given the chunks `previous` of `before`: the same as splitChunks(after), but only
 * the stretch around the edit is scanned. Chunks before the edit are kept; scanning starts one chunk
 * before the edited one (a boundary looks at the line after it) and stops at the first boundary in the
 * unchanged tail that was also a boundary before the edit: from a boundary on, the splitter starts afresh
 * on the same text, so the old chunks, shifted, are what it would find.
 */
export function resplitChunks(before: string, previous: readonly Chunk[], after: string): Resplit {
  if (before === after) return { chunks: previous.slice(), origin: previous.map((_, i) => i) };
  const { start, sharedTail } = changedSpan(before, after);
  const delta = after.length - before.length;
  // The chunk holding the edit's start, and the one before it, are split again.
  let k = 0;
  while (k < previous.length - 1 && previous[k].end <= start) k++;
  const keep = Math.max(0, k - 1);
  const from = keep === 0 ? 0 : previous[keep].start;
  const untouched = after.length - sharedTail; // from here on, `after` is `before` shifted by delta
  const boundaries: number[] = [];
  let resume = -1; // index in `previous` of the old chunk that starts at the resynchronising boundary
  // Only a true boundary resynchronises: the document's start is read in another state (front matter).
  let j = Math.max(keep, 1);
  scanBoundaries(after, from, (b) => {
    boundaries.push(b);
    if (b < untouched) return false;
    while (j < previous.length && previous[j].start < b - delta) j++;
    if (j < previous.length && previous[j].start === b - delta) {
      resume = j;
      return true;
    }
    return false;
  });
  const chunks = previous.slice(0, keep);
  const origin = chunks.map((_, i) => i);
  const middle = resume < 0 ? chunksBetween(from, boundaries, after.length) : chunksBetween(from, boundaries.slice(0, -1), boundaries[boundaries.length - 1]);
  for (const c of middle) {
    chunks.push(c);
    origin.push(-1);
  }
  if (resume >= 0) {
    for (let i = resume; i < previous.length; i++) {
      chunks.push({ start: previous[i].start + delta, end: previous[i].end + delta });
      origin.push(i);
    }
  }
  return { chunks, origin };
}

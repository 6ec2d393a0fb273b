/**
 * The Markdown grammar drafts are parsed with: CommonMark and GFM tables (@lezer/markdown), plus the two
 * GFM pieces it lacks, footnote definitions and footnote calls, as lezer extensions. Front matter is not
 * syntax here: markdown.ts blanks it before parsing (it can only open a document).
 */
import { isAsciiLetterOrDigit } from './chars';
import { parser as commonMark, Table, type BlockContext, type InlineContext, type Line, type MarkdownParser } from '@lezer/markdown';

/** A footnote label, `[^label]`: no white space or bracket unless escaped, at most 999 characters. */
const LABEL = String.raw`\[\^((?:[^\]\\\s[]|\\[[\\\]]){1,999})\]`;
/** A footnote definition's start, where a block starts: `[^label]:`. */
const DEFINITION = new RegExp(`^${LABEL}:`);
/** Every line of a text that starts a footnote definition (up to three spaces in). */
const DEFINITION_LINES = new RegExp(`^ {0,3}${LABEL}:`, 'gm');
/** A footnote call where inline text is read. */
const CALL = new RegExp(`^${LABEL}`);
/** Any line that opens a block other than a paragraph, so it cannot be a lazy continuation of a footnote. */
const OPENS_BLOCK = /^ {0,3}(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|```|~~~|<|(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})$)/;

/** Labels are matched as GFM matches them: case-folded, runs of white space as one space. */
export const normalizeLabel = (label: string): string => label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();

/**
 * Footnote labels defined in the document being parsed. A call is only a call when its label is defined
 * (anywhere in the document, as GFM has it), so markdown.ts fills this before each parse.
 */
export const definedFootnotes = new Set<string>();

/** The labels of every footnote definition in a text, found line by line before the parse. */
export function collectFootnoteLabels(source: string): void {
  definedFootnotes.clear();
  if (!source.includes('[^')) return;
  for (const m of source.matchAll(DEFINITION_LINES)) definedFootnotes.add(normalizeLabel(m[1]));
}

/** Four columns of indentation: a tab, or four spaces, or fewer spaces then a tab. */
const INDENTED = /^(?: {4}| {0,3}\t)/;
const opensFootnoteDefinition = (line: Line): boolean =>
  line.indent - line.baseIndent < 4 && line.next === 91 /* [ */ && DEFINITION.test(line.text.slice(line.pos));
const isBlankLine = (line: Line): boolean => line.next < 0;

/**
 * A footnote definition and everything it holds: its first line, then lines that are indented four
 * columns or more, blank lines between them, and lazy continuation lines of its first paragraph.
 */
function parseFootnoteDefinition(cx: BlockContext, line: Line): boolean {
  if (!opensFootnoteDefinition(line)) return false;
  const from = cx.lineStart + line.pos;
  let to = cx.lineStart + line.text.length;
  let lazy = true;
  while (cx.nextLine()) {
    if (isBlankLine(line)) {
      lazy = false;
      const next = cx.peekLine();
      if (/^[ \t]*$/.test(next) || INDENTED.test(next)) continue;
      break;
    }
    if (line.indent - line.baseIndent >= 4 || (lazy && !OPENS_BLOCK.test(line.text.slice(line.pos)) && !DEFINITION.test(line.text.slice(line.pos)))) {
      to = cx.lineStart + line.text.length;
      continue;
    }
    break;
  }
  cx.addElement(cx.elt('FootnoteDefinition', from, to));
  return true;
}

/** A footnote call, `[^label]`, when the label is defined. */
function parseFootnoteCall(cx: InlineContext, next: number, pos: number): number {
  if (next !== 91 /* [ */ || cx.char(pos + 1) !== 94 /* ^ */ || !definedFootnotes.size) return -1;
  const m = CALL.exec(cx.slice(pos, Math.min(cx.end, pos + 1004)));
  if (!m || !definedFootnotes.has(normalizeLabel(m[1]))) return -1;
  return cx.addElement(cx.elt('FootnoteCall', pos, pos + m[0].length));
}

/**
 * Whether an inline parser of this grammar can start at a character: CommonMark's and ours start only at
 * ASCII punctuation or a space (\\ & ` < * _ [ ! ] and the space of a hard break); never at a letter, a
 * digit or any character past ASCII.
 */
const startsNoInline = (code: number): boolean => code >= 0x80 || isAsciiLetterOrDigit(code);

/**
 * Skips a run of characters at which no inline parser can start, in one step. lezer tries each of its
 * inline parsers at every character of a paragraph, and each returns at once at such a character; the run
 * adds no element, so the tree is the same. (Skipping runs: extractProse 0.70 → 0.59 ms per bench draft.)
 */
function skipPlainRun(cx: InlineContext, next: number, pos: number): number {
  if (!startsNoInline(next)) return -1;
  let end = pos + 1;
  while (end < cx.end && startsNoInline(cx.char(end))) end++;
  return end;
}

/** The configured parser: CommonMark, GFM tables, GFM footnotes. */
export const markdownParser: MarkdownParser = commonMark.configure([
  Table,
  {
    defineNodes: [{ name: 'FootnoteDefinition', block: true }, { name: 'FootnoteCall' }],
    parseBlock: [{
      name: 'FootnoteDefinition',
      parse: parseFootnoteDefinition,
      // GFM lets a definition interrupt a paragraph, as a block quote can.
      endLeaf: (_cx, line) => opensFootnoteDefinition(line),
      before: 'LinkReference',
    }],
    parseInline: [{ name: 'PlainRun', parse: skipPlainRun, before: 'Escape' }, { name: 'FootnoteCall', parse: parseFootnoteCall, before: 'Link' }],
  },
]);

/**
 * Markdown → prose. Parses a draft with a real CommonMark + GFM parser (@lezer/markdown, with GFM tables
 * and footnotes; markdownSyntax.ts) and keeps only the text a reader reads as claims: paragraphs,
 * headings and table cells. Everything else (front matter, code, HTML and comments, link targets, bare
 * URLs, images, footnote definitions and calls, Markdown's own marks) is blanked out, so offsets into the
 * prose are offsets into the source.
 *
 * lezer rather than micromark: on 5,000-character drafts it parses about three times faster, and the
 * parse was a third of a draft's check; its syntax tree carries every node's offsets.
 */
import { foldTraditional } from './chineseScript';
import type { SyntaxNodeRef, Tree } from '@lezer/common';
import { leadOfList } from './listLeads';
import { collectFootnoteLabels, markdownParser, normalizeLabel } from './markdownSyntax';

/** What a block of prose is, which matters for how its figures are read. */
export type BlockKind = 'heading' | 'paragraph' | 'tableRow';

/** One block of prose, by source offsets. */
export interface ProseBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading depth, for headings. */
  depth?: number;
  /** For table rows: the text of the table's header row, which names what each column holds. */
  header?: string;
  /** For the first paragraph of a list item: the paragraph that introduces the list with a colon, if any (listLeads.ts). */
  lead?: { start: number; end: number };
}

/** The prose of a document: `text` has the source's length, with non-prose blanked to spaces. */
export interface Prose {
  text: string;
  blocks: ProseBlock[];
}

export interface ProseOptions {
  /**
   * Read indented code as prose. Sources such as the paper lay tables out as tab-indented lines, which
   * CommonMark parses as code; drafts keep code silent.
   */
  indentedCodeIsProse?: boolean;
}

/** Nodes whose text is never prose (with everything inside them). */
const SKIPPED = new Set([
  'InlineCode', 'FencedCode', 'CodeBlock', 'HTMLBlock', 'CommentBlock', 'ProcessingInstructionBlock', 'HTMLTag', 'Comment',
  'ProcessingInstruction', 'Image', 'Autolink', 'LinkReference', 'FootnoteDefinition', 'FootnoteCall',
  'HeaderMark', 'EmphasisMark', 'CodeMark', 'LinkMark', 'URL', 'LinkTitle', 'LinkLabel', 'QuoteMark', 'ListMark',
  'TableDelimiter', 'HardBreak',
]);
const BLOCKS: Record<string, BlockKind> = {
  Paragraph: 'paragraph', TableHeader: 'tableRow', TableRow: 'tableRow', SetextHeading1: 'heading', SetextHeading2: 'heading',
  ATXHeading1: 'heading', ATXHeading2: 'heading', ATXHeading3: 'heading', ATXHeading4: 'heading', ATXHeading5: 'heading', ATXHeading6: 'heading',
};

/**
 * Front matter, as GFM tools read it: a `---` (YAML) or `+++` (TOML) line opening the document, up to the
 * same fence on a line of its own. It is blanked before parsing, which leaves blank lines to the parser.
 * A line ends at \r\n, \n, or a \r not before \n: one way only, or an unclosed fence over many \r\n lines
 * would be tried every way it can be cut into lines.
 */
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*(?:\r\n|\r(?!\n)|\n)(?:[^\n\r]*(?:\r\n|\r(?!\n)|\n))*?\1[ \t]*(?=[\r\n]|$)/;

/**
 * Bare web and e-mail addresses, as GFM's autolink literals have them: www. or http(s):// up to white
 * space or <, without trailing punctuation; and local@domain.tld.
 */
const BARE_ADDRESS = /(?<![\w.+-])(?:(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:;*_~)'"”’）】》]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi;

/** A link whose text is an address (written out as its own text) is not prose. */
const looksLikeAddress = (text: string): boolean => /^\s*(?:(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.\S+)\s*$/.test(text);

const isSpaceOrTab = (c: string): boolean => c === ' ' || c === '\t';
/** A text with every character but line ends made a space: offsets stay, the words go. */
const blankedText = (text: string): string => text.replace(/[^\n\r]/g, ' ');

/** Parses Markdown into prose blocks. Never throws: unparsable input yields an empty result. */
export function extractProse(source: string, options: ProseOptions = {}): Prose {
  // The prose as character codes, every one blank but line ends until a block's text is copied in: a typed
  // array rather than an array of one-character strings as long as the draft, joined at the end.
  const chars = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    chars[i] = c === LF || c === CR ? c : SPACE;
  }
  const blocks: ProseBlock[] = [];
  const { text: parsed, at } = parserText(source);
  try {
    collectFootnoteLabels(parsed);
    walk(markdownParser.parse(parsed), { source, parsed, at: at ? (p) => at[p] : (p) => p }, chars, blocks, options);
  } catch {
    return { text: blankedText(source), blocks: [] };
  }
  // Traditional characters are read as simplified, offsets kept (chineseScript.ts).
  foldTraditional(chars);
  let text = stringOf(chars);
  if (/www\.|https?:|@/i.test(text)) text = text.replace(BARE_ADDRESS, blankedText);
  return { text, blocks };
}

/**
 * The text the parser reads, and where each of its offsets lies in the source (null: the same place).
 * The parser ends lines at \n only and does not take a table whose lines end in spaces, so \r\n and \r
 * become \n, white space that ends a line is dropped (it means nothing to prose), and front matter and a
 * byte order mark become blank.
 */
function parserText(source: string): { text: string; at: Int32Array | null } {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const front = FRONT_MATTER.exec(bom ? source.slice(1) : source);
  const hidden = bom + (front ? front[0].length : 0);
  if (!hidden && !/[ \t](?:\n|$)|\r/.test(source)) return { text: source, at: null };
  const at = new Int32Array(source.length + 1);
  const out: string[] = [];
  let p = 0;
  let lineStart = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = i < source.length ? source.charCodeAt(i) : -1;
    if (c !== 10 && c !== 13 && c !== -1) continue;
    let end = i;
    while (end > lineStart && isSpaceOrTab(source[end - 1])) end--;
    if (lineStart < hidden) {
      // Front matter (and the mark) stays as blank space, so what follows parses as a new document.
      const cut = Math.min(end, hidden);
      out.push(' '.repeat(cut - lineStart), source.slice(cut, end));
    } else out.push(source.slice(lineStart, end));
    for (let k = lineStart; k < end; k++) at[p++] = k;
    at[p] = i;
    if (c === -1) break;
    out.push('\n');
    p++;
    if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return { text: out.join(''), at };
}

/** Copies a block's characters into the prose, without the white space that starts or ends each line. */
function copyLines(source: string, chars: Uint16Array, from: number, to: number): void {
  let i = from;
  while (i < to) {
    let lineEnd = i;
    while (lineEnd < to && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
    let s = i;
    let e = lineEnd;
    while (s < e && isSpaceOrTab(source[s])) s++;
    while (e > s && isSpaceOrTab(source[e - 1])) e--;
    for (let k = s; k < e; k++) chars[k] = source.charCodeAt(k);
    i = lineEnd + 1;
  }
}

function blank(chars: Uint16Array, from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== LF && chars[i] !== CR) chars[i] = SPACE;
}

const LF = 10;
const CR = 13;
const SPACE = 32;

/** The string of a run of UTF-16 code units, lone surrogates kept as they are (a decoder would replace them). */
function stringOf(codes: Uint16Array, from = 0, to = codes.length): string {
  let out = '';
  for (let i = from; i < to; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  return out;
}

/** Link reference definitions, by normalised label: a reference link is a link only when its label is one. */
function definedLabels(tree: Tree, parsed: string): Set<string> {
  const labels = new Set<string>();
  const cursor = tree.cursor();
  if (!cursor.firstChild()) return labels;
  do {
    if (cursor.name === 'LinkReference') {
      const label = cursor.node.getChild('LinkLabel');
      if (label) labels.add(normalizeLabel(parsed.slice(label.from + 1, label.to - 1)));
    }
  } while (cursor.nextSibling());
  return labels;
}

/** The characters of an entity reference that are its markers (`&`, `#`, `x`, `;`), not its name or number. */
const ENTITY_MARKS = /^&#?[xX]?|;$/g;

/** The source, the text the parser read, and the source offset of each of its offsets. */
interface Texts {
  source: string;
  parsed: string;
  at: (parsedOffset: number) => number;
}

function walk(tree: Tree, { source, parsed, at }: Texts, chars: Uint16Array, blocks: ProseBlock[], options: ProseOptions): void {
  let block: ProseBlock | null = null;
  let header = '';
  /** A list item was entered and its first block is still to come: with its list's lead, if any. */
  let itemOpen: { lead?: { start: number; end: number } } | null = null;
  /** Each list's lead, by where the list starts (found as its first item is entered). */
  const leads = new Map<number, { start: number; end: number } | undefined>();
  let references: Set<string> | null = null;
  /** Where the links that are not links start: reference links whose label is not defined. */
  const literalLinks = new Set<number>();
  tree.iterate({
    enter(node: SyntaxNodeRef): boolean | void {
      const name = node.name;
      const from = at(node.from);
      const to = at(node.to);
      if (name === 'CodeBlock' && options.indentedCodeIsProse && !block) {
        // From the start of its first line, as the paper's tab-laid tables count columns from there.
        let start = from;
        while (start > 0 && isSpaceOrTab(source[start - 1])) start--;
        for (let i = start; i < to; i++) chars[i] = source.charCodeAt(i);
        blocks.push({ kind: 'paragraph', start, end: to });
        return false;
      }
      if (SKIPPED.has(name)) {
        if (!block) return false;
        // An undefined reference's brackets and label are text.
        const parent = name === 'LinkMark' || name === 'LinkLabel' ? node.node.parent : null;
        if (!(parent && literalLinks.has(parent.from))) blank(chars, from, to);
        return false;
      }
      if (name === 'ListItem') {
        const listFrom = at(node.node.parent?.from ?? node.from);
        if (!leads.has(listFrom)) leads.set(listFrom, leadOfList(source, blocks, listFrom));
        itemOpen = { lead: leads.get(listFrom) };
      }
      const kind = BLOCKS[name];
      if (kind && !block) {
        block = { kind, start: from, end: to };
        if (itemOpen) {
          if (itemOpen.lead) block.lead = itemOpen.lead;
          itemOpen = null;
        }
        if (name === 'TableHeader') {
          header = headerText(source.slice(from, to));
          block.header = '';
        } else if (name === 'TableRow') {
          block.header = header;
        } else {
          if (kind === 'heading') block.depth = Number(name.slice(-1));
          copyLines(source, chars, from, to);
        }
        return;
      }
      if (!block) return;
      if (name === 'TableCell') {
        copyLines(source, chars, from, to);
      } else if (name === 'Escape') {
        chars[from] = SPACE;
      } else if (name === 'Entity') {
        source.slice(from, to).replace(ENTITY_MARKS, (mark, offset: number) => {
          blank(chars, from + offset, from + offset + mark.length);
          return mark;
        });
      } else if (name === 'Link' && !isLinkWithDestination(node, parsed)) {
        references ??= definedLabels(tree, parsed);
        const label = node.node.getChild('LinkLabel');
        const textEnd = node.node.getChildren('LinkMark')[1]?.from ?? node.to;
        const wanted = label && label.to - label.from > 2 ? parsed.slice(label.from + 1, label.to - 1) : parsed.slice(node.from + 1, textEnd);
        if (!references.has(normalizeLabel(wanted))) literalLinks.add(node.from);
      }
    },
    leave(node: SyntaxNodeRef): void {
      const name = node.name;
      if (name === 'Table') header = '';
      if (!block) return;
      const from = at(node.from);
      const to = at(node.to);
      if (name === 'Link' && !literalLinks.has(node.from)) {
        if (looksLikeAddress(stringOf(chars, from, to))) blank(chars, from, to);
      }
      if (block.start === from && block.end === to && BLOCKS[name]) {
        blocks.push(block);
        block = null;
      }
    },
  });
}

/** A table's header row as the text of its cells, empty ones too, joined by " | ". */
function headerText(row: string): string {
  return row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((cell) => cell.trim()).join(' | ');
}

/** `[text](destination)`, as against a reference link `[text][label]`, `[text][]` or `[text]`. */
function isLinkWithDestination(node: SyntaxNodeRef, parsed: string): boolean {
  const marks = node.node.getChildren('LinkMark');
  return marks.length > 2 && parsed[marks[2].from] === '(';
}

/**
 * Markdown → prose. Parses a draft with a real CommonMark + GFM parser (micromark) and keeps only the text
 * a reader reads as claims: paragraphs, headings and table cells. Everything else (front matter, code, HTML
 * and comments, link targets, bare URLs, images, footnote definitions and calls) is blanked out, so offsets
 * into the prose are offsets into the source.
 *
 * It walks micromark's token events rather than building a syntax tree: the events carry every token's
 * offsets, and skipping the tree makes parsing about three times faster.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Event, Extension, ParseContext } from 'micromark-util-types';

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

/** Tokens whose text is never prose (with everything inside them). */
const SKIPPED = new Set([
  'codeText', 'codeFenced', 'codeIndented', 'htmlText', 'htmlFlow', 'resource', 'reference', 'definition', 'image',
  'autolink', 'literalAutolink', 'gfmFootnoteDefinition', 'gfmFootnoteCall', 'yaml', 'toml',
]);
/** Tokens that hold the characters of prose. */
const TEXT = new Set(['data', 'characterEscapeValue', 'characterReferenceValue']);
const BLOCKS: Record<string, BlockKind> = { paragraph: 'paragraph', atxHeading: 'heading', setextHeading: 'heading', tableRow: 'tableRow' };

// Each syntax extension costs parse time on every character, so a text gets only those it needs: a pipe
// for tables, "[^" for footnotes, a leading fence for front matter. The parser for each combination is
// made once. Bare addresses (www.…, https://…, name@host) are blanked from the prose afterwards by
// BARE_ADDRESS rather than parsed by GFM's autolink-literal extension: it cost a third of the parse.
const SYNTAX: Array<[test: (s: string) => boolean, make: () => Extension]> = [
  [(s) => /^\uFEFF?(?:---|\+\+\+)\s*$/m.test(s.slice(0, 6)), () => frontmatter(['yaml', 'toml'])],
  [(s) => s.includes('|'), () => gfmTable()],
  [(s) => s.includes('[^'), () => gfmFootnote()],
];

/**
 * Bare web and e-mail addresses, as GFM's autolink literals have them: www. or http(s):// up to white
 * space or <, without trailing punctuation; and local@domain.tld.
 */
const BARE_ADDRESS = /(?<![\w.+-])(?:(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:;*_~)'"”’）】》]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi;
const parsers = new Map<number, ParseContext>();

function parserFor(source: string): ParseContext {
  let mask = 0;
  SYNTAX.forEach(([test], i) => {
    if (test(source)) mask |= 1 << i;
  });
  let parser = parsers.get(mask);
  if (!parser) parsers.set(mask, (parser = parse({ extensions: SYNTAX.filter((_, i) => mask & (1 << i)).map(([, make]) => make()) })));
  // The parser remembers per document which link labels are defined and which lines are lazy
  // continuations (by line number): a new document starts with neither.
  parser.defined = [];
  parser.lazy = {};
  return parser;
}

function events(source: string): Event[] {
  return postprocess(parserFor(source).document().write(preprocess()(source, undefined, true)));
}

/** A link whose text is an address (written out as its own text) is not prose. */
const looksLikeAddress = (text: string): boolean => /^\s*(?:(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.\S+)\s*$/.test(text);

/** Parses Markdown into prose blocks. Never throws: unparsable input yields an empty result. */
export function extractProse(source: string, options: ProseOptions = {}): Prose {
  const chars: string[] = new Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    chars[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  const blocks: ProseBlock[] = [];
  let list: Event[];
  try {
    list = events(source);
  } catch {
    return { text: chars.join(''), blocks };
  }

  let skip = 0;
  let block: ProseBlock | null = null;
  let blockToken = '';
  let inHead = false;
  let headCells: string[] = [];
  let header = '';
  const links: number[] = [];
  // micromark skips a leading byte order mark and counts offsets from the character after it.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const copy = (s: number, e: number) => {
    for (let i = s; i < e; i++) chars[i] = source[i];
  };

  for (const [kind, token] of list) {
    const type = token.type;
    const s = token.start.offset + bom;
    const e = token.end.offset + bom;
    if (kind === 'enter') {
      if (type === 'codeIndented' && options.indentedCodeIsProse && !skip) {
        copy(s, e);
        blocks.push({ kind: 'paragraph', start: s, end: e });
        skip++;
        continue;
      }
      if (SKIPPED.has(type)) {
        skip++;
        continue;
      }
      if (skip) continue;
      if (type === 'tableHead') {
        inHead = true;
        headCells = [];
      } else if (type === 'link') {
        links.push(s);
      } else if (!block && BLOCKS[type]) {
        block = { kind: BLOCKS[type], start: s, end: e };
        blockToken = type;
        if (type === 'tableRow') block.header = inHead ? '' : header;
      } else if (block && type === 'atxHeadingSequence') {
        block.depth ??= e - s;
      } else if (block && type === 'setextHeadingLineSequence') {
        block.depth = source[s] === '=' ? 1 : 2;
      } else if (block && TEXT.has(type)) {
        copy(s, e);
      }
    } else {
      if (SKIPPED.has(type) || (type === 'codeIndented' && options.indentedCodeIsProse)) {
        skip--;
        continue;
      }
      if (skip) continue;
      if (type === 'link') {
        const start = links.pop() ?? s;
        if (looksLikeAddress(chars.slice(start, e).join(''))) for (let i = start; i < e; i++) if (chars[i] !== '\n') chars[i] = ' ';
      } else if (inHead && type === 'tableHeader') {
        headCells.push(source.slice(s, e).replace(/\|/g, ' ').trim());
      } else if (type === 'tableHead') {
        inHead = false;
        header = headCells.join(' | ');
      } else if (type === 'table') {
        header = '';
      } else if (block && type === blockToken) {
        block.end = e;
        blocks.push(block);
        block = null;
      }
    }
  }
  let text = chars.join('');
  if (/www\.|https?:|@/i.test(text)) text = text.replace(BARE_ADDRESS, (address) => address.replace(/[^\n\r]/g, ' '));
  return { text, blocks };
}

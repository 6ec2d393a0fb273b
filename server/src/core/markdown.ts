/**
 * Markdown → prose. Parses a draft with a real CommonMark + GFM parser and keeps only the text a reader
 * reads as claims: paragraphs, headings and table cells. Everything else (front matter, code, HTML and
 * comments, link targets, bare URLs, footnote definitions) is blanked out, so offsets into the prose are
 * offsets into the source.
 */
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Nodes, Parents, Root, Table } from 'mdast';

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

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'footnoteReference', 'image', 'imageReference']);

export interface ProseOptions {
  /**
   * Read indented code as prose. Sources such as the paper lay tables out as tab-indented lines, which
   * CommonMark parses as code; drafts keep code silent.
   */
  indentedCodeIsProse?: boolean;
}

/**
 * The GFM and front-matter syntax a text needs. Each extension costs parse time on every character, so
 * one is used only when the text holds what it parses: a pipe for tables, "[^" for footnotes, an address
 * for bare URLs, a leading fence for front matter. The result is the same as with all of them.
 */
function syntaxFor(source: string): { extensions: MicromarkExtension[]; mdastExtensions: MdastExtension[] } {
  const extensions: MicromarkExtension[] = [];
  const mdastExtensions: MdastExtension[] = [];
  if (/^(?:---|\+\+\+)\s*$/m.test(source.slice(0, 5))) {
    extensions.push(frontmatter(['yaml', 'toml']));
    mdastExtensions.push(frontmatterFromMarkdown(['yaml', 'toml']));
  }
  if (source.includes('|')) {
    extensions.push(gfmTable());
    mdastExtensions.push(gfmTableFromMarkdown());
  }
  if (source.includes('[^')) {
    extensions.push(gfmFootnote());
    mdastExtensions.push(gfmFootnoteFromMarkdown());
  }
  if (/www\.|https?:|@/i.test(source)) {
    extensions.push(gfmAutolinkLiteral());
    mdastExtensions.push(gfmAutolinkLiteralFromMarkdown());
  }
  return { extensions, mdastExtensions };
}

/** Parses Markdown into prose blocks. Never throws: unparsable input yields an empty result. */
export function extractProse(source: string, options: ProseOptions = {}): Prose {
  const chars: string[] = new Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    chars[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  const blocks: ProseBlock[] = [];
  let tree: Root;
  try {
    tree = fromMarkdown(source, syntaxFor(source));
  } catch {
    return { text: chars.join(''), blocks };
  }

  const copyText = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      for (let i = s; i < e; i++) chars[i] = source[i];
      return;
    }
    if (node.type === 'link' && isBareUrl(node.url, node.children)) return;
    if ('children' in node) for (const child of (node as Parents).children) copyText(child as Nodes);
  };

  const visitBlock = (node: Nodes): void => {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? s;
    if (node.type === 'code' && options.indentedCodeIsProse && !/^(`{3,}|~{3,})/.test(source.slice(s, e).trimStart())) {
      for (let i = s; i < e; i++) chars[i] = source[i];
      blocks.push({ kind: 'paragraph', start: s, end: e });
      return;
    }
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      copyText(node);
      blocks.push({ kind: node.type, start: s, end: e, ...(node.type === 'heading' ? { depth: node.depth } : {}) });
      return;
    }
    if (node.type === 'table') {
      visitTable(node, s);
      return;
    }
    if ('children' in node) for (const child of (node as Parents).children) visitBlock(child as Nodes);
  };

  const visitTable = (table: Table, tableStart: number): void => {
    const [head, ...rows] = table.children;
    const headerText = head ? rowText(source, head) : '';
    if (head) {
      copyText(head);
      blocks.push({ kind: 'tableRow', start: head.position?.start.offset ?? tableStart, end: head.position?.end.offset ?? tableStart, header: '' });
    }
    for (const row of rows) {
      copyText(row);
      blocks.push({ kind: 'tableRow', start: row.position?.start.offset ?? tableStart, end: row.position?.end.offset ?? tableStart, header: headerText });
    }
  };

  for (const child of tree.children) visitBlock(child as Nodes);
  return { text: chars.join(''), blocks };
}

function rowText(source: string, row: Table['children'][number]): string {
  return row.children
    .map((cell) => source.slice(cell.position?.start.offset ?? 0, cell.position?.end.offset ?? 0).replace(/\|/g, ' ').trim())
    .join(' | ');
}

/** A link whose text is its own address (an autolink or a bare URL/e-mail) is not prose. */
function isBareUrl(url: string, children: Nodes[]): boolean {
  const text = children.map((c) => ('value' in c ? String(c.value) : '')).join('');
  const bare = url.replace(/^mailto:/, '').replace(/^https?:\/\//, '').replace(/\/$/, '');
  const shown = text.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return shown === bare || text === url;
}

/**
 * Paper → fact index. Every figure the paper states becomes a fact: its value, the sentence that states
 * it, the section it stands in and that section's page from the paper's own table of contents, and the
 * context terms that say what it is about. Also holds how rare each term is across the paper, so shared
 * rare terms count for more than shared common ones.
 */
import type { NamesData } from './names';
import { termsIn, type Terms, type Vocabulary } from './context';
import { readDocument } from './reader';
import { periodOfTitles } from './sourcePeriod';
import type { Claim } from './claims';
import type { Figure } from './types';

/** One figure stated by the paper. */
export interface Fact {
  id: number;
  figure: Figure;
  /** The sentence that states it, as plain text. */
  sentence: string;
  /** Offset of the figure within `sentence`, for marking it. */
  figureOffset: number;
  /** Section path, outermost first ("技术创新链 › 内容生产 › 市场表现"). */
  section: string[];
  /** Page from the paper's contents, or null when the contents do not say. */
  page: number | null;
  terms: Terms;
  group?: { id: number; index: number; size: number };
  /** Which source document stated it (the shipped paper or a custom source). */
  source: string;
  /** What the figure counts and when the source states it for (claims.ts). */
  claim?: Claim;
}

export interface FactIndex {
  facts: Fact[];
  /** Inverse document frequency of each term over the paper's blocks. */
  idf: (term: string) => number;
  /** For each term, the facts whose context holds it and with what weight (so scoring visits only those). */
  postings: Map<string, Array<{ fact: Fact; weight: number }>>;
  /** Names of the sources the index was built from. */
  sources: string[];
  /** Each source's own title (its first top-level heading), or its name: what kind of document it is. */
  titles: string[];
  /** In how many blocks each term occurs, and how many blocks there are (kept to store the index). */
  df: Map<string, number>;
  blockCount: number;
  /** The names files that came with custom sources (`<source>.names.json`): their names are checked as well as the paper's. */
  names?: NamesData[];
}

interface ContentsEntry {
  key: string;
  title: string;
  page: number;
  level: number;
}

// Contents lines look like "### 1 内容生产 可灵 AI … p.006" or "技术突破: 自主创新, … p.006" or "- 影视创作: … p.021".
function readContents(source: string): { entries: ContentsEntry[]; end: number } {
  const out: ContentsEntry[] = [];
  let offset = 0;
  let end = 0;
  for (const line of source.split('\n')) {
    offset += line.length + 1;
    const m = /^(#{0,4})\s*(?:-\s*)?(.+?)\s+p\.(\d{3})\s*$/.exec(line.trim());
    if (!m) continue;
    end = offset;
    const title = m[2].replace(/\*\*/g, '').trim();
    const level = m[1] ? 1 : 2;
    // The key is what a body heading repeats: the words before the colon, or the title minus its number.
    const key = normalise(level === 1 ? title.replace(/^\d+\s*/, '').split(/\s+/)[0] : title.split(/[:：]/)[0]);
    out.push({ key, title: title.replace(/^\d+\s*/, '').replace(/\s*:\s*/, '：'), page: Number(m[3]), level });
  }
  return { entries: out, end };
}

const normalise = (s: string): string => s.replace(/[\s*#●]/g, '').replace(/＋/g, '+');

/** Builds the fact index from one or more source documents (the paper first). */
export function buildFactIndex(sources: Array<{ name: string; text: string; names?: NamesData }>): FactIndex {
  const facts: Fact[] = [];
  const df = new Map<string, number>();
  let blockCount = 0;
  let groupOffset = 0;
  const titles: string[] = [];
  for (const { name, text } of sources) {
    const { entries: contents, end: bodyStart } = readContents(text);
    // A report's title names the period its figures are of (2025 年第三季度): 上年同期 counts back from it.
    const title = /^#\s+(.+)$/m.exec(text)?.[1].replace(/\*\*/g, '').trim() ?? name;
    titles.push(title);
    const doc = readDocument(text, { indentedCodeIsProse: true, period: periodOfTitles([title]) });
    // Walk the body's headings in order (after the contents), matching each to the next entry that names it.
    let cursor = 0;
    let chapter: ContentsEntry | undefined;
    let part: ContentsEntry | undefined;
    const sectionAt: Array<{ offset: number; chapter?: ContentsEntry; part?: ContentsEntry; heading: string }> = [];
    for (const block of doc.blocks) {
      if (block.kind !== 'heading' || block.start < bodyStart) continue;
      const heading = doc.prose.slice(block.start, block.end).replace(/^[#\s]+/, '').trim();
      const key = normalise(heading);
      for (let i = cursor; i < contents.length && key.length >= 2; i++) {
        if (contents[i].key && (key === contents[i].key || key.startsWith(contents[i].key))) {
          cursor = i + 1;
          if (contents[i].level === 1) { chapter = contents[i]; part = undefined; } else part = contents[i];
          break;
        }
      }
      sectionAt.push({ offset: block.start, chapter, part, heading });
    }
    let maxGroup = 0;
    for (const f of doc.figures) {
      let where = sectionAt[0];
      for (const s of sectionAt) if (s.offset <= f.figure.start) where = s; else break;
      const section = sectionPath(where?.chapter?.title, where?.part?.title, where?.heading);
      const rawSentence = doc.prose.slice(f.sentence.start, f.sentence.end);
      const lead = rawSentence.length - rawSentence.trimStart().length;
      // A callout or a table cell says little alone: its caption or column header goes with it.
      const stated = rawSentence.trim().replace(/\s+/g, ' ');
      const sentence = f.label && !stated.includes(f.label) ? `${stated} · ${f.label}` : stated;
      const figureOffset = sentence.indexOf(f.figure.text.replace(/\s+/g, ' '), Math.max(0, f.figure.start - f.sentence.start - lead - 20));
      if (f.group) maxGroup = Math.max(maxGroup, f.group.id);
      facts.push({
        id: facts.length, figure: f.figure, sentence, figureOffset, section,
        page: where?.part?.page ?? where?.chapter?.page ?? null, terms: f.terms,
        ...(f.group ? { group: { ...f.group, id: f.group.id + groupOffset } } : {}), source: name, ...(f.claim ? { claim: f.claim } : {}),
      });
    }
    groupOffset += maxGroup;
    // Term rarity is counted per block of the whole document, figures or not.
    for (const block of doc.blocks) {
      const seen = new Set<string>();
      for (const term of termsIn(doc.prose.slice(block.start, block.end))) seen.add(term);
      for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
      blockCount++;
    }
  }
  const index = assembleIndex(facts, df, blockCount, sources.map((s) => s.name), titles);
  const names = sources.flatMap((s) => (s.names ? [s.names] : []));
  if (names.length) index.names = names;
  return index;
}

/** The least number of blocks term rarity is measured against (about the paper's own count). */
const MIN_CORPUS_BLOCKS = 400;

/** The index's derived parts (rarity and postings) from its facts and term counts. */
export function assembleIndex(facts: Fact[], df: Map<string, number>, blockCount: number, sources: string[], titles: string[]): FactIndex {
  const idfCache = new Map<string, number>();
  // Rarity is measured against a corpus of at least the paper's size, so that a one-page corrections
  // sheet weighs its terms like the paper does and the matcher's thresholds keep their meaning.
  const corpus = Math.max(blockCount, MIN_CORPUS_BLOCKS);
  const idf = (term: string): number => {
    let v = idfCache.get(term);
    if (v === undefined) idfCache.set(term, (v = Math.log(1 + (corpus + 1) / ((df.get(term) ?? 0) + 1))));
    return v;
  };
  const postings = new Map<string, Array<{ fact: Fact; weight: number }>>();
  for (const fact of facts) {
    for (const [term, weight] of fact.terms) {
      const list = postings.get(term) ?? [];
      list.push({ fact, weight });
      postings.set(term, list);
    }
  }
  return { facts, idf, postings, sources, titles, df, blockCount };
}

/** Chapter › part › heading, without repeats (a heading that restates its part's title is dropped). */
function sectionPath(...titles: Array<string | undefined>): string[] {
  const out: string[] = [];
  for (const t of titles) {
    if (!t || /^\d+$|^PART/.test(t)) continue;
    const key = normalise(t).replace(/[，,]/g, '');
    if (out.some((o) => normalise(o).replace(/[，,]/g, '').includes(key))) continue;
    out.push(t);
  }
  return out;
}

const vocabularies = new WeakMap<FactIndex, Vocabulary>();

/**
 * The index's terms, for reading drafts against it (context.ts drops the others). Its words are also kept
 * bare, in a set of their own: words are most of a draft's terms, the paper has few, and the reader asks
 * before it makes a word's term.
 */
export function vocabularyOf(index: FactIndex): Vocabulary {
  let vocabulary = vocabularies.get(index);
  if (!vocabulary) {
    const { postings } = index;
    const words = new Map<string, string>();
    for (const term of postings.keys()) if (term.startsWith('w:')) words.set(term.slice(2), term);
    vocabulary = { has: (term) => postings.has(term), words };
    vocabularies.set(index, vocabulary);
  }
  return vocabulary;
}

const titlesAndSections = new WeakMap<FactIndex, string[]>();
/**
 * The sources' titles and the headings of their sections, once per index: the kinds of document these name
 * are the sources' own (claims.ts). A source whose sections are each a technical report's summary ("## The
 * OneRec-V2 Technical Report (August 2025)") states those reports' figures itself; a draft that attributes a
 * figure to one quotes the source.
 */
export function sourceHeadingsOf(index: FactIndex): string[] {
  let headings = titlesAndSections.get(index);
  if (!headings) {
    const seen = new Set(index.titles);
    for (const fact of index.facts) for (const heading of fact.section) seen.add(heading);
    titlesAndSections.set(index, (headings = [...seen]));
  }
  return headings;
}

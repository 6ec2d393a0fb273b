/**
 * What a claim is about, by the names around it: the works and campaigns its sentence names (《纸手机》,
 * “全民反诈在行动”), and product names the source never uses (HumanEval, Keye-VL). Two figures about
 * different works are never compared; a figure about a product the source does not know is not its to judge.
 * A figure a draft attributes to another document (论文称, "the report describes") is that document's claim.
 */
import documentWords from '../../../data/language/document-words.json';
import workWords from '../../../data/language/work-words.json';
import type { Vocabulary } from './context';

/**
 * Latin product names whose form marks them as names in any language: CamelCase (HumanEval, OneRec, OpenAI) or a
 * word with a capitals suffix (Keye-VL). Plain capitalised words and acronyms are not taken: against a Chinese
 * source, an English draft's place and programme names (Ulanqab, Jinniu) and its units (RMB, GMV) are
 * renderings of the source's own words.
 */
const NAME = /(?<![\p{L}\d-])(?:[A-Z][a-z]+[A-Z][a-z][\p{L}\d]*|[A-Z][a-z]+[A-Z]{2,}|[A-Z][a-z]*[A-Z]?[a-z]*-[A-Z]{2,}[\p{L}\d]*)(?![\p{L}\d-])/gu;

/** The names in text[from, to) that `vocabulary` does not hold, leaving out misspelled names of the source. */
export function foreignNamesIn(text: string, from: number, to: number, vocabulary: Vocabulary, misspelled: ReadonlyArray<{ start: number; end: number }>): string[] {
  const out: string[] = [];
  const clause = text.slice(from, to);
  // Most clauses hold no capital after a lower-case letter or a hyphen: no name can stand in them.
  if (!/[a-z-][A-Z]/.test(clause)) return out;
  NAME.lastIndex = 0;
  for (let m = NAME.exec(clause); m; m = NAME.exec(clause)) {
    const word = m[0];
    const at = from + m.index;
    // A misspelled product name (OneSerch) is the source's name, and is reported as such.
    if (misspelled.some((n) => n.start < at + word.length && at < n.end)) continue;
    const parts = word.toLowerCase().split('-').filter((p) => p.length >= 3);
    if (!parts.length || parts.some((p) => vocabulary.words.has(p))) continue;
    out.push(word);
  }
  return out;
}

const escapeForRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names in title marks or quotation marks: 《…》, “…”, 「…」. */
const NAMED = /《([^》\n]{1,40})》|“([^”\n]{2,30})”|「([^」\n]{2,30})」/g;
const wordsBefore = new RegExp(`(?:${workWords.before.map(escapeForRe).join('|')})\\s*$`, 'i');
const wordsAfter = new RegExp(`^\\s*(?:等[\\u4e00-\\u9fff]{0,4}?)?(?:${workWords.after.map(escapeForRe).join('|')})`, 'i');

/**
 * The names of works and campaigns in a piece of text: in title marks, or in quotation marks beside a word
 * that makes them a campaign's or a series' (话题“全民反诈在行动”); other quotations are slogans
 * (以“用手说话的带货主播”为理念) or a pipeline's steps, no work's name.
 */
export function namedWorks(text: string): string[] {
  return placedWorks(text, 0).map((w) => w.name);
}

/** The same, each with where its closing mark ends, by offsets from `offset`. */
export function placedWorks(text: string, offset: number): Array<{ name: string; end: number }> {
  const out: Array<{ name: string; end: number }> = [];
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
    const end = m.index + m[0].length;
    if (!m[1] && !wordsBefore.test(text.slice(Math.max(0, m.index - 12), m.index)) && !wordsAfter.test(text.slice(end, end + 12))) continue;
    out.push({ name: (m[1] ?? m[2] ?? m[3]).replace(/\s+/g, ''), end: offset + end });
  }
  return out;
}

/** A title cited as where a figure comes from (据《晚点LatePost》, 《财新》报道): a publication, not what the figure is about. */
const CITED_TITLE = /(?:据|依|根据|援引|引述|按照?)\s*《([^》\n]{1,40})》|《([^》\n]{1,40})》[^，。；\n]{0,12}?(?:报道|报导|報導|称|稱|显示|顯示|指出|统计|統計|披露)/g;

/** The titles in `text` that cite a publication as the source of what follows. */
export function citedTitles(text: string): string[] {
  const out: string[] = [];
  CITED_TITLE.lastIndex = 0;
  for (let m = CITED_TITLE.exec(text); m; m = CITED_TITLE.exec(text)) out.push((m[1] ?? m[2]).replace(/\s+/g, ''));
  return out;
}

interface DocumentKind {
  id: string;
  zh: string[];
  en: string[];
}
const KINDS = documentWords.kinds as DocumentKind[];

/** Every document word with its kind, longest first ("white paper" before "paper"). */
const DOCUMENT_WORDS = KINDS.flatMap((k) => [...k.zh, ...k.en].map((word) => ({ word, kind: k.id, latin: /^[\x00-\x7f]+$/.test(word) })))
  .sort((a, b) => b.word.length - a.word.length);
const KIND_OF = new Map(DOCUMENT_WORDS.map((d) => [d.word.toLowerCase(), d.kind]));
/**
 * A document word. An English one not part of a compound ("Report-review") nor followed by a word that makes
 * it a feature or an award ("report rate", "paper award"); a Chinese 报告 not of 报告期 (the reporting period).
 */
const DOCUMENT = new RegExp(DOCUMENT_WORDS.map((d) => (d.latin ? `\\b${escapeForRe(d.word)}\\b(?![-\\w]|\\s+(?:rates?|buttons?|cards?|features?|functions?|tools?|awards?|prizes?|honou?rable)\\b)` : `${escapeForRe(d.word)}(?!期)`)).join('|'), 'gi');
/** Any document word, bare: a quick test before the full pattern and its look-aheads. */
const ANY_DOCUMENT = new RegExp(DOCUMENT_WORDS.map((d) => escapeForRe(d.word)).join('|'), 'i');

/**
 * Whether `text` holds a document word at all: a text without one names no document, and neither does any part
 * of it (namesOwnDocument and citedDocument are then false and undefined for its every sentence).
 */
export const mayNameDocument = (text: string): boolean => ANY_DOCUMENT.test(text);
/** An English document word names a document after a determiner or a name ("the report", "a SIGIR paper", "OneSearch paper"), or capitalised in a title. */
const ENGLISH_DOCUMENT_BEFORE = /(?:\b(?:the|a|an|this|that|its|their|his|her|one|each|in|per)\s+(?:[\w-]+\s+){0,2}|\b[A-Z][\w-]*[A-Z0-9][\w-]*\s+|\b[A-Z][a-z]+\s+)$/;

/** An arXiv identifier, old style or new: arXiv:2509.03236, arXiv 2504.14904v1. */
const ARXIV_ID = /\barxiv[:\s]\s?\d{4}\.\d{4,5}/i;

/** The kinds of document a source's titles name (白皮书): a draft's mention of such a document means the source. */
export function ownDocumentKinds(titles: readonly string[]): Set<string> {
  const out = new Set<string>();
  // (matchAll starts where the shared pattern's last search stopped: from the start, always.)
  DOCUMENT.lastIndex = 0;
  for (const title of titles) for (const m of title.matchAll(DOCUMENT)) out.add(KIND_OF.get(m[0].toLowerCase())!);
  return out;
}

/**
 * Whether `text` names a document of a kind the source is ("according to the white paper", 白皮书显示): what it
 * states next is the source's own figure, for the source's time.
 */
export function namesOwnDocument(text: string, own: ReadonlySet<string>): boolean {
  if (!own.size || !ANY_DOCUMENT.test(text)) return false;
  DOCUMENT.lastIndex = 0;
  let quotes = false;
  for (let m = DOCUMENT.exec(text); m && !quotes; m = DOCUMENT.exec(text)) quotes = own.has(KIND_OF.get(m[0].toLowerCase())!);
  DOCUMENT.lastIndex = 0;
  return quotes;
}

/** Whether text[at] lies inside title or quotation marks (《…》, “…”, 「…」). */
function insideMarks(text: string, at: number): boolean {
  for (const [open, close] of [['《', '》'], ['“', '”'], ['「', '」']]) {
    const o = text.lastIndexOf(open, at);
    if (o >= 0 && text.lastIndexOf(close, at) < o) return true;
  }
  return false;
}

/**
 * The first document `text` names as the one a figure comes from, when it is not of a kind the source is
 * (`own`): a research paper, a technical report, a broker's study, a report named in title marks that the
 * source does not quote (`quotedBySource`). Not another work in title marks (judged by its title), not a document counted (150+ papers, 120 余篇论文), and not a bare "the paper" when the source is
 * itself a white paper.
 */
export function citedDocument(text: string, own: ReadonlySet<string>, quotedBySource?: (title: string) => boolean): string | undefined {
  // Most sentences name no document: one cheap test of their stems first (measured: the full pattern was a
  // hundredth of a check's time when run on every sentence).
  if (!ANY_DOCUMENT.test(text)) return undefined;
  // An arXiv identifier (arXiv:2509.03236) names a research paper wherever it stands.
  if (!own.has('research-paper') && ARXIV_ID.test(text)) return 'arXiv';
  DOCUMENT.lastIndex = 0;
  for (let m = DOCUMENT.exec(text); m; m = DOCUMENT.exec(text)) {
    const word = m[0];
    const kind = KIND_OF.get(word.toLowerCase());
    if (!kind || own.has(kind)) continue;
    if (insideMarks(text, m.index)) {
      // A title that is itself a document's (《2024 快手反诈治理报告》) names that document, unless the source quotes
      // it too (its figures are then the source's); a document word elsewhere in a title (《报告文学》) names none.
      if (text[m.index + word.length] !== '》') continue;
      const title = text.slice(text.lastIndexOf('《', m.index) + 1, m.index + word.length).replace(/\s+/g, '');
      if (quotedBySource?.(title)) continue;
      DOCUMENT.lastIndex = 0;
      return word;
    }
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/(?<![A-Za-z\d.])\d[\d,.]*\s*[+余多]?\s*[篇份项本个]?\s*$/.test(before) || /^\s*\d/.test(text.slice(m.index + word.length, m.index + word.length + 4))) continue;
    if (/^[\x00-\x7f]+$/.test(word)) {
      // (A "best paper" is an award; "Paper Check" and "Report Builder" are names.)
      if ((!ENGLISH_DOCUMENT_BEFORE.test(before) && !/^[A-Z]/.test(word)) || /\bbest\s+$/i.test(before)) continue;
      if (/^\s+[A-Z]/.test(text.slice(m.index + word.length, m.index + word.length + 3))) continue;
      // "The paper" of a white paper is the white paper.
      if (/\b(?:the|this|our)\s+$/i.test(before) && KINDS.some((k) => own.has(k.id) && k.en.some((w) => w.toLowerCase().endsWith(` ${word.toLowerCase()}`)))) continue;
    }
    DOCUMENT.lastIndex = 0;
    return word;
  }
  return undefined;
}

/**
 * A ranking the sentence does not name ("on a community video arena", "another leaderboard"): its scores and
 * places are that ranking's, which the source's named one neither bears out nor corrects.
 */
const UNNAMED_RANKING_WORDS = /\b(?:an?|another|other|some)\s+(?:[\w'’-]+\s+){0,3}?(?:arena|leaderboard|ranking|comparison|tracker)s?\b/i;
/** (Most sentences name no ranking: one test of the bare words first.) */
const RANKING_WORD = /arena|leaderboard|ranking|comparison|tracker/i;
/** The citation claims.ts records for a sentence that puts its figures on a ranking it does not name. */
export const unnamedRanking = (body: string): string | undefined => (RANKING_WORD.test(body) && UNNAMED_RANKING_WORDS.test(body) ? UNNAMED_RANKING : undefined);
/** What claims.ts records as `cited` for a figure on a ranking its sentence does not name. */
export const UNNAMED_RANKING = 'ranking';

/**
 * Product names: finds misspellings of the paper's product and programme names (data/paper.names.json: OneSerch, KuaiMood,
 * 女蜗数字人) in prose and proposes the right spelling. Latin names are found with fuse.js and confirmed by
 * edit distance; Chinese names by a one-character substitution (for names of four or more characters)
 * or a character that looks or sounds like the name's (shorter names; sounds from data/language/han-readings.json).
 */
import { findMisspelledTwoWordNames, twoWordNamesOf, type TwoWordName } from './twoWordNames';
import Fuse from 'fuse.js';
import { toSimplified, toTraditional } from './chineseScript';
import hanReadings from '../../../data/language/han-readings.json';
import paperNames from '../../../data/paper.names.json';
import { isAsciiDigit, isAsciiLetter, isAsciiLetterOrDigit, isHan } from './chars';

/** A misspelled name found in prose. */
export interface NameIssue {
  start: number;
  end: number;
  found: string;
  expected: string;
}

/** A name as its source writes it, with the other spellings that are also right. */
export interface NameEntry {
  name: string;
  variants?: string[];
}

/**
 * A source's names file (data/paper.names.json for the shipped paper; `<source>.names.json` beside another):
 * its names, and optionally characters confusable with a short Chinese name's and English words near a Latin
 * name's that are never flagged. (Its `subjects` are read from the shipped file only: lexicon.ts.)
 */
export interface NamesData {
  names: NameEntry[];
  confusable?: Record<string, string>;
  nearWords?: string[];
}

/** The paper's names, each with the spellings that are also right (data/paper.names.json). */
export const PRODUCT_NAMES: NameEntry[] = paperNames.names;

/**
 * Every right spelling of the names, longest first, as a regular-expression alternation: a version glued to
 * one (Kling 2.5, 可灵 2.1) is a version, not a figure (context.ts, nonClaims.ts).
 */
export const NAME_ALTERNATION: string = PRODUCT_NAMES.flatMap((n) => [n.name, ...(n.variants ?? [])])
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** A common Han character's readings without tones (data/language/han-readings.json, made with pinyin-pro). */
function readingsOf(char: string): string[] {
  const out: string[] = [];
  for (const [reading, chars] of Object.entries(hanReadings.readings as Record<string, string>)) if (chars.includes(char)) out.push(reading);
  return out;
}

/** The characters that share a reading with a name's character, by that character (made on first use). */
const homophones = new Map<string, Set<string>>();

/** Whether `typed` shares a reading with the name's character `meant`, tones aside. */
function soundsAlike(typed: string, meant: string): boolean {
  let alike = homophones.get(meant);
  if (!alike) {
    alike = new Set();
    const table = hanReadings.readings as Record<string, string>;
    for (const r of readingsOf(meant)) for (const c of table[r] ?? '') alike.add(c);
    homophones.set(meant, alike);
  }
  return alike.has(typed);
}

/** Damerau–Levenshtein distance (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const containsDigit = (token: string): boolean => {
  for (let i = 0; i < token.length; i++) if (isAsciiDigit(token.charCodeAt(i))) return true;
  return false;
};

/** Whether text[start, end) is part of a web or mail address: a dot and a letter after it, or an @, a slash or a dot before it. */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  return (text.charCodeAt(end) === 46 /* . */ && isAsciiLetter(text.charCodeAt(end + 1))) || before === 64 /* @ */ || before === 47 /* / */ || before === 46 /* . */;
}

/**
 * Chinese names by what a near-miss keeps in place: the first pair or the last pair (names of four or more
 * characters), or the first or second character (shorter names). Keys are character codes, so looking up
 * a position builds no strings.
 */
const file = (map: Map<number, string[]>, key: number, name: string): void => {
  const list = map.get(key) ?? [];
  if (!list.includes(name)) list.push(name);
  map.set(key, list);
};

/** Names by two character codes (small integers, so the lookups stay cheap). */
class PairMap {
  private readonly byFirst = new Map<number, Map<number, string[]>>();

  add(first: number, second: number, name: string): void {
    let inner = this.byFirst.get(first);
    if (!inner) this.byFirst.set(first, (inner = new Map()));
    file(inner, second, name);
  }

  get(first: number, second: number): string[] | undefined {
    return this.byFirst.get(first)?.get(second);
  }

  lists(): string[][] {
    return [...this.byFirst.values()].flatMap((inner) => [...inner.values()]);
  }
}

const longestFirst = (a: string, b: string) => b.length - a.length;
const NONE: readonly string[] = [];

const pushList = (lists: string[][], list: string[] | undefined): void => {
  if (list) lists.push(list);
};

const isTaken = (taken: Uint8Array, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
};

/**
 * The names of one or more sources, read into what finding their misspellings needs: the shipped paper's
 * (DEFAULT_NAMES), or those with a custom source's names file added (namesWith).
 */
export class NameBook {
  private readonly confusable: Record<string, string>;
  private readonly nearWords: Set<string>;
  private readonly allSpellings: Set<string>;
  private readonly latinNames: NameEntry[];
  /** The Latin names of two words (Artificial Analysis, Guorui Zhou). */
  private readonly twoWordNames: TwoWordName[];
  private readonly fuse: Fuse<string>;
  private readonly latinCache = new Map<string, string | null>();
  /** The first letters (lower case) of the Latin names: a word starting otherwise, with no digit, is no misspelling of one. */
  private readonly nameInitials = new Uint8Array(128);
  private readonly byHead = new PairMap();
  private readonly byTail = new Map<number, PairMap>();
  private readonly byFirst = new Map<number, string[]>();
  private readonly bySecond = new Map<number, string[]>();
  /**
   * One bit per character code, set for every character of a Chinese name: a window whose key characters are none
   * of these has no candidate. (8 KB that stay in the cache between documents, where a byte per code's 64 KB do not.)
   */
  private readonly nameCharBits = new Int32Array(0x10000 >> 5);
  private readonly tails: Array<[number, PairMap]>;
  private readonly longestName: number;
  /** Each Chinese name's variant in traditional script (the one that folds to it). */
  private readonly traditionalOf = new Map<string, string>();

  constructor(data: NamesData) {
    const names = data.names;
    this.confusable = data.confusable ?? {};
    this.nearWords = new Set((data.nearWords ?? []).map((w) => w.toLowerCase()));
    this.allSpellings = new Set(names.flatMap((n) => [n.name, ...(n.variants ?? [])]));
    this.latinNames = names.filter((n) => /^[A-Za-z]/.test(n.name) && !n.name.includes(' '));
    this.twoWordNames = twoWordNamesOf(names.map((n) => n.name));
    const cjkNames = names.filter((n) => /^[\u4e00-\u9fff]/.test(n.name)).sort((a, b) => b.name.length - a.name.length);
    this.fuse = new Fuse(this.latinNames.map((n) => n.name), { includeScore: true, threshold: 0.45, ignoreLocation: true, isCaseSensitive: false });
    for (const { name } of this.latinNames) this.nameInitials[name.charCodeAt(0) | 0x20] = 1;
    for (const { name, variants } of cjkNames) {
      // (A variant written wholly in traditional script; else the name converted character by character.)
      const traditional = variants?.find((v) => v !== name && toSimplified(v) === name && toTraditional(name) === v);
      if (traditional) this.traditionalOf.set(name, traditional);
      for (const spelling of [name, ...(variants ?? [])]) {
        const n = spelling.length;
        if (n >= 4) {
          this.byHead.add(spelling.charCodeAt(0), spelling.charCodeAt(1), name);
          if (!this.byTail.has(n)) this.byTail.set(n, new PairMap());
          this.byTail.get(n)!.add(spelling.charCodeAt(n - 2), spelling.charCodeAt(n - 1), name);
        } else {
          file(this.byFirst, spelling.charCodeAt(0), name);
          file(this.bySecond, spelling.charCodeAt(1), name);
        }
        for (let k = 0; k < spelling.length; k++) {
          const code = spelling.charCodeAt(k);
          this.nameCharBits[code >> 5] |= 1 << (code & 31);
        }
      }
    }
    for (const list of [...this.byHead.lists(), ...this.byFirst.values(), ...this.bySecond.values(), ...[...this.byTail.values()].flatMap((m) => m.lists())]) list.sort(longestFirst);
    this.tails = [...this.byTail];
    this.longestName = Math.max(0, ...cjkNames.flatMap(({ name, variants }) => [name, ...(variants ?? [])].map((x) => x.length)));
  }

  /**
   * The right spelling of the Latin name that `token` misspells (OneSerch → OneSearch), or null.
   * A token is a run of Latin letters and digits, hyphen-joined: /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\/.
   */
  misspelledLatinName(token: string): string | null {
    // readLatin takes only a name with the token's first letter, unless the token has a digit (ASCII letters: | 0x20 lowers them).
    if (!this.nameInitials[token.charCodeAt(0) | 0x20] && !containsDigit(token)) return null;
    let hit = this.latinCache.get(token);
    if (hit === undefined) {
      hit = this.readLatin(token);
      if (this.latinCache.size > 20000) this.latinCache.clear();
      this.latinCache.set(token, hit);
    }
    return hit;
  }

  /**
   * Calls `found` for each Latin token of `text` (as misspelledLatinName takes them) that misspells a name.
   * Read by character codes: a token is cut out of the text only when its first letter or a digit lets it
   * be a name's misspelling, and most of a draft's words are not.
   */
  forEachMisspelledLatinName(text: string, found: (start: number, end: number, expected: string) => void): void {
    for (let i = 0; i < text.length; ) {
      if (!isAsciiLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      let digit = false;
      for (;;) {
        const c = text.charCodeAt(end);
        if (isAsciiLetterOrDigit(c)) {
          if (isAsciiDigit(c)) digit = true;
          end++;
        } else if (c === 45 /* - */ && isAsciiLetterOrDigit(text.charCodeAt(end + 1))) end++;
        else break;
      }
      // (Part of a web or mail address, klingai.cn, is spelled as registered: not a name's misspelling.)
      if ((digit || this.nameInitials[text.charCodeAt(i) | 0x20]) && !inAddress(text, i, end)) {
        const expected = this.misspelledLatinName(text.slice(i, end));
        if (expected) found(i, end, expected);
      }
      i = end;
    }
  }

  /** The misspelled Latin names of `text` (OneSerch), in order. */
  findMisspelledLatinNames(text: string): NameIssue[] {
    const issues: NameIssue[] = [];
    this.forEachMisspelledLatinName(text, (start, end, expected) => issues.push({ start, end, found: text.slice(start, end), expected }));
    if (this.twoWordNames.length) issues.push(...findMisspelledTwoWordNames(text, this.twoWordNames));
    return issues.sort((a, b) => a.start - b.start);
  }

  /**
   * Misspelled names in `prose` (offsets into it). `latin` is findMisspelledLatinNames(prose), when the
   * caller has it already (the reader finds them for context).
   */
  findMisspelledNames(prose: string, latin: readonly NameIssue[] = this.findMisspelledLatinNames(prose)): NameIssue[] {
    const issues: NameIssue[] = [...latin];
    // Runs of Chinese characters, read in place: one pair count and one taken-mask serve the whole prose
    // (a character outside a run is no name's, so no pair counts across a run's edge).
    const taken = new Uint8Array(prose.length);
    const pairs = this.namePairsBefore(prose);
    for (let start = 0; start < prose.length; ) {
      if (!isHan(prose.charCodeAt(start))) {
        start++;
        continue;
      }
      let end = start + 1;
      while (end < prose.length && isHan(prose.charCodeAt(end))) end++;
      for (let i = start; i < end; i++) {
        // Only names that could sit here: one substitution leaves the first or last pair (or, for a
        // two-character name, one character) in place.
        for (const name of this.candidatesAt(prose, i, end, pairs)) {
          if (i + name.length > end || isTaken(taken, i, i + name.length)) continue;
          const window = prose.slice(i, i + name.length);
          if (this.allSpellings.has(window)) { taken.fill(1, i, i + name.length); continue; }
          if (!this.cjkIssue(window, name)) continue;
          taken.fill(1, i, i + name.length);
          issues.push({ start: i, end: i + name.length, found: window, expected: name });
        }
      }
      start = end;
    }
    return issues.sort((a, b) => a.start - b.start);
  }

  private readLatin(token: string): string | null {
    if (this.allSpellings.has(token)) return null;
    const lower = token.toLowerCase();
    if (this.nearWords.has(lower)) return null;
    const hasDigit = containsDigit(token);
    // A name with a size or version tag (OneRec-1B, OneRec-V1, Kling-2.6) is that name's model, not a typo of another.
    const tagged = hasDigit ? /^(.+)-(?:[Vv]?\d+(?:\.\d+)*[BMKbmk]?)$/.exec(token) : null;
    if (tagged && this.allSpellings.has(tagged[1])) return null;
    const camel = /[a-z][A-Z]/.test(token);
    // Wrong case of a CamelCase name (Onerec) is a misspelling; an all-caps heading word is not.
    const sameLetters = this.latinNames.find((n) => n.name.toLowerCase() === lower);
    if (sameLetters) return /[a-z][A-Z]/.test(sameLetters.name) && token !== token.toUpperCase() ? sameLetters.name : null;
    if (token.length < 5 && !hasDigit) return null;
    if (!camel && !hasDigit && token.length < 7 && token[0] !== token[0].toUpperCase()) return null;
    // fuse.js ranks the candidates; only one that passes `confirms` is taken. Asking fuse only when some name
    // passes it changes no answer and spares a search for almost every word of the prose.
    // (A name that differs only in its digits is another version or size of a model, OneRec-V1 or OneRec-1B
    // beside OneRec-V2, not a typo of it.)
    const letters = hasDigit ? lower.replace(/[\d.]+/g, '#') : lower;
    const confirms = (name: string): boolean => {
      const limit = name.length >= 8 ? 2 : 1;
      if (name[0].toLowerCase() !== lower[0] && !hasDigit) return false;
      if (hasDigit && name.toLowerCase().replace(/[\d.]+/g, '#') === letters) return false;
      return Math.abs(name.length - lower.length) <= limit && editDistance(lower, name.toLowerCase()) <= limit;
    };
    if (!this.latinNames.some((n) => confirms(n.name))) return null;
    for (const hit of this.fuse.search(token)) if (confirms(hit.item)) return hit.item;
    return null;
  }

  /**
   * `name` as a draft in traditional script writes it (女媧 for 女娲, 女媧數字人 for 女娲数字人): its variant in
   * traditional script, else the name converted character by character where each has one traditional form.
   */
  traditionalSpelling(name: string): string {
    return this.traditionalOf.get(name) ?? toTraditional(name);
  }

  private cjkIssue(window: string, name: string): boolean {
    if (window === name || this.allSpellings.has(window)) return false;
    let diffs = 0;
    let diffAt = -1;
    for (let i = 0; i < name.length; i++) if (window[i] !== name[i]) { diffs++; diffAt = i; }
    if (diffs !== 1) return false;
    if (!/[\u4e00-\u9fff]/.test(window[diffAt])) return false;
    if (name.length >= 4) return true;
    // A shorter name is taken to be misspelled only by a character that looks like its own or sounds like it
    // (the writer's input method offers homophones: 可令 and 可玲 for 可灵, 万晴 for 万擎, 女蛙 for 女娲).
    // By sound only after the name's first character, as typed: a syllable-initial slip (令创作者 for 灵创) is an
    // ordinary word far more often than a misspelled name.
    return (this.confusable[name[diffAt]] ?? '').includes(window[diffAt]) || (diffAt > 0 && soundsAlike(window[diffAt], name[diffAt]));
  }

  /** For each k, how many positions j < k of `text` start two characters that both occur in names. */
  private namePairsBefore(text: string): Int32Array {
    const counts = new Int32Array(text.length + 1);
    // Each character's test serves both pairs it stands in, and is read from the 8 KB bitmap rather than a byte per
    // code's 64 KB, which fall out of the cache between documents (this loop: 0.24% → 0.13% of a check, CPU
    // profile of the bench drafts, by line).
    const bits = this.nameCharBits;
    let previous = text.length > 0 && (bits[text.charCodeAt(0) >> 5] >>> (text.charCodeAt(0) & 31)) & 1;
    for (let j = 0; j < text.length; j++) {
      const code = text.charCodeAt(j + 1);
      const current = j + 1 < text.length && (bits[code >> 5] >>> (code & 31)) & 1;
      counts[j + 1] = counts[j] + (previous && current ? 1 : 0);
      previous = current;
    }
    return counts;
  }

  /**
   * Names that may start at `i` of `text` and end by `end` (the end of its run of Chinese characters),
   * longest first (most positions have none). `pairs` is namePairsBefore(text): where two name characters
   * stand side by side, as a longer name's last pair must.
   */
  private candidatesAt(text: string, i: number, end: number, pairs: Int32Array): readonly string[] {
    const c0 = text.charCodeAt(i);
    const c1 = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    // (From the bitmap, as namePairsBefore reads it, rather than a byte per code: candidatesAt 0.8–1.1% → 0.5–0.7%
    // of a check, CPU profile of the bench drafts.)
    const bits = this.nameCharBits;
    const n0 = ((bits[c0 >> 5] >>> (c0 & 31)) & 1) === 1;
    const n1 = ((bits[c1 >> 5] >>> (c1 & 31)) & 1) === 1;
    // Neither of the first two characters is a name's, and no pair of them within a name's length: none.
    const lastPair = Math.min(i + this.longestName - 2, end - 2);
    if (!n0 && !n1 && (lastPair < i + 2 || pairs[lastPair + 1] === pairs[i + 2])) return NONE;
    const lists: string[][] = [];
    if (n0 && n1) pushList(lists, this.byHead.get(c0, c1));
    for (const [len, byTail] of this.tails) {
      const at = i + len - 2;
      if (at + 2 > end || pairs[at + 1] === pairs[at]) continue;
      pushList(lists, byTail.get(text.charCodeAt(at), text.charCodeAt(at + 1)));
    }
    if (n0) pushList(lists, this.byFirst.get(c0));
    if (n1) pushList(lists, this.bySecond.get(c1));
    if (!lists.length) return NONE;
    return lists.length === 1 ? lists[0] : [...new Set(lists.flat())].sort(longestFirst);
  }
}

/** The shipped paper's names (data/paper.names.json). */
export const DEFAULT_NAMES = new NameBook(paperNames);

const merged = new WeakMap<readonly NamesData[], NameBook>();

/** The shipped paper's names with those of the given names files (read once per list). */
export function namesWith(extra: readonly NamesData[] | undefined): NameBook {
  if (!extra?.length) return DEFAULT_NAMES;
  let book = merged.get(extra);
  if (!book) {
    book = new NameBook({
      names: [...PRODUCT_NAMES, ...extra.flatMap((d) => d.names)],
      confusable: Object.assign({}, paperNames.confusable, ...extra.map((d) => d.confusable ?? {})),
      nearWords: [...paperNames.nearWords, ...extra.flatMap((d) => d.nearWords ?? [])],
    });
    merged.set(extra, book);
  }
  return book;
}

/**
 * A names file's content, checked: its names, confusable characters and near words, or what is wrong with
 * it, as a message's predicate ("is not a names file: it has no …").
 */
export function readNamesData(json: unknown): NamesData | { problem: string } {
  const data = json as Partial<NamesData> | null;
  if (!data || typeof data !== 'object' || !Array.isArray(data.names)) return { problem: 'is not a names file: it has no "names" list' };
  const names: NameEntry[] = [];
  for (const n of data.names) {
    if (!n || typeof n.name !== 'string' || !n.name.trim()) return { problem: 'is not a names file: it has a name that is not a non-empty "name" string' };
    if (n.variants !== undefined && (!Array.isArray(n.variants) || n.variants.some((v) => typeof v !== 'string'))) return { problem: `is not a names file: it gives "${n.name}" variants that are not a list of strings` };
    names.push(n.variants ? { name: n.name, variants: n.variants } : { name: n.name });
  }
  const confusable = data.confusable && typeof data.confusable === 'object' ? Object.fromEntries(Object.entries(data.confusable).filter(([, v]) => typeof v === 'string')) : undefined;
  const nearWords = Array.isArray(data.nearWords) ? data.nearWords.filter((w): w is string => typeof w === 'string') : undefined;
  return { names, ...(confusable ? { confusable } : {}), ...(nearWords ? { nearWords } : {}) };
}

/** The right spelling of the shipped names' Latin name that `token` misspells (DEFAULT_NAMES.misspelledLatinName). */
export const misspelledLatinName = (token: string): string | null => DEFAULT_NAMES.misspelledLatinName(token);

/** DEFAULT_NAMES.forEachMisspelledLatinName. */
export const forEachMisspelledLatinName = (text: string, found: (start: number, end: number, expected: string) => void): void =>
  DEFAULT_NAMES.forEachMisspelledLatinName(text, found);

/** DEFAULT_NAMES.findMisspelledLatinNames. */
export const findMisspelledLatinNames = (text: string): NameIssue[] => DEFAULT_NAMES.findMisspelledLatinNames(text);

/** DEFAULT_NAMES.findMisspelledNames, or `book`'s. */
export const findMisspelledNames = (prose: string, latin?: readonly NameIssue[], book: NameBook = DEFAULT_NAMES): NameIssue[] => book.findMisspelledNames(prose, latin);

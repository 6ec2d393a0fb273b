/**
 * A dictionary scanner for context terms: finds the longest known term at each position of a text, left to
 * right, and emits the concept it stands for (and that concept's parent). Used by context.ts for the
 * bilingual lexicon; knows nothing of figures.
 */
import { isAsciiLetterOrDigit } from './chars';
import { IntTable } from './intTable';
import { PARENT_CONCEPTS } from './lexicon';

/** A dictionary term with the concept it stands for and that concept's parent, as emitted terms. */
interface ScannerEntry {
  text: string;
  concept: string;
  parent?: string;
}

/**
 * Finds the longest known term at each position, left to right, without regexes (an alternation of
 * hundreds of terms backtracks at every character). `ids` maps each term's text to its concept id;
 * `wordBounded` scanners match whole words only; `plural` ones also take a plural ending.
 */
export class TermScanner {
  // Entries by their first character's code, then their second's (one-character terms by their code): a
  // position costs an array read and one lookup on a small integer, builds no string, and tries only the
  // few entries that can start there.
  // (Slots in a typed array rather than a sparse array: reading a hole looks up the prototype chain.)
  private readonly firstSlot = new Uint16Array(0x10000);
  /**
   * One bit per character code, set where firstSlot is not 0: 8 KB that stay in the cache between scans, where
   * firstSlot's 128 KB do not, and most characters (most Chinese ones) start no term (scan: 7.5% → 6.3% of a
   * check, CPU profile of the bench drafts).
   */
  private readonly startsTerm = new Int32Array(0x10000 >> 5);
  /** The entries by (slot of their first character, their second character's code), longest first. */
  private readonly byPair = new IntTable<ScannerEntry[]>();
  private readonly single: Array<ScannerEntry | undefined> = [undefined];

  constructor(ids: Map<string, string>, private readonly wordBounded: boolean, private readonly plural: boolean) {
    // Each concept's term (c:id), and its parent's, made once rather than at every match.
    const made = new Map<string, { concept: string; parent?: string }>();
    for (const id of new Set(ids.values())) {
      const parent = PARENT_CONCEPTS[id];
      made.set(id, { concept: `c:${id}`, parent: parent ? `c:${parent}` : undefined });
    }
    for (const [text, id] of ids) {
      const entry: ScannerEntry = { text, ...made.get(id)! };
      const first = text.charCodeAt(0);
      if (!this.firstSlot[first]) {
        if (this.single.length >= 0x8000) throw new Error('TermScanner: more first characters than pair keys can hold');
        this.firstSlot[first] = this.single.length;
        this.startsTerm[first >> 5] |= 1 << (first & 31);
        this.single.push(undefined);
      }
      const slot = this.firstSlot[first];
      if (text.length === 1) {
        this.single[slot] = entry;
        continue;
      }
      const key = pairKey(slot, text.charCodeAt(1));
      const list = this.byPair.get(key);
      if (list) list.push(entry);
      else this.byPair.set(key, [entry]);
    }
    for (const list of this.byPair.values()) list.sort((x, y) => y.text.length - x.text.length);
  }

  scan(text: string, emit: (term: string, start: number, end: number) => void): void {
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (((this.startsTerm[code >> 5] >>> (code & 31)) & 1) === 0 || (this.wordBounded && isAsciiLetterOrDigit(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      const slot = this.firstSlot[code];
      const single = this.single[slot];
      const entry = this.match(text, i, i + 1 < text.length ? this.byPair.get(pairKey(slot, text.charCodeAt(i + 1))) : undefined, single);
      if (entry === undefined) {
        i++;
        continue;
      }
      const end = this.wordEnd(text, i + entry.text.length);
      emit(entry.concept, i, end);
      if (entry.parent) emit(entry.parent, i, end);
      i = end;
    }
  }

  /** The longest entry at `i` that ends a word where it must (among `entries`, longest first, then `single`). */
  private match(text: string, i: number, entries: ScannerEntry[] | undefined, single: ScannerEntry | undefined): ScannerEntry | undefined {
    if (entries) {
      for (let k = 0; k < entries.length; k++) {
        const entry = entries[k];
        if (text.startsWith(entry.text, i) && this.endsWord(text, i + entry.text.length)) return entry;
      }
    }
    // A one-character entry is filed under the character at `i`: only the word's end is left to check.
    return single !== undefined && this.endsWord(text, i + 1) ? single : undefined;
  }

  /** Whether a term ending at `end` ends a word there (always, for scanners not bounded by words). */
  private endsWord(text: string, end: number): boolean {
    return !(this.wordBounded && isAsciiLetterOrDigit(text.charCodeAt(this.wordEnd(text, end))));
  }

  /** Where a term ending at `end` ends as a word: past a plural ending, for scanners that allow one. */
  private wordEnd(text: string, end: number): number {
    return this.plural ? this.pluralEnd(text, end) : end;
  }

  /** Past a plural ending (users, businesses) when the word ends there. */
  private pluralEnd(text: string, end: number): number {
    if (text.startsWith('es', end) && !isAsciiLetterOrDigit(text.charCodeAt(end + 2))) return end + 2;
    if (text[end] === 's' && !isAsciiLetterOrDigit(text.charCodeAt(end + 1))) return end + 1;
    return end;
  }
}

/** A slot (under 2^15) and a character code (under 2^16) as one non-negative integer. */
const pairKey = (slot: number, code: number): number => slot * 0x10000 + code;

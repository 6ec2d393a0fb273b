/**
 * What a claim is about, by the names around it: the works and campaigns its sentence names (《纸手机》,
 * “全民反诈在行动”), and product names the source never uses (HumanEval, Keye-VL). Two figures about
 * different works are never compared; a figure about a product the source does not know is not its to judge.
 */
import type { Vocabulary } from './context';

/**
 * Latin product names whose form marks them as names in any language: CamelCase (HumanEval, OneRec) or a word
 * with a capitals suffix (Keye-VL). Plain capitalised words and acronyms are not taken: against a Chinese
 * source, an English draft's place and programme names (Ulanqab, Jinniu) and its units (RMB, GMV) are
 * renderings of the source's own words.
 */
const NAME = /(?<![\p{L}\d-])(?:[A-Z][a-z]+[A-Z][a-z][\p{L}\d]*|[A-Z][a-z]*[A-Z]?[a-z]*-[A-Z]{2,}[\p{L}\d]*)(?![\p{L}\d-])/gu;

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

/** Names in title marks or quotation marks: 《…》, “…”, 「…」. */
const NAMED = /《([^》\n]{1,40})》|“([^”\n]{2,30})”|「([^」\n]{2,30})」/g;

/** The names of works and campaigns in a piece of text. */
export function namedWorks(text: string): string[] {
  const out: string[] = [];
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) out.push((m[1] ?? m[2] ?? m[3]).replace(/\s+/g, ''));
  return out;
}

/**
 * Latin names of two words (Artificial Analysis, Guorui Zhou) misspelled in one of them: names.ts reads one-word
 * names token by token, and a two-word name is caught when one word is one keystroke off and the other, spelled
 * right, stands beside it (Artifical Analysis, Guorui Zhuo). The right word vouches that the name is meant.
 */
import type { NameIssue } from './names';

/** A two-word name: its words in lower case, and the name as written. */
export type TwoWordName = [first: string, second: string, name: string];

/** The two-word Latin names among `names`. */
export function twoWordNamesOf(names: readonly string[]): TwoWordName[] {
  return names.map((n) => /^([A-Za-z]{3,}) ([A-Za-z]{3,})$/.exec(n)).filter((m): m is RegExpExecArray => !!m).map((m) => [m[1].toLowerCase(), m[2].toLowerCase(), m[0]]);
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The misspellings of `names` in `text`, each spanning both words. Only where the text has one of a name's words. */
export function findMisspelledTwoWordNames(text: string, names: readonly TwoWordName[]): NameIssue[] {
  const issues: NameIssue[] = [];
  const lower = text.toLowerCase();
  for (const [first, second, name] of names) {
    for (const [known, k] of [[first, 0], [second, 1]] as const) {
      for (let at = lower.indexOf(known); at >= 0; at = lower.indexOf(known, at + 1)) {
        if (isLetter(lower.charCodeAt(at - 1)) || isLetter(lower.charCodeAt(at + known.length))) continue;
        const other = k === 0 ? /^\s+([A-Za-z]+)/.exec(text.slice(at + known.length, at + known.length + 40)) : /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, at - 40), at));
        if (!other) continue;
        const word = other[1].toLowerCase();
        const meant = k === 0 ? second : first;
        if (word === meant || !oneEditApart(word, meant)) continue;
        const start = k === 0 ? at : at - other[0].length;
        const end = k === 0 ? at + known.length + other[0].length : at + known.length;
        issues.push({ start, end, found: text.slice(start, end), expected: name });
      }
    }
  }
  return issues;
}

/** Whether two words of four letters or more are one edit apart: a letter changed, added or dropped, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}


/**
 * Latin names of two words (Artificial Analysis, Guorui Zhou) misspelled in one of them: names.ts reads one-word
 * names token by token, and a two-word name is caught when one word is one keystroke off and the other, spelled
 * right, stands beside it (Artifical Analysis, Guorui Zhuo). The right word vouches that the name is meant.
 */
import { isAsciiLetter } from './chars';
import { oneKeystrokeApart } from './keystrokes';
import type { NameIssue } from './names';

/** A two-word name: its words in lower case, and the name as written. */
export type TwoWordName = [first: string, second: string, name: string];

/** The two-word Latin names among `names`. */
export function twoWordNamesOf(names: readonly string[]): TwoWordName[] {
  return names.map((n) => /^([A-Za-z]{3,}) ([A-Za-z]{3,})$/.exec(n)).filter((m): m is RegExpExecArray => !!m).map((m) => [m[1].toLowerCase(), m[2].toLowerCase(), m[0]]);
}

/** The misspellings of `names` in `text`, each spanning both words. Only where the text has one of a name's words. */
export function findMisspelledTwoWordNames(text: string, names: readonly TwoWordName[]): NameIssue[] {
  const issues: NameIssue[] = [];
  const lower = text.toLowerCase();
  for (const [first, second, name] of names) {
    for (const [known, k] of [[first, 0], [second, 1]] as const) {
      for (let at = lower.indexOf(known); at >= 0; at = lower.indexOf(known, at + 1)) {
        if (isAsciiLetter(lower.charCodeAt(at - 1)) || isAsciiLetter(lower.charCodeAt(at + known.length))) continue;
        const other = k === 0 ? /^\s+([A-Za-z]+)/.exec(text.slice(at + known.length, at + known.length + 40)) : /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, at - 40), at));
        if (!other) continue;
        const word = other[1].toLowerCase();
        const meant = k === 0 ? second : first;
        // (Four letters or more: a shorter word is one keystroke from too many.)
        if (word === meant || !oneKeystrokeApart(word, meant, 4)) continue;
        const start = k === 0 ? at : at - other[0].length;
        const end = k === 0 ? at + known.length + other[0].length : at + known.length;
        issues.push({ start, end, found: text.slice(start, end), expected: name });
      }
    }
  }
  return issues;
}

/**
 * The model versions a sentence names (Kling 3.0, 可灵 2.1, 2.5 Turbo, 2.0 模型, OneSearch-V2, V1): a figure
 * about one version of a product is not a claim about another. 1,240 for Kling 3.0 Pro is no slip for the
 * 1124 分 of the 2.0 model, nor does the 2.0 model's score bear out a 3.0 one.
 */
import { NAME_ALTERNATION } from './names';

/**
 * Words after a decimal that make it a model's version (3.0 Pro, 2.5 Turbo, 2.0 模型, 3.0 系列, the 3.0
 * generation, the 3.0 family, the 2.0 launch), as a pattern for right after the number (nonClaims.ts leaves
 * such numbers unjudged).
 */
const LATIN_MARKS = 'Pro|Turbo|Omni|Standard|Master|Lite|Flash|model|models|release|version|series|generation|era|family|launch|update|upgrade';
const HAN_MARKS = '系列|版本?|模型|时代|時代|代';
export const VERSION_MARK_AFTER = `\\s*(?:(?:${LATIN_MARKS})\\b|${HAN_MARKS})`;

/**
 * After a number glued to one of the source's names: no share, scale or amount follows (Kling 2.1, not Kling
 * 60 million), so the number is a version (nonClaims.ts leaves it unjudged too).
 */
export const NOT_AN_AMOUNT = '(?![\\d%])(?!\\s*(?:[%万亿千百]|million|billion|thousand|bn|mn|[KMB]\\b))';

const PATTERNS: RegExp[] = [
  // After one of the source's names: a decimal or a V-number, not a share or an amount (Kling 60 million).
  new RegExp(`(?:${NAME_ALTERNATION})\\s*[-‐]?\\s*(?:[Vv](\\d+(?:\\.\\d+)?)|(\\d+\\.\\d+))${NOT_AN_AMOUNT}`, 'g'),
  new RegExp(`(?<![\\d.])(\\d+\\.\\d+)(?=${VERSION_MARK_AFTER})`, 'g'),
  // A bare V-number (In V1, …; V2 上线后).
  /(?<![A-Za-z\d])[Vv](\d+(?:\.\d+)?)(?![\d.]*\d)(?![A-Za-z])/g,
];

const NONE: readonly string[] = [];

/** The versions `text` names, each as its number (3.0 → "3", V2 → "2", 2.5 → "2.5"). */
export function versionsIn(text: string): readonly string[] {
  // Most sentences hold no decimal and no V-number: no version can stand in them.
  if (!/\d\.\d|[Vv]\d/.test(text)) return NONE;
  const out = new Set<string>();
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.add(String(Number(m[1] ?? m[2])));
  }
  return out.size ? [...out] : NONE;
}

/** Whether two claims name versions and none in common: they are about different versions. */
export function versionsDiffer(ours: readonly string[] | undefined, theirs: readonly string[] | undefined): boolean {
  return !!ours?.length && !!theirs?.length && !ours.some((v) => theirs.includes(v));
}

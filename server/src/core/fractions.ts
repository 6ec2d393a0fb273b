/**
 * Fractions as figures: 四分之一, 三分之二, "a quarter of", "two thirds of". Read as a share in percent
 * points with a unit of their own ('fraction'), so a fraction is compared only with fractions: "cut costs by
 * 75%" and "costs fell to a quarter" say one thing two ways, and a fraction must not be taken for a percent
 * it does not mean. A fix writes the paper's fraction the way the draft wrote its own.
 */
import { formatChineseNumeral, parseCardinal } from './numerals';
import type { Figure, Lang } from './types';

const EN_DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
const EN_NUMERATORS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };

const ZH_FRACTION = /([一二两三四五六七八九十百]+|\d+)\s*分之\s*([一二两三四五六七八九十]+|\d+)/g;
// An English fraction counts only as a share "of" something: "a quarter of the cost", not "a quarter later".
const EN_FRACTION = /\b(a|one|two|three|four)[\s-](half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)(?=\s+of\b)/gi;

/** A fraction's value as a share in percent points. */
const share = (numerator: number, denominator: number): number => (100 * numerator) / denominator;

function fractionFigure(start: number, end: number, text: string, value: number, lang: Lang): Figure {
  return {
    start, end, text, numberStart: start, numberEnd: end, kind: 'percent', unit: 'fraction', value, qualifier: 'exact',
    noun: '', extentEnd: end, extentStart: start, strong: false,
    style: { lang, numeral: lang === 'zh' ? 'chinese' : 'word', separators: false, decimals: 0, scale: 1, scaleText: '', fraction: true },
  };
}

/**
 * Finds fractions in `text` (width-folded prose). `free(start, end)` says whether a span is still
 * unclaimed; `claim` takes one.
 */
export function findFractions(text: string, free: (s: number, e: number) => boolean, claim: (s: number, e: number) => void): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(ZH_FRACTION)) {
    const denominator = parseCardinal(m[1]);
    const numerator = parseCardinal(m[2]);
    const start = m.index!;
    const end = start + m[0].length;
    if (!denominator || !numerator || numerator >= denominator || !free(start, end)) continue;
    claim(start, end);
    out.push(fractionFigure(start, end, m[0], share(numerator, denominator), 'zh'));
  }
  for (const m of text.matchAll(EN_FRACTION)) {
    const numerator = EN_NUMERATORS[m[1].toLowerCase()];
    const denominator = EN_DENOMINATORS[m[2].toLowerCase()];
    const start = m.index!;
    const end = start + m[0].length;
    // "two quarter" is no fraction; "a halves" neither.
    const plural = /s$/i.test(m[2]) && m[2].toLowerCase() !== 'halves';
    if (plural !== numerator > 1 || numerator >= denominator || !free(start, end)) continue;
    claim(start, end);
    out.push(fractionFigure(start, end, m[0], share(numerator, denominator), 'en'));
  }
  return out;
}

const EN_WORDS: Record<number, [string, string]> = { 2: ['half', 'halves'], 3: ['third', 'thirds'], 4: ['quarter', 'quarters'], 5: ['fifth', 'fifths'], 10: ['tenth', 'tenths'] };
const EN_COUNTS = ['', 'a', 'two', 'three', 'four'];

/**
 * `value` (percent points) written as a fraction in the draft figure's language ("a quarter", 四分之一), or
 * undefined when it is no simple fraction (the caller then writes a percentage).
 */
export function writeFraction(value: number, draft: Figure): string | undefined {
  for (const denominator of [2, 3, 4, 5, 10]) {
    const numerator = Math.round((value * denominator) / 100);
    if (numerator < 1 || numerator >= denominator || Math.abs(share(numerator, denominator) - value) > 1e-9) continue;
    if (draft.style.lang === 'zh') return `${formatChineseNumeral(denominator)}分之${formatChineseNumeral(numerator)}`;
    const [one, many] = EN_WORDS[denominator];
    const count = numerator === 1 && /^one\b/i.test(draft.text) ? 'one' : EN_COUNTS[numerator];
    const written = `${count}${/-/.test(draft.text) ? '-' : ' '}${numerator > 1 ? many : one}`;
    return /^[A-Z]/.test(draft.text) ? written[0].toUpperCase() + written.slice(1) : written;
  }
  return undefined;
}

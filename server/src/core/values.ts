/**
 * Comparing a draft's figure with the paper's: whether they measure the same kind of thing, whether the
 * paper's value bears out the draft's at the precision the draft wrote it, and whether a different value
 * is a slip a writer could plausibly have made.
 */
import { oneKeystrokeApart } from './keystrokes';
import type { Figure, Qualifier } from './types';

/** Whether two figures measure the same kind of thing, so their values can be compared. */
/**
 * A count written with a scale and nothing else (a table's "9,574 million" under "All amounts in RMB"): it may
 * be an amount of money whose currency the text says elsewhere, so it meets money as well as counts.
 */
const isBareAmount = (figure: Figure): boolean => !figure.unit && !figure.noun && figure.style.scale >= 1e4;

/** The currency of an amount of money that does not say it (营收 355.54 亿): it meets money in any. */
export const ANY_CURRENCY = '?';

export function comparable(draft: Figure, paper: Figure): boolean {
  switch (draft.kind) {
    case 'date':
      return paper.kind === 'date' && [...draft.unit].every((p) => paper.unit.includes(p));
    case 'money':
      return paper.kind === 'money' && (paper.unit === draft.unit || paper.unit === ANY_CURRENCY || draft.unit === ANY_CURRENCY);
    case 'percent': case 'multiplier': case 'duration': case 'rank':
      return paper.kind === draft.kind && paper.unit === draft.unit;
    case 'score':
      return paper.kind === 'score' || paper.kind === 'number';
    case 'count':
      return paper.kind === 'count' || paper.kind === 'number' || (paper.kind === 'money' && isBareAmount(draft));
    case 'number':
      return paper.kind === 'number' || paper.kind === 'count' || paper.kind === 'score' || (paper.kind === 'money' && isBareAmount(draft));
  }
}

/** Within half a step of the draft's precision (and a hair of float error). */
export const within = (a: number, b: number, step: number): boolean => Math.abs(a - b) <= step / 2 + 1e-9 * Math.max(1, Math.abs(b));

/**
 * The precision a draft's figure was written at (0: only the exact value). A figure of one significant digit
 * (1%, 2 亿美元) rounds nothing: half its step would be a fifth or more of it, so a bare "1%" would agree with
 * 1.26% and "2 亿" with 2.4 亿. Rounding that far takes a word (about, 约: agreesThroughQualifier).
 */
export const figureStep = (draft: Figure): number => {
  if (draft.kind === 'number' || draft.style.numeral !== 'arabic') return 0;
  const step = Math.pow(10, -draft.style.decimals) * draft.style.scale;
  return step * ROUGHEST_PRECISION > Math.abs(draft.value) ? 0 : step;
};

/** The largest step, as a share of the value, at which a figure's written precision is taken for rounding. */
const ROUGHEST_PRECISION = 5;

/** Whether the paper's figure bears out the draft's value, at the precision the draft wrote it. */
export function valuesAgree(draft: Figure, paper: Figure, strict = false): boolean {
  if (draft.kind === 'date') return datesAgree(draft.value, paper.value, draft.unit);
  const step = figureStep(draft);
  const lo = paper.value;
  const hi = paper.high ?? paper.value;
  if (draft.high !== undefined) {
    if (paper.high !== undefined) return within(draft.value, lo, step) && within(draft.high, hi, step);
    return false;
  }
  if (agreesPlainly(draft.value, step, lo, paper.high ?? NaN)) return true;
  const q = draft.qualifier;
  // Only a qualifier lets another value agree (checked first: most figures have none).
  if (strict || !isBounding(q)) return false;
  return boundsAgree(draft.value, q, lo, paper.qualifier) && sortedDigits(draft.value) !== sortedDigits(lo);
}

/**
 * Whether a draft's value, written at precision `step`, agrees with the paper's `lo` without leaning on a
 * qualifier: it lies in the paper's range [lo, high] (`high` NaN when the paper gives no range), or within
 * half a step of `lo`. Scoring calls it with values read from arrays.
 */
export function agreesPlainly(value: number, step: number, lo: number, high: number): boolean {
  return (high === high && value >= lo - 1e-9 && value <= high + 1e-9) || within(value, lo, step);
}

/** Qualifiers that let a draft's value agree with another (more than, less than, about, nearly). */
export const isBounding = (q: Qualifier): boolean => q === 'more' || q === 'less' || q === 'about' || q === 'nearly';

/**
 * Whether a draft's `value`, bounded by `q` (isBounding), may agree with the paper's `lo` (stated with
 * `paperQualifier`) though it is not that value: it does unless the two have the same digits in another order (6.7
 * 万 for 7.6 万), a slip whatever the qualifier says, which the caller tests (sortedDigits) when this holds, and
 * only then: a value's digits are a memo lookup, and a sort on a miss, and most values are not within bounds
 * (sortedDigits under scoring: 0.8% → 0.1% of a check, CPU profile of the bench drafts).
 */
export function boundsAgree(value: number, q: Qualifier, lo: number, paperQualifier: Qualifier): boolean {
  // Both bounded the same way ("超 6.7 万" against "超 7.6 万"): the writer meant the paper's figure.
  if (q === paperQualifier) return false;
  // "More than 50 million" is true of 6000 万; "nearly/about" allows a tenth either way.
  if (q === 'more') return lo > value && lo <= value * 1.5;
  if (q === 'less') return lo < value && lo >= value * 0.5;
  return Math.abs(lo - value) <= 0.1 * Math.abs(lo);
}

/** The digits of a value, sorted: 1124 and 1142 share them. */
const digitsMemo = new Map<number, string>();
export function sortedDigits(n: number): string {
  let d = digitsMemo.get(n);
  if (d === undefined) {
    d = digitsInOrder(String(n));
    if (digitsMemo.size > 50000) digitsMemo.clear();
    digitsMemo.set(n, d);
  }
  return d;
}

/**
 * The digits of `written`, sorted, counted rather than cut out, split and sorted as strings: most of a draft's
 * values are new to the memo, and a miss cost three times as much that way (sortedDigits: 0.5% → 0.3% of a check,
 * CPU profile of the bench drafts).
 */
function digitsInOrder(written: string): string {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < written.length; i++) {
    const digit = written.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) counts[digit]++;
  }
  let out = '';
  for (let digit = 0; digit < 10; digit++) if (counts[digit]) out += String(digit).repeat(counts[digit]);
  return out;
}

/** Dates as yyyymmdd numbers agree in the parts (y, m, d) the draft states. */
function datesAgree(draft: number, paper: number, parts: string): boolean {
  return (!parts.includes('y') || Math.floor(draft / 10000) === Math.floor(paper / 10000))
    && (!parts.includes('m') || Math.floor(draft / 100) % 100 === Math.floor(paper / 100) % 100)
    && (!parts.includes('d') || draft % 100 === paper % 100);
}

/** A value's digits as written to twelve places (2.2 亿 is 220000000.00000003 in binary). */
const writtenDigits = (n: number): string => String(Number(Math.abs(n).toPrecision(12))).replace(/\D/g, '');

/** A value's significant digits, without leading or trailing zeros (10.18 万 and 10.18 亿: "1018"). */
export const significantDigits = (n: number): string => writtenDigits(n).replace(/^0+|0+$/g, '');

/**
 * How a writer could plausibly have meant the paper's figure, if at all: 'near', a stale or rounded value
 * near it (within a factor of three); 'far', within a factor of ten (a fast-growing count's older snapshot:
 * 168 million videos against 6 亿); 'scale', the same digits under another scale (60 billion for 60
 * million); 'keystroke', one keystroke away (16 万 for 6 万, 300 for 100). 1,800 engineers is no slip for a
 * 15-person team, nor 4,600 films for a 1,227 score. (Measured over every labelled set: of 211 figures
 * labelled as slips, one lies further off, a snapshot three and a half times smaller; of the corrections
 * between three and ten times off on the real-world drafts, every one was a figure of something else.)
 */
export function slipKind(draft: Figure, paper: Figure): 'near' | 'far' | 'scale' | 'keystroke' | undefined {
  const a = Math.abs(draft.value);
  const b = Math.abs(paper.value);
  if (a === 0 || b === 0) return undefined;
  const ratio = Math.max(a, b) / Math.min(a, b);
  if (ratio <= NEARBY_FACTOR) return 'near';
  // The same digits at another scale (1.4 for 14,000) is a slip of the scale; a single digit (5 for 500,000)
  // is too little to tell a slip from another figure. (Written to twelve places first: 2.2 亿 is
  // 220000000.00000003 in binary.)
  if (significantDigits(a).length >= 2 && significantDigits(a) === significantDigits(b)) return 'scale';
  // (Two digits or more each: a single digit is one keystroke from every other.)
  if (oneKeystrokeApart(writtenDigits(a), writtenDigits(b), 2)) return 'keystroke';
  return ratio <= 10 ? 'far' : undefined;
}

/**
 * Whether a precise draft figure is what the source's round one rounds (416.2 million against "400M daily active
 * users", 1.278 亿 against 1 亿): the source gives an order of size there, not a measurement the draft contradicts.
 * Only a draft figure of three or more significant digits more precise than the source's by two digits or more:
 * 6,400 万 against 6000 万 is a slip to correct, as is 12% against 10%.
 */
export function roundedFrom(draft: Figure, source: Figure): boolean {
  const digits = significantDigits(Math.abs(source.value)).length;
  if (!digits || significantDigits(Math.abs(draft.value)).length < Math.max(3, digits + 2)) return false;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(source.value))) - digits + 1);
  return Math.round(draft.value / step) === Math.round(source.value / step);
}

/** Whether a writer could plausibly have meant the paper's figure (slipKind). */
export const plausibleSlip = (draft: Figure, paper: Figure): boolean => slipKind(draft, paper) !== undefined;

/** How far off a stale or rounded figure may lie. */
const NEARBY_FACTOR = 3;

/**
 * Prose → figures. Finds every number in a block of prose and reads it with its scale, unit, currency,
 * qualifier and range into a {@link Figure}. The same reader serves drafts and the paper, so both sides
 * of a comparison are read alike.
 */
import { isAsciiDigit, isAsciiLetter, isCjk } from './chars';
import { findDates } from './dates';
import { findFractions } from './fractions';
import { findNonClaims } from './nonClaims';
import { findRanks } from './ranks';
import { decimalsOf, foldWidth, parseArabic, parseChineseNumeral, parseEnglishWord } from './numerals';
import type { Figure, FigureKind, FigureStyle, Lang, Qualifier } from './types';
import {
  CURRENCY_PREFIXES, CURRENCY_SUFFIXES, DURATION_SUFFIXES, EN_NON_NOUNS, EN_SCALES, MULTIPLIER_SUFFIX, PERCENT_SUFFIX,
  EN_SCALE_FIRST, PHYSICAL_UNITS, POINTS_SUFFIX, TIMES_SUFFIX, QUALIFIERS_BEFORE, QUALIFIER_AFTER, QUALIFIER_AFTER_TAIL, SCORE_SUFFIX, ZH_MEASURES, ZH_SCALES,
} from './units';

interface Numeral {
  start: number;
  end: number;
  value: number;
  decimals: number;
  separators: boolean;
  kind: 'arabic' | 'chinese' | 'word';
}

// A number not glued to a word (G4RL, V2, H.266) — except a currency code (RMB53mn) — nor to a hyphen
// after a word or digit (COVID-19, 4-5 is read as a range from its first number); a lone sign is fine (-75.40%).
// (The leading (?=\d) lets the engine skip to digits rather than try the look-behinds at every character:
// the pattern's time over a bench draft 0.060 → 0.016 ms.)
const ARABIC = /(?=\d)(?:(?<![\w.\-/\\])|(?<=(?:\bRMB|\bUSD|\bCNY|\bHKD))|(?<=(?:^|[\s(|（\0])[-−]))(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g;
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+/g;
const WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b/gi;
/** "from" or 从/由 right before a number: a "to" after it ends a change, not a range. */
const FROM_BEFORE = /(?:\bfrom|从|由)\s*(?:US\$|\$|RMB\s?|¥)?\s*$/i;
const RANGE_SEP = /^\s{0,3}(?:-|–|—|~|～|至|到|to)\s?/;
/**
 * Put for the line break that ends a blank line: no figure, unit or language is read across it into another paragraph
 * (a sign after it is at the start of a line, as in ARABIC).
 */
const PARAGRAPH_BREAK = '\u0000';

/**
 * Figures in `source` restricted to the prose spans given by `prose` (same length, non-prose blanked); the
 * blocks' starts find datelines, the headings' section numbers.
 */
export function findFigures(prose: string, blockStarts: number[] = [0], headingStarts: readonly number[] = []): Figure[] {
  // (A line ends at \r\n, \n or a lone \r, as for the parser: markdown.ts.)
  const text = foldWidth(prose).replace(/((?:\r\n|\r|\n)[^\S\r\n]*)(\r\n|\r|\n)/g, (_, blank: string, end: string) => `${blank}${end === '\r\n' ? '\r' : ''}${PARAGRAPH_BREAK}`);
  const claimed = new Uint8Array(text.length);
  const free = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (claimed[i]) return false;
    return true;
  };
  const claim = (s: number, e: number): void => void claimed.fill(1, s, e);

  for (const span of findNonClaims(text, blockStarts, headingStarts)) claim(span.start, span.end);
  const figures: Figure[] = findDates(text, free, claim);
  figures.push(...findRanks(text, free, claim));
  figures.push(...findFractions(text, free, claim));

  for (const numeral of findNumerals(text)) {
    if (!free(numeral.start, numeral.end)) continue;
    const figure = readFigure(text, numeral);
    if (!figure || !free(figure.start, figure.end)) continue;
    claim(figure.start, figure.end);
    figure.text = prose.slice(figure.start, figure.end);
    figures.push(figure);
  }
  for (const f of figures) f.text = prose.slice(f.start, f.end);
  return figures.sort((a, b) => a.start - b.start);
}

function findNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(text); m; m = ARABIC.exec(text)) {
    // The characters after the number, by code (this runs for every number of a draft).
    const end = m.index + m[0].length;
    if (text.charCodeAt(end) === 46 /* . */ && isAsciiDigit(text.charCodeAt(end + 1))) continue; // a version such as 2.5.1
    if (m[0].charCodeAt(0) === 48 /* 0 */ && isAsciiDigit(m[0].charCodeAt(1))) continue; // 007, 0020: a code or a typo, never how a quantity is written (dates are read before)
    if (isAsciiLetter(text.charCodeAt(end)) && !/^(?:[kKMBTx×](?![A-Za-z])|m(?![A-Za-z²³])|bn\b|mn\b|ms\b|MW|GW|kW|pp\b|ppts?\b|st\b|nd\b|rd\b|th\b)/.test(text.slice(end, end + 4))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: parseArabic(m[0]), decimals: decimalsOf(m[0]), separators: m[0].includes(','), kind: 'arabic' });
  }
  CHINESE.lastIndex = 0;
  for (let m = CHINESE.exec(text); m; m = CHINESE.exec(text)) {
    const numeral = chineseNumeral(text, m.index, m[0]);
    if (numeral) out.push(numeral);
  }
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
    const value = parseEnglishWord(m[1]);
    if (value !== null) out.push({ start: m.index, end: m.index + m[0].length, value, decimals: 0, separators: false, kind: 'word' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Chinese numerals hide inside ordinary words (一站式, 统一, 十五五, 千万创作者); only a numeral that is
 * followed by a unit and stands on its own is read.
 */
function chineseNumeral(text: string, index: number, run: string): Numeral | null {
  const before = text[index - 1] ?? '';
  const after = text.slice(index + run.length, index + run.length + 3);
  if (/[第之统唯单同初数几]/.test(before)) return null;
  if (/^(?:是|站|体|起|些|键|致|般|直|定|切|批|手|线|面|流|览|带|路|身|心|成)/.test(after)) return null;
  // A bare scale (百余个, 百万元) stands for one of it.
  if (/^(?:百|千|万|百万|千万)$/.test(run)) {
    if (!/^(?:余|多)?\s?(?:个|名|项|家|所|篇|条|件|元|人|资金)/.test(after)) return null;
    const value = { 百: 100, 千: 1000, 万: 1e4, 百万: 1e6, 千万: 1e7 }[run]!;
    return { start: index, end: index + run.length, value, decimals: 0, separators: false, kind: 'chinese' };
  }
  let s = run;
  let start = index;
  // A leading scale-only prefix (万 in 万物) is not part of the numeral.
  while (s && /^[万亿千百]/.test(s)) { s = s.slice(1); start++; }
  if (!s || start !== index) return null;
  const big = /[万亿]/.test(s);
  // Without 万/亿 a numeral must be followed by a unit: 三个月, 两年, 十天; 一站式 and 统一 are words.
  // (余/多 may come between: 三十余个, 二十多家.)
  if (!big && !/^(?:余|多)?\s?(?:个月|个|倍|名|席|年|天|小时|分钟|次|项|家|条|位|人|所|座|期|场|款|类|种|周|届|大)/.test(after)) return null;
  if (s.length === 1 && s === '一' && !/^(?:倍|个月|年|天|小时)/.test(after)) return null; // 一个, 一家: articles, not counts
  const value = parseChineseNumeral(s);
  if (value === null || value === 0) return null;
  return { start, end: start + s.length, value, decimals: 0, separators: false, kind: 'chinese' };
}

interface Suffix {
  kind: FigureKind;
  unit: string;
  scale: number;
  scaleText: string;
  end: number;
  qualifier?: Qualifier;
  noun: string;
  /** End of the English noun after the figure, when there is one. */
  nounEnd?: number;
}

/** ZH_SCALES as patterns at the start of a text, made once. */
const ZH_SCALE_PATTERNS: Array<[RegExp, number]> = ZH_SCALES.map(([w, factor]) => [new RegExp(`^\\s{0,3}${w}`), factor]);

const LEADING_SPACE = /^\s{0,3}/;
/** The first characters of the Chinese scale words, to skip their patterns when none can match. */
const ZH_SCALE_FIRST = new Set(ZH_SCALES.map(([w]) => w[0]));

/** A hyphen before an English scale word: 8-billion-parameter, a 10-million-user app. */
const HYPHENATED_SCALE = /^-(?=(?:trillion|billion|million|thousand)\b)/i;

/**
 * Every unit pattern readSuffix tries in turn (percent, points, currency, multiplier, times, duration, score,
 * physical unit), as one case-insensitive alternation: it matches wherever any of them does (and maybe
 * more), so a number it does not match skips them all in one test rather than some thirty
 * (readSuffix 2.0% → 1.6% of a check, CPU profile of the bench drafts).
 */
const ANY_UNIT_SUFFIX = new RegExp([
  PERCENT_SUFFIX, POINTS_SUFFIX, ...CURRENCY_SUFFIXES.map(([re]) => re), MULTIPLIER_SUFFIX, TIMES_SUFFIX,
  ...DURATION_SUFFIXES.map(([re]) => re), SCORE_SUFFIX, ...PHYSICAL_UNITS.map(([re]) => re),
].map((re) => `(?:${re.source})`).join('|'), 'i');

/** Reads what follows a numeral: scale, then percent/currency/multiplier/time/score/measure word. */
function readSuffix(text: string, at: number, numeral: Numeral): Suffix {
  let pos = at;
  let scale = 1;
  let scaleText = '';
  let qualifier: Qualifier | undefined;
  // The next few characters, re-read only when `pos` moves (every reader below tests them).
  let rest = text.slice(pos, pos + 24);
  const advance = (len: number): void => {
    pos += len;
    rest = text.slice(pos, pos + 24);
  };

  // A compound adjective joins its words with hyphens: "an 8-billion-parameter model" counts parameters.
  const hyphenated = HYPHENATED_SCALE.test(rest);
  if (hyphenated) advance(1);
  // Every scale pattern is up to three spaces, then a word whose first character is one of these (or, for
  // T, B, M and k, that character with no space): most numbers are followed by none, and skip them all.
  const next = rest.charAt(LEADING_SPACE.exec(rest)![0].length);
  const zhScale = ZH_SCALE_FIRST.has(next) ? ZH_SCALE_PATTERNS.find(([re]) => re.test(rest)) : undefined;
  if (zhScale && !/^\s{0,3}(?:千万|百万)(?:创作者|商家|用户)/.test(rest)) {
    const m = zhScale[0].exec(rest)!;
    scale = zhScale[1]; scaleText = m[0]; advance(m[0].length);
  } else if (numeral.kind !== 'chinese' && EN_SCALE_FIRST.has(next)) {
    for (const [re, factor] of EN_SCALES) {
      const m = re.exec(rest);
      if (m) { scale = factor; scaleText = m[0]; advance(m[0].length); break; }
    }
  }
  const q = QUALIFIER_AFTER.exec(rest);
  if (q) { qualifier = 'more'; advance(q[0].length); }
  const tail = (kind: FigureKind, unit: string, len: number, noun = ''): Suffix => {
    pos += len;
    const t = QUALIFIER_AFTER_TAIL.exec(text.slice(pos, pos + 4));
    if (t && t[0].includes('+')) pos += t[0].length;
    if (t) qualifier = t[0].includes('左右') ? 'about' : 'more';
    return { kind, unit, scale, scaleText, end: pos, qualifier, noun };
  };
  let m: RegExpExecArray | null;
  if (ANY_UNIT_SUFFIX.test(rest)) {
    if ((m = PERCENT_SUFFIX.exec(rest))) return tail('percent', '%', m[0].length);
    if ((m = POINTS_SUFFIX.exec(rest))) return tail('percent', 'pp', m[0].length);
    for (const [re, cur] of CURRENCY_SUFFIXES) if ((m = re.exec(rest))) return tail('money', cur, m[0].length);
    if ((m = MULTIPLIER_SUFFIX.exec(rest))) return tail('multiplier', 'x', m[0].length);
    if ((m = TIMES_SUFFIX.exec(rest)) && scale === 1 && numeral.value < 100) return tail('multiplier', 'x', m[0].length);
    for (const [re, unit] of DURATION_SUFFIXES) if ((m = re.exec(rest))) return tail('duration', unit, m[0].length);
    if ((m = SCORE_SUFFIX.exec(rest))) return tail('score', 'points', m[0].length);
    for (const [re, unit] of PHYSICAL_UNITS) if ((m = re.exec(rest))) return tail('count', unit, m[0].length, unit);
  }
  const zh = /^\s{0,3}([\u4e00-\u9fa5]{1,2})/.exec(rest);
  if (zh) {
    const measure = ZH_MEASURES.find((w) => zh[1].startsWith(w));
    if (measure) return tail('count', measure, (zh[0].length - zh[1].length) + measure.length, measure);
  }
  // "9 of the top 15 places": what is counted comes after the share.
  const share = /^\s{0,3}of\s+(?:the\s+)?(?:top\s+\d+\s+|\d+\s+)?([A-Za-z][A-Za-z-]*)/.exec(text.slice(pos, pos + 40));
  if (share && !EN_NON_NOUNS.has(share[1].toLowerCase())) {
    return { kind: 'number', unit: '', scale, scaleText, end: pos, qualifier, noun: share[1].toLowerCase(), nounEnd: pos + share[0].length };
  }
  const en = (hyphenated ? /^-?((?:[A-Za-z][A-Za-z-]*))/ : /^\s{0,3}((?:[A-Za-z][A-Za-z-]*))/).exec(rest);
  const noun = en && !EN_NON_NOUNS.has(en[1].toLowerCase()) ? en[1].toLowerCase() : '';
  return { kind: scale > 1 ? 'count' : 'number', unit: '', scale, scaleText, end: pos, qualifier, noun, ...(noun && en ? { nounEnd: pos + en[0].length } : {}) };
}

/** Reads a currency before the numeral, if any. */
function readCurrencyPrefix(text: string, start: number): { currency: string; start: number } | null {
  for (const [prefix, currency] of CURRENCY_PREFIXES) {
    const s = start - prefix.length;
    if (s >= 0 && text.startsWith(prefix, s)) return { currency, start: s };
  }
  return null;
}

/** The qualifier written right before `start` (more than, 约), and where it starts. */
function readQualifierBefore(text: string, start: number): { qualifier: Qualifier; from: number } {
  const from = Math.max(0, start - 20);
  const before = text.slice(from, start);
  for (const [re, q] of QUALIFIERS_BEFORE) {
    const m = re.exec(before);
    if (m) return { qualifier: q, from: from + m.index };
  }
  return { qualifier: 'exact', from: start };
}

function readFigure(text: string, numeral: Numeral): Figure | null {
  const prefix = numeral.kind === 'arabic' ? readCurrencyPrefix(text, numeral.start) : null;
  let suffix = readSuffix(text, numeral.end, numeral);
  let high: { numeral: Numeral; suffix: Suffix } | undefined;

  // A range: 4-5%, 3 至 6 个月, 4% to 5%.
  const sep = RANGE_SEP.exec(text.slice(suffix.end, suffix.end + 6));
  // "rose from 3.26% to 27.32%", 从 2200 万增长到 6000 万: two figures, the before and the after, not a range.
  if (sep && !FROM_BEFORE.test(text.slice(Math.max(0, numeral.start - 12), numeral.start))) {
    const hiStart = suffix.end + sep[0].length;
    const hiMatch = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/.exec(text.slice(hiStart, hiStart + 20));
    if (hiMatch && numeral.kind === 'arabic') {
      const hiNumeral: Numeral = { start: hiStart, end: hiStart + hiMatch[0].length, value: parseArabic(hiMatch[0]), decimals: decimalsOf(hiMatch[0]), separators: hiMatch[0].includes(','), kind: 'arabic' };
      const hiSuffix = readSuffix(text, hiNumeral.end, hiNumeral);
      const lowBare = suffix.end === numeral.end;
      // (Each end may carry the scale, the unit on the second alone: 2.8 亿至 3 亿元.)
      const lowScaleOnly = !lowBare && (suffix.kind === 'count' || suffix.kind === 'number') && !suffix.unit && !suffix.noun
        && suffix.scale > 1 && suffix.scale === hiSuffix.scale;
      if ((lowBare || lowScaleOnly || (suffix.kind === hiSuffix.kind && suffix.unit === hiSuffix.unit)) && hiNumeral.value > numeral.value) {
        high = { numeral: hiNumeral, suffix: hiSuffix };
        if (lowBare || lowScaleOnly) suffix = { ...hiSuffix, end: hiSuffix.end, scale: hiSuffix.scale };
      }
    }
  }
  if (numeral.kind === 'word' && !['duration', 'multiplier'].includes(suffix.kind)) return null;

  const end = high ? high.suffix.end : suffix.end;
  let kind = suffix.kind;
  let unit = suffix.unit;
  if (prefix) { kind = 'money'; unit = prefix.currency; }
  const start = prefix ? prefix.start : numeral.start;
  // Trim trailing spaces the suffix readers may have swallowed.
  let trimmedEnd = end;
  while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1])) trimmedEnd--;

  const lang: Lang = cjkAround(text, start, trimmedEnd) ? 'zh' : 'en';
  const style: FigureStyle = {
    lang, numeral: numeral.kind, separators: numeral.separators, decimals: numeral.decimals,
    scale: suffix.scale, scaleText: suffix.scaleText,
  };
  const value = numeral.value * suffix.scale;
  const before = readQualifierBefore(text, start);
  const qualifier = suffix.qualifier ?? before.qualifier;
  // "3 times" may multiply or count occurrences ("met 3 times"): judged when the source bears it out, never reported absent.
  const timesWord = kind === 'multiplier' && /^\s*times/i.test(text.slice(numeral.end, suffix.end));
  const strong = numeral.kind === 'arabic' && (kind !== 'number' || suffix.noun !== '') && !(kind === 'number' && numeral.value < 10 && numeral.decimals === 0 && suffix.scale === 1) && !timesWord;
  return {
    start, end: trimmedEnd, text: '', numberStart: numeral.start, numberEnd: numeral.end,
    ...(high ? { high: high.numeral.value * suffix.scale, highStart: high.numeral.start, highEnd: high.numeral.end } : {}),
    kind, value, unit, qualifier, noun: suffix.noun || (kind === 'count' ? unit : ''), strong, style,
    extentEnd: suffix.nounEnd ?? trimmedEnd, extentStart: before.from,
  };
}

/**
 * Whether Chinese stands in or near a figure at [start, end): within six characters either side, in the
 * figure's own paragraph (not across a PARAGRAPH_BREAK). Read in place, without cutting the text.
 */
function cjkAround(text: string, start: number, end: number): boolean {
  const lastBreak = text.lastIndexOf(PARAGRAPH_BREAK, start - 1);
  const from = Math.max(0, start - 6, start > 0 ? lastBreak + 1 : 0);
  const nextBreak = text.indexOf(PARAGRAPH_BREAK, start);
  const to = Math.min(text.length, end + 6, nextBreak < 0 ? Infinity : nextBreak);
  for (let i = from; i < to; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

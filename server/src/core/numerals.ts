/**
 * Numerals in the three scripts a draft may use: Arabic digits (half- or full-width, with thousands
 * separators), Chinese numerals (六千万, 十五, 两) and a few English number words (three months).
 * Pure functions; no knowledge of units or context.
 */

/** Maps full-width digits and signs to ASCII without changing the string's length (UTF-16 units). */
export function foldWidth(text: string): string {
  // Only what matters to numbers folds: digits, separators, signs (０-９ ． ， ％ ＋ － ＄); other CJK
  // punctuation stays. The pattern matches only those, so most of a Chinese text's punctuation is not visited.
  return text.replace(FOLDED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The full-width forms whose half-width form is one of 0-9 . , % + - $. */
const FOLDED = /[\uFF04\uFF05\uFF0B-\uFF0E\uFF10-\uFF19]/g;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can appear in a Chinese numeral. */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Value of a Chinese numeral such as 六千万 (60,000,000), 十五 (15), 两 (2), 一千零五十 (1,050).
 * Returns null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s || /[^零〇一二两三四五六七八九十百千万亿]/.test(s)) return null;
  if (!/[零〇一二两三四五六七八九十]/.test(s)) return null; // 万, 千万 alone are not numerals
  let total = 0; // groups already closed by 万 or 亿
  let section = 0; // value below the current big unit
  let digit = 0;
  let sawDigit = false;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
      sawDigit = true;
    } else if (ch in CN_SMALL_UNITS) {
      section += (sawDigit ? digit : 1) * CN_SMALL_UNITS[ch];
      digit = 0;
      sawDigit = false;
    } else if (ch === '万') {
      total += (section + digit) * 1e4;
      section = 0; digit = 0; sawDigit = false;
    } else if (ch === '亿') {
      total = (total + section + digit) * 1e8;
      section = 0; digit = 0; sawDigit = false;
    }
  }
  return total + section + digit;
}

/** Writes an integer as a Chinese numeral (60000000 → 六千万). Used to keep a draft's own style. */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n === 0) return '零';
  const digits = '零一二三四五六七八九';
  const below10k = (v: number, leadingZero: boolean): string => {
    let out = '';
    let zero = false;
    const units = [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const;
    let started = false;
    for (const [u, name] of units) {
      const d = Math.floor(v / u) % 10;
      if (d === 0) {
        if (started || leadingZero) zero = true;
        continue;
      }
      if (zero && (started || leadingZero)) out += '零';
      zero = false;
      out += (d === 1 && u === 10 && !started && !leadingZero ? '' : digits[d]) + name;
      started = true;
    }
    return out;
  };
  const parts: string[] = [];
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  if (yi) parts.push(formatChineseNumeral(yi) + '亿');
  if (wan) parts.push(below10k(wan, yi > 0 && wan < 1000) + '万');
  if (rest) parts.push(below10k(rest, (yi > 0 || wan > 0) && rest < 1000));
  return parts.join('');
}

const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/** English number words this checker reads (one … twenty, thirty, forty, fifty, hundred). */
export const EN_NUMBER_WORDS = Object.keys(EN_WORDS);

/** Value of an English number word, or null. */
export function parseEnglishWord(word: string): number | null {
  return EN_WORDS[word.toLowerCase()] ?? null;
}

/** A whole number written in ASCII digits, Chinese numerals or an English word (15, 十五, fifteen), or null. */
export function parseCardinal(raw: string): number | null {
  return /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw) ?? parseEnglishWord(raw);
}

/** Writes small integers as English words when the draft did ("three months"). */
export function formatEnglishWord(n: number): string {
  const entry = Object.entries(EN_WORDS).find(([, v]) => v === n);
  return entry ? entry[0] : String(n);
}

/** Parses "1,240", "75.40", "6000" (ASCII, already width-folded). */
export function parseArabic(s: string): number {
  return Number(s.replace(/[,\s]/g, ''));
}

/** Number of decimals written in an Arabic numeral ("75.40" → 2). */
export function decimalsOf(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

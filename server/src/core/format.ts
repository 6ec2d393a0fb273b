/**
 * Fix formatting: writes the paper's value in the draft's own style, so "US$280 million" becomes
 * "US$240 million" (not "2.4 亿美元"), "1,142 points" becomes "1,124 points" and 六千万 stays in Chinese
 * numerals. Only the mantissa changes; currency, scale word, unit and spacing are the draft's.
 */
import { formatDate } from './dates';
import { writeFraction } from './fractions';
import { formatChineseNumeral, formatEnglishWord } from './numerals';
import type { Figure } from './types';

/** Writes `n` with `decimals` decimals and, if asked, thousands separators. */
export function formatNumber(n: number, decimals: number, separators: boolean): string {
  let s = n.toFixed(decimals);
  if (separators) {
    const [int, frac] = s.split('.');
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return s;
}

/** Fewest decimals (up to 8: 5049.4 万 is 0.50494 亿) that write `n` exactly. */
function neededDecimals(n: number): number {
  for (let d = 0; d <= 8; d++) if (Math.abs(Number(n.toFixed(d)) - n) < 1e-9 * Math.max(1, Math.abs(n))) return d;
  return 8;
}

function writeMantissa(value: number, draft: Figure): string {
  const { style } = draft;
  const mantissa = value / style.scale;
  if (style.numeral === 'chinese' && Number.isInteger(mantissa)) {
    // Large values keep the Chinese scale but take Arabic digits, as the paper writes them (六千万 → 6000万).
    if (mantissa < 10_000) return formatChineseNumeral(mantissa);
    const [scale, word] = mantissa >= 1e8 ? [1e8, '亿'] : [1e4, '万'];
    return `${formatNumber(mantissa / scale, neededDecimals(mantissa / scale), false)}${word}`;
  }
  if (style.numeral === 'word' && Number.isInteger(mantissa) && mantissa <= 50) return formatEnglishWord(mantissa);
  const decimals = Math.max(style.decimals, neededDecimals(mantissa));
  return formatNumber(mantissa, decimals, style.separators || (mantissa >= 10000 && style.lang === 'en' && style.scale === 1 && style.separators));
}

/**
 * The draft figure's text rewritten to state the paper's figure `paper`. `draft.text` must be the
 * figure's source text.
 */
export function formatLike(draft: Figure, paper: Figure): string {
  if (draft.kind === 'date') {
    const keep = (v: number) => {
      const y = draft.unit.includes('y') ? Math.floor(v / 10000) : 0;
      const m = draft.unit.includes('m') ? Math.floor(v / 100) % 100 : 0;
      const d = draft.unit.includes('d') ? v % 100 : 0;
      return y * 10000 + m * 100 + d;
    };
    return formatDate(keep(paper.value), draft.style.dateForm ?? 'en-mdy', /\d\s+[年月日]/.test(draft.text));
  }
  if (draft.style.fraction) return writeFraction(paper.value, draft) ?? `${formatNumber(paper.value, neededDecimals(paper.value), false)}%`;
  const rel = (offset: number) => offset - draft.start;
  const low = writeMantissa(paper.value, draft);
  if (draft.high !== undefined && draft.highStart !== undefined && draft.highEnd !== undefined) {
    if (paper.high !== undefined) {
      return draft.text.slice(0, rel(draft.numberStart)) + low + draft.text.slice(rel(draft.numberEnd), rel(draft.highStart))
        + writeMantissa(paper.high, draft) + draft.text.slice(rel(draft.highEnd));
    }
    return draft.text.slice(0, rel(draft.numberStart)) + low + draft.text.slice(rel(draft.highEnd));
  }
  // A value the draft's scale word would write with five integer digits or none (10.18 亿次 in a draft's 万:
  // 101800 万) takes the neighbouring word of the same family instead (10.18 亿次).
  const rescaled = paper.high === undefined ? rescale(draft, paper.value) : undefined;
  if (rescaled) {
    const tail = draft.text.slice(rel(draft.numberEnd));
    // (The figure was read from text folded to simplified script: a traditional draft writes 萬 and 億.)
    const traditional = tail.indexOf(rescaled.from) < 0 && TRADITIONAL_SCALE[rescaled.from] !== undefined;
    const from = traditional ? TRADITIONAL_SCALE[rescaled.from] : rescaled.from;
    const at = tail.indexOf(from);
    if (at >= 0) {
      const mantissa = writeMantissa(paper.value, { ...draft, style: { ...draft.style, scale: rescaled.scale, decimals: 0 } });
      const word = traditional ? TRADITIONAL_SCALE[rescaled.word] ?? rescaled.word : rescaled.word;
      return draft.text.slice(0, rel(draft.numberStart)) + mantissa + tail.slice(0, at) + word + tail.slice(at + from.length);
    }
  }
  const written = paper.high !== undefined ? `${low}${draft.style.lang === 'zh' && draft.kind !== 'percent' ? ' 至 ' : '-'}${writeMantissa(paper.high, draft)}` : low;
  return draft.text.slice(0, rel(draft.numberStart)) + written + draft.text.slice(rel(draft.numberEnd));
}

/** The Chinese scale words in traditional script. */
const TRADITIONAL_SCALE: Readonly<Record<string, string>> = { 万: '萬', 亿: '億' };

/** Scale words that replace one another, smallest first, each family in one script and one way of writing. */
const SCALE_FAMILIES: ReadonlyArray<ReadonlyArray<readonly [string, number]>> = [
  [['万', 1e4], ['亿', 1e8]],
  [['萬', 1e4], ['億', 1e8]],
  [['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]],
  [['K', 1e3], ['M', 1e6], ['B', 1e9], ['T', 1e12]],
  [['k', 1e3], ['m', 1e6], ['bn', 1e9], ['tn', 1e12]],
  [['mn', 1e6], ['bn', 1e9], ['tn', 1e12]],
];

/**
 * The scale word of the draft's family that writes `value` with one to four integer digits (Chinese 万 and
 * 亿) or one to three (English), when the draft's own word does not: the word to replace (`from`), its
 * replacement and its scale. Undefined when the draft's word serves or has no family.
 */
function rescale(draft: Figure, value: number): { from: string; word: string; scale: number } | undefined {
  const from = draft.style.scaleText.trim();
  if (!from || draft.style.numeral !== 'arabic') return undefined;
  const family = SCALE_FAMILIES.find((f) => f.some(([w]) => w === from));
  if (!family) return undefined;
  const limit = family[0][1] === 1e4 ? 1e4 : 1e3;
  const mantissa = Math.abs(value) / draft.style.scale;
  // (A draft that itself writes 0.6 亿次 or 6,000 万 keeps its word: the writer chose it.)
  const own = Math.abs(draft.value) / draft.style.scale;
  if ((mantissa >= 1 || own < 1) && (mantissa < limit || own >= limit)) return undefined;
  let best: readonly [string, number] | undefined;
  for (const entry of family) if (Math.abs(value) / entry[1] >= 1) best = entry;
  if (!best || best[1] === draft.style.scale) return undefined;
  return { from, word: best[0], scale: best[1] };
}

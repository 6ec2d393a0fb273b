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
  const written = paper.high !== undefined ? `${low}${draft.style.lang === 'zh' && draft.kind !== 'percent' ? ' 至 ' : '-'}${writeMantissa(paper.high, draft)}` : low;
  return draft.text.slice(0, rel(draft.numberStart)) + written + draft.text.slice(rel(draft.numberEnd));
}

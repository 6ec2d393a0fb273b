/**
 * Ranks in Chinese and English prose (前 15 名, 第 6 位, 第九届, top 15, top ten, No. 2, 6th), read as
 * figures of kind 'rank': a place in a list ('position') or the size of a leading group ('top').
 */
import { EN_NUMBER_WORDS, parseCardinal } from './numerals';
import type { Figure, Lang } from './types';

/** The rank patterns: each captures the number, and says which kind of rank and which language it is. */
const PATTERNS: Array<[RegExp, 'top' | 'position', Lang]> = [
  [/前\s*(\d+|[一二两三四五六七八九十]+)(?:\s*(?:名|位|强))?/g, 'top', 'zh'],
  // 第九届: the ninth edition (of an award), an ordinal like the English 9th.
  [/第\s*(\d+|[一二三四五六七八九十]+)(?:\s*(?:名|位|届))?/g, 'position', 'zh'],
  // Every number word the fix writer may write, so that a fix in words reads back (top ten → top one).
  [new RegExp(`\\btop[\\s-](\\d+|${EN_NUMBER_WORDS.join('|')})\\b`, 'gi'), 'top', 'en'],
  [/\bNo\.\s?(\d+)\b/g, 'position', 'en'],
  // "#1 on the image-to-video board", "ranked #2": a place (weak, as every place is, so an issue number is not reported).
  [/(?<![\w#&])#([1-9]\d?)(?![\w-])/g, 'position', 'en'],
  [/\b(\d+)(?:st|nd|rd|th)\b/g, 'position', 'en'],
];

/**
 * Finds ranks in `text` (width-folded prose). `free(start, end)` says whether a span is still unclaimed;
 * `claim` marks a found rank's span. Returns the ranks as figures.
 */
export function findRanks(text: string, free: (s: number, e: number) => boolean, claim: (s: number, e: number) => void): Figure[] {
  const out: Figure[] = [];
  for (const [re, unit, lang] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      const raw = m[1];
      const value = parseCardinal(raw);
      if (!value) continue;
      if (lang === 'zh' && unit === 'position' && !/[名位届]$/.test(m[0]) && !/^\s*(?:[，。、；,;]|$)/.test(text.slice(end, end + 64))) continue;
      const numberStart = start + m[0].indexOf(raw);
      claim(start, end);
      out.push({
        start, end, text: m[0], numberStart, numberEnd: numberStart + raw.length,
        kind: 'rank', value, unit, qualifier: 'exact', noun: '', extentEnd: end, extentStart: start, strong: false,
        style: { lang, numeral: /\d/.test(raw) ? 'arabic' : lang === 'zh' ? 'chinese' : 'word', separators: false, decimals: 0, scale: 1, scaleText: '' },
      });
    }
  }
  return out;
}

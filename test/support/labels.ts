/**
 * Scores a labelled draft set (test/drafts/labels.json) from what the server publishes: the same
 * measures as the shared evaluation (mismatch recall, fix accuracy, unsupported recall, false alarms,
 * hover coverage, ignore clean, names).
 */
export type Label = [text: string, occurrence: number, verdict: string, expected: number | string | null, hoverSnippet: string | null];

/** The n-th token-bounded occurrence of `needle` (a figure is not found inside a longer number or word). */
export function locate(text: string, needle: string, n: number): number {
  let from = 0;
  let count = 0;
  for (;;) {
    const i = text.indexOf(needle, from);
    if (i < 0) return -1;
    const before = text[i - 1] ?? '';
    const after = text[i + needle.length] ?? '';
    const okBefore = !/[0-9A-Za-z]/.test(needle[0]) || !(/[A-Za-z0-9_-]/.test(before) || (/[.,]/.test(before) && /\d/.test(text[i - 2] ?? '')));
    const okAfter = !/[0-9A-Za-z%]/.test(needle[needle.length - 1]) || !(/[A-Za-z0-9_%]/.test(after) || (/[.,]/.test(after) && /\d/.test(text[i + needle.length + 1] ?? '')));
    if (okBefore && okAfter && ++count === n) return i;
    from = i + 1;
  }
}

const SCALES: Array<[RegExp, number]> = [[/^\s*万亿/, 1e12], [/^\s*亿/, 1e8], [/^\s*万/, 1e4], [/^\s*trillion/i, 1e12], [/^\s*(?:billion|bn|B\b)/, 1e9], [/^\s*(?:million|mn|M\b)/, 1e6], [/^\s*(?:thousand|[kK]\b)/, 1e3]];
const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value a fix's text states ("US$240 million" → 240000000). */
export function valueOf(text: string): number | null {
  const t = text.replace(/\*\*/g, '').trim();
  const m = /(\d[\d,]*(?:\.\d+)?)/.exec(t);
  let v: number;
  let rest: string;
  if (m) {
    v = Number(m[1].replace(/,/g, ''));
    rest = t.slice(m.index + m[0].length);
  } else {
    const cn = /([一二两三四五六七八九])\s*([十百千]?)/.exec(t);
    if (!cn) return null;
    v = CN[cn[1]] * ({ 十: 10, 百: 100, 千: 1000 }[cn[2]] ?? 1);
    rest = t.slice(cn.index + cn[0].length);
  }
  for (const [re, factor] of SCALES) if (re.test(rest)) return v * factor;
  return v;
}

/** Shared vocabulary of the core: what a figure is, wherever it was read (a draft or the paper). */

/** What kind of quantity a figure states; only figures of compatible kinds are compared. */
export type FigureKind =
  | 'count' // 6000 万, 60 million users, 300 万条
  | 'money' // US$240 million, 2.4 亿美元, 5300 万元
  | 'percent' // 75.4%, 3 个百分点, 四分之一 (unit 'fraction')
  | 'multiplier' // 4.9 倍, 10x
  | 'duration' // 22 个月, 10 days, 40 ms
  | 'score' // 1124 分, 1,240 Elo, 1000 points
  | 'rank' // 前 15 名, top 15, 第 6 位, No. 2
  | 'date' // 2024 年 6 月 6 日, June 6, 2024, December 2025, 2025
  | 'number'; // a bare number with no unit: compared only when its context is clear

/** How the figure bounds the true value: "more than", "nearly", "about" … */
export type Qualifier = 'exact' | 'more' | 'less' | 'about' | 'nearly';

export type Lang = 'zh' | 'en';

/** How a figure was written, so a fix can be written the same way. */
export interface FigureStyle {
  lang: Lang;
  numeral: 'arabic' | 'chinese' | 'word';
  /** Thousands separators were used ("1,240"). */
  separators: boolean;
  /** Decimals written in the mantissa. */
  decimals: number;
  /** The scale the mantissa is multiplied by (万 = 1e4, million = 1e6, M = 1e6 …); 1 when none. */
  scale: number;
  /** The scale as written ("万", " million", "M", "B"), or "". */
  scaleText: string;
  /** For dates: the written form, e.g. 'zh-ymd', 'en-mdy', 'en-my', 'iso'. */
  dateForm?: string;
  /** Written as a fraction (四分之一, a quarter of): a fix writes a fraction too. */
  fraction?: boolean;
}

/** A figure read from text: a value with its kind, unit and where it stands. */
export interface Figure {
  /** Offsets of the whole figure in the source (number, scale, unit, currency; not qualifiers). */
  start: number;
  end: number;
  text: string;
  /** Offsets of the mantissa (the digits a fix rewrites). For ranges: of the low end. */
  numberStart: number;
  numberEnd: number;
  /** For ranges: offsets of the high end's mantissa. */
  highStart?: number;
  highEnd?: number;
  kind: FigureKind;
  /** Canonical value: units for counts, currency units for money, percent points, yyyymmdd for dates. */
  value: number;
  /** Upper end for ranges (4-5% → value 4, high 5). */
  high?: number;
  /**
   * Canonical unit: currency (USD, CNY) for money; day/month/year/hour/minute/second/ms for durations;
   * date granularity (ymd, ym, md, y) for dates; top/position for ranks; measure word for counts.
   */
  unit: string;
  qualifier: Qualifier;
  /** The word that says what is counted ("users", "条", "engineers"), if any. */
  noun: string;
  /** Where the figure and the noun after it end: hovering "30 iterations" anywhere shows the figure. */
  extentEnd: number;
  /** Where the figure and the qualifier before it start: hovering "more than 3%" anywhere shows the figure. */
  extentStart: number;
  /** Strong figures are claims in their own right and may be reported as absent from the paper. */
  strong: boolean;
  style: FigureStyle;
}

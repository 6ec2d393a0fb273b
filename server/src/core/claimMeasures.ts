/**
 * What kind of measure a figure is, by the words of its clause: a rate (转化率, 撬动率: Chinese only, compared
 * as written), a change from the year before (同比, year on year), or a figure per unit of a thing (cost per
 * video, 每条, 人均) rather than a total. Two figures that differ in kind measure different things.
 */
import type { Figure } from './types';

/** The measure words of a figure's clause. */
export interface MeasureWords {
  /** The rate a Chinese percentage is (its clause's last word in 率 before it), or "" when none. */
  rate?: string;
  /** A change from the year before. */
  yearOnYear?: boolean;
  /** A change from the quarter before (环比, QoQ). */
  quarterOnQuarter?: boolean;
  /** Per a unit of a thing, not a total. */
  perUnit?: boolean;
  /** Its clause speaks of a change (增长, 降低, rose, "up"): a share or multiple that may be one. */
  change?: boolean;
  /** Its clause speaks of an average (日均, 平均, "an average of"): per a unit it may leave unsaid. */
  average?: boolean;
  /** Its clause speaks of a peak (峰值, "a single-day peak"): the most of a span, not its average. */
  peak?: boolean;
}

/** Per a unit of a thing, not of time: "per video", 每条, 单条, 人均 (not "per month", 每天, 日均). */
// ("Per the white paper …" is according to it, not a rate: per the, per its, per a.)
const PER_UNIT = /\bper[\s-]+(?!day\b|week\b|month\b|year\b|quarter\b|hour\b|annum\b|cent\b|the\b|its\b|their\b|a\s|an\s)[a-z]|每(?![天日月年周季])|单(?:条|个|集|次|位|件)|人均/i;

/** The same, right after the figure: "HK$0.46 per share", "0.46 港元/股" (not 120 余篇/年, a rate in time, nor
 * "提升 20% / up 20%", a bilingual cell's two halves). */
const PER_UNIT_AFTER = /^\s*(?:(?:per|a|each)\s+(?!day\b|week\b|month\b|year\b|quarter\b|hour\b|annum\b|cent\b)[a-z]|\/(?![年月日天周季时秒分]|year|month|week|day|hour|quarter)[\u4e00-\u9fffa-z])/i;

/** Words of an average: 日活跃用户日均使用时长 is per user though it says no 每 or 人均. */
const AVERAGE = /日均|平均|人均|\baverage\b|\bon avg\b/i;
/** Words of a peak: the most of a span, which no average is. */
const PEAK = /峰值|最高值|\bpeak(?:ed|s)?\b|\ball-time high\b|\brecord high\b/i;

/** The last rate word (two to four characters ending in 率) before a figure in its clause. */
const RATE = /[\u4e00-\u9fff]{1,4}率/g;
/** The kinds of figure that can be a change. */
const CHANGES = new Set(['percent', 'multiplier']);
/** Words of a change, in either language. */
const CHANGE_WORDS = /增长|增加|提升|提高|上升|上涨|下降|下滑|降低|减少|增速|增幅|降幅|翻|倍|[升涨跌降增减]|[+＋-]\s*\d|\b(?:rose|rise|rises|grew|grow|grows|growth|up|down|fell|fall|falls|increased?|decreased?|declined?|jumped|climbed|gained?|dropped|lifted|cut|improved|higher|lower|more|less)\b/i;
/** Words of a change from the year before, in either language. */
export const YEAR_ON_YEAR_WORDS = /同比|按年|(?:较|比|相比)(?:去年|上年|上一年)同期|year[- ]on[- ]year|year[- ]over[- ]year|\by-?o-?y\b|from a year (?:earlier|ago)/i;
/** A year-before comparison naming the level right after it: 较上年同期的 12.7%. */
const BASELINE_LEVEL = /(?:较|比|相比)(?:去年|上年|上一年)同期的\s*$/;
/** Words of a change from the quarter before, in either language. */
const QUARTER_ON_QUARTER_WORDS = /环比|按季|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\bq-?o-?q\b|sequential(?:ly)?/i;


/**
 * Whether two figures measure different things by the words around them: the draft's is a change from
 * the year before and the source's not, or both are Chinese and name different rates (准确率 and 阻断率), or one
 * names a rate and the other none (GMV 的撬动率 and GMV). Rates are compared as written, so only when both
 * figures are Chinese.
 */
export function measuresDiffer(draft: MeasureWords | undefined, fact: MeasureWords | undefined): boolean {
  // A writer may leave out the source's "同比"; a change from the year before is not the source's plain figure.
  if (draft?.yearOnYear && !fact?.yearOnYear) return true;
  if (draft?.quarterOnQuarter && !fact?.quarterOnQuarter) return true;
  // … but a share that speaks of no change (泛货架 GMV 占比 32%) is no year-on-year growth (GMV 同比增长 15.2%).
  if (fact?.yearOnYear && !draft?.yearOnYear && draft?.change === false) return true;
  if (fact?.quarterOnQuarter && !draft?.quarterOnQuarter && draft?.change === false) return true;
  // A cost per video is not a data centre's total cost (an average is per something, said or not).
  if (!!draft?.perUnit !== !!fact?.perUnit && !(draft?.average || fact?.average)) return true;
  if (averageAgainstPeak(draft, fact)) return true;
  if (draft?.rate === undefined || fact?.rate === undefined) return false;
  const tail = (r: string) => r.slice(-2);
  return draft.rate !== fact.rate && !(draft.rate && fact.rate && (draft.rate.endsWith(fact.rate) || fact.rate.endsWith(draft.rate) || tail(draft.rate) === tail(fact.rate)));
}

/** Whether one figure is an average and the other a peak: a day's average GMV is not a single day's peak. */
export function averageAgainstPeak(draft: MeasureWords | undefined, fact: MeasureWords | undefined): boolean {
  return (!!draft?.average && !!fact?.peak && !fact.average) || (!!draft?.peak && !draft.average && !!fact?.average);
}

/**
 * The measure words of the figure whose clause is text[clauseStart, clauseEnd); `label` is what names it
 * outside the clause (a table row's first cell: 点击率 CTR | +3.98%), read for a rate when the clause names none.
 */
export function readMeasureWords(text: string, figure: Figure, clauseStart: number, clauseEnd: number, label?: string): MeasureWords {
  const out: MeasureWords = {};
  // A change from the year before is a share or a multiple ("rose 14.2% year over year"); a level in the same
  // clause ("… year over year to RMB35.6 billion") is the level itself.
  if (CHANGES.has(figure.kind)) {
    const clause = text.slice(clauseStart, clauseEnd);
    // A clause may name both ("up 14% YoY and 4.1% QoQ"): each figure takes the nearer. A change from the
    // quarter before is said right beside its figure (环比增长 1.4%, "4.1% QoQ"); a level further on is the
    // quarter's own (按季回落自第二季的 55.7%).
    const place = { start: figure.start - clauseStart, end: figure.end - clauseStart };
    const yoy = nearest(clause, YEAR_ON_YEAR_ALL, place);
    const qoq = nearest(clause, QUARTER_ON_QUARTER_ALL, place);
    // (较上年同期的 12.7% is the level a year before, which the change after it is measured from.)
    const baselineLevel = BASELINE_LEVEL.test(text.slice(Math.max(clauseStart, figure.start - 12), figure.start));
    if (qoq <= QOQ_BESIDE && qoq < yoy) out.quarterOnQuarter = true;
    else if (yoy < Infinity && !baselineLevel) out.yearOnYear = true;
    out.change = CHANGE_WORDS.test(clause);
  }
  const before = text.slice(clauseStart, figure.start);
  if (PER_UNIT.test(before) || PER_UNIT_AFTER.test(text.slice(figure.end, Math.min(clauseEnd, figure.end + 24)))) out.perUnit = true;
  if (AVERAGE.test(text.slice(clauseStart, clauseEnd))) out.average = true;
  if (PEAK.test(text.slice(clauseStart, clauseEnd))) out.peak = true;
  if (figure.kind === 'percent' && figure.style.lang === 'zh') {
    let rate = '';
    for (const m of before.matchAll(RATE)) rate = m[0];
    if (!rate && label) for (const m of label.matchAll(RATE)) rate = m[0];
    out.rate = rate;
  }
  return out;
}

/** The same words, for finding every one in a clause (global: made once, not per figure). */
const YEAR_ON_YEAR_ALL = new RegExp(YEAR_ON_YEAR_WORDS.source, 'gi');
const QUARTER_ON_QUARTER_ALL = new RegExp(QUARTER_ON_QUARTER_WORDS.source, 'gi');

/** How close (in characters) a word of a change from the quarter before stands to the figure it governs. */
const QOQ_BESIDE = 5;

/** The distance from the figure at `place` to the nearest match of the global `all` in `text` (Infinity when none). */
function nearest(text: string, all: RegExp, place: { start: number; end: number }): number {
  all.lastIndex = 0;
  let best = Infinity;
  for (let m = all.exec(text); m; m = all.exec(text)) best = Math.min(best, m.index >= place.end ? m.index - place.end : Math.max(0, place.start - (m.index + m[0].length)));
  return best;
}

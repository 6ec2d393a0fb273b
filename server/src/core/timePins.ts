/**
 * When a figure is stated for: the time expressions that pin a figure to a moment or a span ("in April
 * 2025", 截至 2025 年底, Q3 2024, 上半年, 今年 9 月, "in its tenth month", "currently", 目前), read in Chinese
 * and English into a span of months, a relative time (known only to the writer), or now. The words are
 * general language knowledge (data/language/time-words.json); a figure's own pin is chosen in claims.ts.
 */
import words from '../../../data/language/time-words.json';

/** A span of months, as yyyy*12 + (month - 1), both ends included. */
export interface MonthSpan {
  kind: 'span';
  from: number;
  to: number;
}
/** A time pinned only relative to when the text was written ("last year", 今年 9 月, "its tenth month"). */
export interface RelativeTime {
  kind: 'relative';
  /** For a quarter of no stated year (第二季度, Q2): which one. Two such quarters are one time only when the same. */
  quarter?: number;
}
/** The time the text speaks from: now, currently, to date, 目前. */
export interface PresentTime {
  kind: 'now';
}
/** A month of no stated year (5 月, "in May"): the year is the one the text last named (claims.ts resolves it). */
export interface BareMonth {
  kind: 'month';
  month: number;
}
export type TimePin = MonthSpan | RelativeTime | PresentTime | BareMonth;

/** A time expression and where it stands. */
export interface PlacedTime {
  pin: TimePin;
  start: number;
  end: number;
  /** A verb of an event stands right before it ("launched in June 2024", 于 2024 年 6 月发布), or a word of comparison
   *  (较上年同期): it dates that event or baseline, not a figure. */
  datesEvent: boolean;
  /** The words point back to a time named before them (当时, "at the time"): claims.ts gives them that time. */
  refersBack?: boolean;
  /** The period a year before (上年同期为 X): it dates its own clause's figure, not the sentences after it. */
  yearBefore?: boolean;
  /** A time a change is measured against (较上年同期): the figure right after it (较上年同期的 12.7%) is of that time. */
  baseline?: boolean;
}

const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

export const span = (y: number, fromMonth: number, toMonth: number): MonthSpan => ({ kind: 'span', from: y * 12 + fromMonth - 1, to: y * 12 + toMonth - 1 });
const yearPart = (y: number, part: string | undefined): MonthSpan => {
  if (!part) return span(y, 1, 12);
  if (/底|末|end|close/i.test(part)) return span(y, 12, 12);
  if (/初|start|beginning|early/i.test(part)) return span(y, 1, 3);
  // 年中, "the middle of", mid-2025: around June.
  if (/年中|middle|mid/i.test(part)) return span(y, 5, 8);
  if (/上半年|first half|H1/i.test(part)) return span(y, 1, 6);
  if (/下半年|second half|H2/i.test(part)) return span(y, 7, 12);
  if (/前三季度|first three quarters|first nine months/i.test(part)) return span(y, 1, 9);
  const q = /(?:第\s*([一二三四1-4])\s*季度|Q([1-4])|([1-4])Q|(first|second|third|fourth) quarter)/i.exec(part);
  if (q) {
    const n = ZH_DIGITS[q[1] ?? ''] ?? Number(q[2] ?? q[3] ?? 0) ?? 0;
    const k = n || ['first', 'second', 'third', 'fourth'].indexOf((q[4] ?? '').toLowerCase()) + 1;
    if (k) return span(y, 3 * k - 2, 3 * k);
  }
  return span(y, 1, 12);
};

const YEAR = '((?:19|20)\\d{2})';
/** A year written with two digits (2Q25) or four. */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
const ZH_PART = '(底|末|初|年底|年末|年初|上半年|下半年|前三季度|第\\s*[一二三四1-4]\\s*季度|Q[1-4])';
const EN_PART = '(end|close|start|beginning|middle|first half|second half|first three quarters|first nine months|(?:first|second|third|fourth) quarter)';

/**
 * Patterns of absolute times, most specific first; a later match may not overlap an earlier one. The third
 * member marks those that need a four-digit year (YEAR).
 */
/** Far enough ahead to stand for "until now" at the open end of a span. */
const OPEN_END = 9999 * 12;
/** Spans that end at or after this are open ("2025 年至今"). */
export const OPEN_END_MONTHS = OPEN_END;
const ABSOLUTE: Array<[RegExp, (m: RegExpExecArray) => TimePin, boolean?]> = [
  // From a time until now: 2025 年至今, 2025 年以来, since 2025.
  [new RegExp(`${YEAR}\\s*年?\\s*(?:(\\d{1,2})\\s*月\\s*)?(?:以来|至今|起)`, 'g'), (m) => ({ kind: 'span', from: +m[1] * 12 + (m[2] ? +m[2] - 1 : 0), to: OPEN_END }), true],
  [new RegExp(`\\bsince\\s+(?:the\\s+(?:end|start|beginning)\\s+of\\s+)?(?:${MONTH_RE}\\s+)?${YEAR}\\b`, 'gi'), (m) => ({ kind: 'span', from: +m[2] * 12 + (m[1] ? monthOf(m[1]) - 1 : 0), to: OPEN_END }), true],
  [new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?`, 'g'), (m) => span(+m[1], +m[2], +m[2]), true],
  // A run of quarters of one year (2025 年第一、二、三季度 … 分别): the span from the first to the last.
  [new RegExp(`${YEAR}\\s*年?\\s*第?\\s*([一二三四1-4])((?:\\s*[、,，和及与]\\s*第?\\s*[一二三四1-4])+)\\s*季度`, 'g'), (m) => {
    const quarters = [m[2], ...(m[3].match(/[一二三四1-4]/g) ?? [])].map((q) => ZH_DIGITS[q]);
    return span(+m[1], 3 * Math.min(...quarters) - 2, 3 * Math.max(...quarters));
  }, true],
  [new RegExp(`${YEAR}\\s*年?\\s*${ZH_PART}`, 'g'), (m) => yearPart(+m[1], m[2]), true],
  // 2025 年年中, or 2025 年中 before a stop (not 2025 年中国市场).
  [new RegExp(`${YEAR}\\s*年\\s*(?:年中|中(?=[，,。、；;\\s]))`, 'g'), (m) => yearPart(+m[1], '年中'), true],
  [new RegExp(`\\b${MONTH_RE}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?${YEAR}\\b`, 'gi'), (m) => span(+m[2], monthOf(m[1]), monthOf(m[1])), true],
  [new RegExp(`\\b(?:the\\s+)?${EN_PART}\\s+of\\s+(?:fiscal\\s+|FY\\s*)?${YEAR}\\b`, 'gi'), (m) => yearPart(+m[2], m[1]), true],
  [new RegExp(`\\b(Q[1-4]|H[12]|[1-4]Q)\\s*(?:of\\s+)?(?:FY\\s*)?${YEAR}\\b`, 'gi'), (m) => yearPart(+m[2], m[1]), true],
  [new RegExp(`\\b${YEAR}\\s*(Q[1-4]|H[12])\\b`, 'gi'), (m) => yearPart(+m[1], m[2]), true],
  // Analysts' short forms: 2Q25, 3Q 2025, Q2'25, 1H25, FY25 (a two-digit year is this century's).
  [/\b([1-4])Q\s?'?(\d{2}|\d{4})\b/g, (m) => yearPart(fullYear(m[2]), `Q${m[1]}`)],
  [/\bQ([1-4])\s?'(\d{2})\b|\bQ([1-4])(\d{2})\b/g, (m) => yearPart(fullYear(m[2] ?? m[4]), `Q${m[1] ?? m[3]}`)],
  [/\b([12])H\s?'?(\d{2})\b/g, (m) => yearPart(fullYear(m[2]), m[1] === '1' ? 'H1' : 'H2')],
  [/\bFY\s?'?(\d{2})\b/g, (m) => span(fullYear(m[1]), 1, 12)],
  // A forecast's year, as brokers write it (2026E, FY26E, 2027F): the year the forecast is for.
  [/\b(?:FY\s?)?((?:19|20)\d{2}|\d{2})[EF]\b/g, (m) => span(fullYear(m[1]), 1, 12)],
  [/(?<![\d.])(\d{4})-(\d{2})(?:-\d{2})?(?![\d-])/g, (m) => (+m[2] >= 1 && +m[2] <= 12 ? span(+m[1], +m[2], +m[2]) : span(+m[1], 1, 12))],
  [new RegExp(`${YEAR}\\s*年(?![\\d度])`, 'g'), (m) => span(+m[1], 1, 12), true],
  [new RegExp(`\\bmid-${YEAR}\\b(?![%.,]?\\d)`, 'gi'), (m) => yearPart(+m[1], 'mid'), true],
  [new RegExp(`\\b(?:in|by|as of|during|through|throughout|until|for|fiscal|FY|end-)\\s*${YEAR}\\b(?![%.,]?\\d)`, 'gi'), (m) => span(+m[1], 1, 12), true],
];

/** Patterns of relative times and of the present, from the word lists. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (list: string[]): string => list.map(escape).sort((a, b) => b.length - a.length).join('|');
const RELATIVE = [
  new RegExp(`(?:${alternatives(words.relative.zh)})`, 'g'),
  new RegExp(`\\b(?:${alternatives(words.relative.en)})\\b`, 'gi'),
  // The n-th month or year of something: "in its tenth month", 上线第 10 个月.
  /\b(?:in|by|within)\s+(?:its|the|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:month|year|quarter|week)s?\b/gi,
  /第\s*(?:[一二三四五六七八九十]+|\d+)\s*(?:个)?(?:月|年|季度|周)/g,
  // A quarter or half of no stated year: 三季度, 第三季, Q3, 上半年 (after a year they are read above).
  /(?<![\d年]\s?)(?:第)?[一二三四1-4]\s*季(?:度)?|(?<![\d年]\s?)[上下]半年|\b[1-4]Q\b|\bQ[1-4]\b(?!\s*(?:of\s+)?(?:FY\s*)?\d{4})/g,
  // … and in English words: "on the third-quarter call", "in the first half" (with a year they are read above).
  /\b(?:first|second|third|fourth)[- ]quarter\b(?!\s+of\s+(?:fiscal\s+|FY\s*)?\d{4})|\b(?:first|second)[- ]half\b(?!\s+of\s+(?:fiscal\s+|FY\s*)?\d{4})/gi,
  // An anniversary: "second-anniversary update", 两周年.
  /\b(?:first|second|third|fourth|fifth|tenth|\d+(?:st|nd|rd|th))[- ]anniversary\b|[一二两三四五六七八九十\d]+\s*周年/gi,
  // A span counted from an event: 上线不足两个月, 发布 10 个月后, "within two months of launch", "a year after its debut".
  new RegExp(`(?:${alternatives(words.eventVerbs.zh)})(?:后)?\\s*(?:不足|不到|仅|短短|近|约|仅仅)?\\s*(?:[\\d.]+|[一二两三四五六七八九十半]+)\\s*(?:个多?)?(?:月|年|周|天|小时)(?:后|之后|以来|内|之内|时)?`, 'g'),
  /(?:[\d.]+|[一二两三四五六七八九十半]+)\s*(?:个多?)?(?:月|年|周|天)(?:后|之后|以后)/g,
  /\b(?:within|after|in|less than|under|barely|just)\s+(?:\w+\s+){0,2}(?:months?|weeks?|days?|years?)\s+(?:of|after|since|from)\s+(?:its\s+|the\s+|their\s+)?(?:launch|release|debut|going live|opening)\b/gi,
];
/**
 * The script each RELATIVE pattern needs (Han characters, Latin letters or either): a block without it skips the
 * pattern. Measured: the time patterns were the largest part of reading claims on 300 drafts, most in one script.
 */
const RELATIVE_SCRIPTS: Script[] = ['han', 'latin', 'latin', 'han', 'any', 'latin', 'any', 'han', 'han', 'latin'];
type Script = 'han' | 'latin' | 'any';
const runs = (script: Script, han: boolean, latin: boolean): boolean => script === 'any' || (script === 'han' ? han : latin);

/**
 * A cheap test a text passes whenever a pattern can match in it: one of the words every match holds, looked
 * for in the text (`text`) or, for a pattern that ignores case, in the text lower-cased (`lower`). A block
 * that fails it skips the pattern's pass. Measured: the patterns that seldom match were most of findTimes'
 * regex time (anniversaries, 个月后, the English relative words): findTimes 371 → 321 µs per bench draft.
 */
type Needs = (text: string, lower: string) => boolean;
const ALWAYS: Needs = () => true;
/** Needs one of `keys` in the lower-cased text, when each of `list` (the pattern's words) holds one; else no test. */
const needsOneOf = (keys: string[], list: readonly string[]): Needs =>
  list.every((w) => keys.some((k) => w.toLowerCase().includes(k))) ? (_text, lower) => keys.some((k) => lower.includes(k)) : ALWAYS;
const RELATIVE_NEEDS: Needs[] = [
  ALWAYS,
  needsOneOf(['year', 'month', 'quarter', 'week', 'period', 'launch', 'initially', 'first'], words.relative.en),
  ALWAYS,
  ALWAYS,
  // 季 of 三季度, 半年 of 上半年, Q of Q3 and 3Q (case counts).
  (text) => text.includes('季') || text.includes('半年') || text.includes('Q'),
  (_text, lower) => lower.includes('quarter') || lower.includes('half'),
  (text, lower) => lower.includes('anniversary') || text.includes('周年'),
  ALWAYS,
  // 后 of 后, 之后 and 以后.
  (text) => text.includes('后'),
  (_text, lower) => lower.includes('launch') || lower.includes('release') || lower.includes('debut') || lower.includes('going live') || lower.includes('opening'),
];
/** A four-digit year of 1900–2099, which most calendar patterns hold (YEAR): a block without one skips them. */
const HAS_YEAR = /(?:19|20)\d\d/;
/** A month of no stated year: 9 月, 7 月底, "in May" (not 9 个月, a duration; not 2025 年 9 月, read above). After 今年, 去年 … it is relative. */
const BARE_MONTHS: Array<[RegExp, (m: RegExpExecArray) => TimePin]> = [
  // (A leading group such as (今年)? would make the pattern try at every character: 今年 is looked for behind, in findTimes.)
  [/(?<![\d年.])(?<!年\s)(1[0-2]|[1-9])\s*月(?:底|末|初|份|中旬|上旬|下旬)?(?!\s*\d+\s*[日号])/g, (m) => ({ kind: 'month', month: +m[1] })],
  [new RegExp(`\\b(?:in|by|since|until|through|during|of|early|late|mid-)\\s+${MONTH_RE}(?![\\s.]*\\d)`, 'gi'), (m) => ({ kind: 'month', month: monthOf(m[1]) })],
  // 年底, 年初 of no stated year: of the year named last (… 2025 年 … 年底 ARR 达 2.4 亿美元), not 去年年底 or 年初至今.
  [/(?<![\d０-９]\s?)(?<![年去今明前后上下本当同次])(?:年底|年末|年初(?!至今))/g, (m) => ({ kind: 'month', month: m[0] === '年初' ? 1 : 12 })],
];
/** The script each BARE_MONTHS pattern needs. */
const BARE_MONTH_SCRIPTS: Script[] = ['han', 'latin', 'han'];
/** A year counted from now, right before a month: 今年 9 月. */
const RELATIVE_YEAR = /(?:今年|去年|前年|明年)\s*$/;
/** Words that take the time named before them: 当时, 同年, "at the time". */
const REFERS_BACK = [new RegExp(`(?:${alternatives(words.refersBack.zh)})`, 'g'), new RegExp(`\\b(?:${alternatives(words.refersBack.en)})\\b`, 'gi')];
const PRESENT = [new RegExp(`(?:${alternatives(words.present.zh)})`, 'g'), new RegExp(`\\b(?:${alternatives(words.present.en)})\\b`, 'gi')];
const EVENT_BEFORE = new RegExp(`(?:${alternatives(words.eventVerbs.zh)}|\\b(?:${alternatives(words.eventVerbs.en)}))\\s*(?:(?:on|in|at|于|在|是|为)\\s*)?$`, 'i');
const EVENT_AFTER = new RegExp(`^\\s*(?:${alternatives(words.eventVerbs.zh)})`);
/** An event's clause that dates the rest of its sentence (2022 年 4 月发布上一版白皮书时，…; "When Kling launched in June 2024, …"). */
const WHEN_AFTER = new RegExp(`^[^，,。；;！？!?\\n]{0,30}?(?:${alternatives(words.whenClause.zh)})\\s*[，,]`);
const WHEN_BEFORE = new RegExp(`\\b(?:${alternatives(words.whenClause.en)})\\b[^,.;\\n]{0,40}$`, 'i');

/** Words of a plan, target or forecast: a figure they govern holds for no time yet. */
const PROSPECTIVE = [new RegExp(`(?:${alternatives(words.prospective.zh)})`, 'g'), new RegExp(`\\b(?:${alternatives(words.prospective.en)})\\b`, 'gi'),
  // A year marked as an estimate or forecast, as brokers write it: 2026E, FY26E, 2027F.
  /\b(?:FY)?(?:19|20)?\d{2}[EF]\b/g];

/** Where `text` (a block) speaks of a plan, target or forecast: the offset of each such word. */
export function findProspective(text: string): number[] {
  const out: number[] = [];
  for (const re of PROSPECTIVE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  }
  return out;
}

/** A span that runs up to now. */
const SINCE = /\bsince\b|以来/i;

/** 与 … 相比: a time between them is a baseline too (与 2025 年第二季度的 350.46 亿元相比). */
const WITH_BEFORE = /(?:与|和|跟|同)\s*$/;
const COMPARED_AFTER = /^[^，。；,;]{0,20}?(?:相比|相较|比较)/;

/** Words that make the time after them a baseline of comparison. */
const COMPARED_WITH = /(?:较|比|相比|相较|对比|同比|than|compared (?:with|to)|versus|vs\.?)\s*$/i;

/** A year counted from when the text is written, with the part of it named after: 去年三季度, 今年 9 月, "the third quarter of last year". */
const RELATIVE_YEARS = new Map<string, number>([...Object.entries(words.relativeYears.zh), ...Object.entries(words.relativeYears.en)].map(([w, n]) => [w.toLowerCase(), n]));
const ZH_NUMBER_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const RELATIVE_YEAR_ZH = new RegExp(`(${alternatives(Object.keys(words.relativeYears.zh))})(?:的)?\\s*(?:(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])(?:\\s*[、和至到~-]\\s*(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]))?\\s*月(?:底|末|初|份)?|第?\\s*([一二三四1-4])\\s*季度?|([上下])半年|(?:年)?(底|末|初)|(年中))?`, 'g');
const RELATIVE_YEAR_EN = new RegExp(`\\b(?:(?:in\\s+)?the\\s+${EN_PART}\\s+of\\s+)?(${alternatives(Object.keys(words.relativeYears.en))})(?:'s\\s+${EN_PART})?\\b`, 'gi');

/** A relative time, with its quarter when it is a quarter of no stated year (第二季度, Q2, 2Q, "the second quarter"). */
function quarterOf(words: string): RelativeTime {
  const q = /(?:^|第)\s*([一二三四1-4])\s*季|\bQ([1-4])\b|\b([1-4])Q\b|\b(first|second|third|fourth)[- ]quarter\b/i.exec(words);
  if (!q) return { kind: 'relative' };
  const quarter = ZH_DIGITS[q[1] ?? ''] ?? Number(q[2] ?? q[3] ?? 0) ?? 0;
  return { kind: 'relative', quarter: quarter || ['first', 'second', 'third', 'fourth'].indexOf((q[4] ?? '').toLowerCase()) + 1 };
}

/** The span a year counted from `nowYear` names, with its part: month, quarter, half, end or start. */
function relativeYearSpan(m: RegExpExecArray, nowYear: number, zh: boolean): MonthSpan {
  if (zh) {
    const y = nowYear + RELATIVE_YEARS.get(m[1])!;
    const monthOfWord = (w: string) => (/\d/.test(w) ? +w : ZH_NUMBER_MONTH[w]);
    // 9 月, or a run of months: 四、五月, 3 至 5 月.
    if (m[2]) return span(y, monthOfWord(m[2]), monthOfWord(m[3] ?? m[2]));
    if (m[4]) return yearPart(y, `第${m[4]}季度`);
    if (m[5]) return yearPart(y, `${m[5]}半年`);
    return yearPart(y, m[6] ?? m[7]);
  }
  const y = nowYear + RELATIVE_YEARS.get(m[2].toLowerCase())!;
  return yearPart(y, m[1] ?? m[3]);
}

/** The period the text speaks of, a year before: 上年同期, "a year earlier", "the same quarter of last year". */
const SAME_PERIOD_A_YEAR_BEFORE = new RegExp(`(?:${alternatives(words.samePeriodAYearBefore.zh)})|\\b(?:${alternatives(words.samePeriodAYearBefore.en)})\\b`, 'gi');

/**
 * What the year-before and relative-year patterns need (Needs): 同期 or "year", 年, "year" (findTimes 332 → 300
 * µs per bench draft).
 */
const SAME_PERIOD_NEEDS = needsOneOf(['同期', 'year'], [...words.samePeriodAYearBefore.zh, ...words.samePeriodAYearBefore.en]);
const RELATIVE_YEAR_ZH_NEEDS = needsOneOf(['年'], Object.keys(words.relativeYears.zh));
const RELATIVE_YEAR_EN_NEEDS = needsOneOf(['year'], Object.keys(words.relativeYears.en));

/** The period a report speaks of: 本季度, "this quarter" (the source's own, when it is a report of a quarter). */
const CURRENT_PERIOD = new RegExp(`(?:${alternatives(words.currentPeriod.zh)})|\\b(?:${alternatives(words.currentPeriod.en)})\\b`, 'gi');

/** Quarters and halves of no stated year, with the part of the year each names (read with a year to count from). */
const NO_YEAR_AFTER = '(?!\\s*(?:of\\s+)?(?:fiscal\\s+|FY\\s*)?\\d{4})';
const QUARTERS_OF_NOW: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/(?<![\d年]\s?)(?:第)?([一二三四1-4])\s*季(?:度)?/g, (m) => `第${m[1]}季度`],
  [/(?<![\d年]\s?)([上下])半年/g, (m) => `${m[1]}半年`],
  [new RegExp(`\\bQ([1-4])\\b${NO_YEAR_AFTER}|\\b([1-4])Q\\b`, 'g'), (m) => `Q${m[1] ?? m[2]}`],
  [new RegExp(`\\b(first|second|third|fourth)[- ]quarter\\b(?!\\s+of\\s+(?:fiscal\\s+|FY\\s*)?\\d{4})`, 'gi'), (m) => `${m[1]} quarter`],
  [new RegExp(`\\b(first|second)[- ]half\\b(?!\\s+of\\s+(?:fiscal\\s+|FY\\s*)?\\d{4})`, 'gi'), (m) => `${m[1].toLowerCase() === 'first' ? '上' : '下'}半年`],
];

/**
 * Every time expression of `text`, in order of where it stands. `now`, when known, is the period the text speaks
 * of (a report's quarter, a paper's last months): 去年 and "last year" are then read as years of its year, and
 * 上年同期 and "a year earlier" as that period a year before.
 */
export function findTimes(text: string, now?: MonthSpan): PlacedTime[] {
  const nowYear = now ? Math.floor(now.to / 12) : undefined;
  const out: PlacedTime[] = [];
  const taken = (s: number, e: number) => out.some((t) => s < t.end && e > t.start);
  const add = (pin: TimePin, s: number, e: number, refersBack = false) => {
    if (taken(s, e)) return;
    const before = text.slice(Math.max(0, s - 16), s);
    // Only a calendar time dates an event; "上线第 10 个月" is a time counted from one.
    // A time a change is measured against (较上年同期, "than a year earlier") is the baseline's, not a figure's.
    const baseline = COMPARED_WITH.test(before) || (WITH_BEFORE.test(before) && COMPARED_AFTER.test(text.slice(e, e + 24)));
    // … unless the event's clause says when the rest of the sentence holds (…发布上一版白皮书时，专利为 7000 多件).
    const event = (pin.kind === 'span' || pin.kind === 'month') && (EVENT_BEFORE.test(before) || EVENT_AFTER.test(text.slice(e, e + 6)))
      && !WHEN_AFTER.test(text.slice(e, e + 40)) && !WHEN_BEFORE.test(text.slice(Math.max(0, s - 60), s));
    const datesEvent = event || baseline;
    // Every field in place, unset ones undefined (yearBefore is set after): times of one shape for claims.ts's reads.
    out.push({ pin, start: s, end: e, datesEvent, refersBack: refersBack ? true : undefined, yearBefore: undefined, baseline: baseline ? true : undefined });
  };
  // Calendar times need digits, and every other pattern Latin letters or Han characters: a sentence without
  // them skips those patterns (each is a pass over the sentence).
  const digits = /\d/.test(text);
  const han = /[\u4e00-\u9fff]/.test(text);
  const latin = /[A-Za-z]/.test(text);
  const script = han || latin;
  if (digits) {
    const hasYear = HAS_YEAR.test(text);
    for (const [re, read, needsYear] of ABSOLUTE) {
      if (needsYear && !hasYear) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) add(read(m), m.index, m.index + m[0].length);
    }
  }
  if (!script) return out.sort((a, b) => a.start - b.start);
  const lower = latin ? text.toLowerCase() : text;
  if (now && nowYear) {
    SAME_PERIOD_A_YEAR_BEFORE.lastIndex = 0;
    if (SAME_PERIOD_NEEDS(text, lower)) for (let m = SAME_PERIOD_A_YEAR_BEFORE.exec(text); m; m = SAME_PERIOD_A_YEAR_BEFORE.exec(text)) {
      const before = out.length;
      add({ kind: 'span', from: now.from - 12, to: now.to - 12 }, m.index, m.index + m[0].length);
      if (out.length > before) out[out.length - 1].yearBefore = true;
    }
    if (now.to - now.from <= 2) {
      CURRENT_PERIOD.lastIndex = 0;
      for (let m = CURRENT_PERIOD.exec(text); m; m = CURRENT_PERIOD.exec(text)) add({ kind: 'span', from: now.from, to: now.to }, m.index, m.index + m[0].length);
    }
    for (const [re, zh] of [[RELATIVE_YEAR_ZH, true], [RELATIVE_YEAR_EN, false]] as const) {
      if (!(zh ? RELATIVE_YEAR_ZH_NEEDS : RELATIVE_YEAR_EN_NEEDS)(text, lower)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) add(relativeYearSpan(m, nowYear, zh), m.index, m.index + m[0].length);
    }
    // A quarter or half of no stated year is one of the year of a report's own period (三季度, Q3, the first half):
    // only a report's (a period of less than half a year); a longer text's "Q2" may be of any year.
    for (const [re, part] of now.to - now.from < 6 ? QUARTERS_OF_NOW : []) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) add(yearPart(nowYear, part(m)), m.index, m.index + m[0].length);
    }
  }
  for (const [k, [re, read]] of BARE_MONTHS.entries()) {
    if (!runs(BARE_MONTH_SCRIPTS[k], han, latin)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // 今年 9 月, 去年 7 月底: a month of a year the writer counts from now.
      const year = RELATIVE_YEAR.exec(text.slice(Math.max(0, m.index - 4), m.index));
      if (year) add({ kind: 'relative' }, m.index - year[0].length, m.index + m[0].length);
      else add(read(m), m.index, m.index + m[0].length);
    }
  }
  for (let r = 0; r < RELATIVE.length; r++) {
    if (!runs(RELATIVE_SCRIPTS[r], han, latin) || !RELATIVE_NEEDS[r](text, lower)) continue;
    const re = RELATIVE[r];
    re.lastIndex = 0;
    // A span counted up to now ("in the 22 months since launch", 上线以来) speaks of now.
    for (let m = re.exec(text); m; m = re.exec(text)) add(SINCE.test(m[0]) ? { kind: 'now' } : quarterOf(m[0]), m.index, m.index + m[0].length);
  }
  for (const [k, re] of REFERS_BACK.entries()) {
    if (!(k === 0 ? han : latin)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add({ kind: 'relative' }, m.index, m.index + m[0].length, true);
  }
  for (const [k, re] of PRESENT.entries()) {
    if (!(k === 0 ? han : latin)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add({ kind: 'now' }, m.index, m.index + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a figure pinned to `draft` may be compared with the source's figure pinned to `source`: 'agree'
 * when both name overlapping spans or the draft speaks of now or of no time, 'conflict' when the draft
 * names a time the source's figure is not stated for (another span, a time only the writer knows, or a
 * time where the source states none).
 */
export function compareTimes(draft: TimePin | undefined, source: TimePin | undefined): 'agree' | 'conflict' {
  if (!draft || draft.kind === 'now') return 'agree';
  // Two times only their writers know ("10 days after launch", 上线第 10 个月) may well be one: not a conflict,
  // unless both are quarters of no stated year and not the same (Q2 and 第一季度).
  if (draft.kind === 'relative' && source?.kind === 'relative') return draft.quarter && source.quarter && draft.quarter !== source.quarter ? 'conflict' : 'agree';
  if (draft.kind === 'month' && source?.kind === 'month') return draft.month === source.month ? 'agree' : 'conflict';
  // A month of no known year ("In December the team released …") meets a span that holds that month in some year.
  if (draft.kind === 'month' && source?.kind === 'span') return source.to - source.from >= 11 || [...Array(source.to - source.from + 1).keys()].some((k) => ((source.from + k) % 12) + 1 === draft.month) ? 'agree' : 'conflict';
  if (draft.kind !== 'span' || !source || source.kind !== 'span') return 'conflict';
  return draft.from <= source.to && source.from <= draft.to ? 'agree' : 'conflict';
}

/** A span of months as a person reads it in the source's language ("2025 年 12 月", "December 2025"). */
export function describeSpan(pin: MonthSpan, zh: boolean): string {
  const y = Math.floor(pin.from / 12);
  const m1 = (pin.from % 12) + 1;
  const m2 = (pin.to % 12) + 1;
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (m1 === 1 && m2 === 12) return zh ? `${y} 年` : String(y);
  if (m1 === m2) return zh ? `${y} 年 ${m1} 月` : `${names[m1 - 1]} ${y}`;
  return zh ? `${y} 年 ${m1}–${m2} 月` : `${names[m1 - 1]}–${names[m2 - 1]} ${y}`;
}

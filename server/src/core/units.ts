/**
 * The words that turn a number into a quantity, in Chinese and English: scales (万, million, M),
 * currencies, percent signs, multipliers, time units, score units and Chinese measure words.
 * Each table is data; figures.ts reads them.
 */
import countedThings from '../../../data/language/counted-things.json';

/** Scales by the text that writes them. Longest first so 万亿 wins over 万. */
export const ZH_SCALES: Array<[string, number]> = [['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['千万', 1e7], ['百万', 1e6], ['亿', 1e8], ['万', 1e4], ['千', 1e3]];
export const EN_SCALES: Array<[RegExp, number]> = [
  [/^\s{0,3}trillion\b/i, 1e12], [/^\s{0,3}billion\b/i, 1e9], [/^\s{0,3}million\b/i, 1e6], [/^\s{0,3}thousand\b/i, 1e3],
  [/^\s{0,3}bn\b/, 1e9], [/^\s{0,3}mn\b/, 1e6], [/^T(?![A-Za-z])/, 1e12], [/^B(?![A-Za-z])/, 1e9], [/^M(?![A-Za-z])/, 1e6], [/^[kK](?![A-Za-z])/, 1e3],
  // A lower-case m glued to the number is a million in business writing (US$240m, 66m users); minutes are min.
  [/^m(?![A-Za-z²³])/, 1e6],
];

/**
 * The characters an EN_SCALES match can start with, after up to three spaces: a number followed by none
 * of them skips the patterns. Keep in step with EN_SCALES (a unit test tries every other character).
 */
export const EN_SCALE_FIRST: ReadonlySet<string> = new Set('tTbBmMkK');

/** Currency written before the number. */
export const CURRENCY_PREFIXES: Array<[string, string]> = [['US$', 'USD'], ['US $', 'USD'], ['USD ', 'USD'], ['USD', 'USD'], ['HK$', 'HKD'], ['RMB ', 'CNY'], ['RMB', 'CNY'], ['CNY ', 'CNY'], ['¥', 'CNY'], ['￥', 'CNY'], ['$', 'USD']];
/** Currency written after the number (and its scale). */
export const CURRENCY_SUFFIXES: Array<[RegExp, string]> = [
  [/^\s{0,3}美元/, 'USD'], [/^\s{0,3}港元/, 'HKD'], [/^\s{0,3}人民币/, 'CNY'], [/^\s{0,3}元/, 'CNY'],
  // 资金 (funds) after a number is an amount of yuan: 投入千万资金.
  [/^\s{0,3}资金/, 'CNY'],
  [/^\s{0,3}(?:US )?dollars?\b/i, 'USD'], [/^\s{0,3}USD\b/, 'USD'], [/^\s{0,3}(?:yuan|RMB|CNY)\b/i, 'CNY'],
];

export const PERCENT_SUFFIX = /^\s{0,3}(?:%|％|percent\b|per cent\b)/i;
export const POINTS_SUFFIX = /^\s{0,3}(?:个百分点|百分点|percentage points?\b|ppts?\b|pp\b|p\.p\.)/i;
export const MULTIPLIER_SUFFIX = /^\s{0,3}(?:倍|[x×](?![A-Za-z0-9])|-fold\b|fold\b)/i;
/** "times" multiplies only a small bare number (3 times); after 95 million it counts occurrences. */
export const TIMES_SUFFIX = /^\s{0,3}times\b/i;

/** Time units: text → canonical unit. */
export const DURATION_SUFFIXES: Array<[RegExp, string]> = [
  [/^\s{0,3}个多?月/, 'month'], [/^\s{0,3}(?:多)?小时/, 'hour'], [/^\s{0,3}分钟/, 'minute'], [/^\s{0,3}毫秒/, 'ms'], [/^\s{0,3}秒/, 'second'],
  [/^\s{0,3}(?:个)?星期/, 'week'], [/^\s{0,3}周(?![年期])/, 'week'], [/^\s{0,3}天/, 'day'], [/^\s{0,3}年(?![度级底初末中前后])/, 'year'],
  [/^\s{0,3}(?:-|\s)?months?\b/i, 'month'], [/^\s{0,3}(?:-|\s)?years?\b/i, 'year'], [/^\s{0,3}(?:-|\s)?weeks?\b/i, 'week'],
  [/^\s{0,3}(?:-|\s)?days?\b/i, 'day'], [/^\s{0,3}(?:-|\s)?(?:hours?|hrs?)\b/i, 'hour'], [/^\s{0,3}(?:-|\s)?(?:minutes?|mins?)\b/i, 'minute'],
  [/^\s{0,3}(?:-|\s)?(?:seconds?|secs?)\b/i, 'second'], [/^\s{0,3}(?:ms|milliseconds?)\b/i, 'ms'],
];

/** Score units (Elo, points, 分). */
export const SCORE_SUFFIX = /^\s{0,3}(?:分(?![钟之别类])|points?\b|pts\b|Elo\b)/i;

/**
 * Chinese measure words that may follow a number (after an optional 余/多), longest first: these, and every
 * measure word data/language/counted-things.json says what it counts with (9 起案件, 3 幅作品).
 */
export const ZH_MEASURES = [...new Set([
  '人次', '家次', '余名', '个', '条', '家', '件', '名', '人', '项', '所', '篇', '席', '次', '台', '册', '期', '场', '颗', '间', '座',
  '度', '位', '款', '类', '种', '套', '部', '集', '户', '只', '张', '元', '亩', '层', '页', '届', '批', '支', '片', '段', '首', '份', '轮',
  ...Object.keys(countedThings.measureWords), ...countedThings.genericMeasureWords,
])].sort((a, b) => b.length - a.length);

/** Physical units written right after digits (500MW, 51.2T is a scale). */
export const PHYSICAL_UNITS: Array<[RegExp, string]> = [[/^\s{0,3}(?:MW|GW|kW|KW)\b/, 'MW'], [/^\s{0,3}(?:TB|PB|GB)\b/, 'bytes'], [/^\s{0,3}(?:GE|Gbps|Tbps)\b/, 'bandwidth']];

/** English words after a number that are not what it counts. */
export const EN_NON_NOUNS = new Set(
  'a an the and or of in on at to by for from with within since after before during over under than as is are was were be been has have had its it this that these those per only each every more less about around nearly almost up down into across among through while when where which who whose compared versus vs'.split(' '),
);

/** Qualifiers written before a number. */
export const QUALIFIERS_BEFORE: Array<[RegExp, 'more' | 'less' | 'about' | 'nearly']> = [
  [/(?:more than|over|above|at least|in excess of|upwards of|exceeding|exceeded|exceeds|surpassed|surpassing|passed|topped|crossed|beyond|超过|超|逾|突破|多于|高于|不少于|至少)\s*$/i, 'more'],
  [/(?:nearly|almost|close to|approaching|近|接近|将近|逼近|近乎)\s*$/i, 'nearly'],
  [/(?:about|around|approximately|roughly|some|an estimated|约|大约|大概|约为|左右)\s*$/i, 'about'],
  [/(?:less than|under|below|fewer than|up to|不足|不到|低于|少于)\s*$/i, 'less'],
];
/** Any qualifier written before a number, as one alternation (for patterns of a value with its qualifier). */
export const QUALIFIER_BEFORE_WORDS: string = QUALIFIERS_BEFORE.map(([re]) => re.source.replace(/\\s\*\$$/, '')).join('|');

/** Qualifiers written after a number (30 余次, 60M+, 5% 以上). */
/** (多了, 多出: "more by", a comparison, not "and more".) */
export const QUALIFIER_AFTER = /^\s{0,3}(?:\+|余|多(?![了出])|以上|plus\b)/;
export const QUALIFIER_AFTER_TAIL = /^\s{0,3}(?:以上|左右|\+)/;

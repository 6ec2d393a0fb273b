/**
 * Dates in Chinese and English prose (2024 年 6 月 6 日, June 6, 2024, Dec. 2025, 2025-12-31, 2025),
 * read into one value (yyyymmdd, zero where a part is missing) so that both languages compare.
 */
import words from '../../../data/language/time-words.json';
import type { Figure, Lang } from './types';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const verbs = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
/** An event's verb right after a full date (2024 年 12 月 19 日推出) or right before one ("launched on June 6, 2024"). */
const EVENT_AFTER_DATE = new RegExp(`^\\s*(?:正式|首次|首度|率先)?\\s*(?:${verbs(words.eventVerbs.zh)})`);
const EVENT_BEFORE_DATE = new RegExp(`\\b(?:${verbs(words.eventVerbs.en)})\\s+(?:on\\s+)?$`, 'i');
/** Words of a text's own publication or update: its date says when it was written, not when anything happened. */
const PUBLICATION = /发布于|發布於|发表|發表|刊发|刊發|更新|\bpublished\b|\bupdated\b|\bposted\b/i;

/** A document a date may be the publication day of: a title in marks, a report, a paper, an announcement. */
const DOCUMENT_NEAR = /《|报告|報告|白皮书|白皮書|论文|論文|公告|财报|財報|新闻稿|新聞稿|\breport\b|\bpaper\b|\bannouncement\b|\bresults\b|\bstudy\b/i;

/**
 * A full date of an event the sentence names (2024 年 12 月 19 日推出的 1.6 版, "released on May 14, 2025"): a
 * claim of its own, which the source may not bear out; a date of no event (a byline, "as of") is no claim.
 */
function datesAnEvent(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 8);
  const before = text.slice(Math.max(0, start - 16), start);
  if (PUBLICATION.test(after) || PUBLICATION.test(before)) return false;
  // (… nor is the day a document came out: 2025 年 6 月 30 日发布的《快手2025反诈治理报告》.)
  if (DOCUMENT_NEAR.test(text.slice(end, end + 24)) || DOCUMENT_NEAR.test(before)) return false;
  return EVENT_AFTER_DATE.test(after) || EVENT_BEFORE_DATE.test(before);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

interface DatePattern {
  re: RegExp;
  form: string;
  read: (m: RegExpExecArray) => { y: number; mo: number; d: number };
}

// Order matters: the most specific form first; a later match may not overlap an earlier one.
const PATTERNS: DatePattern[] = [
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, form: 'zh-ymd', read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3] }) },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g, form: 'zh-ym', read: (m) => ({ y: +m[1], mo: +m[2], d: 0 }) },
  // Not after a year's 年 (2024 年 10 月 …), but after 每年 (every year on 10 月 24 日) it is a day of the year.
  { re: /(?<!\d)(?<!\d\s*年\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, form: 'zh-md', read: (m) => ({ y: 0, mo: +m[1], d: +m[2] }) },
  { re: new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'), form: 'en-mdy', read: (m) => ({ y: +m[3], mo: monthOf(m[1]), d: +m[2] }) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\.?,?\\s+(\\d{4})\\b`, 'g'), form: 'en-dmy', read: (m) => ({ y: +m[3], mo: monthOf(m[2]), d: +m[1] }) },
  { re: new RegExp(`\\b${MONTH_RE}\\.?,?\\s+(\\d{4})\\b`, 'g'), form: 'en-my', read: (m) => ({ y: +m[2], mo: monthOf(m[1]), d: 0 }) },
  { re: new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*\\d)`, 'g'), form: 'en-md', read: (m) => ({ y: 0, mo: monthOf(m[1]), d: +m[2] }) },
  { re: /(?<![\d.\-/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d\-])/g, form: 'iso', read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3] }) },
  { re: /(?<![\d./])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/g, form: 'slash', read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3] }) },
  { re: /(?<![\d.]|\d,)((?:19|20)\d{2})\s*年(?![\d])/g, form: 'zh-y', read: (m) => ({ y: +m[1], mo: 0, d: 0 }) },
  { re: /(?<![\d.$¥#\w-]|\d,)((?:19|20)[0-3]\d)(?![\d%]|[.,]\d|\s*(?:[万亿千]|个|条|家|件|名|分|多|余|\+|年|million|billion|points?|Elo)|[A-Za-z])/g, form: 'en-y', read: (m) => ({ y: +m[1], mo: 0, d: 0 }) },
];

const granularity = (y: number, mo: number, d: number): string => (y ? 'y' : '') + (mo ? 'm' : '') + (d ? 'd' : '');

/** Encodes a date as yyyymmdd with zeros for missing parts. */
export const dateValue = (y: number, mo: number, d: number): number => y * 10000 + mo * 100 + d;

/**
 * Finds dates in `text` (width-folded prose). `free(start, end)` says whether a span is still unclaimed;
 * `claim` marks a found date's span. Returns the dates as figures.
 */
export function findDates(text: string, free: (s: number, e: number) => boolean, claim: (s: number, e: number) => void): Figure[] {
  const out: Figure[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const { y, mo, d } = p.read(m);
      if (mo > 12 || d > 31 || (mo === 0 && d > 0)) continue;
      claim(start, end);
      const lang: Lang = p.form.startsWith('zh') ? 'zh' : 'en';
      const yearOnly = !mo && !d;
      out.push({
        start, end, text: m[0], numberStart: start, numberEnd: end,
        kind: 'date', value: dateValue(y, mo, d), unit: granularity(y, mo, d), qualifier: 'exact', noun: '', extentEnd: end, extentStart: start,
        strong: !!mo && !!d && datesAnEvent(text, start, end),
        style: { lang, numeral: 'arabic', separators: false, decimals: 0, scale: 1, scaleText: '', dateForm: yearOnly ? `${lang}-y` : p.form },
      });
    }
  }
  return out;
}

/** Writes a date value in the given written form (keeps the draft's style). */
export function formatDate(value: number, form: string, spaced: boolean): string {
  const y = Math.floor(value / 10000);
  const mo = Math.floor(value / 100) % 100;
  const d = value % 100;
  const sp = spaced ? ' ' : '';
  const zh = () => [y ? `${y}${sp}年` : '', mo ? `${mo}${sp}月` : '', d ? `${d}${sp}日` : ''].filter(Boolean).join(sp);
  switch (form) {
    case 'zh-ymd': case 'zh-ym': case 'zh-md': case 'zh-y':
      return zh();
    case 'iso':
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    case 'slash':
      return `${y}/${mo}/${d}`;
    case 'en-dmy':
      return [d || '', mo ? MONTH_NAMES[mo - 1] : '', y || ''].filter(Boolean).join(' ');
    case 'en-y':
      return String(y);
    default: {
      const m = mo ? MONTH_NAMES[mo - 1] : '';
      if (d && y) return `${m} ${d}, ${y}`;
      if (d) return `${m} ${d}`;
      return [m, y || ''].filter(Boolean).join(' ');
    }
  }
}

/** A date as a person reads it in English, for messages ("June 6, 2024"). */
export function describeDate(value: number): string {
  return formatDate(value, 'en-mdy', false);
}

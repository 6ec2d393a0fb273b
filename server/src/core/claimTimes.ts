/**
 * When a claim holds, as its surroundings say: the times a block names (not its dateline), a bare month given
 * the year named last, and a draft section's dated heading (## OneRec-V2 (August 2025)). claims.ts gives each
 * figure the time of its clause, its sentence's lead, an earlier sentence of its paragraph or its heading.
 */
import type { Range } from './context';
import { datelineEnd } from './nonClaims';
import { findTimes, span, type MonthSpan, type PlacedTime, type TimePin } from './timePins';

/** The last year a list of headings names, read once per list (a block's figures share their headings). */
const headingYears = new WeakMap<readonly string[], number>();
export function headingYearOf(headings: readonly string[]): number {
  let year = headingYears.get(headings);
  if (year === undefined) headingYears.set(headings, (year = headings.length ? lastYearIn(headings.join('\n'), 0, Infinity) : 0));
  return year;
}

const headingTimes = new WeakMap<readonly string[], TimePin | null>();
/**
 * The span the innermost heading names ("## OneSearch (September 2025)", "### 2024 年 7 月"), if any: a
 * section dated so, in a draft or a source ("## The first OneRec paper (February 2025)"), speaks of that time
 * unless its sentences say otherwise.
 */
export function headingTimeOf(headings: readonly string[]): TimePin | undefined {
  let pin = headingTimes.get(headings);
  if (pin === undefined) {
    const innermost = headings[headings.length - 1];
    pin = (innermost ? findTimes(innermost).filter((t) => t.pin.kind === 'span').pop()?.pin : undefined) ?? null;
    headingTimes.set(headings, pin);
  }
  return pin ?? undefined;
}

/** The last year named in text[from, to), or 0 (an open span, 2025 年至今, names its first year). */
function lastYearIn(text: string, from: number, to: number): number {
  let year = 0;
  for (const t of findTimes(text.slice(from, to))) if (t.pin.kind === 'span') year = Math.floor(Math.min(t.pin.to, t.pin.from + 11) / 12);
  return year;
}

/** What a paragraph has said about time so far: the last year it named, and the last time a figure held at. */
export interface ParagraphTime {
  last: number;
  /** Where the last sentence read ends. */
  at: number;
  /** The time its sentences so far were stated for (a figure whose sentence names none holds at it). */
  pin?: TimePin;
  /** The time it named last, an event's date included: what 当时 ("at the time") refers back to. */
  named?: TimePin;
  /** What the lead of the list the block is an item of said (listLeads.ts): where the item's reading starts. */
  lead?: { last: number; pin?: TimePin };
  /** The time expressions of the block being read, by document offsets, and the first not yet read. */
  times: PlacedTime[];
  next: number;
  /** Where the block speaks of a plan, target or forecast. */
  prospective: number[];
  /** The period the text speaks of, for 去年 and 上年同期; undefined when unknown. */
  now?: MonthSpan;
}

/** The time expressions of a block, by document offsets (months not yet given their year). */
export function readBlockTimes(text: string, block: Range, now?: MonthSpan): PlacedTime[] {
  const body = text.slice(block.start, block.end);
  // (Not the dateline the block opens with: the day a release was filed.)
  const dateline = datelineEnd(body);
  return findTimes(body, now).filter((t) => t.start >= dateline).map((t) => ({ ...t, start: t.start + block.start, end: t.end + block.start }));
}

/** A time expression as read at its place: a bare month takes the year named last, and a span names one. */
export function resolve(t: PlacedTime, year: ParagraphTime): PlacedTime {
  // 当时, "at the time": the time its block named last (the day of an event it told of too), if any.
  if (t.refersBack) {
    const back = year.named ?? year.pin;
    return back ? { ...t, pin: back } : t;
  }
  if (t.pin.kind === 'span') {
    year.last = Math.floor(Math.min(t.pin.to, t.pin.from + 11) / 12);
    if (!t.baseline && !t.yearBefore) year.named = t.pin;
    return t;
  }
  if (t.pin.kind !== 'month') return t;
  // (A month of no year the text names stays a month: of the source's time, most likely, if it agrees.)
  const pin: TimePin = year.last ? span(year.last, t.pin.month, t.pin.month) : t.pin;
  if (year.last && !t.baseline) year.named = pin;
  return { ...t, pin };
}

/**
 * The time a list's lead paragraph (listLeads.ts) is stated for, read as a paragraph's sentences pass theirs
 * on to a figure of a later sentence: its items hold at it.
 */
export function leadTimeOf(text: string, lead: Range, headingYear: number, now?: MonthSpan): { last: number; pin?: TimePin } {
  const state: ParagraphTime = { last: headingYear, at: 0, times: [], next: 0, prospective: [], now };
  for (const t of readBlockTimes(text, lead, now)) {
    const read = resolve(t, state);
    if (!read.datesEvent && !read.yearBefore) state.pin = read.pin;
  }
  return { last: state.last, pin: state.pin };
}

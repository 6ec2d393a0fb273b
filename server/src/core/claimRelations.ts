/**
 * How a draft's claim stands to a fact's (claims.ts reads both): whether they count the same thing, and whether
 * their times agree; and when a source's undated figures hold.
 */
import type { Claim } from './claims';
import { compareCounted } from './countedThings';
import { compareTimes, OPEN_END_MONTHS, type MonthSpan, type TimePin } from './timePins';

/**
 * Whether a fact's count cannot be the one a draft figure states (different things, or a noun the lists
 * lack against one they know): asked for every scored fact, so it makes no relation object.
 */
export function countsApart(draft: Claim | undefined, fact: Claim | undefined): boolean {
  if (!draft?.counted || !fact?.counted) return false;
  const r = compareCounted(draft.counted, fact.counted);
  return r === 'different' || r === 'unlike';
}

/** How long before its latest time a source's undated figures are taken to hold: half a year. */
const UNDATED_MONTHS = 6;

/**
 * When a source's figures that name no time hold: the last months before the latest time it names (a
 * 2026 edition that names April 2026 speaks of the half year to April 2026).
 */
export function timeOfSource(claims: Iterable<Claim | undefined>): MonthSpan | undefined {
  let latest = -1;
  for (const c of claims) if (c?.time?.kind === 'span' && c.time.to < OPEN_END_MONTHS) latest = Math.max(latest, c.time.from);
  return latest < 0 ? undefined : { kind: 'span', from: latest - UNDATED_MONTHS, to: latest };
}

/** How a draft's claim stands to a fact's: whether they count the same thing, and whether their times agree. */

export interface ClaimRelation {
  counted: 'same' | 'different' | 'unlike' | 'unknown';
  time: 'agree' | 'conflict';
  /** Both name spans of time, and the spans do not meet: the draft speaks of another time than the fact. */
  otherTime: boolean;
}

/**
 * Compares a draft figure's claim with a fact's. `undated` is when the source's figures that name no time
 * hold (its last months, timeOfSource): a draft figure of an earlier span is not contradicted by them.
 */
export function relateClaims(draft: Claim | undefined, fact: Claim | undefined, undated?: TimePin): ClaimRelation {
  const counted = draft?.counted && fact?.counted ? compareCounted(draft.counted, fact.counted) : 'unknown';
  // A fact stated for now (目前) or for no time holds when the source's undated figures do.
  const factTime = !fact?.time || fact.time.kind === 'now' ? undated : fact.time;
  const bothSpans = draft?.time?.kind === 'span' && factTime?.kind === 'span';
  // A forecast meets only a forecast (预计年节约电 5 亿度 and "expected to save about 600 million kWh").
  // (… of the same year, when both name one: a 2026E forecast is no correction of a forecast for 2025.)
  const time = draft?.prospective ? (fact?.prospective ? (bothSpans ? compareTimes(draft.time, factTime) : 'agree') : 'conflict')
    : draft?.timeInherited && !bothSpans ? 'agree' : compareTimes(draft?.time, factTime);
  // Another span than the one the fact itself names: then not even an agreeing value bears the figure out.
  // (… or both name a quarter, one or both of no year, and not the same one: Q2 and 第一季度, 2025 年第一季度 and 第二季度.)
  const ours = quarterIn(draft?.time);
  const theirs = quarterIn(fact?.time);
  const otherTime = (draft?.time?.kind === 'span' && fact?.time?.kind === 'span' && compareTimes(draft.time, fact.time) === 'conflict')
    || (!!ours && !!theirs && ours !== theirs && (draft?.time?.kind === 'relative' || fact?.time?.kind === 'relative'));
  return { counted, time, otherTime };
}

/** The quarter a time names: a quarter of no stated year (第二季度), or a span of one quarter. */
function quarterIn(time: TimePin | undefined): number | undefined {
  if (time?.kind === 'relative') return time.quarter;
  if (time?.kind !== 'span' || time.to - time.from !== 2 || time.from % 3 !== 0) return undefined;
  return (time.from % 12) / 3 + 1;
}

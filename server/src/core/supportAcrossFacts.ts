/**
 * Support a figure finds in several of the source's facts read together, where no single fact's context ties it
 * closely enough: both ends of a range in one sentence, and the latest of a count the source gives at several times.
 */
import { bearsOut } from './bearsOut';
import { relateClaims } from './claimRelations';
import type { FigureInContext } from './reader';
import type { Scored } from './scoring';
import { THRESHOLDS } from './thresholds';
import { OPEN_END_MONTHS, type MonthSpan } from './timePins';
import { valuesAgree } from './values';

/**
 * For a figure of no time, or one framed as now: the fact that states its value as the source's latest for the
 * same thing counted, when the source gives that count at several times (and no other fact of that latest time
 * disagrees). Such a figure is the source's latest figure ("100M users" and 全球用户突破 1 亿 at the second
 * anniversary), though an older snapshot's sentence may share more of its words (the 2200 万 of a launch).
 */
export function latestStating(entry: FigureInContext, scored: Scored[], best: number): Scored | undefined {
  const time = entry.claim?.time;
  if (time && time.kind !== 'now') return undefined;
  const dated = scored.filter((s) => s.clauseMetric && s.fact.claim?.time?.kind === 'span' && s.fact.claim.time.to < OPEN_END_MONTHS && relateClaims(entry.claim, s.fact.claim).counted === 'same');
  if (dated.length < 2) return undefined;
  const endOf = (s: Scored): number => (s.fact.claim!.time as MonthSpan).to;
  const newest = Math.max(...dated.map(endOf));
  const hit = dated.find((s) => s.agrees && endOf(s) === newest && s.score >= THRESHOLDS.supportMin && s.score >= best * THRESHOLDS.supportRatio);
  return hit && !dated.some((s) => !s.agrees && endOf(s) === newest) && bearsOut(entry, hit.fact, hit.score, false, true) ? hit : undefined;
}

/**
 * For a range figure: the scored fact of its low end, when the same source sentence also states its high end ("its
 * scaling curves run from 0.1B to 8B", read there as a change): not a range the source lacks, nor an end to correct.
 */
export function bothEndsStated(entry: FigureInContext, scored: Scored[]): Scored | undefined {
  const { figure } = entry;
  if (figure.high === undefined) return undefined;
  const lowEnd = { ...figure, high: undefined };
  const highEnd = { ...figure, value: figure.high, high: undefined };
  const low = scored.find((s) => s.fact.figure.high === undefined && s.score >= THRESHOLDS.supportMin && valuesAgree(lowEnd, s.fact.figure, true));
  if (!low || !scored.some((s) => s.fact.sentence === low.fact.sentence && s.fact.figure.high === undefined && valuesAgree(highEnd, s.fact.figure, true))) return undefined;
  return bearsOut(entry, low.fact, low.score, false, true) ? low : undefined;
}

/**
 * Which of a figure's scored facts are about its version of a model: those about another version (Kling 3.0 against
 * the 2.0 model) neither bear it out, nor correct it, nor set a bar; and a fact that names a version when the figure
 * and the best fact for what it measures name none (or names none when they both name one) does not bear it out.
 */
import type { FigureInContext } from './reader';
import type { Scored, ScoredFacts } from './scoring';
import { versionsDiffer } from './versions';

/** The scored facts of `entry` as its version reads them. */
export function sameVersion(entry: FigureInContext, facts: ScoredFacts): ScoredFacts {
  const versions = entry.claim?.versions;
  if (!versions) return asTheFigureNamesVersions(facts, false);
  const same = facts.list.some((s) => versionsDiffer(versions, s.fact.claim?.versions)) ? { ...facts, list: facts.list.filter((s) => !versionsDiffer(versions, s.fact.claim?.versions)) } : facts;
  return asTheFigureNamesVersions(same, true);
}

/**
 * When the best fact for what the figure measures names a version just as the figure does (or names none just as
 * the figure names none), an agreeing fact that does otherwise does not bear it out: OneSearch's 订单量提升 2.11% is
 * OneSearch-V2's, not the first OneSearch's (3.22%), and OneSearch-V2's 3.22% is the first one's. It may still be
 * shown, and correct.
 */
function asTheFigureNamesVersions(facts: ScoredFacts, figureNamesOne: boolean): ScoredFacts {
  const namesOne = (s: Scored): boolean => !!s.fact.claim?.versions?.length;
  const best = facts.list.find((s) => s.clauseMetric);
  if (!best || namesOne(best) !== figureNamesOne) return facts;
  const otherwise = (s: Scored): boolean => s.agrees && namesOne(s) !== figureNamesOne;
  if (!facts.list.some(otherwise)) return facts;
  return { ...facts, list: facts.list.map((s) => (otherwise(s) ? { ...s, agrees: false, agreesStrictly: false } : s)) };
}

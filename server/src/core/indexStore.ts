/**
 * Stores a fact index as JSON and reads it back, so the shipped paper's index can be built once at build
 * time rather than at every start. A stored index names the hash of the text it was built from; a
 * mismatch means the text changed and the index must be rebuilt.
 */
import type { Claim } from './claims';
import { assembleIndex, type Fact, type FactIndex } from './factIndex';

interface StoredFact extends Omit<Fact, 'terms'> {
  terms: Array<[string, number]>;
}

interface StoredIndex {
  format: 2;
  sourceHash: string;
  sources: string[];
  titles: string[];
  blockCount: number;
  df: Array<[string, number]>;
  facts: StoredFact[];
}

/** The index as JSON text, stamped with the hash of the text it was built from. */
export function serializeIndex(index: FactIndex, sourceHash: string): string {
  const stored: StoredIndex = {
    format: 2, sourceHash, sources: index.sources, titles: index.titles, blockCount: index.blockCount, df: [...index.df],
    facts: index.facts.map((f) => ({ ...f, terms: [...f.terms] })),
  };
  return JSON.stringify(stored);
}

/**
 * A claim read back, with every field in place (as claims.ts makes them): JSON leaves out unset fields, and the
 * stored facts' claims came back in 50 shapes, which made the matcher's every read of a fact's claim a slow
 * generic one (a check against the stored index: 3% faster, speed-ab per-draft minimum of 6 passes). Every field
 * is written out, not spread over a template: a spread made a shape per claim all the same. (Typed with every
 * field required, so a field added to Claim must be added here.)
 */
const claimOfOneShape = (s: Claim): Claim => ({
  rate: s.rate, yearOnYear: s.yearOnYear, quarterOnQuarter: s.quarterOnQuarter, perUnit: s.perUnit, change: s.change, average: s.average,
  counted: s.counted, time: s.time, timeInherited: s.timeInherited, pinsAnother: s.pinsAnother, works: s.works, titles: s.titles, blockWorks: s.blockWorks,
  foreignNames: s.foreignNames, prospective: s.prospective, ownMetrics: s.ownMetrics, respective: s.respective, cited: s.cited, versions: s.versions,
  wordsAfter: s.wordsAfter, peak: s.peak,
} satisfies { [K in keyof Required<Claim>]: Claim[K] });

/** The stored index, or null when it is malformed or was built from other text. */
export function deserializeIndex(json: string, sourceHash: string): FactIndex | null {
  let stored: StoredIndex;
  try {
    stored = JSON.parse(json) as StoredIndex;
  } catch {
    return null;
  }
  if (stored?.format !== 2 || stored.sourceHash !== sourceHash || !Array.isArray(stored.facts)) return null;
  const facts: Fact[] = stored.facts.map((f) => ({ ...f, terms: new Map(f.terms), claim: f.claim && claimOfOneShape(f.claim) }));
  return assembleIndex(facts, new Map(stored.df), stored.blockCount, stored.sources, stored.titles);
}

/**
 * Stores a fact index as JSON and reads it back, so the shipped paper's index can be built once at build
 * time rather than at every start. A stored index names the hash of the text it was built from; a
 * mismatch means the text changed and the index must be rebuilt.
 */
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

/** The stored index, or null when it is malformed or was built from other text. */
export function deserializeIndex(json: string, sourceHash: string): FactIndex | null {
  let stored: StoredIndex;
  try {
    stored = JSON.parse(json) as StoredIndex;
  } catch {
    return null;
  }
  if (stored?.format !== 2 || stored.sourceHash !== sourceHash || !Array.isArray(stored.facts)) return null;
  const facts: Fact[] = stored.facts.map((f) => ({ ...f, terms: new Map(f.terms) }));
  return assembleIndex(facts, new Map(stored.df), stored.blockCount, stored.sources, stored.titles);
}

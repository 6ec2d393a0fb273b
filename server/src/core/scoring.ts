/**
 * Scoring: how strongly a figure's context ties it to each fact of the index (shared terms, weighted by
 * ring and rarity), with the flags the matcher decides on (does the clause name a metric the fact names?
 * does the fact's value agree?). Only facts of a comparable kind are scored, through per-kind postings.
 */
import { isMetricTerm, RING_WEIGHTS } from './context';
import { NARROWER_CONCEPTS } from './lexicon';
import type { Fact, FactIndex } from './factIndex';
import type { FigureInContext } from './reader';
import type { Figure, Qualifier } from './types';
import { agreesPlainly, boundsAgree, comparable, figureStep, isBounding, sortedDigits, valuesAgree } from './values';


/** A fact scored against a figure. */
export interface Scored {
  fact: Fact;
  score: number;
  clauseMetric: boolean;
  agrees: boolean;
  /** Shares the metric named right next to the figure ("99.99% stability"). */
  nearMetric: boolean;
  /** Agrees at the draft's precision, without leaning on its qualifier. */
  agreesStrictly: boolean;
}

/** A term's postings among the facts one kind of figure can be compared with, as parallel arrays. */
interface Postings {
  ids: Int32Array;
  weights: Float64Array;
  idf: number;
  /** The term says what is measured (isMetricTerm). */
  metric: boolean;
}

/**
 * The index as a figure of one kind and unit sees it: only the facts it can be compared with, and each
 * term's postings cut down to them (made once per index, kind and term: a percentage never walks the
 * postings of counts and dates).
 */
class ComparableView {
  private readonly postings = new Map<string, Postings | null>();
  readonly mask: Uint8Array;

  constructor(private readonly index: FactIndex, figure: Figure) {
    this.mask = new Uint8Array(index.facts.length);
    for (const fact of index.facts) this.mask[fact.id] = comparable(figure, fact.figure) ? 1 : 0;
  }

  postingsOf(term: string): Postings | null {
    let list = this.postings.get(term);
    if (list === undefined) {
      const all = this.index.postings.get(term);
      // Only the index's own terms are kept (a draft's other words would grow the cache without end).
      if (!all) return null;
      // Counted, then filled by index: typed arrays made with from() and a mapping function were a twentieth
      // of a fresh process's first checks, which build most of these.
      let count = 0;
      for (let k = 0; k < all.length; k++) count += this.mask[all[k].fact.id];
      if (count) {
        const ids = new Int32Array(count);
        const weights = new Float64Array(count);
        for (let k = 0, n = 0; k < all.length; k++) {
          const { fact, weight } = all[k];
          if (!this.mask[fact.id]) continue;
          ids[n] = fact.id;
          weights[n++] = weight;
        }
        list = { ids, weights, idf: this.index.idf(term), metric: isMetricTerm(term) };
      } else list = null;
      this.postings.set(term, list);
    }
    return list;
  }
}

/**
 * What scoring keeps per index, found with one lookup per figure: the comparable views by kind and unit,
 * the accumulators, and the facts' values.
 */
class IndexScoring {
  private readonly views = new Map<string, Map<string, ComparableView>>();
  readonly scratch: Scratch;
  readonly values: FactValues;

  constructor(private readonly index: FactIndex) {
    this.scratch = new Scratch(index.facts.length);
    this.values = factValues(index);
  }

  view(figure: Figure): ComparableView {
    let byUnit = this.views.get(figure.kind);
    if (!byUnit) this.views.set(figure.kind, (byUnit = new Map()));
    let view = byUnit.get(figure.unit);
    if (!view) byUnit.set(figure.unit, (view = new ComparableView(this.index, figure)));
    return view;
  }
}

const scoringByIndex = new WeakMap<FactIndex, IndexScoring>();
function scoringOf(index: FactIndex): IndexScoring {
  let scoring = scoringByIndex.get(index);
  if (!scoring) scoringByIndex.set(index, (scoring = new IndexScoring(index)));
  return scoring;
}

/**
 * Per-fact accumulators for scoreAll, by fact id, reused from figure to figure (a draft has hundreds of
 * figures, each touching tens of facts: a map and an object per fact per figure were most of the cost).
 */
class Scratch {
  readonly score: Float64Array;
  /** 1: touched, 2: the clause names a metric the fact names, 4: so does the text right next to the figure, 8: its value agrees. */
  readonly flags: Uint8Array;
  /** The ids touched, in order (a typed array: an emptied array gives up its storage and regrows each figure). */
  readonly touched: Int32Array;
  /** How many of the source's words (w:) the fact's clause shares with the figure's (sharesMetric). */
  readonly words: Uint8Array;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.flags = new Uint8Array(size);
    this.words = new Uint8Array(size);
    this.touched = new Int32Array(size);
  }
}
const TOUCHED = 1;
const CLAUSE_METRIC = 2;
const NEAR_METRIC = 4;
const AGREES = 8;

/**
 * The facts scored for a figure, best first (then by id). Every fact that names a metric of the figure's
 * clause or agrees with its value is there; of the others ("plain" facts), which weigh in a decision only
 * as the best score and as the nearest facts of an unsupported figure, only the best PLAIN_KEPT are.
 */
export interface ScoredFacts {
  list: Scored[];
  /** The highest score among the plain facts left out (-Infinity when none was): a decision that needs
   *  a plain fact scoring no more than this must ask for the whole list. */
  cut: number;
}

/** How many plain facts a scored list keeps (the nearest facts shown are three). */
const PLAIN_KEPT = 4;

/**
 * Scores the comparable facts that share at least one term with the figure's context (the others score
 * zero). `keepAll` keeps every plain fact too.
 */
export function scoreAll(entry: FigureInContext, index: FactIndex, keepAll = false): ScoredFacts {
  const scoring = scoringOf(index);
  const view = scoring.view(entry.figure);
  const { score, flags, touched, words } = scoring.scratch;
  let touchedCount = 0;
  // A metric the figure's own clause names, or else one of its sentence (sharesMetric).
  const least = namesMetricBeside(entry) ? RING_WEIGHTS.clause : RING_WEIGHTS.sentence;
  // … or, when its clause names no metric concept, two of the source's words (sharesMetric).
  const byWords = !hasClauseConcept(entry);
  // forEach rather than for-of, which makes a [term, weight] pair per term of every figure.
  entry.terms.forEach((w, term) => {
    const postings = view.postingsOf(term);
    if (!postings) return;
    const { ids, weights, idf } = postings;
    const metric = w >= least && postings.metric;
    const near = metric && w >= RING_WEIGHTS.near;
    const word = byWords && w >= RING_WEIGHTS.clause && isWordTerm(term);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      const weight = weights[k];
      if (!flags[id]) {
        flags[id] = TOUCHED;
        touched[touchedCount++] = id;
      }
      score[id] += w * weight * idf;
      if (metric && weight >= RING_WEIGHTS.sentence) {
        flags[id] |= CLAUSE_METRIC;
        if (near) flags[id] |= NEAR_METRIC;
      }
      if (word && weight >= RING_WEIGHTS.clause && ++words[id] === WORDS_FOR_METRIC) flags[id] |= CLAUSE_METRIC;
    }
  });
  markAgreeing(entry.figure, index, scoring.values, touched, touchedCount, flags);
  // Which facts are kept: every one naming a clause metric or agreeing, and the best PLAIN_KEPT plain ones
  // (found without sorting them all). Both lists are kept in rank order as they grow: they are short, and
  // a comparator call per comparison cost more than the moves.
  const kept: number[] = [];
  // The best PLAIN_KEPT + 1 plain facts (the plain ones are most of the touched).
  const best: number[] = [];
  let plainCount = 0;
  for (let t = 0; t < touchedCount; t++) {
    const id = touched[t];
    if (flags[id] & (AGREES | CLAUSE_METRIC) || keepAll) {
      insertByRank(kept, score, id);
      continue;
    }
    plainCount++;
    if (best.length <= PLAIN_KEPT || ranksBefore(score, id, best[PLAIN_KEPT])) {
      insertByRank(best, score, id);
      if (best.length > PLAIN_KEPT + 1) best.pop();
    }
  }
  const cut = plainCount > PLAIN_KEPT ? score[best[PLAIN_KEPT]] : -Infinity;
  for (let k = 0; k < best.length && k < PLAIN_KEPT; k++) insertByRank(kept, score, best[k]);
  const out: Scored[] = kept.map((id) => {
    const fact = index.facts[id];
    const agrees = (flags[id] & AGREES) !== 0;
    return {
      fact, score: score[id], clauseMetric: (flags[id] & CLAUSE_METRIC) !== 0, nearMetric: (flags[id] & NEAR_METRIC) !== 0,
      agrees, agreesStrictly: agrees && valuesAgree(entry.figure, fact.figure, true),
    };
  });
  for (let t = 0; t < touchedCount; t++) {
    score[touched[t]] = 0;
    flags[touched[t]] = 0;
    words[touched[t]] = 0;
  }
  return { list: out, cut };
}

/**
 * The metric concepts `fact` shares with the figure's own clause: the terms weighed at least as the clause
 * in the figure's context, and at least as a sentence in the fact's. Asked for only when a decision
 * compares two facts' metrics, which is rare: scoring does not collect them.
 */
export function clauseMetrics(entry: FigureInContext, fact: Fact): Set<string> {
  const out = new Set<string>();
  entry.terms.forEach((w, term) => {
    if (w >= RING_WEIGHTS.clause && isMetricTerm(term) && (fact.terms.get(term) ?? 0) >= RING_WEIGHTS.sentence) out.add(term);
  });
  return out;
}

/**
 * Whether the fact's own clause names a metric the figure's sentence names: the source says what its figure
 * measures right beside it ("停留时长分别提升 1.26%"), and the draft says it in the figure's sentence (a list
 * names its metrics once: "click-through, conversion and orders rose 3.98%, 3.05% and 2.11%").
 */
export function sharesClauseMetric(entry: FigureInContext, fact: Fact): boolean {
  return sharesMetric(entry, fact, RING_WEIGHTS.clause);
}

/**
 * The same at sentence level on both sides: the source names the metric in the figure's sentence, maybe in
 * the clause before it (日均 GMV 达 5300 万元，较上年同期增长 140.9%). Weaker: asked only of a closely tied fact.
 */
export function sharesSentenceMetric(entry: FigureInContext, fact: Fact): boolean {
  return sharesMetric(entry, fact, RING_WEIGHTS.sentence);
}

/**
 * Whether the figure's clause names a metric right beside it ("lifted orders by about 5%"), by its terms
 * (asked per scored fact: read once per figure). Not for a list's member, whose metrics its list names once
 * (claims.ts reads its own), nor from a table's headers, which stand at clause weight, not beside it.
 */
function namesMetricBeside(entry: FigureInContext): boolean {
  if (entry.claim?.ownMetrics) return false;
  // Kept on the entry: asked for every fact a figure is compared with.
  if (entry.metricBeside === undefined) {
    entry.metricBeside = false;
    for (const [term, w] of entry.terms) if (w >= RING_WEIGHTS.near && isMetricTerm(term)) { entry.metricBeside = true; break; }
  }
  return entry.metricBeside;
}

/**
 * Whether a metric of the figure's sentence stands in the fact's context at `factWeight` or more. When the
 * figure's own clause names a metric, only its clause's count ("… and said OneSearch lifted orders by about
 * 5%" is not the marketing revenue of the clause before).
 */
function sharesMetric(entry: FigureInContext, fact: Fact, factWeight: number): boolean {
  let shared = false;
  const least = namesMetricBeside(entry) ? RING_WEIGHTS.clause : RING_WEIGHTS.sentence;
  entry.terms.forEach((w, term) => {
    if (shared || w < least || !isMetricTerm(term) || (fact.terms.get(term) ?? 0) < factWeight) return;
    // A broader metric shared (revenue) says nothing when the fact names a narrower one (广告收入) the
    // figure's context does not (直播收入).
    if (!narrowerInFactOnly(entry, fact, term)) shared = true;
  });
  if (shared || hasClauseConcept(entry)) return shared;
  // A source whose metrics no concept names (an English report's "compute spent on encoding the context"): two
  // of its words in the figure's clause and in the fact's name the same measure as well.
  let words = 0;
  entry.terms.forEach((w, term) => {
    if (w >= RING_WEIGHTS.clause && isWordTerm(term) && (fact.terms.get(term) ?? 0) >= Math.max(factWeight, RING_WEIGHTS.clause)) words++;
  });
  return words >= WORDS_FOR_METRIC;
}

/** How many of a source's words (w:) shared clause to clause stand for a metric no concept names. */
const WORDS_FOR_METRIC = 2;
const isWordTerm = (term: string): boolean => term.charCodeAt(0) === 119 /* w */ && term.charCodeAt(1) === 58 /* : */;

/** Whether the figure's clause names a metric concept at all (then its words add nothing). */
function hasClauseConcept(entry: FigureInContext): boolean {
  for (const [term, w] of entry.terms) if (w >= RING_WEIGHTS.clause && isMetricTerm(term)) return true;
  return false;
}

/** Whether the fact's clause names a narrower metric of `term` that the figure's context does not name. */
function narrowerInFactOnly(entry: FigureInContext, fact: Fact, term: string): boolean {
  const children = NARROWER_CONCEPTS.get(term);
  return !!children?.some((c) => (fact.terms.get(c) ?? 0) >= RING_WEIGHTS.clause && !entry.terms.has(c));
}

/** Whether the fact's clause names a narrower metric of `term` (ARR of revenue). */
export function narrowerInFact(fact: Fact, term: string): boolean {
  return !!NARROWER_CONCEPTS.get(term)?.some((c) => (fact.terms.get(c) ?? 0) >= RING_WEIGHTS.clause);
}

/** The facts' values, upper ends (NaN when a fact is no range), qualifiers and sorted digits, by fact id. */
interface FactValues {
  low: Float64Array;
  high: Float64Array;
  qualifiers: Qualifier[];
  digits: string[];
}
function factValues(index: FactIndex): FactValues {
  return {
    low: Float64Array.from(index.facts, (f) => f.figure.value), high: Float64Array.from(index.facts, (f) => f.figure.high ?? NaN),
    qualifiers: index.facts.map((f) => f.figure.qualifier), digits: index.facts.map((f) => sortedDigits(f.figure.value)),
  };
}

/**
 * Sets AGREES in `flags` for each of the first `count` ids of `ids` whose fact's value bears out the
 * figure's: valuesAgree(figure, fact), read from arrays of the facts' values with the same arithmetic
 * (values.ts) for a figure that is no date and no range, in one loop rather than a call per fact.
 */
function markAgreeing(figure: Figure, index: FactIndex, values: FactValues, ids: Int32Array, count: number, flags: Uint8Array): void {
  if (figure.kind === 'date' || figure.high !== undefined) {
    for (let t = 0; t < count; t++) if (valuesAgree(figure, index.facts[ids[t]].figure)) flags[ids[t]] |= AGREES;
    return;
  }
  const { low, high, qualifiers, digits } = values;
  const value = figure.value;
  const step = figureStep(figure);
  const q = figure.qualifier;
  const bounded = isBounding(q);
  let ownDigits: string | undefined;
  for (let t = 0; t < count; t++) {
    const id = ids[t];
    const lo = low[id];
    if (agreesPlainly(value, step, lo, high[id]) || (bounded && boundsAgree(value, q, lo, qualifiers[id]) && (ownDigits ??= sortedDigits(value)) !== digits[id])) flags[id] |= AGREES;
  }
}

/** Puts `id` into `list` (best first) where its rank places it. */
function insertByRank(list: number[], score: Float64Array, id: number): void {
  let at = list.length;
  list.push(id);
  while (at > 0 && ranksBefore(score, id, list[at - 1])) {
    list[at] = list[at - 1];
    at--;
  }
  list[at] = id;
}

/** Whether fact `a` comes before fact `b` in a scored list: higher score first, then lower id. */
const ranksBefore = (score: Float64Array, a: number, b: number): boolean => score[a] > score[b] || (score[a] === score[b] && a < b);

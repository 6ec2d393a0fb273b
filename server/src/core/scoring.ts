/**
 * Scoring: how strongly a figure's context ties it to each fact of the index (shared terms, weighted by
 * ring and rarity), with the flags the matcher decides on (does the clause name a metric the fact names?
 * does the fact's value agree?). Only facts of a comparable kind are scored, through per-kind postings.
 */
import { GENERIC_TERMS, RING_WEIGHTS } from './context';
import type { Fact, FactIndex } from './factIndex';
import { SUBJECTS } from './lexicon';
import type { FigureInContext } from './reader';
import type { Figure } from './types';
import { comparable, valuesAgree } from './values';

/** How strongly a draft figure's context ties it to a fact. */
export function contextScore(entry: FigureInContext, fact: Fact, index: FactIndex): { score: number; clauseMetric: boolean } {
  let score = 0;
  let clauseMetric = false;
  for (const [term, w] of entry.terms) {
    const wf = fact.terms.get(term);
    if (wf === undefined) continue;
    const s = w * wf * index.idf(term);
    score += s;
    if (w >= RING_WEIGHTS.sentence && wf >= RING_WEIGHTS.sentence && isMetricTerm(term)) clauseMetric = true;
  }
  return { score, clauseMetric };
}

/** A concept that says what is measured (users, ARR, stay time), not who or how it moved. */
const isMetricTerm = (term: string): boolean => term.startsWith('c:') && !GENERIC_TERMS.has(term) && !SUBJECTS.has(term.slice(2));

/** A fact scored against a figure. */
export interface Scored {
  fact: Fact;
  score: number;
  clauseMetric: boolean;
  agrees: boolean;
  /** Shares the metric named right next to the figure ("99.99% stability"). */
  nearMetric: boolean;
  /** The metric concepts it shares with the figure's own clause. */
  metrics: Set<string>;
  /** Agrees at the draft's precision, without leaning on its qualifier. */
  agreesStrictly: boolean;
}

type Postings = ReadonlyArray<{ fact: Fact; weight: number }>;

/**
 * The index as a figure of one kind and unit sees it: only the facts it can be compared with, and each
 * term's postings cut down to them (made once per index, kind and term: a percentage never walks the
 * postings of counts and dates).
 */
class ComparableView {
  private readonly postings = new Map<string, Postings>();
  readonly mask: Uint8Array;

  constructor(private readonly index: FactIndex, figure: Figure) {
    this.mask = new Uint8Array(index.facts.length);
    for (const fact of index.facts) this.mask[fact.id] = comparable(figure, fact.figure) ? 1 : 0;
  }

  postingsOf(term: string): Postings | undefined {
    let list = this.postings.get(term);
    if (!list) {
      // Only the index's own terms are kept (a draft's other words would grow the cache without end).
      const all = this.index.postings.get(term);
      if (!all) return undefined;
      list = all.filter((p) => this.mask[p.fact.id]);
      this.postings.set(term, list);
    }
    return list;
  }
}

const viewCache = new WeakMap<FactIndex, Map<string, ComparableView>>();
function comparableView(figure: Figure, index: FactIndex): ComparableView {
  let byKind = viewCache.get(index);
  if (!byKind) viewCache.set(index, (byKind = new Map()));
  const key = `${figure.kind}|${figure.unit}`;
  let view = byKind.get(key);
  if (!view) byKind.set(key, (view = new ComparableView(index, figure)));
  return view;
}

/**
 * Per-fact accumulators for scoreAll, by fact id, reused from figure to figure (a draft has hundreds of
 * figures, each touching tens of facts: a map and an object per fact per figure were most of the cost).
 */
class Scratch {
  readonly score: Float64Array;
  /** 1: touched, 2: the clause names a metric the fact names, 4: so does the text right next to the figure. */
  readonly flags: Uint8Array;
  readonly metrics: Array<Set<string> | undefined>;
  readonly touched: number[] = [];

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.flags = new Uint8Array(size);
    this.metrics = new Array(size);
  }
}
const scratchByIndex = new WeakMap<FactIndex, Scratch>();
const TOUCHED = 1;
const CLAUSE_METRIC = 2;
const NEAR_METRIC = 4;

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
  const view = comparableView(entry.figure, index);
  let scratch = scratchByIndex.get(index);
  if (!scratch) scratchByIndex.set(index, (scratch = new Scratch(index.facts.length)));
  const { score, flags, metrics, touched } = scratch;
  for (const [term, w] of entry.terms) {
    const postings = view.postingsOf(term);
    if (!postings?.length) continue;
    const idf = index.idf(term);
    const metric = w >= RING_WEIGHTS.sentence && isMetricTerm(term);
    const near = metric && w >= RING_WEIGHTS.near;
    for (const { fact, weight } of postings) {
      const id = fact.id;
      if (!flags[id]) {
        flags[id] = TOUCHED;
        touched.push(id);
      }
      score[id] += w * weight * idf;
      if (metric && weight >= RING_WEIGHTS.sentence) {
        flags[id] |= CLAUSE_METRIC;
        if (w >= RING_WEIGHTS.clause) (metrics[id] ??= new Set()).add(term);
        if (near) flags[id] |= NEAR_METRIC;
      }
    }
  }
  // Sorted by id numbers against the scores array: far cheaper than sorting the objects afterwards.
  touched.sort((a, b) => score[b] - score[a] || a - b);
  const out: Scored[] = [];
  let plain = 0;
  let cut = -Infinity;
  for (const id of touched) {
    const fact = index.facts[id];
    const agrees = valuesAgree(entry.figure, fact.figure);
    const clauseMetric = (flags[id] & CLAUSE_METRIC) !== 0;
    if (!clauseMetric && !agrees && ++plain > PLAIN_KEPT && !keepAll) {
      if (cut === -Infinity) cut = score[id];
    } else {
      out.push({
        fact, score: score[id], clauseMetric, nearMetric: (flags[id] & NEAR_METRIC) !== 0,
        metrics: metrics[id] ?? NO_METRICS, agrees, agreesStrictly: agrees && valuesAgree(entry.figure, fact.figure, true),
      });
    }
    score[id] = 0;
    flags[id] = 0;
    metrics[id] = undefined;
  }
  touched.length = 0;
  return { list: out, cut };
}

const NO_METRICS: Set<string> = new Set();

/**
 * The matcher: decides, for each figure of a draft, whether the paper supports it, contradicts it or does
 * not state it. Context decides, not the bare number: a figure is supported when the paper gives that
 * value for what the figure's context is about; it is a mismatch when its context clearly names one of
 * the paper's metrics with another value. When unsure it stays silent.
 */
import { GENERIC_TERMS, RING_WEIGHTS } from './context';
import { SUBJECTS } from './lexicon';
import type { Fact, FactIndex } from './factIndex';
import type { FigureInContext } from './reader';
import type { Figure } from './types';

export type Verdict = 'supported' | 'mismatch' | 'unsupported';

/** The matcher's answer for one figure. */
export interface Judgement {
  entry: FigureInContext;
  verdict: Verdict | 'silent';
  /** The fact that supports or contradicts the figure. */
  fact?: Fact;
  /** For unsupported figures: the closest facts the paper does state. */
  nearest: Fact[];
  /** How strongly the context ties the figure to `fact` (for tests and tuning). */
  score: number;
}

/** Thresholds of the decision, in units of shared-term weight × rarity. */
export const THRESHOLDS = {
  /** Below this, a figure's context does not tie it to any fact. */
  mismatch: 6,
  /** A fact with the figure's value supports it when its context is at least this share of the best. */
  supportRatio: 0.45,
  /** … and at least this much in absolute terms. */
  supportMin: 0.8,
  /** Facts within this share of the best context are tied; ties are broken by lists and digits. */
  tie: 0.85,
};

/** Whether two figures measure the same kind of thing, so their values can be compared. */
export function comparable(draft: Figure, paper: Figure): boolean {
  switch (draft.kind) {
    case 'date':
      return paper.kind === 'date' && [...draft.unit].every((p) => paper.unit.includes(p));
    case 'money': case 'percent': case 'multiplier': case 'duration': case 'rank':
      return paper.kind === draft.kind && paper.unit === draft.unit;
    case 'score':
      return paper.kind === 'score' || paper.kind === 'number';
    case 'count':
      return paper.kind === 'count' || paper.kind === 'number';
    case 'number':
      return paper.kind === 'number' || paper.kind === 'count' || paper.kind === 'score';
  }
}

/** Whether the paper's figure bears out the draft's value, at the precision the draft wrote it. */
export function valuesAgree(draft: Figure, paper: Figure, strict = false): boolean {
  if (draft.kind === 'date') return datesAgree(draft.value, paper.value, draft.unit);
  const step = draft.kind === 'number' || draft.style.numeral !== 'arabic' ? 0 : Math.pow(10, -draft.style.decimals) * draft.style.scale;
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= step / 2 + 1e-9 * Math.max(1, Math.abs(b));
  const lo = paper.value;
  const hi = paper.high ?? paper.value;
  if (draft.high !== undefined) {
    if (paper.high !== undefined) return close(draft.value, lo) && close(draft.high, hi);
    return lo >= draft.value - 1e-9 && lo <= draft.high + 1e-9;
  }
  if (paper.high !== undefined && draft.value >= lo - 1e-9 && draft.value <= hi + 1e-9) return true;
  if (close(draft.value, lo)) return true;
  if (strict) return false;
  // The same digits in another order (6.7 万 for 7.6 万) is a slip, whatever the qualifier says.
  if (sortedDigits(draft.value) === sortedDigits(lo)) return false;
  // Both bounded the same way ("超 6.7 万" against "超 7.6 万"): the writer meant the paper's figure.
  if (draft.qualifier === paper.qualifier && draft.qualifier !== 'exact') return false;
  // "More than 50 million" is true of 6000 万; "nearly/about" allows a tenth either way.
  if (draft.qualifier === 'more' && lo > draft.value && lo <= draft.value * 1.5) return true;
  if (draft.qualifier === 'less' && lo < draft.value && lo >= draft.value * 0.5) return true;
  if ((draft.qualifier === 'about' || draft.qualifier === 'nearly') && Math.abs(lo - draft.value) <= 0.1 * Math.abs(lo)) return true;
  return false;
}

/** The digits of a value, sorted: 1124 and 1142 share them. */
const digitsMemo = new Map<number, string>();
function sortedDigits(n: number): string {
  let d = digitsMemo.get(n);
  if (d === undefined) {
    d = String(n).replace(/\D/g, '').split('').sort().join('');
    if (digitsMemo.size > 50000) digitsMemo.clear();
    digitsMemo.set(n, d);
  }
  return d;
}

function datesAgree(draft: number, paper: number, parts: string): boolean {
  const y = (v: number) => Math.floor(v / 10000);
  const m = (v: number) => Math.floor(v / 100) % 100;
  const d = (v: number) => v % 100;
  return (!parts.includes('y') || y(draft) === y(paper)) && (!parts.includes('m') || m(draft) === m(paper)) && (!parts.includes('d') || d(draft) === d(paper));
}

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

interface Scored {
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

/** Judges every figure of a document; figures in one sentence inform each other (lists). */
export function judgeAll(entries: FigureInContext[], index: FactIndex): Judgement[] {
  const scoredByEntry = entries.map((entry) => scoreAll(entry, index));
  const first = entries.map((entry, i) => decideSupport(entry, scoredByEntry[i]));
  // Facts already bearing out another figure of the same sentence are not this figure's fact.
  const supportedInSentence = new Map<number, Array<{ entry: number; fact: number }>>();
  first.forEach((j, k) => {
    if (!j?.fact) return;
    const key = entries[k].sentence.start;
    const list = supportedInSentence.get(key) ?? [];
    list.push({ entry: k, fact: j.fact.id });
    supportedInSentence.set(key, list);
  });
  // A figure judged here was not supported, so it is not among its sentence's supported ones: one set per sentence serves.
  const usedInSentence = new Map<number, Set<number>>();
  return entries.map((entry, i) => {
    if (first[i]) return first[i]!;
    const key = entry.sentence.start;
    let used = usedInSentence.get(key);
    if (!used) usedInSentence.set(key, (used = new Set((supportedInSentence.get(key) ?? []).map((x) => index.facts[x.fact].figure.value))));
    return decideOther(entry, scoredByEntry[i], used);
  });
}

/** Scores the facts that share at least one term with the figure's context (the others score zero). */
/** Facts comparable with a figure of a given kind and unit, by fact id (computed once per index and kind). */
const comparableCache = new WeakMap<FactIndex, Map<string, Uint8Array>>();
function comparableFacts(figure: Figure, index: FactIndex): Uint8Array {
  let byKind = comparableCache.get(index);
  if (!byKind) comparableCache.set(index, (byKind = new Map()));
  const key = `${figure.kind}|${figure.unit}`;
  let mask = byKind.get(key);
  if (!mask) {
    mask = new Uint8Array(index.facts.length);
    for (const fact of index.facts) mask[fact.id] = comparable(figure, fact.figure) ? 1 : 0;
    byKind.set(key, mask);
  }
  return mask;
}

interface Accumulator {
  score: number;
  clauseMetric: boolean;
  nearMetric: boolean;
  metrics: Set<string> | undefined;
}

/** Scores the comparable facts that share at least one term with the figure's context (the others score zero). */
function scoreAll(entry: FigureInContext, index: FactIndex): Scored[] {
  const mask = comparableFacts(entry.figure, index);
  const byFact = new Map<Fact, Accumulator>();
  for (const [term, w] of entry.terms) {
    const postings = index.postings.get(term);
    if (!postings) continue;
    const idf = index.idf(term);
    const metric = w >= RING_WEIGHTS.sentence && isMetricTerm(term);
    const near = metric && w >= RING_WEIGHTS.near;
    for (const { fact, weight } of postings) {
      if (!mask[fact.id]) continue;
      let acc = byFact.get(fact);
      if (!acc) byFact.set(fact, (acc = { score: 0, clauseMetric: false, nearMetric: false, metrics: undefined }));
      acc.score += w * weight * idf;
      if (metric && weight >= RING_WEIGHTS.sentence) {
        acc.clauseMetric = true;
        if (w >= RING_WEIGHTS.clause) (acc.metrics ??= new Set()).add(term);
      }
      if (near && weight >= RING_WEIGHTS.sentence) acc.nearMetric = true;
    }
  }
  const out: Scored[] = [];
  for (const [fact, acc] of byFact) {
    const agrees = valuesAgree(entry.figure, fact.figure);
    out.push({ fact, score: acc.score, clauseMetric: acc.clauseMetric, nearMetric: acc.nearMetric, metrics: acc.metrics ?? NO_METRICS, agrees, agreesStrictly: agrees && valuesAgree(entry.figure, fact.figure, true) });
  }
  return out.sort((a, b) => b.score - a.score || a.fact.id - b.fact.id);
}

const NO_METRICS: Set<string> = new Set();

/**
 * The fact whose context names what the figure measures, if it is a serious candidate: among those within
 * half the best score, one that shares the metric named right next to the figure comes first.
 */
function metricLeader(scored: Scored[]): Scored | undefined {
  if (!scored.length) return undefined;
  const serious = scored.filter((s) => s.clauseMetric && s.score >= scored[0].score * 0.5);
  return serious.find((s) => s.nearMetric) ?? serious[0];
}

function decideSupport(entry: FigureInContext, scored: Scored[]): Judgement | null {
  if (!scored.length) return null;
  const best = scored[0].score;
  // When a serious candidate names what is measured, a supporting fact must name it too.
  const leader = metricLeader(scored);
  // A fact that names only part of what the leader names (revenue, where the draft and the leader say
  // advertising revenue) does not bear the figure out.
  const narrower = (s: Scored) => !!leader && !leader.agrees && s !== leader && s.metrics.size < leader.metrics.size && [...s.metrics].every((m) => leader.metrics.has(m));
  const support = scored.find((s) => s.agrees && (s.clauseMetric || !leader) && !narrower(s) && s.score >= THRESHOLDS.supportMin && s.score >= best * THRESHOLDS.supportRatio);
  if (support) return { entry, verdict: 'supported', fact: support.fact, nearest: [], score: support.score };
  // A weakly tied context with the right value elsewhere: the paper does say it, so stay quiet.
  if (best < THRESHOLDS.mismatch) {
    const weak = scored.find((s) => s.agrees && s.score > 0);
    if (weak) return { entry, verdict: 'supported', fact: weak.fact, nearest: [], score: weak.score };
  }
  return null;
}

/** Subjects (products, programmes, topics) named in `terms` with at least weight `min`. */
function subjectsOf(terms: Map<string, number>, min: number): Set<string> {
  const out = new Set<string>();
  for (const [t, w] of terms) if (w >= min && t.startsWith('c:') && SUBJECTS.has(t.slice(2))) out.add(t);
  return out;
}

/** A context's subjects, in its own sentence and anywhere around it (read once per context). */
const subjectCache = new WeakMap<Map<string, number>, { own: Set<string>; all: Set<string> }>();
function subjects(terms: Map<string, number>): { own: Set<string>; all: Set<string> } {
  let s = subjectCache.get(terms);
  if (!s) subjectCache.set(terms, (s = { own: subjectsOf(terms, RING_WEIGHTS.sentence), all: subjectsOf(terms, 0) }));
  return s;
}

/**
 * Whether draft and fact speak of different subjects: each names one in its own sentence, and neither's
 * appears anywhere around the other (a subject set by a heading or an earlier sentence still counts).
 */
function differentSubjects(entry: FigureInContext, fact: Fact): boolean {
  const draft = subjects(entry.terms);
  const paper = subjects(fact.terms);
  if (!draft.own.size || !paper.own.size) return false;
  for (const t of draft.own) if (paper.all.has(t)) return false;
  for (const t of paper.own) if (draft.all.has(t)) return false;
  return true;
}

/** How far below the leader a list's other member may score and still be the one a figure stands for. */
const WIDENED_TIE = 0.6;

/** `usedBySiblings`: the values that other figures of the same sentence are borne out by. */
function decideOther(entry: FigureInContext, all: Scored[], usedBySiblings: Set<number>): Judgement {
  const figure = entry.figure;
  let scored = all;
  // A mismatch needs the same subject and the same kind of thing counted.
  scored = scored.filter((s) => !differentSubjects(entry, s.fact) && !countsDiffer(figure, s.fact.figure));
  const leader = metricLeader(scored);
  if (leader && leader.score >= THRESHOLDS.mismatch && figure.kind !== 'date') {
    const tied = scored.filter((s) => s.score >= leader.score * THRESHOLDS.tie && s.clauseMetric && s.nearMetric === leader.nearMetric);
    // When every tied fact's value is a sibling's, the list's other member may score a little lower.
    const widened = tied.every((t) => usedBySiblings.has(t.fact.figure.value))
      ? scored.filter((s) => s.clauseMetric && s.score >= leader.score * WIDENED_TIE)
      : tied;
    const fact = breakTie(entry, widened, usedBySiblings) ?? leader.fact;
    // The fact it stands for states the same value after all: nothing to correct.
    if (valuesAgree(figure, fact.figure)) return { entry, verdict: 'supported', fact, nearest: [], score: leader.score };
    if (plausibleSlip(figure, fact.figure)) return { entry, verdict: 'mismatch', fact, nearest: [], score: leader.score };
  }
  // No clear slip: if the paper states this value for something the context names, say nothing against it.
  const related = all.find((s) => s.agreesStrictly && s.clauseMetric && s.score >= THRESHOLDS.supportMin);
  if (related) return { entry, verdict: 'supported', fact: related.fact, nearest: [], score: related.score };
  const best = scored[0];
  if (figure.strong) return { entry, verdict: 'unsupported', nearest: scored.filter((s) => s.score > 0).slice(0, 3).map((s) => s.fact), score: best?.score ?? 0 };
  return { entry, verdict: 'silent', nearest: [], score: best?.score ?? 0 };
}

/**
 * Whether a writer could plausibly have meant the paper's figure: values within a factor of ten, or the same
 * digits under another scale (60 billion for 60 million). 1,800 engineers is not a slip for a 15-person team.
 */
export function plausibleSlip(draft: Figure, paper: Figure): boolean {
  const a = Math.abs(draft.value);
  const b = Math.abs(paper.value);
  if (a === 0 || b === 0) return false;
  if (Math.max(a, b) / Math.min(a, b) <= 10) return true;
  const digits = (n: number) => String(n).replace(/\D/g, '').replace(/0+$/, '');
  return digits(a) === digits(b);
}

/** What a count counts, by measure word or noun: people, businesses, occurrences; unknown otherwise. */
const MEASURE_CLASSES: Array<[RegExp, string]> = [
  [/^(?:名|人|位|余名|people|persons?|users?|viewers?|professionals?|engineers?|employees?|staff|students?|pupils?|trainees?|hosts?|lecturers?|inheritors?|suspects?|creators?|buyers?|individuals?|victims?|participants?|members?|developers?)$/i, 'people'],
  [/^(?:家|家次|merchants?|businesses|companies|enterprises|customers?|partners?|brands?|sellers?|stores?|shops?)$/i, 'business'],
  [/^(?:次|人次|times|calls?|reminders?|views?|plays?|alerts?|answers?|questions?|visits?|impressions?|downloads?)$/i, 'occurrence'],
];
const measureClass = (noun: string): string | undefined => MEASURE_CLASSES.find(([re]) => re.test(noun))?.[1];

function countsDiffer(draft: Figure, paper: Figure): boolean {
  const a = measureClass(draft.noun);
  const b = measureClass(paper.noun);
  return !!a && !!b && a !== b;
}

/** Among facts the context cannot tell apart, pick by list position, then by the digits written. */
function breakTie(entry: FigureInContext, tied: Scored[], usedBySiblings: Set<number>): Fact | undefined {
  // A value already borne out by a sibling is taken, whichever of the paper's sentences stated it.
  // A fact that agrees with the figure was already found not to be its fact (another metric): skip it.
  const free = tied.filter((s) => !usedBySiblings.has(s.fact.figure.value) && !s.agrees);
  const unused = free.length ? free : tied;
  const slips = unused.filter((s) => plausibleSlip(entry.figure, s.fact.figure));
  const pool = slips.length ? slips : unused;
  const g = entry.group;
  if (g) {
    const byPosition = pool.find((s) => s.fact.group && s.fact.group.size === g.size && s.fact.group.index === g.index);
    if (byPosition) return byPosition.fact;
  }
  const digits = (n: number) => String(n).replace(/\D/g, '').split('').sort().join('');
  const sameDigits = pool.find((s) => digits(s.fact.figure.value) === digits(entry.figure.value));
  if (sameDigits) return sameDigits.fact;
  const distance = (s: Scored) => Math.abs(Math.log(Math.abs(s.fact.figure.value) + 1) - Math.log(Math.abs(entry.figure.value) + 1));
  return [...pool].sort((a, b) => b.score - a.score || distance(a) - distance(b))[0]?.fact;
}

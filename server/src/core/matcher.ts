/**
 * The matcher: decides, for each figure of a draft, whether the paper supports it, contradicts it or does
 * not state it. Context decides, not the bare number: a figure is supported when the paper gives that
 * value for what the figure's context is about; it is a mismatch when its context clearly names one of
 * the paper's metrics with another value. When unsure it stays silent.
 */
import { isMetricTerm, RING_WEIGHTS } from './context';
import { bearsOut, cannotSupport, countNotMoney, anotherMembers, namesOwnMetric, notAClaim } from './bearsOut';
import { averageAgainstPeak, measuresDiffer } from './claimMeasures';
import { UNNAMED_RANKING } from './claimSubjects';
import { countsApart, relateClaims, timeOfSource } from './claimRelations';
import { differentSubjects, figureSubjects, type FigureSubjects } from './contextSubjects';
import type { MonthSpan, TimePin } from './timePins';
import { periodOfTitles } from './sourcePeriod';
import type { Fact, FactIndex } from './factIndex';
import type { FigureInContext } from './reader';
import { aboutTitles, worksAround, worksDiffer } from './sameWorks';
import { clauseMetrics, scoreAll, type Scored, type ScoredFacts } from './scoring';
import { THRESHOLDS } from './thresholds';
import type { Figure } from './types';
import { formatLike } from './format';
import { editDistance } from './names';
import { plausibleSlip, roundedFrom, significantDigits, slipKind, sortedDigits, valuesAgree } from './values';
import { sameVersion } from './sameVersion';
import { bothEndsStated, latestStating } from './supportAcrossFacts';

export type Verdict = 'supported' | 'mismatch' | 'unsupported';

/** The matcher's answer for one figure. */
export interface Judgement {
  entry: FigureInContext;
  verdict: Verdict | 'silent';
  /** The fact that supports or contradicts the figure. */
  fact?: Fact;
  /** For unsupported figures: the closest facts the paper does state; for a supported one, other passages stating the same. */
  nearest: Fact[];
  /** For an unsupported figure: the paper states the same thing, but for another time (its nearest fact). */
  otherTime?: boolean;
  /** How strongly the context ties the figure to `fact` (for tests and tuning). */
  score: number;
}

/** When the index's undated facts hold, by index (timeOfSource). */
const undatedByIndex = new WeakMap<FactIndex, MonthSpan | null>();
/** When a source's facts that name no time hold: its last months (timeOfSource), read once per index. */
export function undatedTimeOf(index: FactIndex): MonthSpan | undefined {
  let undated = undatedByIndex.get(index);
  if (undated === undefined) undatedByIndex.set(index, (undated = periodOfTitles(index.titles) ?? timeOfSource(index.facts.map((f) => f.claim)) ?? null));
  return undated ?? undefined;
}

/**
 * Judges every figure of a document; figures in one sentence inform each other (lists). `keepAllFacts`
 * scores with every fact kept (scoring.ts leaves out plain facts that cannot change a judgement; tests
 * compare the two).
 */
export function judgeAll(entries: FigureInContext[], index: FactIndex, keepAllFacts = false): Judgement[] {
  const undated = undatedTimeOf(index);
  const scoredByEntry = entries.map((entry) => sameVersion(entry, scoreAll(entry, index, keepAllFacts)));
  // Each figure's subjects, read once when a decision first needs them (most figures' support needs none).
  const subjectsByEntry: Array<FigureSubjects | undefined> = new Array(entries.length);
  const subjectsOf = (i: number): FigureSubjects => (subjectsByEntry[i] ??= figureSubjects(entries[i]));
  const first = entries.map((entry, i) => {
    if (entry.claim?.cited === UNNAMED_RANKING) return otherRanking(entry);
    if (entry.otherProductColumn) return SILENT(entry);
    const support = decideSupport(entry, scoredByEntry[i].list, () => subjectsOf(i));
    // A date that says when another figure holds is no claim to correct or report; the paper may still bear it out.
    return entry.claim?.pinsAnother ? support ?? SILENT(entry) : support;
  });
  // Facts already bearing out another figure of the same sentence are not this figure's fact.
  const supportedInSentence = new Map<number, Array<{ entry: number; fact: number }>>();
  first.forEach((j, k) => {
    if (!j?.fact) return;
    const key = entries[k].sentence.start;
    const list = supportedInSentence.get(key) ?? [];
    list.push({ entry: k, fact: j.fact.id });
    supportedInSentence.set(key, list);
  });
  // A figure judged here was not supported, so it is not among its sentence's supported ones: one record per sentence serves.
  const siblingsInSentence = new Map<number, Siblings>();
  // The values each sentence's figures are written with, gathered in one pass when first needed (a pass over every
  // figure per sentence would grow with the square of a long draft's figures).
  let writtenBySentence: Map<number, Set<number>> | undefined;
  const writtenIn = (): Map<number, Set<number>> => {
    if (!writtenBySentence) {
      writtenBySentence = new Map();
      for (const other of entries) {
        const set = writtenBySentence.get(other.sentence.start) ?? new Set<number>();
        set.add(other.figure.value);
        writtenBySentence.set(other.sentence.start, set);
      }
    }
    return writtenBySentence;
  };
  const judged = entries.map((entry, i) => {
    if (first[i]) return first[i]!;
    const key = entry.sentence.start;
    let siblings = siblingsInSentence.get(key);
    if (!siblings) {
      const supported = supportedInSentence.get(key) ?? [];
      const facts = supported.map((x) => index.facts[x.fact]);
      const languages = new Map<number, Set<string>>();
      for (const x of supported) {
        const value = index.facts[x.fact].figure.value;
        languages.set(value, (languages.get(value) ?? new Set()).add(entries[x.entry].figure.style.lang));
      }
      siblings = { values: new Set(facts.map((f) => f.figure.value)), sentences: new Set(facts.map((f) => f.sentence)), languages, written: writtenIn().get(key)! };
      siblingsInSentence.set(key, siblings);
    }
    return decideOther(entry, scoredByEntry[i], siblings, subjectsOf(i), () => sameVersion(entry, scoreAll(entry, index, true)), undated ?? undefined);
  });
  return supportHeadings(judged);
}

/**
 * The judgements with each heading's figure borne out by the same value below it (titledClaim). Applied to a
 * whole document's judgements as well as a chunk's (incremental.ts), so chunked and whole checks agree.
 */
export function supportHeadings(judged: Judgement[]): Judgement[] {
  if (!judged.some((j) => j.entry.inHeading && j.verdict !== 'supported')) return judged;
  return judged.map((j, i) => (j.entry.inHeading && j.verdict !== 'supported' ? titledClaim(j, judged.slice(i + 1)) : j));
}

/**
 * A heading's figure (圈粉六千万！) titles the claims below it: when the text after it states the same value
 * and that is borne out, so is the heading's, by the same fact.
 */
function titledClaim(heading: Judgement, after: Judgement[]): Judgement {
  const below = after.find((j) => !j.entry.inHeading && j.verdict === 'supported' && j.fact && j.entry.figure.kind === heading.entry.figure.kind
    && valuesAgree(heading.entry.figure, j.entry.figure, true));
  return below ? { entry: heading.entry, verdict: 'supported', fact: below.fact, nearest: [], score: below.score } : heading;
}

/** A figure that is when another figure holds (今年 9 月, April 2025), not a claim of its own. */
const SILENT = (entry: FigureInContext): Judgement => ({ entry, verdict: 'silent', nearest: [], score: 0 });

/**
 * The leader, or, when it is stated for another time than the figure, a fact of the same thing that is stated
 * for the figure's time (a fact sheet's "Q3 2024" column against 上年同期约为 7.14 亿, not this year's 7.31 亿).
 */
function timelyLeader(entry: FigureInContext, scored: Scored[], leader: Scored | undefined, undated?: TimePin): Scored | undefined {
  if (!leader || entry.claim?.time?.kind !== 'span' || relateClaims(entry.claim, leader.fact.claim, undated).time !== 'conflict') return leader;
  // Another time's fact must measure what the figure's own clause names ("admin expenses … RMB868mn" is no operating profit).
  const own = clauseMetrics(entry, leader.fact).size > 0;
  return scored.find((s) => s !== leader && s.score >= leader.score * 0.3 && (s.clauseMetric || relateClaims(entry.claim, s.fact.claim).counted === 'same')
    && (!own || clauseMetrics(entry, s.fact).size > 0)
    && s.fact.claim?.time?.kind === 'span' && relateClaims(entry.claim, s.fact.claim, undated).time === 'agree') ?? leader;
}

/** What the other figures of a draft sentence were borne out by: their values, and the paper's sentences stating them. */
interface Siblings {
  values: Set<number>;
  sentences: Set<string>;
  /** The languages of the figures each value bears out (zh, en). */
  languages: Map<number, Set<string>>;
  /** The values the sentence's figures are written with. */
  written: Set<number>;
}

/**
 * The fact whose context names what the figure measures, if it is a serious candidate: among those within
 * half the best score, one that shares the metric named right next to the figure comes first.
 */
function metricLeader(scored: Scored[]): Scored | undefined {
  if (!scored.length) return undefined;
  const serious = scored.filter((s) => s.clauseMetric && s.score >= scored[0].score * 0.5);
  return serious.find((s) => s.nearMetric) ?? serious[0];
}

/** Whether the figure's clause names a metric concept or any of the source's words (what it could measure). */
function namesAnything(entry: FigureInContext): boolean {
  for (const [term, w] of entry.terms) if (w >= RING_WEIGHTS.clause && (term.startsWith('w:') || isMetricTerm(term))) return true;
  return false;
}

function decideSupport(entry: FigureInContext, scored: Scored[], subjectsOf: () => FigureSubjects): Judgement | null {
  if (!scored.length) return null;
  const best = scored[0].score;
  // Facts of another kind of measure (a total of 20 亿港元 for a per-share 0.46 港元) set no bar and lead nothing.
  const alike = scored.filter((s) => !measuresDiffer(entry.claim, s.fact.claim));
  // When a serious candidate names what is measured, a supporting fact must name it too.
  const leader = metricLeader(alike.length ? alike : scored);
  // A fact that names only part of what the leader names (revenue, where the draft and the leader say
  // advertising revenue) does not bear the figure out.
  let leaderMetrics: Set<string> | undefined;
  const narrower = (s: Scored): boolean => {
    if (!leader || leader.agrees || s === leader) return false;
    const mine = clauseMetrics(entry, s.fact);
    const theirs = (leaderMetrics ??= clauseMetrics(entry, leader.fact));
    return mine.size < theirs.size && [...mine].every((m) => theirs.has(m));
  };
  // A value that agrees only through the draft's qualifier ("more than 3亿" of a 4.1 亿 elsewhere) is weaker
  // evidence than the same value: its fact must be closer to the draft's context.
  const bar = alike[0]?.score ?? best;
  const close = (s: Scored) => s.score >= bar * (s.agreesStrictly ? THRESHOLDS.supportRatio : THRESHOLDS.qualifiedSupportRatio);
  // A fact about another subject (a data centre's 10 亿元 for Kling's revenue) bears nothing out.
  const sameSubject = (s: Scored) => !differentSubjects(subjectsOf().draft, s.fact, subjectsOf().above);
  // Another document's figure (a 2025 report's "超过 97.1%") is the source's only when the source states its very value.
  const cited = !!entry.claim?.cited;
  // (Both ends of a range stated alike, 3 to 6 months for 3 至 6 个月, tie the two closer than a metric word would.)
  const sameRange = (s: Scored) => entry.figure.high !== undefined && s.fact.figure.high !== undefined;
  // (… as do the same words right after the very value: 50 万手语数据库 and 50万手语数据库.)
  const sameWords = (s: Scored) => s.agreesStrictly && !!entry.claim?.wordsAfter && entry.claim.wordsAfter === s.fact.claim?.wordsAfter;
  // (A value that agrees only through the draft's qualifier, 突破 4 亿 of another campaign's 5.2 亿, also needs the
  // fact to name what the figure's clause measures.)
  // (A value of three significant digits or more that the source states in so many words is no coincidence,
  // when the figure's clause names nothing it could measure instead: "- V2: +0.467% and +0.741%", its metric
  // named by the item before. Not a year: the source names its years everywhere.)
  const distinctive = (s: Scored) => s.agreesStrictly && !leader && entry.figure.kind !== 'date' && significantDigits(Math.abs(entry.figure.value)).length >= 3 && !namesAnything(entry);
  const supports = (s: Scored) => s.agrees
    && (!cited || s.agreesStrictly)
    && (s.agreesStrictly || s.clauseMetric)
    && (sameRange(s) || sameWords(s) || ((s.clauseMetric || !leader) && !narrower(s)))
    && ((s.score >= THRESHOLDS.supportMin && close(s)) || distinctive(s))
    && sameSubject(s) && !averageAgainstPeak(entry.claim, s.fact.claim)
    // (A distinctive value ties figure and fact as closely as a context could.)
    && bearsOut(entry, s.fact, distinctive(s) ? Infinity : s.score, false, s.agreesStrictly);
  // The very value comes before one that agrees only through the draft's qualifier ("more than 3%": 超过 3%, not
  // the 4-5% of a higher-scoring sentence).
  const first = scored.find(supports);
  const support = first && !first.agreesStrictly ? scored.find((s) => s.agreesStrictly && supports(s)) ?? first : first;
  if (support) return { entry, verdict: 'supported', fact: support.fact, nearest: alsoStating(entry, scored, support), score: support.score };
  const latest = latestStating(entry, scored, best);
  if (latest) return { entry, verdict: 'supported', fact: latest.fact, nearest: [], score: latest.score };
  // A range whose two ends the source states in one sentence ("its scaling curves run from 0.1B to 8B") is that
  // sentence's: not a range the source lacks, nor one of its ends to correct.
  const ends = bothEndsStated(entry, scored);
  if (ends) return { entry, verdict: 'supported', fact: ends.fact, nearest: [], score: ends.score };
  // A weakly tied context with the right value elsewhere: the paper does say it, so stay quiet.
  if (best < THRESHOLDS.mismatch) {
    // … only when it names what the figure measures or counts, or a value that happens to recur is taken for support.
    const weak = scored.find((s) => s.agrees && s.score > 0 && bearsOut(entry, s.fact));
    if (weak) return { entry, verdict: 'supported', fact: weak.fact, nearest: [], score: weak.score };
  }
  return null;
}

/**
 * Other passages that state a supported figure's value for what it measures (a results table's cell and the
 * sentence that restates it): the hover shows them too. At most two; asked only of supported figures.
 */
function alsoStating(entry: FigureInContext, scored: Scored[], support: Scored): Fact[] {
  const out: Fact[] = [];
  for (const s of scored) {
    if (out.length === 2) break;
    if (s === support || !s.agreesStrictly || s.fact.sentence === support.fact.sentence || out.some((f) => f.sentence === s.fact.sentence)) continue;
    if (s.clauseMetric && s.score >= support.score * 0.5 && bearsOut(entry, s.fact, s.score, false, true)) out.push(s.fact);
  }
  return out;
}

/** A fact that states the figure's very value for a metric its clause names, and bears it out. */
const statedFor = (entry: FigureInContext, all: Scored[]): Scored | undefined =>
  all.find((s) => s.agreesStrictly && s.clauseMetric && s.score >= THRESHOLDS.supportMin && bearsOut(entry, s.fact, s.score, false, true));

/** How far below the leader a list's other member may score and still be the one a figure stands for. */
const WIDENED_TIE = 0.6;

/**
 * `undated`: when the source's facts that name no time hold (a figure of an earlier span is not theirs to
 * correct). `usedBySiblings`: the values that other figures of the same sentence are borne out by. `whole` scores
 * again keeping every plain fact, for when the kept ones do not settle the best score after filtering.
 */
function decideOther(entry: FigureInContext, facts: ScoredFacts, siblings: Siblings, { draft: draftSubjects, above }: FigureSubjects, whole: () => ScoredFacts, undated?: TimePin): Judgement {
  // (A sibling in the other language of a bilingual line is this figure's translation, not another member: the
  // value it bears out is this figure's to be corrected to. "买家数增长 2.4% | … buyers up 2.6%")
  const usedBySiblings = siblings.languages.size && [...siblings.languages.values()].some((l) => !l.has(entry.figure.style.lang))
    ? new Set([...siblings.languages].filter(([, langs]) => langs.has(entry.figure.style.lang)).map(([value]) => value))
    : siblings.values;
  const figure = entry.figure;
  const all = facts.list;
  // The paper's sentence that bore out the other figures of this sentence states this very value too: the
  // sentence restates it (24 小时 beside 三个主播, however weakly its own words tie it).
  const restated = siblings.sentences.size ? all.find((s) => s.agreesStrictly && siblings.sentences.has(s.fact.sentence) && !cannotSupport(entry, s.fact, true) && !averageAgainstPeak(entry.claim, s.fact.claim)) : undefined;
  if (restated) return { entry, verdict: 'supported', fact: restated.fact, nearest: [], score: restated.score };
  // A mismatch needs the same subject and the same kind of thing counted.
  const counted = measureClass(figure.noun);
  const keep = (s: Scored) => !differentSubjects(draftSubjects, s.fact, above) && !countsDiffer(counted, s.fact.figure)
    && !notAClaim(entry, s.fact) && !countsApart(entry.claim, s.fact.claim) && namesOwnMetric(entry, s.fact) && !countNotMoney(entry, s.fact)
    && !anotherMembers(entry, s.fact) && !measuresDiffer(entry.claim, s.fact.claim) && !namesWhatFactDoesNot(entry, s.fact);
  let scored = all.filter(keep);
  // The best after filtering sets the leader's bar: when a plain fact left out could come before it, filter
  // the whole list instead. (The nearest facts shown name a clause metric, so they are always kept.)
  const settled = facts.cut === -Infinity || (scored.length > 0 && scored[0].score > facts.cut);
  if (!settled) scored = whole().list.filter(keep);
  const first = metricLeader(scored);
  const leader = timelyLeader(entry, scored, first, undated);
  // (The context's tie to the source is the first leader's score, whichever fact the time picks.)
  if (leader && first && first.score >= THRESHOLDS.mismatch && figure.kind !== 'date') {
    const tied = scored.filter((s) => s.score >= leader.score * THRESHOLDS.tie && s.clauseMetric && s.nearMetric === leader.nearMetric);
    // When every tied fact's value is a sibling's, the list's other member may score a little lower.
    const widened = tied.every((t) => usedBySiblings.has(t.fact.figure.value))
      ? scored.filter((s) => s.clauseMetric && s.score >= leader.score * WIDENED_TIE)
      : tied;
    // A draft sentence stating several figures usually restates one sentence of the paper: when its other
    // figures were borne out by a paper sentence the leader is not from, a close enough fact of that
    // sentence that no sibling has taken is the one meant.
    const sameSource = siblings.sentences.has(leader.fact.sentence) ? [] : scored.filter((s) => s.clauseMetric && siblings.sentences.has(s.fact.sentence)
      && !usedBySiblings.has(s.fact.figure.value) && s.score >= leader.score * WIDENED_TIE);
    // Of candidates the context cannot tell apart, those stated for the figure's time come first (a table's
    // column for this quarter, not the one for the same quarter last year).
    const candidates = sameSource.length ? sameSource : widened;
    const inTime = entry.claim?.time ? candidates.filter((s) => relateClaims(entry.claim, s.fact.claim, undated).time === 'agree') : candidates;
    const fact = breakTie(entry, inTime.length ? inTime : candidates, usedBySiblings) ?? leader.fact;
    // Another member of the chosen fact's sentence, which the context cannot tell from it, states the figure's
    // very value, though at a time of its own (第 2 of Chinese patent holders as of October beside the global
    // 第 6 at year end): nothing to correct, unless the draft's sentence writes the chosen fact's value to another
    // of its figures (two values swapped).
    if (!valuesAgree(figure, fact.figure) && !siblings.written.has(fact.figure.value)
      && candidates.some((s) => s.agreesStrictly && s.clauseMetric && s.fact.sentence === fact.sentence && s.fact.figure.value === figure.value
        && !cannotSupport(entry, s.fact, true, true))) return SILENT(entry);
    // The fact it stands for states the same value after all: nothing to correct.
    const relation = relateClaims(entry.claim, fact.claim, undated);
    // (… and bears it out: the same value of a data centre's costs is no support for a cost per video.)
    const agrees = valuesAgree(figure, fact.figure, !!entry.claim?.cited);
    if (agrees && !relation.otherTime && bearsOut(entry, fact, leader.score, false, true)) return { entry, verdict: 'supported', fact, nearest: [], score: leader.score };
    // A fact about a titled work (《纸手机》) corrects only a figure whose context names a work too. Chinese
    // marks every title so; English titles stand in italics, which the prose no longer shows.
    const blockWorks = entry.claim?.blockWorks;
    // A campaign's figure (话题“各地文旅在 AI 赛道卷起来了” … 4000 万) likewise, unless the figure is pinned to
    // the campaign's own time: one month's views of one campaign are not another show's.
    const factWorks = fact.claim?.titles?.length ? fact.claim.titles : fact.claim?.works;
    const sameEvent = !fact.claim?.titles?.length && entry.claim?.time?.kind === 'span' && fact.claim?.time?.kind === 'span' && relation.time === 'agree';
    const aboutItsWork = (!factWorks?.length || figure.style.lang !== 'zh' || worksAround(entry).length > 0 || sameEvent
      || (!!blockWorks && !worksDiffer(blockWorks, factWorks)))
      // … and a figure of a paragraph about another work (《山海奇镜》 … 累计播放量 5200 万次) is not the campaign's.
      && !(fact.claim?.works?.length && !worksAround(entry).length && blockWorks && worksDiffer(blockWorks, fact.claim.works))
      // … and a figure about a titled work (《山海奇镜》 … 5200 万次) only by a fact about that work.
      && (!entry.claim?.titles?.length || aboutTitles(fact, entry.claim.titles));
    // The source states this very value in a context as close as the leader's, if naming no metric (50万手语数据
    // beside 5.3 万 of sales): not a slip to correct. Say nothing rather than correct it to a number of something else.
    const stated = !agrees && all.find((s) => s.agreesStrictly && s.score >= leader.score && !cannotSupport(entry, s.fact, true) && !differentSubjects(draftSubjects, s.fact, above)
      && !averageAgainstPeak(entry.claim, s.fact.claim));
    if (stated) return bearsOut(entry, stated.fact, stated.score, false, true) ? { entry, verdict: 'supported', fact: stated.fact, nearest: [], score: stated.score } : SILENT(entry);
    // A slip far from the value is taken for a count only of the same thing (22 million users is no slip for
    // 2.2 亿 views, nor 122 countries for a 1,227 score), and, for other kinds, only as a scale or a keystroke.
    const slip = agrees ? undefined : slipKind(figure, fact.figure);
    const isCount = figure.kind === 'count' || figure.kind === 'number';
    // (A dropped or doubled digit of a figure naming nothing it counts, 3,000+ for 3 万家 in a table row, needs only
    // nothing counted that differs.)
    const namesNothing = !entry.claim?.counted?.thing && !entry.claim?.counted?.noun;
    // (… and the same three or more significant digits at another scale, 10.18 万次 for 10.18 亿次, are the same
    // figure whatever the words around them leave unsaid.)
    // (A keystroke off a count of the kind the paper's measure word counts, 3,000 enterprises for 3 万家, is one too.)
    const sharesGroup = !!entry.claim?.counted?.groups.some((g) => fact.claim?.counted?.groups.includes(g));
    const countFits = relation.counted === 'same' || (relation.counted === 'unknown' && ((slip === 'keystroke' && (namesNothing || sharesGroup)) || (slip === 'scale' && significantDigits(figure.value).length >= 3)));
    const slipFits = slip === 'near' || (!!slip && (isCount ? countFits : slip !== 'far'));
    // A value another figure of the sentence already states is not this one's correction: the sentence sets the
    // two apart (即梦 … 9 次关键迭代，可灵 … 则升级了 30 余次).
    // (A slip far from the value must be one to the fact the context itself ties the figure to, not to one picked
    // for its time alone: 2024's 90 万名 anti-fraud posters for Kling's 5 million users of November 2024.)
    const tiedEnough = slip === 'near' || leader.score >= THRESHOLDS.mismatch;
    if (slipFits && tiedEnough && aboutItsWork && !usedBySiblings.has(fact.figure.value) && bearsOut(entry, fact, leader.score, true)) {
      // A figure stated for another time than the fact is not contradicted by it: the fact is only the nearest one.
      if (relation.time === 'conflict') {
        // … unless the paper states this very value for what the context names.
        const stated = statedFor(entry, all);
        if (stated) return { entry, verdict: 'supported', fact: stated.fact, nearest: [], score: stated.score };
        return figure.strong ? { entry, verdict: 'unsupported', nearest: [fact], otherTime: true, score: leader.score } : SILENT(entry);
      }
      // A precise figure the source's round one only rounds is not contradicted by it.
      if (roundedFrom(figure, fact.figure)) return figure.strong ? { entry, verdict: 'unsupported', nearest: [fact], score: leader.score } : SILENT(entry);
      return { entry, verdict: 'mismatch', fact, nearest: [], score: leader.score };
    }
  }
  // No clear slip: if the paper states this value for something the context names, say nothing against it.
  const related = statedFor(entry, all);
  // (Vouched for only when that context is not far weaker than the best fact's for what the figure measures:
  // KuaiMod's 20% cut in the reporting rate is no 超 20% of first-time buyers. Otherwise it is left unjudged.)
  if (related) return related.score >= (scored[0]?.score ?? 0) * THRESHOLDS.supportRatio ? { entry, verdict: 'supported', fact: related.fact, nearest: [], score: related.score } : SILENT(entry);
  const best = scored[0];
  // The nearest facts shown are about what the figure measures: an unrelated passage is noise.
  // A heading's figure titles the claims below it, which are judged themselves.
  if (figure.strong && !entry.inHeading) return { entry, verdict: 'unsupported', nearest: scored.filter((s) => s.score > 0 && s.clauseMetric).slice(0, 3).map((s) => s.fact), score: best?.score ?? 0 };
  return { entry, verdict: 'silent', nearest: [], score: best?.score ?? 0 };
}

/**
 * A score or place on a ranking the draft does not name (claims.ts: "on a community video arena"): the source's
 * named ranking neither bears it out nor corrects it. A strong figure is reported as not the source's.
 */
const otherRanking = (entry: FigureInContext): Judgement => (entry.figure.strong && !entry.inHeading ? { entry, verdict: 'unsupported', nearest: [], score: 0 } : SILENT(entry));

/**
 * Whether the figure names what it counts with a noun the word lists do not know ("720 of its credits") and the
 * fact counts nothing at all (a leaderboard's score): the two cannot be told to be one thing, so the fact is no
 * correction for it.
 */
function namesWhatFactDoesNot(entry: FigureInContext, fact: Fact): boolean {
  const theirs = fact.claim?.counted;
  return !!entry.claim?.counted?.noun && !theirs?.thing && !theirs?.noun && !theirs?.groups.length;
}

/** What a count counts, by measure word or noun: people, businesses, occurrences; unknown otherwise. */
const MEASURE_CLASSES: Array<[RegExp, string]> = [
  [/^(?:名|人|位|余名|people|persons?|users?|viewers?|professionals?|engineers?|employees?|staff|students?|pupils?|trainees?|hosts?|lecturers?|inheritors?|suspects?|creators?|buyers?|individuals?|victims?|participants?|members?|developers?)$/i, 'people'],
  [/^(?:家|家次|merchants?|businesses|companies|enterprises|customers?|partners?|brands?|sellers?|stores?|shops?)$/i, 'business'],
  [/^(?:次|人次|times|calls?|reminders?|views?|plays?|alerts?|answers?|questions?|visits?|impressions?|downloads?)$/i, 'occurrence'],
];
const measureClasses = new Map<string, string | undefined>();
/** The class of what `noun` counts (memoised: a handful of nouns recur for every scored fact). */
function measureClass(noun: string): string | undefined {
  if (!measureClasses.has(noun)) {
    if (measureClasses.size > 10_000) measureClasses.clear();
    measureClasses.set(noun, MEASURE_CLASSES.find(([re]) => re.test(noun))?.[1]);
  }
  return measureClasses.get(noun);
}

/** Whether the paper's figure counts another class of thing than the draft's (whose class is `counted`). */
function countsDiffer(counted: string | undefined, paper: Figure): boolean {
  if (!counted) return false;
  const b = measureClass(paper.noun);
  return !!b && counted !== b;
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
  const sameDigits = pool.find((s) => sortedDigits(s.fact.figure.value) === sortedDigits(entry.figure.value));
  if (sameDigits) return sameDigits.fact;
  // A slip is a keystroke or two: the fact whose value, written as the fix would write it, is the fewest
  // digit edits from what the draft wrote (5.2% is a slip for 2.4%, not 3.05%); then the closer context,
  // then the nearer value.
  if (pool.length < 2) return pool[0]?.fact;
  const written = digitsOf(entry.figure.text);
  const keystrokes = new Map(pool.map((s) => [s, editDistance(written, digitsOf(formatLike(entry.figure, s.fact.figure)))]));
  const distance = (s: Scored) => Math.abs(Math.log(Math.abs(s.fact.figure.value) + 1) - Math.log(Math.abs(entry.figure.value) + 1));
  return [...pool].sort((a, b) => keystrokes.get(a)! - keystrokes.get(b)! || b.score - a.score || distance(a) - distance(b))[0]?.fact;
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');

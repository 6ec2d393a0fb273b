/**
 * The matcher: decides, for each figure of a draft, whether the paper supports it, contradicts it or does
 * not state it. Context decides, not the bare number: a figure is supported when the paper gives that
 * value for what the figure's context is about; it is a mismatch when its context clearly names one of
 * the paper's metrics with another value. When unsure it stays silent.
 */
import { measuresDiffer } from './claimMeasures';
import { countsApart, relateClaims, timeOfSource } from './claims';
import type { MonthSpan, TimePin } from './timePins';
import { periodOfTitles } from './sourcePeriod';
import { GENERIC_TERMS, isMetricTerm, RING_WEIGHTS, termsIn } from './context';
import type { Fact, FactIndex } from './factIndex';
import { PARENT_CONCEPTS, SUBJECTS } from './lexicon';
import type { FigureInContext } from './reader';
import { clauseMetrics, narrowerInFact, scoreAll, sharesClauseMetric, sharesSentenceMetric, type Scored, type ScoredFacts } from './scoring';
import type { Figure } from './types';
import { formatLike } from './format';
import { editDistance } from './names';
import { plausibleSlip, sortedDigits, valuesAgree } from './values';

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

/** Thresholds of the decision, in units of shared-term weight × rarity. */
export const THRESHOLDS = {
  /** Below this, a figure's context does not tie it to any fact. */
  mismatch: 6,
  /** A fact with the figure's value supports it when its context is at least this share of the best. */
  supportRatio: 0.45,
  /** The same, for a fact whose value agrees only through the draft's qualifier (more than, nearly, about). */
  qualifiedSupportRatio: 0.6,
  /** … and at least this much in absolute terms. */
  supportMin: 0.8,
  /** Facts within this share of the best context are tied; ties are broken by lists and digits. */
  tie: 0.85,
};

/**
 * Judges every figure of a document; figures in one sentence inform each other (lists). `keepAllFacts`
 * scores with every fact kept (scoring.ts leaves out plain facts that cannot change a judgement; tests
 * compare the two).
 */
/** When the index's undated facts hold, by index (timeOfSource). */
const undatedByIndex = new WeakMap<FactIndex, MonthSpan | null>();
/** When a source's facts that name no time hold: its last months (timeOfSource), read once per index. */
export function undatedTimeOf(index: FactIndex): MonthSpan | undefined {
  let undated = undatedByIndex.get(index);
  if (undated === undefined) undatedByIndex.set(index, (undated = periodOfTitles(index.titles) ?? timeOfSource(index.facts.map((f) => f.claim)) ?? null));
  return undated ?? undefined;
}


export function judgeAll(entries: FigureInContext[], index: FactIndex, keepAllFacts = false): Judgement[] {
  const undated = undatedTimeOf(index);
  const scoredByEntry = entries.map((entry) => scoreAll(entry, index, keepAllFacts));
  // A date that says when another figure holds is no claim to correct or report; the paper may still bear it out.
  const first = entries.map((entry, i) => (entry.claim?.pinsAnother ? decideSupport(entry, scoredByEntry[i].list) ?? SILENT(entry) : decideSupport(entry, scoredByEntry[i].list)));
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
  const judged = entries.map((entry, i) => {
    if (first[i]) return first[i]!;
    const key = entry.sentence.start;
    let siblings = siblingsInSentence.get(key);
    if (!siblings) {
      const facts = (supportedInSentence.get(key) ?? []).map((x) => index.facts[x.fact]);
      siblings = { values: new Set(facts.map((f) => f.figure.value)), sentences: new Set(facts.map((f) => f.sentence)) };
      siblingsInSentence.set(key, siblings);
    }
    return decideOther(entry, scoredByEntry[i], siblings, () => scoreAll(entry, index, true), undated ?? undefined);
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
 * The figure's clause names something the source never names (HumanEval, Keye-VL, Sora) and none of the
 * subjects it does: whatever the source states, it states about something else.
 */
function aboutForeignSubject(entry: FigureInContext): boolean {
  if (!entry.claim?.foreignNames?.length) return false;
  let known = false;
  entry.terms.forEach((w, t) => {
    if (!known && w >= RING_WEIGHTS.clause && SUBJECT_TERMS.has(t)) known = true;
  });
  return !known;
}

/** A source's figure that only says when another holds (2026 年 2 月至 3 月) is a fact for dates alone. */
const notAClaim = (entry: FigureInContext, fact: Fact): boolean => !!fact.claim?.pinsAnother && entry.figure.kind !== 'date';

/**
 * A count that says what it counts (4500 万的全球用户) is no amount of money, though a bare count with a scale may
 * be one (values.ts): it meets money facts only when nothing counted is named.
 */
const countNotMoney = (entry: FigureInContext, fact: Fact): boolean =>
  fact.figure.kind === 'money' && entry.figure.kind !== 'money' && !!(entry.claim?.counted?.thing || entry.claim?.counted?.groups.length || entry.claim?.counted?.noun);

/**
 * The fact is one member of a list read respectively (训练和推理 … 23.7% 和 28.8%) and the figure's clause names
 * another member's concept, not its own ("训练阶段 MFU 28.8%" is training's, which is 23.7%).
 */
function anotherMembers(entry: FigureInContext, fact: Fact): boolean {
  const r = fact.claim?.respective;
  if (!r || (entry.terms.get(r.own) ?? 0) >= RING_WEIGHTS.clause) return false;
  return r.all.some((t) => t !== r.own && (entry.terms.get(t) ?? 0) >= RING_WEIGHTS.clause);
}

/** A fact that counts another thing than the figure, or is stated for another span of time, cannot bear it out. */
function cannotSupport(entry: FigureInContext, fact: Fact, sameValue = false, timeAside = false): boolean {
  if (notAClaim(entry, fact) || aboutForeignSubject(entry) || countNotMoney(entry, fact) || anotherMembers(entry, fact)) return true;
  const r = relateClaims(entry.claim, fact.claim);
  // A time read from an earlier sentence denies only a value that agrees through its qualifier ("topped 360
  // million" of a 5.2 亿 of another year), not the very value. (A correction weighs time itself: timeAside.)
  return r.counted === 'different' || (!timeAside && r.otherTime && !(sameValue && entry.claim?.timeInherited));
}

/**
 * Whether a fact with the figure's value bears it out (or, `toCorrect`, a fact with another value may correct
 * it): it counts the same thing, or its own clause names what the figure's clause measures, and nothing in
 * the claims sets them apart. A value that merely recurs
 * (a film's 10 倍 return for "10x efficiency") is no support.
 */
function bearsOut(entry: FigureInContext, fact: Fact, score = 0, toCorrect = false, sameValue = false): boolean {
  if (cannotSupport(entry, fact, sameValue, toCorrect)) return false;
  // A full date, or a month and year, seldom recurs by chance: the same day or month is the same event.
  if (entry.figure.kind === 'date' && (entry.figure.unit === 'ymd' || entry.figure.unit === 'ym')) return true;
  // A context tied this closely to the fact names what the figure measures; to correct the figure, the
  // source must name a metric of the figure's sentence in its own (maybe in the clause before its figure).
  // A correction in a list needs the metric of the figure's own stretch ("… and MFU climbed to 27.32%");
  // another document's figure (a research paper's A/B test) is not the source's to correct; nor is a figure
  // whose context shares one word with the fact's and differs in all else.
  if (toCorrect && (!namesOwnMetric(entry, fact) || entry.claim?.cited || talksOfOtherThings(entry, fact) || sharesOnlyBroader(entry, fact))) return false;
  // The very value with its unit, of a product or work the figure's sentence names ("Paper Phone … took 3
  // days" and 《纸手机》… 仅用 3 天): no coincidence.
  if (!toCorrect && sameValue && UNIT_KINDS.has(entry.figure.kind) && sharesSubject(entry, fact)) return !differentWorks(entry, fact) && !measuresDiffer(entry.claim, fact.claim);
  return measuresTheSame(entry, fact) || (score >= THRESHOLDS.mismatch && (!toCorrect || sharesSentenceMetric(entry, fact))
    && !differentWorks(entry, fact) && !measuresDiffer(entry.claim, fact.claim) && !countsApart(entry.claim, fact.claim));
}

/**
 * Whether the only metrics figure and fact share are broader than the figure's own (users, for "DAU of 416mn"),
 * while the fact's clause names another of its own the figure's context lacks (用户总使用时长 … 3.6%: time spent):
 * they measure different things of the same people.
 */
function sharesOnlyBroader(entry: FigureInContext, fact: Fact): boolean {
  let sharedNarrow = false;
  let sharedBroad = false;
  let factOnly = false;
  fact.terms.forEach((w, t) => {
    if (w < RING_WEIGHTS.clause || !isMetricTerm(t)) return;
    if (!entry.terms.has(t)) {
      factOnly = true;
      return;
    }
    if (CHILDREN_OF.get(t)?.some((c) => entry.terms.has(c) && !fact.terms.has(c))) sharedBroad = true;
    else sharedNarrow = true;
  });
  return sharedBroad && !sharedNarrow && factOnly;
}

/** The narrower concepts of each broader one, as terms. */
const CHILDREN_OF = new Map<string, string[]>();
for (const [child, parent] of Object.entries(PARENT_CONCEPTS)) CHILDREN_OF.set(`c:${parent}`, [...(CHILDREN_OF.get(`c:${parent}`) ?? []), `c:${child}`]);

/**
 * Whether figure and fact share a single concept and each names two or more the other's context lacks: "a
 * creator contest drew entrants from 60+ countries and 2,000 films" and "trademark registrations cover 100 多个
 * 国家和地区" share the countries and nothing else.
 */
function talksOfOtherThings(entry: FigureInContext, fact: Fact): boolean {
  let shared = 0;
  let draftOnly = 0;
  entry.terms.forEach((w, t) => {
    if (w < RING_WEIGHTS.sentence || !t.startsWith('c:') || GENERIC_TERMS.has(t)) return;
    if (fact.terms.has(t)) shared++;
    else draftOnly++;
  });
  if (shared !== 1 || draftOnly < 2) return false;
  let factOnly = 0;
  fact.terms.forEach((w, t) => {
    if (w >= RING_WEIGHTS.sentence && t.startsWith('c:') && !GENERIC_TERMS.has(t) && !entry.terms.has(t)) factOnly++;
  });
  return factOnly >= 2;
}

/** Whether the fact's clause names a metric of the figure's own stretch of a list (or a narrower one), or the figure has none. */
function namesOwnMetric(entry: FigureInContext, fact: Fact): boolean {
  const own = entry.claim?.ownMetrics;
  if (!own) return true;
  // What it counts may stand past the list's next figure ("9 of the top 15 places" and 7 席).
  // (A thing named, not just a measure word: 条 counts texts, videos and cases alike.)
  const mine = entry.claim?.counted;
  if (mine?.thing && fact.claim?.counted?.groups.includes(mine.groups[0])) return true;
  return own.some((term) => (fact.terms.get(term) ?? 0) >= RING_WEIGHTS.clause || narrowerInFact(fact, term));
}

/** Figures whose unit says what they are (3 天, 3-4x, US$240 million), unlike a bare number or a share. */
const UNIT_KINDS = new Set(['duration', 'multiplier', 'money', 'score']);

/** Whether the figure's sentence names a product or work that the fact's context names too. */
function sharesSubject(entry: FigureInContext, fact: Fact): boolean {
  let shared = false;
  entry.terms.forEach((w, t) => {
    if (!shared && w >= RING_WEIGHTS.sentence && SUBJECT_TERMS.has(t) && (fact.terms.get(t) ?? 0) >= RING_WEIGHTS.topic) shared = true;
  });
  return shared;
}

/**
 * Whether figure and fact measure one thing of one subject: they count the same thing, or the fact's own
 * clause names the metric the figure's clause names; and they do not name different works (《纸手机》 is
 * not 《山海奇镜》) or quoted campaigns.
 */
function measuresTheSame(entry: FigureInContext, fact: Fact): boolean {
  if (differentWorks(entry, fact) || measuresDiffer(entry.claim, fact.claim)) return false;
  return relateClaims(entry.claim, fact.claim).counted === 'same' || sharesClauseMetric(entry, fact);
}

/**
 * The works a draft figure's sentence names. Those of earlier sentences are not taken: a sentence may speak
 * of another work in another language ("The Qingming short Paper Phone … took 3 days").
 */
const worksAround = (entry: FigureInContext): readonly string[] => entry.claim?.works ?? [];

/**
 * Both name works or campaigns, and none in common (one name may hold the other: 《山海奇镜》 and
 * 《山海奇镜之劈波斩浪》): they are about different works.
 */
function differentWorks(entry: FigureInContext, fact: Fact): boolean {
  const theirs = fact.claim?.works;
  if (!theirs?.length) return false;
  return worksDiffer(worksAround(entry), theirs);
}

/** Whether the fact names one of `titles`, in its sentence or its surroundings. */
function aboutTitles(fact: Fact, titles: readonly string[]): boolean {
  if (fact.claim?.works && !worksDiffer(titles, fact.claim.works)) return true;
  return titles.some((t) => fact.terms.has(`t:${t}`));
}

/** Whether two lists of works, compared within one script, have none in common. */
function worksDiffer(ours: readonly string[], theirs: readonly string[]): boolean {
  // Names are compared within one script: "Bangbang Classroom" may well be 帮帮学堂.
  const han = (name: string) => /[\u4e00-\u9fff]/.test(name);
  const mine = ours.filter((a) => theirs.some((b) => han(a) === han(b)));
  return mine.length > 0 && !mine.some((a) => theirs.some((b) => sameWork(a, b)));
}

/**
 * Whether two names are one work's: one holds the other, or they differ in a character or two of every ten
 * once punctuation is set aside (“手语识别—文字翻译—数字人发声” and “手语识别-文本翻译-数字人发声”).
 */
function sameWork(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const bare = (name: string) => name.replace(/[\p{P}\p{S}\s]/gu, '');
  const x = bare(a);
  const y = bare(b);
  return Math.min(x.length, y.length) >= 4 && editDistance(x, y) <= Math.floor(Math.max(x.length, y.length) / 5);
}

/**
 * The leader, or, when it is stated for another time than the figure, a fact of the same thing that is stated
 * for the figure's time (a fact sheet's "Q3 2024" column against 上年同期约为 7.14 亿, not this year's 7.31 亿).
 */
function timelyLeader(entry: FigureInContext, scored: Scored[], leader: Scored | undefined, undated?: TimePin): Scored | undefined {
  if (!leader || entry.claim?.time?.kind !== 'span' || relateClaims(entry.claim, leader.fact.claim, undated).time !== 'conflict') return leader;
  return scored.find((s) => s !== leader && s.score >= leader.score * 0.3 && (s.clauseMetric || relateClaims(entry.claim, s.fact.claim).counted === 'same')
    && s.fact.claim?.time?.kind === 'span' && relateClaims(entry.claim, s.fact.claim, undated).time === 'agree') ?? leader;
}

/** What the other figures of a draft sentence were borne out by: their values, and the paper's sentences stating them. */
interface Siblings {
  values: Set<number>;
  sentences: Set<string>;
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

function decideSupport(entry: FigureInContext, scored: Scored[]): Judgement | null {
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
  const support = scored.find((s) => s.agrees && (s.clauseMetric || !leader) && !narrower(s) && s.score >= THRESHOLDS.supportMin && close(s) && bearsOut(entry, s.fact, s.score, false, s.agreesStrictly));
  if (support) return { entry, verdict: 'supported', fact: support.fact, nearest: alsoStating(entry, scored, support), score: support.score };
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

/** The subjects as context terms (c:kling …). */
const SUBJECT_TERMS = new Set([...SUBJECTS].map((subject) => `c:${subject}`));

const NO_SUBJECTS: ReadonlySet<string> = new Set();

/**
 * A context's subjects, read in one pass and once per context (most name none, and share one empty set).
 */
const subjectCache = new WeakMap<Map<string, number>, ContextSubjects>();
function subjects(terms: Map<string, number>): ContextSubjects {
  let s = subjectCache.get(terms);
  if (!s) {
    let clause: Set<string> | undefined;
    let own: Set<string> | undefined;
    let all: Set<string> | undefined;
    terms.forEach((w, t) => {
      if (!SUBJECT_TERMS.has(t)) return;
      (all ??= new Set()).add(t);
      if (w >= RING_WEIGHTS.sentence) (own ??= new Set()).add(t);
      if (w >= RING_WEIGHTS.clause) (clause ??= new Set()).add(t);
    });
    s = { clause: clause ?? NO_SUBJECTS, own: own ?? NO_SUBJECTS, all: all ?? NO_SUBJECTS };
    subjectCache.set(terms, s);
  }
  return s;
}

/** The subjects a context names in its figure's clause, its sentence, and anywhere around it. */
interface ContextSubjects {
  clause: ReadonlySet<string>;
  own: ReadonlySet<string>;
  all: ReadonlySet<string>;
}

/**
 * Whether draft and fact speak of different subjects: each names one in its own sentence, and neither's
 * appears anywhere around the other (a subject set by a heading or an earlier sentence still counts).
 */
function differentSubjects(draft: ContextSubjects, fact: Fact, above: ReadonlySet<string>): boolean {
  // A sentence that names no subject speaks of its heading's ("## Kling AI" … "| July 2024 | 7 million |").
  if (!draft.own.size) return above.size > 0 && headingSubjectsDiffer(above, draft.all, subjects(fact.terms));
  const paper = subjects(fact.terms);
  // A figure whose own clause names its subject (磁力开创累计服务商家 80 万家) is not about a fact that names
  // none anywhere around it (a platform-wide figure).
  if (!paper.all.size) return draft.clause.size > 0;
  // A fact whose sentence names no subject is about its section's (OneRec's 23.7% MFU is not OneSearch's).
  const theirs = paper.own.size ? paper.own : paper.all;
  for (const t of draft.own) if (paper.all.has(t)) return false;
  for (const t of theirs) if (draft.all.has(t)) return false;
  return true;
}

/** The subjects the headings above a figure name, read once per list of headings. */
const headingSubjectCache = new WeakMap<readonly string[], ReadonlySet<string>>();
function headingSubjects(headings: readonly string[]): ReadonlySet<string> {
  let found = headingSubjectCache.get(headings);
  if (!found) {
    const all = termsIn(headings.join('\n'));
    found = new Set([...all].filter((t) => SUBJECT_TERMS.has(t)));
    headingSubjectCache.set(headings, found);
  }
  return found;
}

/**
 * The headings name subjects, the fact's own sentence names others, and neither the figure's context nor
 * the fact's mentions the other's.
 */
function headingSubjectsDiffer(above: ReadonlySet<string>, around: ReadonlySet<string>, paper: ContextSubjects): boolean {
  // A fact whose sentence names no subject is about its section's (the OneRec part's 23.7% MFU).
  const theirs = paper.own.size ? paper.own : paper.all;
  if (!theirs.size) return false;
  for (const t of above) if (paper.all.has(t)) return false;
  for (const t of theirs) if (around.has(t) || above.has(t)) return false;
  return true;
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
function decideOther(entry: FigureInContext, facts: ScoredFacts, siblings: Siblings, whole: () => ScoredFacts, undated?: TimePin): Judgement {
  const usedBySiblings = siblings.values;
  const figure = entry.figure;
  const all = facts.list;
  // A mismatch needs the same subject and the same kind of thing counted.
  const draftSubjects = subjects(entry.terms);
  const counted = measureClass(figure.noun);
  const above = draftSubjects.own.size ? NO_SUBJECTS : headingSubjects(entry.headings);
  const keep = (s: Scored) => !differentSubjects(draftSubjects, s.fact, above) && !countsDiffer(counted, s.fact.figure)
    && !notAClaim(entry, s.fact) && !countsApart(entry.claim, s.fact.claim) && namesOwnMetric(entry, s.fact) && !countNotMoney(entry, s.fact)
    && !anotherMembers(entry, s.fact);
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
    // The fact it stands for states the same value after all: nothing to correct.
    const relation = relateClaims(entry.claim, fact.claim, undated);
    // (… and bears it out: the same value of a data centre's costs is no support for a cost per video.)
    const agrees = valuesAgree(figure, fact.figure);
    if (agrees && !relation.otherTime && bearsOut(entry, fact, leader.score, false, true)) return { entry, verdict: 'supported', fact, nearest: [], score: leader.score };
    // A fact about a titled work (《纸手机》) corrects only a figure whose context names a work too. Chinese
    // marks every title so; English titles stand in italics, which the prose no longer shows.
    const blockWorks = entry.claim?.blockWorks;
    const aboutItsWork = (!fact.claim?.titles?.length || figure.style.lang !== 'zh' || worksAround(entry).length > 0
      || (!!blockWorks && !worksDiffer(blockWorks, fact.claim.titles)))
      // … and a figure of a paragraph about another work (《山海奇镜》 … 累计播放量 5200 万次) is not the campaign's.
      && !(fact.claim?.works?.length && !worksAround(entry).length && blockWorks && worksDiffer(blockWorks, fact.claim.works))
      // … and a figure about a titled work (《山海奇镜》 … 5200 万次) only by a fact about that work.
      && (!entry.claim?.titles?.length || aboutTitles(fact, entry.claim.titles));
    // The source states this very value in a context as close as the leader's, if naming no metric (50万手语数据
    // beside 5.3 万 of sales): not a slip to correct. Say nothing rather than correct it to a number of something else.
    const stated = !agrees && all.find((s) => s.agreesStrictly && s.score >= leader.score && !cannotSupport(entry, s.fact, true));
    if (stated) return bearsOut(entry, stated.fact, stated.score, false, true) ? { entry, verdict: 'supported', fact: stated.fact, nearest: [], score: stated.score } : SILENT(entry);
    if (!agrees && plausibleSlip(figure, fact.figure) && aboutItsWork && bearsOut(entry, fact, leader.score, true)) {
      // A figure stated for another time than the fact is not contradicted by it: the fact is only the nearest one.
      if (relation.time === 'conflict') {
        // … unless the paper states this very value for what the context names.
        const stated = statedFor(entry, all);
        if (stated) return { entry, verdict: 'supported', fact: stated.fact, nearest: [], score: stated.score };
        return figure.strong ? { entry, verdict: 'unsupported', nearest: [fact], otherTime: true, score: leader.score } : SILENT(entry);
      }
      return { entry, verdict: 'mismatch', fact, nearest: [], score: leader.score };
    }
  }
  // No clear slip: if the paper states this value for something the context names, say nothing against it.
  const related = statedFor(entry, all);
  if (related) return { entry, verdict: 'supported', fact: related.fact, nearest: [], score: related.score };
  const best = scored[0];
  // The nearest facts shown are about what the figure measures: an unrelated passage is noise.
  // A heading's figure titles the claims below it, which are judged themselves.
  if (figure.strong && !entry.inHeading) return { entry, verdict: 'unsupported', nearest: scored.filter((s) => s.score > 0 && s.clauseMetric).slice(0, 3).map((s) => s.fact), score: best?.score ?? 0 };
  return { entry, verdict: 'silent', nearest: [], score: best?.score ?? 0 };
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

/**
 * Whether a fact bears a draft's figure out, or may correct it: the same thing measured, of the same subject,
 * at a compatible time, and nothing in the two claims that sets them apart (another document's figure, another
 * list member's concept, a count against money, a per-unit figure against a total, another work).
 */
import { measuresDiffer } from './claimMeasures';
import { countsApart, relateClaims } from './claimRelations';
import { aboutForeignSubject, sharesSubject } from './contextSubjects';
import { alsoCounts } from './countedThings';
import { GENERIC_TERMS, isMetricTerm, RING_WEIGHTS } from './context';
import type { Fact } from './factIndex';
import { NARROWER_CONCEPTS } from './lexicon';
import type { FigureInContext } from './reader';
import { aboutTitles, differentWorks } from './sameWorks';
import { narrowerInFact, sharesClauseMetric, sharesSentenceMetric } from './scoring';
import { THRESHOLDS } from './thresholds';

/** A source's figure that only says when another holds (2026 年 2 月至 3 月) is a fact for dates alone. */
export const notAClaim = (entry: FigureInContext, fact: Fact): boolean => !!fact.claim?.pinsAnother && entry.figure.kind !== 'date';

/**
 * A count that says what it counts (4500 万的全球用户) is no amount of money, though a bare count with a scale may
 * be one (values.ts): it meets money facts only when nothing counted is named.
 */
export const countNotMoney = (entry: FigureInContext, fact: Fact): boolean =>
  fact.figure.kind === 'money' && entry.figure.kind !== 'money' && !!(entry.claim?.counted?.thing || entry.claim?.counted?.groups.length || entry.claim?.counted?.noun);

/**
 * The fact is one member of a list read respectively (训练和推理 … 23.7% 和 28.8%) and the figure's clause names
 * another member's concept, not its own ("训练阶段 MFU 28.8%" is training's, which is 23.7%).
 */
export function anotherMembers(entry: FigureInContext, fact: Fact): boolean {
  const r = fact.claim?.respective;
  if (!r) return false;
  // A draft's own list read respectively (训练和推理阶段 MFU 分别提升至 28.8% 和 23.7%) says which member it is.
  const mine = entry.claim?.respective;
  if (mine && mine.all.includes(r.own)) return mine.own !== r.own;
  // A figure of a list whose own stretch names its member right beside it ("28.8% in training and 23.7% in
  // inference"): by that member.
  const own = entry.claim?.ownMetrics;
  const beside = (t: string) => (entry.terms.get(t) ?? 0) >= RING_WEIGHTS.near;
  // (Its own stretch says which member it is even when the other member's word stands within reach, as in
  // "28.8% in training and 23.7% in inference".)
  if (own?.some((t) => r.all.includes(t) && beside(t))) return !own.includes(r.own);
  if ((entry.terms.get(r.own) ?? 0) >= RING_WEIGHTS.clause) return false;
  return r.all.some((t) => t !== r.own && (entry.terms.get(t) ?? 0) >= RING_WEIGHTS.clause);
}

/** A fact that counts another thing than the figure, or is stated for another span of time, cannot bear it out. */
export function cannotSupport(entry: FigureInContext, fact: Fact, sameValue = false, timeAside = false): boolean {
  if (notAClaim(entry, fact) || aboutForeignSubject(entry) || countNotMoney(entry, fact) || anotherMembers(entry, fact) || directionsDiffer(entry, fact)) return true;
  const r = relateClaims(entry.claim, fact.claim);
  // A time read from an earlier sentence denies only a value that agrees through its qualifier ("topped 360
  // million" of a 5.2 亿 of another year), not the very value. (A correction weighs time itself: timeAside.)
  const thing = entry.claim?.counted?.thing;
  const countsOther = r.counted === 'different' && !(thing && alsoCounts(fact.sentence, fact.figureOffset + fact.figure.text.length, thing));
  return countsOther || (!timeAside && r.otherTime && !(sameValue && entry.claim?.timeInherited));
}

/** Which way the words right beside a figure say its value moved: up, down, or either (both or neither said). */
function direction(terms: ReadonlyMap<string, number>): 'up' | 'down' | undefined {
  const up = (terms.get('c:increase') ?? 0) >= RING_WEIGHTS.near;
  const down = (terms.get('c:reduction') ?? 0) >= RING_WEIGHTS.near;
  return up === down ? undefined : up ? 'up' : 'down';
}

/** A fall is not borne out by a rise of the same size ("the stock fell more than 3%" and 广告收入提升超过 3%). */
function directionsDiffer(entry: FigureInContext, fact: Fact): boolean {
  const ours = direction(entry.terms);
  const theirs = ours && direction(fact.terms);
  return !!ours && !!theirs && ours !== theirs;
}

/**
 * Whether a fact with the figure's value bears it out (or, `toCorrect`, a fact with another value may correct
 * it): it counts the same thing, or its own clause names what the figure's clause measures, and nothing in
 * the claims sets them apart. A value that merely recurs
 * (a film's 10 倍 return for "10x efficiency") is no support.
 */
export function bearsOut(entry: FigureInContext, fact: Fact, score = 0, toCorrect = false, sameValue = false): boolean {
  if (cannotSupport(entry, fact, sameValue, toCorrect)) return false;
  // A figure about a titled work (《兴安岭诡事》 took 3 个月) only by a fact about that work.
  if (entry.claim?.titles?.length && !aboutTitles(fact, entry.claim.titles)) return false;
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
  // (The very value, not one a range of the source's takes in: 3 个月 is not 3 至 6 个月.)
  if (!toCorrect && sameValue && fact.figure.high === undefined && UNIT_KINDS.has(entry.figure.kind) && sharesSubject(entry, fact)) return !differentWorks(entry, fact) && !measuresDiffer(entry.claim, fact.claim);
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
    if (NARROWER_CONCEPTS.get(t)?.some((c) => entry.terms.has(c) && !fact.terms.has(c))) sharedBroad = true;
    else sharedNarrow = true;
  });
  return sharedBroad && !sharedNarrow && factOnly;
}

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
export function namesOwnMetric(entry: FigureInContext, fact: Fact): boolean {
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

/**
 * Whether figure and fact measure one thing of one subject: they count the same thing, or the fact's own
 * clause names the metric the figure's clause names; and they do not name different works (《纸手机》 is
 * not 《山海奇镜》) or quoted campaigns.
 */
function measuresTheSame(entry: FigureInContext, fact: Fact): boolean {
  if (differentWorks(entry, fact) || measuresDiffer(entry.claim, fact.claim)) return false;
  return relateClaims(entry.claim, fact.claim).counted === 'same' || sharesClauseMetric(entry, fact);
}

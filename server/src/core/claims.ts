/**
 * A figure read as a claim: besides its value, what it counts and when it is stated for. The same
 * reading applies to the source and to drafts, so a draft's claim is compared with a fact's (claimRelations.ts):
 * support and correction both need the same thing counted, and a correction also no conflicting time.
 */
import { clauseAround, isMetricTerm, placedTerms, type Range, type Vocabulary } from './context';
import { readMeasureWords, YEAR_ON_YEAR_WORDS, type MeasureWords } from './claimMeasures';
import { citedDocument, citedTitles, foreignNamesIn, mayNameDocument, namedWorks, namesOwnDocument, placedWorks, unnamedRanking } from './claimSubjects';
import { hanWordsAfter, readCounted, type Counted } from './countedThings';
import { headingTimeOf, headingYearOf, leadTimeOf, readBlockTimes, resolve, type ParagraphTime } from './claimTimes';
import { findProspective, findTimes, type MonthSpan, type PlacedTime, type TimePin } from './timePins';
import type { Figure } from './types';
import { respectiveConcept, splitRespectiveTimes } from './respectiveLists';
import { versionsIn } from './versions';

/** What a figure claims beyond its value. */
export interface Claim extends MeasureWords {
  /** What a count counts (counts and bare numbers only). */
  counted?: Counted;
  /** When the figure is stated for, if its clause or its sentence's lead says, or else an earlier sentence of its block. */
  time?: TimePin;
  /** The time was read from an earlier sentence: weaker, it sets the figure apart only from a fact of another span. */
  timeInherited?: boolean;
  /** The figure is itself the time another figure of its sentence is stated for (今年 9 月, April 2025): not a claim. */
  pinsAnother?: boolean;
  /** The named works and campaigns of its sentence (《纸手机》, “全民反诈在行动”), without brackets or spaces. */
  works?: string[];
  /** The works its sentence names in title marks (《纸手机》): a figure of such a sentence is about that work. */
  titles?: string[];
  /** The works earlier sentences of its paragraph name, when its own names none: what it is likely about. */
  blockWorks?: string[];
  /** Names in its clause (HumanEval, Keye-VL, Sora) that the source never uses: it may be about something else. */
  foreignNames?: string[];
  /** The model versions its sentence names (Kling 3.0, 2.0 模型, OneSearch-V2), as numbers: versions.ts. */
  versions?: readonly string[];
  /** Its clause speaks of a plan, target or forecast (预计, guidance): it holds for no time yet. */
  prospective?: boolean;
  /**
   * In a clause of several figures, the metrics named in the figure's own stretch of it ("operating expenditure
   * fell 75.40% and model FLOPs utilization climbed to 27.32%": MFU for 27.32%); absent when it names none.
   */
  ownMetrics?: string[];
  /**
   * In a list read respectively (训练和推理阶段 MFU 提升至 23.7% 和 28.8%), the concept this member is of
   * (training for 23.7%), among all the list names.
   */
  respective?: { own: string; all: string[] };
  /**
   * The document its sentence, its paragraph's lead or a heading above attributes it to, when that is not of
   * the source's kind ("the report describes", 论文称, "## OneRec Technical Report"): it is that document's
   * figure, another experiment or edition, which the source may state or not but cannot correct.
   */
  cited?: string;
  /**
   * The Chinese words right after a Chinese count, up to the clause's end (50 万手语数据库: 手语数据): a value
   * followed by the same words restates the same thing, whatever its context names.
   */
  wordsAfter?: string;
}

/** What a draft is read against: the sources' vocabulary, kinds of document and latest year. */
export interface DraftReading {
  /** The terms the sources use: names outside it are foreign, and list members' metrics are read with it. */
  vocabulary?: Vocabulary;
  /** Misspelled names of the sources in the draft (they are the sources' names). */
  misspelled?: ReadonlyArray<{ start: number; end: number }>;
  /** The kinds of document the sources are (白皮书): a mention of another kind attributes a figure to it. */
  sourceKinds?: ReadonlySet<string>;
  /** The period the text speaks of (a report's quarter, the sources' last months): 去年, "last year" and 上年同期 count back from it. */
  period?: MonthSpan;
}

/** The figures of one sentence, for reading their claims together. */
interface SentenceFigures {
  sentence: Range;
  figures: Figure[];
  /** Each figure's table row header or caption, if any: it names what the figure measures. */
  labels: Array<string | undefined>;
  /** The last year the headings in force name (0 when none): where a paragraph's months are read from. */
  headingYear: number;
  /** The time the innermost heading names, if any ("## OneRec-V2 (August 2025)"): its section's figures' time, in a draft or a source. */
  headingTime?: TimePin;
  /** Where the sentence's block starts and ends. */
  blockStart: number;
  blockEnd: number;
  /** The headings in force. */
  headings: readonly string[];
}

const COUNTABLE = new Set(['count', 'number']);

/**
 * Reads the claim of every figure of `figures` (each with its sentence, in document order) in `text`, and
 * returns them in the same order. A draft is read `against` its sources; a source is read alone.
 */
export function readClaims(text: string, entries: ReadonlyArray<{ figure: Figure; sentence: Range; headings: string[]; block: Range & { lead?: Range }; label?: string }>, against: DraftReading = {}): Claim[] {
  const { vocabulary, misspelled = [], sourceKinds, period } = against;
  const out: Claim[] = [];
  let group: SentenceFigures | undefined;
  // The year the text last named, for a month of no stated year (2025 年 3 月 … 5 月，2.0 模型 …).
  const year: ParagraphTime = { last: 0, at: 0, times: [], next: 0, prospective: [], now: period };
  const flush = () => {
    if (!group) return;
    const claims = sentenceClaims(text, group, year, vocabulary, misspelled, sourceKinds ? { kinds: sourceKinds, leadCited: blockLeadCited, namesDocument: blockNamesDocument } : undefined);
    // A draft's figure whose sentence names no work is likely about one its paragraph named before.
    if (vocabulary && claims.some((c) => !c.works)) {
      // The block's works are read once per block (a long paragraph's sentences would read its start again each).
      if (blockNames?.start !== group.blockStart) blockNames = { start: group.blockStart, names: placedWorks(text.slice(group.blockStart, group.blockEnd), group.blockStart) };
      const at = group.sentence.start;
      const before = blockNames.names.filter((n) => n.end <= at).map((n) => n.name);
      if (before.length) for (const c of claims) if (!c.works) c.blockWorks = before;
    }
    // A document a sentence cites is the source of the rest of its paragraph too (《2024 快手反诈治理报告》回顾的是此前
    // 一年：…；…抓获犯罪嫌疑人 189 名).
    if (!blockLeadCited && claims[0]?.cited) blockLeadCited = claims[0].cited;
    out.push(...claims);
  };
  let block: (Range & { lead?: Range }) | undefined;
  // The document the block's lead sentence, or an earlier sentence of it, cites (the lead's read once per block
  // rather than for each of its sentences).
  let blockLeadCited: string | undefined;
  // Whether the block holds a document word at all, tested once per block rather than twice per sentence and
  // once for its lead (the tests of documents named: 1.0% → 0.5% of a check, CPU profile of the bench drafts).
  let blockNamesDocument = false;
  let blockNames: { start: number; names: Array<{ name: string; end: number }> } | undefined;
  for (const { figure, sentence, headings, block: inBlock, label } of entries) {
    if (!group || group.sentence.start !== sentence.start) {
      flush();
      if (!block || block.start !== inBlock.start) {
        // A figure takes the time of an earlier sentence of its own block only: a list item or a table row is
        // not stated for the time the item before it names. A block's times and forecasts are read at once.
        year.pin = undefined;
        year.named = undefined;
        // … but a list's items are stated for the time their lead names (当时的报道提到：, "As of March 2024:").
        const lead = vocabulary ? inBlock.lead : undefined;
        year.lead = lead ? leadTimeOf(text, lead, headingYearOf(headings), period) : undefined;
        if (year.lead) {
          year.pin = year.named = year.lead.pin;
          if (year.lead.last) year.last = year.lead.last;
        }
        year.times = readBlockTimes(text, inBlock, period);
        year.next = 0;
        year.prospective = findProspective(text.slice(inBlock.start, inBlock.end)).map((at) => at + inBlock.start);
        blockNamesDocument = !!sourceKinds && mayNameDocument(text.slice(inBlock.start, inBlock.end));
        blockLeadCited = blockNamesDocument ? citedDocument(leadSentence(text, inBlock), sourceKinds!, quotedBy(vocabulary)) : undefined;
      }
      block = inBlock;
      group = { sentence, figures: [], labels: [], headingYear: headingYearOf(headings), headingTime: headingTimeOf(headings), blockStart: inBlock.start, blockEnd: inBlock.end, headings };
    }
    group.figures.push(figure);
    group.labels.push(label);
  }
  flush();
  return out;
}

/**
 * A claim with every field in place, unset but for its works: claims of one shape, however many fields a
 * figure's reading sets, so the matcher's many reads of them (measuresDiffer, relateClaims, countsApart …)
 * meet one shape rather than dozens.
 */
function newClaim(works: string[] | undefined, titles: string[] | undefined, versions: readonly string[] | undefined): Claim {
  return {
    rate: undefined, yearOnYear: undefined, quarterOnQuarter: undefined, perUnit: undefined, change: undefined, average: undefined,
    counted: undefined, time: undefined, timeInherited: undefined, pinsAnother: undefined, works, titles, blockWorks: undefined,
    foreignNames: undefined, prospective: undefined, ownMetrics: undefined, respective: undefined, cited: undefined, versions,
    wordsAfter: undefined,
  };
}

/** A clause that starts with a comparison (比非 AIGC 素材高出 47%): it continues the clause before it. */
const CONTINUES_COMPARISON = /^\s*(?:比|较|相比|相较)/;


/** No works named (shared: a claim keeps its works only when there are some). */
const NO_WORKS: string[] = [];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function sentenceClaims(text: string, { sentence, figures, labels, headingYear, headingTime, blockStart, headings }: SentenceFigures, year: ParagraphTime, vocabulary?: Vocabulary, misspelled: ReadonlyArray<{ start: number; end: number }> = [], source?: { kinds: ReadonlySet<string>; leadCited: string | undefined; namesDocument: boolean }): Claim[] {
  // The year carries over within a run of lines, not past a blank line: a paragraph is read alone as well
  // as in its document (chunks.ts), and must read the same both ways.
  if (year.at < sentence.start) {
    const gap = text.slice(year.at, sentence.start);
    if (year.at === 0 || /\n[^\S\n]*\n/.test(gap)) {
      year.last = year.lead?.last || headingYear;
      year.pin = year.named = year.lead?.pin;
    }
  }
  // Times of the block before this sentence (in sentences with no figure): the year they name, and the time
  // a figure whose own sentence names none holds at ("Posted in June 2025, the report … It lifted stay time
  // by 0.54%").
  while (year.next < year.times.length && year.times[year.next].start < sentence.start) {
    const t = resolve(year.times[year.next++], year);
    if (!t.datesEvent && !t.yearBefore && t.start >= blockStart) year.pin = t.pin;
  }
  const paragraphPin = year.pin;
  const body = text.slice(sentence.start, sentence.end);
  const times: PlacedTime[] = [];
  while (year.next < year.times.length && year.times[year.next].start < sentence.end) times.push(resolve(year.times[year.next++], year));
  year.at = sentence.end;
  // A later sentence takes the time of this one's lead clause only ("Posted to arXiv in June 2025, the report …"),
  // not a comparison further on (…，二季度为 16.0%; 去年同期为 31.19 亿元).
  // Figures of one clause share it: clauseAround gives one range for every place from where it was asked to
  // the clause's end (no boundary lies between), so the last range serves the figures after it up to there.
  // (With the lead's citation per block, the works test and thing words by code: readClaims 790 → 760 µs per
  // bench draft.)
  let askedAt = -1;
  let lastClause: Range | undefined;
  const clauseOf = (at: number): Range => {
    if (!lastClause || at < askedAt || at > lastClause.end) {
      lastClause = clauseAround(text, sentence, at);
      askedAt = at;
    }
    return lastClause;
  };
  const leadEnd = clauseOf(sentence.start).end;
  const usableHere = times.filter((t) => !t.datesEvent && !t.yearBefore && t.start < leadEnd);
  if (usableHere.length) year.pin = usableHere[usableHere.length - 1].pin;
  const prospective = year.prospective;
  // A name stands in title or quotation marks: most sentences have none, and need no pass for one.
  const marked = body.includes('《') || body.includes('“') || body.includes('「');
  const works = marked ? namedWorks(body) : NO_WORKS;
  // (Not a publication cited as the source: 依《晚点LatePost》报道 is not about LatePost.)
  const cites = marked ? citedTitles(body) : NO_WORKS;
  const titles = marked ? namedWorks(body.replace(/“[^”\n]*”|「[^」\n]*」/g, '')).filter((t) => !cites.includes(t)) : NO_WORKS;
  const versions = versionsIn(body);
  const claims: Claim[] = figures.map(() => newClaim(works.length ? works : undefined, works.length && titles.length ? titles : undefined, versions.length ? versions : undefined));
  // A draft's figures may be another document's: said in the sentence, the paragraph's lead, or a heading.
  // (A sentence that quotes the source itself, "the white paper gives …", is the source's, whatever its
  // paragraph or section cites.)
  const quotesSource = !!source?.namesDocument && namesOwnDocument(body, source.kinds);
  const cited = source && ((source.namesDocument ? citedDocument(body, source.kinds, quotedBy(vocabulary)) : undefined) ?? (quotesSource ? undefined : source.leadCited ?? citedInHeadings(headings, source.kinds) ?? unnamedRanking(body)));
  const pinning = new Set<PlacedTime>();
  const labelEnd = vocabulary ? (/^[^:：\n]{1,40}[:：]/.exec(body)?.[0].length ?? 0) : 0;
  figures.forEach((figure, k) => {
    const claim = claims[k];
    const clause = clauseOf(figure.start);
    if (COUNTABLE.has(figure.kind)) claim.counted = readCounted(text, figure.start, figure.end, figure.unit, clause.start, clause.end);
    if (COUNTABLE.has(figure.kind) && figure.style.lang === 'zh') claim.wordsAfter = hanWordsAfter(text, figure.end, clause.end);
    const respective = respectiveConcept(text, figures, k, clause);
    if (respective) claim.respective = respective;
    // A sentence naming several versions (Kling 2.0 led with 1,142 …, and Kling 2.5 Turbo scored 1,329): each
    // figure is of the versions its own clause names, when it names any.
    if (versions.length > 1) {
      const own = versionsIn(text.slice(clause.start, clause.end));
      if (own.length) claim.versions = own;
    }
    // A draft's list (read with the source's vocabulary): each figure takes the metric of its own stretch.
    if (vocabulary) {
      const own = ownMetrics(text, figures, k, clause, sentence.end, vocabulary);
      if (own.length) claim.ownMetrics = own;
    }
    // A rate may be named before the clause, where no figure or clause stands between (a table row's first cell:
    // 点击率 CTR | — | +3.98%), or in the figure's row header or caption.
    const lead = k > 0 ? Math.max(figures[k - 1].end, sentence.start) : sentence.start;
    const leadText = lead < clause.start ? text.slice(lead, clause.start) : '';
    // (A clause that goes on with a comparison, "…的转化率，比非 AIGC 素材高出 47%", measures what the clause
    // before it names.)
    const continues = /[，,]\s*$/.test(leadText) && CONTINUES_COMPARISON.test(text.slice(clause.start, clause.end));
    let named = '';
    if (continues) named = leadText.split(/[，,：:；;。]/).slice(-2).join('');
    else if (!/[，,：:；;。]/.test(leadText)) named = leadText;
    named += ` ${labels[k] ?? ''}`;
    Object.assign(claim, readMeasureWords(text, figure, clause.start, clause.end, named));
    // A table's column of changes (同比变动, "YoY") makes its cells year-on-year changes.
    if (labels[k] && !claim.yearOnYear && (figure.kind === 'percent' || figure.kind === 'multiplier') && YEAR_ON_YEAR_WORDS.test(labels[k]!)) claim.yearOnYear = true;
    // A draft is read with the source's vocabulary: a name it lacks is not the source's.
    if (vocabulary) {
      // … in its clause, in the label its sentence opens with ("**OneMall:** … GMV +13.01%"), or in the clause
      // its sentence opens with, its subject ("OpenAI's Sora 2 app …, yet … its 30-day retention at 1%").
      const foreign = foreignNamesIn(text, clause.start, clause.end, vocabulary, misspelled);
      if (labelEnd > 0 && clause.start >= sentence.start + labelEnd) foreign.push(...foreignNamesIn(text, sentence.start, sentence.start + labelEnd, vocabulary, misspelled));
      else if (!foreign.length && clause.start > leadEnd) foreign.push(...foreignNamesIn(text, sentence.start, leadEnd, vocabulary, misspelled));
      if (foreign.length) claim.foreignNames = foreign;
    }
    // A time expression the figure lies in is the figure's own (a date, 9 月); it pins nothing for it.
    const own = times.find((t) => overlaps(t, figure));
    if (own || figure.kind === 'date') return;
    // The value a change is measured from, right after its time (较上年同期的 12.7%), is of that time.
    const base = times.find((t) => t.baseline && t.end <= figure.start && /^[\s的为是:：]{0,3}$/.test(text.slice(t.end, figure.start)));
    if (base) {
      claim.time = base.pin;
      return;
    }
    // A plan, target or forecast (预计, guidance), or the start of a change ("rose from 22 million to …",
    // 从 1 亿美元到 2.4 亿美元), holds for no time the source states a figure for.
    if (prospective.some((at) => at >= clause.start && at < clause.end)) {
      claim.prospective = true;
      // … but for the year its own clause names, if any (RMB2.1bn in 2026E; 预计 2025 年全年): a forecast for
      // another year is another figure.
      const gapTo = (t: PlacedTime) => (t.end <= figure.start ? figure.start - t.end : t.start - figure.end);
      const forYear = times.filter((t) => !t.datesEvent && t.pin.kind === 'span' && t.start >= clause.start && t.end <= clause.end).sort((a, b) => gapTo(a) - gapTo(b))[0];
      if (forYear) claim.time = forYear.pin;
      return;
    }
    if (startsChange(text, figure, sentence.end)) {
      claim.time = { kind: 'relative' };
      return;
    }
    // A change from the year before is the current period's: a year-before time after it (同比下降 13.3%（上年同期为
    // 13.31 亿元）) dates the baseline's value, not the change.
    const usable = times.filter((t) => !t.datesEvent && !(claim.yearOnYear && t.yearBefore && t.start >= figure.end));
    // The figure's own clause first (nearest first), then the nearest before it in the sentence.
    const gap = (t: PlacedTime) => (t.end <= figure.start ? figure.start - t.end : t.start - figure.end);
    const inClause = usable.filter((t) => t.start >= clause.start && t.end <= clause.end).sort((a, b) => gap(a) - gap(b));
    // Before it, a calendar time anchors what follows it (2025 年 10 月：2.5 Turbo 发布十天，即以 1392 分 …).
    const before = usable.filter((t) => t.end <= figure.start);
    // A table cell holds for the time its column's header names (2024 年第三季度), when its row names none.
    const columnTime = !inClause.length && labels[k] ? findTimes(labels[k]!, year.now).find((t) => t.pin.kind === 'span') : undefined;
    if (columnTime) {
      claim.time = columnTime.pin;
      return;
    }
    const pin = inClause[0] ?? before.filter((t) => t.pin.kind === 'span').pop() ?? before.pop();
    if (!pin) {
      // A change measured against a time its sentence names (与 2025 年第二季度的 … 相比，环比增长 1.4%) is of
      // the text's own period, not of a time an earlier sentence named.
      // (A sentence that quotes the source itself speaks of the source's time, not its paragraph's or section's.)
      const inherited = quotesSource ? undefined : paragraphPin ?? headingTime;
      if (inherited && !times.some((t) => t.baseline)) {
        claim.time = inherited;
        claim.timeInherited = true;
      }
      return;
    }
    claim.time = pin.pin;
    pinning.add(pin);
  });
  splitRespectiveTimes(text, figures, claims, body);
  // A figure that is (or lies in) a time pinning another figure of the sentence is when, not what.
  // A span counted from an event (上线仅 10 天) is a claim of its own all the same: only dates and bare numbers are silenced.
  figures.forEach((figure, k) => {
    if (figure.kind !== 'date' && figure.kind !== 'number') return;
    for (const t of pinning) if (overlaps(t, figure)) claims[k].pinsAnother = true;
    // A bare number inside any time of the sentence is part of it (9 月底发布的…: when an event was, not a count).
    if (figure.kind === 'number' && times.some((t) => overlaps(t, figure))) claims[k].pinsAnother = true;
  });
  // A count in a later clause with the same measure word and no noun of its own counts what the one before it
  // counts (专利申请超 1.4 万件，已授权近 8000 件: patents granted, not any 件).
  for (let k = 1; k < figures.length; k++) {
    const mine = claims[k].counted;
    const before = claims[k - 1].counted;
    // (Only when nothing follows it that may name what it counts: 20 余个工作流组件 counts components.)
    if (mine && !mine.thing && !mine.noun && before?.thing && figures[k].unit && figures[k].unit === figures[k - 1].unit
      && ENDS_PHRASE.test(text.slice(figures[k].end, figures[k].end + 3))) claims[k].counted = { ...mine, thing: before.thing, groups: before.groups };
  }
  // (Not a count of documents: 150+ 论文.)
  if (cited) for (const claim of claims) if (!claim.counted?.groups.includes('document')) claim.cited = cited;
  return claims;
}

/** The first sentence of a block. */
function leadSentence(text: string, block: Range): string {
  const body = text.slice(block.start, Math.min(block.end, block.start + 400));
  const end = body.search(/[。！？]|[.!?](?:\s|$)/);
  return end < 0 ? body : body.slice(0, end + 1);
}

/** Whether the source names a titled work itself (its vocabulary holds the title's t: term). */
const quotedBy = (vocabulary: Vocabulary | undefined) => (title: string): boolean => !!vocabulary?.has(`t:${title}`);

/** The document the headings in force name, read once per list of headings. */
const headingCitations = new WeakMap<readonly string[], string | null>();
function citedInHeadings(headings: readonly string[], kinds: ReadonlySet<string>): string | undefined {
  let cited = headingCitations.get(headings);
  if (cited === undefined) headingCitations.set(headings, (cited = headings.length ? citedDocument(headings.join('\n'), kinds) ?? null : null));
  return cited ?? undefined;
}

/** Punctuation or the end of the text right after a count: nothing there names what it counts. */
const ENDS_PHRASE = /^\s*(?:[，。；、,.;)）]|$)/;

/** Words that join the members of a list: a stretch before a figure starts after the last of them, one after it ends at the first. */
const JOINS_BEFORE = /^[\s\S]*(?:\b(?:and|or|while|whereas|but|with)\b|[和及与、；;]|以及|并且?|同时)/i;
const JOINS_AFTER = /\b(?:and|or|while|whereas|but|with)\b|[和及与、；;]|以及|并且?|同时/i;

/**
 * The metrics a figure's own stretch of its clause names, when the clause holds other figures: from the figure
 * before it (or the clause's start) to the figure after it, cut at the words that join list members. The
 * start of a change ("from 3.26% to 27.32%") is the same metric's and no boundary.
 */
function ownMetrics(text: string, figures: readonly Figure[], k: number, clause: Range, sentenceEnd: number, vocabulary: Vocabulary): string[] {
  const figure = figures[k];
  const inClause = (f: Figure) => f.start >= clause.start && f.end <= clause.end;
  let previous: Figure | undefined;
  for (let j = k - 1; j >= 0 && inClause(figures[j]); j--) {
    if (!startsChange(text, figures[j], sentenceEnd)) {
      previous = figures[j];
      break;
    }
  }
  const next = figures[k + 1] && inClause(figures[k + 1]) ? figures[k + 1] : undefined;
  if (!previous && !next) return [];
  let before = text.slice(previous ? previous.end : clause.start, figure.start);
  const joined = previous ? JOINS_BEFORE.exec(before) : null;
  if (joined) before = before.slice(joined[0].length);
  // What follows a figure names it in English ("60 million global creators"); in Chinese the noun comes
  // before, and what follows is the next phrase (发布仅 7 天就拿下图生视频 …).
  let after = figure.style.lang === 'zh' ? '' : text.slice(figure.end, next ? next.start : clause.end);
  const metricsIn = (part: string) => placedTerms(part, false, vocabulary).filter((t) => isMetricTerm(t.term)).map((t) => t.term);
  // "23.7% and 28.8% in training and inference": the last of a run of figures names the whole list after it,
  // read respectively, not its own member.
  // ("25% better collective-communication performance" names one thing in two words: no list without a join.)
  if (previous && !next && after && !metricsIn(before).length && JOINS_AFTER.test(after) && new Set(metricsIn(after)).size > 1) return [];
  const join = JOINS_AFTER.exec(after);
  if (join) after = after.slice(0, join.index);
  const out = new Set<string>();
  for (const part of [before, after]) for (const term of metricsIn(part)) out.add(term);
  return [...out];
}

const FROM_BEFORE = /(?:\bfrom|从|由)\s*(?:US\$|\$|RMB\s?|¥)?\s*$/i;
const TO_AFTER = /^[^，。；,;]{0,16}?(?:\bto\b|到|至|增至|升至|增长到|提升到|提升至|达到)/i;

/** "… to RMB31.0 billion from": the end of a change named before its start. */
const TO_BEFORE = /(?:\bto|增至|升至|达到?)\s*(?:US\$|\$|RMB\s?|¥)?\s*[\d.,]+\s*(?:[a-z]+\s+)?(?:\bfrom|较)\s*(?:US\$|\$|RMB\s?|¥)?\s*$/i;

/** Whether the figure is where a change starts: from X to Y, 从 X 到 Y, "rose 11.6% to RMB31.0 billion from RMB27.7 billion". */
function startsChange(text: string, figure: Figure, limit: number): boolean {
  const before = text.slice(Math.max(0, figure.start - 40), figure.start);
  if (TO_BEFORE.test(before)) return true;
  return FROM_BEFORE.test(before.slice(-12)) && TO_AFTER.test(text.slice(figure.end, Math.min(limit, figure.end + 24)));
}

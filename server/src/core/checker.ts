/**
 * The checker: one draft in, findings out. Reads the draft's figures in context, judges them against the
 * fact index, finds misspelled names, and turns both into findings with a message and, where one exists,
 * the replacement text for a fix. Pure: no editor, no protocol.
 */
import { writesTraditional } from './chineseScript';
import { namesWith } from './names';
import { describeFact, plain } from './explain';
import { sourceHeadingsOf, vocabularyOf, type Fact, type FactIndex } from './factIndex';
import { formatLike } from './format';
import { judgeAll, undatedTimeOf, type Judgement } from './matcher';
import { capitalised, sourceNaming, type SourceNaming } from './sourceNaming';
import { readDocument } from './reader';

/** The codes a finding carries; the editor shows them as diagnostic codes. */
export enum FindingCode {
  FigureMismatch = 'figure-mismatch',
  FigureUnsupported = 'figure-unsupported',
  NameMisspelled = 'name-misspelled',
}

/** One thing to tell the writer, by source offsets. */
export interface Finding {
  code: FindingCode;
  start: number;
  end: number;
  message: string;
  /** Text that fixes it, replacing exactly [start, end). */
  replacement?: string;
  fact?: Fact;
}

export interface CheckOptions {
  /** Report figures the paper does not state (figure-unsupported). */
  reportUnsupported: boolean;
}

/**
 * Findings of one stretch of a document (a chunk), by offsets from the stretch's start, which is the start
 * of a line. A stretch that did not change keeps the same array from one check to the next, so the editor
 * can keep what it built from it.
 */
export interface FindingGroup {
  start: number;
  findings: readonly Finding[];
}

export interface CheckResult {
  /** Every figure read, with the matcher's judgement (hover uses the supported ones too). */
  judgements: Judgement[];
  /** Every finding, by document offsets, in order. */
  findings: Finding[];
  /** The same findings, stretch by stretch. */
  groups: readonly FindingGroup[];
  /** Headings in force at the end of the text (to read the next part of a document in context). */
  headingsAfter: string[];
  /** How many figures were checked (judged other than silent). */
  checked: number;
  /** How messages and hovers name the sources. */
  naming: SourceNaming;
  /** The text's headings, where each stands and at what depth (to cut a whole check into chunks: incremental.ts). */
  headingMarks?: HeadingMark[];
}

/** A heading of a checked text: its offset, depth and text as the heading stack holds it. */
export interface HeadingMark {
  start: number;
  depth: number;
  text: string;
}

export const DEFAULT_OPTIONS: CheckOptions = { reportUnsupported: true };

const NO_TERMS: Map<string, number> = new Map();

/** Checks one Markdown draft (or one part of it, under `headings`) against the index. */
export function checkDocument(source: string, index: FactIndex, options: CheckOptions = DEFAULT_OPTIONS, headings: string[] = []): CheckResult {
  // The index's terms: a draft's others can tie no figure to a fact, so they are not read (reader.ts).
  const doc = readDocument(source, { headings, vocabulary: vocabularyOf(index), sourceTitles: sourceHeadingsOf(index), period: undatedTimeOf(index), names: namesWith(index.names) });
  const judgements = judgeAll(doc.figures, index);
  // The context terms served the judgement; a cached result need not keep them (they are most of its size).
  for (const f of doc.figures) f.terms = NO_TERMS;
  const findings: Finding[] = [];
  const naming = sourceNaming(index);
  for (const j of judgements) {
    const f = j.entry.figure;
    const zh = f.style.lang === 'zh';
    if (j.verdict === 'mismatch' && j.fact) {
      const replacement = formatLike(f, j.fact.figure);
      const paperText = plain(j.fact.figure.text);
      const value = replacement === paperText ? replacement : `${replacement} (${paperText})`;
      // The fix rewrites the source's text, not the prose's: markup inside the figure (**7000** 万) stays.
      const sourceText = source.slice(f.start, f.end);
      const quoted = naming.of(j.fact);
      const fix = sourceText === f.text ? replacement : formatLike({ ...f, text: sourceText }, j.fact.figure);
      findings.push({
        code: FindingCode.FigureMismatch, start: f.start, end: f.end, replacement: fix, fact: j.fact,
        message: zh
          ? `${quoted.zh}给出的是 ${value}，不是 ${plain(f.text)}：${describeFact(j.fact)}`
          : `${capitalised(quoted.en)} gives ${value}, not ${plain(f.text)}: ${describeFact(j.fact)}`,
      });
    } else if (j.verdict === 'unsupported' && options.reportUnsupported) {
      const name = naming.of(j.otherTime ? j.nearest[0] : undefined);
      findings.push({
        code: FindingCode.FigureUnsupported, start: f.start, end: f.end,
        // Of the same thing at another time, the paper's own figure is the one worth reading: no fix, a pointer.
        message: j.otherTime && j.nearest[0]
          ? (zh ? `${name.zh}没有给出这一时间的 ${plain(f.text)}；它给出的是 ${plain(j.nearest[0].figure.text)}：${describeFact(j.nearest[0])}`
            : `${capitalised(name.en)} does not state ${plain(f.text)} for that time; it gives ${plain(j.nearest[0].figure.text)}: ${describeFact(j.nearest[0])}`)
          : zh ? `${name.zh}中没有 ${plain(f.text)} 这一数字。` : `${capitalised(name.en)} does not state ${plain(f.text)}.`,
      });
    }
  }
  const book = namesWith(index.names);
  for (const issue of doc.misspelledNames) {
    // A draft in traditional script gets the name as it writes it (女蝸 → 女媧, not 女娲).
    const han = /[\u4e00-\u9fff]/.test(issue.expected);
    const expected = han && writesTraditional(source, issue.start, issue.end) ? book.traditionalSpelling(issue.expected) : issue.expected;
    findings.push({
      code: FindingCode.NameMisspelled, start: issue.start, end: issue.end, replacement: expected,
      message: han ? `名称拼写有误：应为“${expected}”。` : `Misspelled name: ${naming.of().en} writes "${expected}".`,
    });
  }
  findings.sort((a, b) => a.start - b.start);
  const headingMarks = doc.blocks.filter((b) => b.kind === 'heading').map((b) => ({ start: b.start, depth: b.depth ?? 1, text: doc.prose.slice(b.start, b.end).replace(/\s+/g, ' ').trim() }));
  return { judgements, findings, groups: [{ start: 0, findings }], headingsAfter: doc.headingsAfter, checked: judgements.filter((j) => j.verdict !== 'silent').length, naming, headingMarks };
}

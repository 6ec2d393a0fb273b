/**
 * Findings as the command line reports them: checked with a draft's settings (comment directives, accepted
 * figures, severities that are "off" left out) and placed by line and column for every output format.
 */
import { lastAtOrBefore } from '../core/sortedSearch';
import { checkDocument, FindingCode, type CheckResult, type Finding } from '../core/checker';
import { plain, whereIs } from '../core/explain';
import type { FactIndex } from '../core/factIndex';
import { acceptedKey, applySilence } from '../core/silence';
import type { SeverityName } from '../settings';
import type { DraftSettings } from './draftSettings';

/** A severity as printed: "information" is "info", as before settings could change it. */
export type ShownSeverity = 'error' | 'warning' | 'info' | 'hint';

/** One finding, placed: lines and columns are 1-based, columns count UTF-16 code units, ends are exclusive. */
export interface Row {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: ShownSeverity;
  code: string;
  message: string;
  /** The draft's text the finding is about. */
  text: string;
  /** What the fix writes in place of `text` (figure mismatches and misspelled names). */
  replacement?: string;
  /** The paper's passage behind a mismatch: its sentence, where it stands, and which source. */
  passage?: { sentence: string; where: string; source: string };
}

/** One draft's rows, under the name it is shown by; `error` when it could not be read (no rows then). */
export interface DraftResult {
  file: string;
  rows: Row[];
  error?: string;
}

const SHOWN: Record<Exclude<SeverityName, 'off'>, ShownSeverity> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/** Checks `text` with `settings`: what comment directives and accepted figures silence is left out. */
export function checkWithSettings(text: string, index: FactIndex, settings: DraftSettings): CheckResult {
  // The whole draft at once: chunked checking (the editor's, for fast edits) finds the same by design
  // (the property tests hold it to that), and one parse of the draft is cheaper than one per chunk.
  return applySilence(text, checkDocument(text, index, { reportUnsupported: settings.reportUnsupported }), new Set(settings.acceptedFigures.map(acceptedKey)));
}

/** The findings of a check that `settings` shows (severity "off" hides a code), in order. */
export const shownFindings = (result: CheckResult, settings: DraftSettings): Finding[] => result.findings.filter((f) => settings.severity[f.code] !== 'off');

/** Whether a finding is fixed by `--fix` (and offered as a fix in SARIF): a mismatch's figure or a name. */
export const isFixable = (f: Pick<Finding, 'code' | 'replacement'>): boolean => f.replacement !== undefined && f.code !== FindingCode.FigureUnsupported;

/** Rows for the findings of `text`, shown as `file`. */
export function toRows(file: string, text: string, findings: readonly Finding[], settings: DraftSettings): Row[] {
  const at = lineIndex(text);
  return findings.map((f) => {
    const start = at(f.start);
    const end = at(f.end);
    return {
      file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col,
      severity: SHOWN[settings.severity[f.code] as Exclude<SeverityName, 'off'>], code: f.code, message: f.message,
      text: text.slice(f.start, f.end),
      ...(f.replacement !== undefined ? { replacement: f.replacement } : {}),
      ...(f.fact ? { passage: { sentence: plain(f.fact.sentence), where: whereIs(f.fact), source: f.fact.source } } : {}),
    };
  });
}

/**
 * The row's message with the paper's whole passage: messages quote a long sentence shortened, and formats
 * read away from the editor (SARIF, annotations, JUnit) have no hover to show the rest.
 */
export function messageWithPassage(r: Row): string {
  if (!r.passage || r.message.includes(r.passage.sentence)) return r.message;
  return `${r.message}\n\nThe paper: “${r.passage.sentence}” (${r.passage.where}, ${r.passage.source})`;
}

/** Whether the run fails (exit status 1): a mismatch, a misspelled name, or anything shown as an error. */
export const failsTheRun = (r: Pick<Row, 'code' | 'severity'>): boolean => r.code !== FindingCode.FigureUnsupported || r.severity === 'error';

/** Offset → 1-based line and column, by binary search over line starts. */
function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const line = lastAtOrBefore(starts.length, (i) => starts[i], offset);
    return { line: line + 1, col: offset - starts[line] + 1 };
  };
}

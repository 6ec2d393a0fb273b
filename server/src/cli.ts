/**
 * Command-line checker on the same core, for editors, pre-commit hooks and CI:
 *   paper-check [--format text|json|sarif|github|junit] [--source FILE]... [--no-shipped-paper]
 *               [--no-unsupported] [--report md|html] [--threads N] <file-or-folder>... | -
 *   paper-check --fix <file>... | -
 * Prints one finding per line (or JSON, SARIF, GitHub annotations, JUnit XML) and exits 1 when any figure
 * disagrees with the paper, a name is misspelled or a finding is set to "error", 2 on a usage or read
 * error, 0 otherwise. Each draft is checked with the nearest `.paper-check.json` above it; flags win over
 * it. `--fix` applies every figure and name fix in place (or from standard input to standard output) and
 * reports what remains.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { reportHtml, reportMarkdown } from './core/report';
import type { FactIndex } from './core/factIndex';
import { applyFixes, utf8Text } from './cli/applyFixes';
import { checkDrafts, checkShare, indexFor, reportPath, type WorkerInput } from './cli/checkDrafts';
import { readCommandLine, USAGE, type CommandLine } from './cli/commandLine';
import { markdownFiles } from './cli/draftFiles';
import { DraftSettingsReader, sourceProblems, type DraftSettings } from './cli/draftSettings';
import { checkWithSettings, failsTheRun, shownFindings, toRows, type DraftResult } from './cli/findingRows';
import { FORMATTERS } from './cli/formats';
import { summaryLine } from './cli/formats/text';

const STDIN_NAME = '<stdin>';

const say = (text: string) => process.stderr.write(text);

/** The package's version, for SARIF's tool description. */
function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Writes the results in the chosen format to `out`; text also sums up on standard error. */
function writeResults(cl: CommandLine, results: DraftResult[], out: NodeJS.WritableStream, verb = 'checked'): void {
  out.write(FORMATTERS[cl.format](results, { cwd: process.cwd(), version: version() }));
  if (cl.format === 'text') say(summaryLine(results, verb));
}

const exitStatus = (results: DraftResult[]): number => (results.some((d) => d.rows.some(failsTheRun)) ? 1 : 0);

/** One index per distinct settings (built once: custom sources take a few hundred milliseconds). */
function indexCache(): (settings: DraftSettings) => FactIndex {
  const built = new Map<DraftSettings, FactIndex>();
  return (settings) => {
    let index = built.get(settings);
    if (!index) built.set(settings, (index = indexFor(settings)));
    return index;
  };
}

/** Tells every settings' source problems once; true when there were any (a read error: exit 2). */
function badSources(all: Iterable<DraftSettings>): boolean {
  let bad = false;
  for (const settings of new Set(all)) {
    for (const problem of sourceProblems(settings)) {
      say(`paper-check: ${problem}\n`);
      bad = true;
    }
  }
  return bad;
}

/** `paper-check -` and `paper-check --fix -`: standard input, checked with the current folder's settings. */
function standardInput(cl: CommandLine, reader: DraftSettingsReader): number {
  const settings = reader.forFolder(process.cwd());
  if (badSources([settings])) return 2;
  const bytes = readFileSync(0);
  const index = indexFor(settings);
  if (!cl.fix) {
    const text = bytes.toString('utf8');
    const results = [{ file: STDIN_NAME, rows: toRows(STDIN_NAME, text, shownFindings(checkWithSettings(text, index, settings), settings), settings) }];
    writeResults(cl, results, process.stdout);
    return exitStatus(results);
  }
  const text = utf8Text(bytes);
  if (text === undefined) {
    // The text goes on down the pipe as it came, so that `--fix - < a.md > b.md` never loses a draft.
    process.stdout.write(bytes);
    say('paper-check: standard input is not UTF-8 text that can be rewritten byte for byte; it is passed through unchanged\n');
    return 2;
  }
  const fixed = applyFixes(text, shownFindings(checkWithSettings(text, index, settings), settings));
  process.stdout.write(fixed.text);
  const results = [{ file: STDIN_NAME, rows: toRows(STDIN_NAME, fixed.text, shownFindings(checkWithSettings(fixed.text, index, settings), settings), settings) }];
  say(`paper-check: ${fixed.applied.length} fix(es) applied to standard input; what remains:\n`);
  // Standard output holds the fixed text, so what remains goes to standard error.
  writeResults(cl, results, process.stderr, 'fixed');
  return exitStatus(results);
}

/** `--fix FILES`: fixes each draft in place, then reports what remains. */
function fixFiles(cl: CommandLine, files: string[], settingsOf: DraftSettings[]): number {
  const indexOf = indexCache();
  const results: DraftResult[] = [];
  let unreadable = false;
  let fixes = 0;
  files.forEach((file, i) => {
    const settings = settingsOf[i];
    const shown = relative(process.cwd(), file) || file;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      say(`paper-check: cannot read ${shown}: ${(e as Error).message}\n`);
      unreadable = true;
      return;
    }
    const text = utf8Text(bytes);
    if (text === undefined) {
      say(`paper-check: ${shown} is not UTF-8 text that can be rewritten byte for byte; it is left unchanged\n`);
      unreadable = true;
      return;
    }
    const index = indexOf(settings);
    const fixed = applyFixes(text, shownFindings(checkWithSettings(text, index, settings), settings));
    if (fixed.applied.length) {
      writeFileSync(file, fixed.text);
      fixes += fixed.applied.length;
      say(`fixed: ${shown} (${fixed.applied.length} fix(es))\n`);
    }
    const after = checkWithSettings(fixed.text, index, settings);
    if (cl.reportFormat) writeFileSync(reportPath(file, cl.reportFormat), (cl.reportFormat === 'html' ? reportHtml : reportMarkdown)(basename(file), fixed.text, after));
    results.push({ file: shown, rows: toRows(shown, fixed.text, shownFindings(after, settings), settings) });
  });
  say(`paper-check: ${fixes} fix(es) applied; what remains:\n`);
  writeResults(cl, results, process.stdout, 'fixed');
  return unreadable ? 2 : exitStatus(results);
}

async function main(argv: string[]): Promise<number> {
  const cl = readCommandLine(argv);
  if ('error' in cl) {
    say(`paper-check: ${cl.error}\n${USAGE}`);
    return 2;
  }
  if (cl.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const reader = new DraftSettingsReader(cl, (message) => say(`${message}\n`));
  if (cl.paths[0] === '-') return standardInput(cl, reader);
  const files: string[] = [];
  for (const p of cl.paths) {
    try {
      files.push(...markdownFiles(p));
    } catch (e) {
      say(`paper-check: cannot read ${p}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const settingsOf = files.map((f) => reader.forFile(resolve(f)));
  if (badSources(settingsOf)) return 2;
  if (cl.fix) return fixFiles(cl, files, settingsOf);
  // Drafts under the same .paper-check.json are checked together; results keep the order given.
  const results: DraftResult[] = new Array(files.length);
  for (const settings of new Set(settingsOf)) {
    const at = settingsOf.flatMap((s, i) => (s === settings ? [i] : []));
    const checked = await checkDrafts(at.map((i) => files[i]), settings, cl.reportFormat, __filename, cl.threads);
    at.forEach((i, k) => { results[i] = checked[k]; });
  }
  const unreadable = results.filter((d) => d.error);
  for (const d of unreadable) say(`paper-check: ${d.error}\n`);
  if (cl.reportFormat) for (const [i, f] of files.entries()) if (!results[i].error) say(`report: ${reportPath(f, cl.reportFormat)}\n`);
  writeResults(cl, results, process.stdout);
  return unreadable.length ? 2 : exitStatus(results);
}

if (isMainThread) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    say(`paper-check: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  });
} else {
  parentPort!.postMessage(checkShare(workerData as WorkerInput));
}

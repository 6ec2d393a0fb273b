/**
 * Command-line checker on the same core, for editors and CI:
 *   paper-check [--format text|json] [--no-unsupported] [--report md|html] [--threads N] <file-or-folder>...
 * Prints `file:line:col severity code message` per finding and exits 1 when any figure disagrees with
 * the paper (or a name is misspelled), 2 on a usage or read error, 0 otherwise. With --report, also
 * writes a sign-off report beside each draft (draft.paper-check.md or .html). Comment directives and the
 * accepted figures of `.paper-check.json` in the current folder apply as in the editor. Many drafts are
 * checked on several threads (one per two cores unless --threads says), reported in the order given.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join, relative } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkDocument, FindingCode } from './core/checker';
import { reportHtml, reportMarkdown } from './core/report';
import { acceptedKey, applySilence } from './core/silence';
import { loadShippedIndex } from './sources';

const SEVERITY: Record<FindingCode, string> = {
  [FindingCode.FigureMismatch]: 'warning',
  [FindingCode.FigureUnsupported]: 'info',
  [FindingCode.NameMisspelled]: 'warning',
};

interface Options {
  reportUnsupported: boolean;
  reportFormat?: 'md' | 'html';
  accepted: string[];
}

interface Row {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
  text: string;
  replacement?: string;
}

/** Markdown files under `path` (a file or a folder), skipping dependencies, hidden folders and reports. */
function markdownFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  const out: string[] = [];
  // Entries with their types: no stat per file (a symbolic link is followed, as before).
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = entry.name;
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(path, name);
    if (entry.isSymbolicLink() ? statSync(p).isDirectory() : entry.isDirectory()) out.push(...markdownFiles(p));
    else if (/\.(md|markdown)$/i.test(name) && !/\.paper-check\.md$/i.test(name)) out.push(p);
  }
  return out;
}

/** Offset → 1-based line and column, by binary search over line starts. */
function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo] + 1 };
  };
}

/** A checker of one file at a time: returns the file's rows, and writes its report when asked. */
function fileChecker(options: Options): (file: string) => Row[] {
  const index = loadShippedIndex();
  const accepted = new Set(options.accepted);
  return (file) => {
    const text = readFileSync(file, 'utf8');
    // The whole draft at once: chunked checking (the editor's, for fast edits) finds the same by design
    // (the property tests hold it to that), and one parse of the draft is cheaper than one per chunk.
    const result = applySilence(text, checkDocument(text, index, { reportUnsupported: options.reportUnsupported }), accepted);
    if (options.reportFormat) {
      const out = file.replace(/(\.\w+)?$/, `.paper-check.${options.reportFormat}`);
      writeFileSync(out, options.reportFormat === 'html' ? reportHtml(basename(file), text, result) : reportMarkdown(basename(file), text, result));
    }
    const at = lineIndex(text);
    const shown = relative(process.cwd(), file) || file;
    return result.findings.map((f) => {
      const { line, col } = at(f.start);
      return {
        file: shown, line, column: col, severity: SEVERITY[f.code], code: f.code, message: f.message,
        text: text.slice(f.start, f.end), ...(f.replacement !== undefined ? { replacement: f.replacement } : {}),
      };
    });
  };
}

/** What a worker thread is given: every file, and the shared count of files handed out so far. */
interface WorkerInput {
  files: string[];
  options: Options;
  next: Int32Array;
}

/**
 * Checks the files on several threads when there are enough cores and files to pay for them: one
 * JavaScript thread per two cores, this one included, because V8 compiles hot code and collects garbage
 * on helper threads that need a core too. (On two cores, a worker beside this thread made 500 drafts take
 * 3.5 s and 5.8 s of CPU; this thread alone, 3.1 s and 3.9 s: each thread warms up its own compiled code,
 * and the helpers lost their spare core.) Files are handed out one at a time from a shared counter, so a
 * thread on a busier core simply takes fewer. Rows come back in the order of `files`.
 */
async function checkAll(files: string[], options: Options, threadsWanted = Math.floor(cpus().length / 2)): Promise<Row[][]> {
  const threads = Math.min(threadsWanted, Math.floor(files.length / 20));
  if (threads < 2) return files.map(fileChecker(options));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { files, options, next };
  const workers = Array.from({ length: threads - 1 }, () => new Promise<Array<[number, Row[]]>>((resolve, reject) => {
    // A roomy young generation: checking makes much short-lived garbage, and each scavenge costs.
    const worker = new Worker(__filename, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    worker.once('message', resolve);
    worker.once('error', reject);
  }));
  // This thread checks too, while the workers start: it has the checker loaded already.
  const parts = [checkShare(input), ...(await Promise.all(workers))];
  const rows: Row[][] = new Array(files.length);
  for (const part of parts) for (const [i, fileRows] of part) rows[i] = fileRows;
  return rows;
}

/** A worker thread's share: files taken from the shared counter until none is left. */
function checkShare({ files, options, next }: WorkerInput): Array<[number, Row[]]> {
  const check = fileChecker(options);
  const done: Array<[number, Row[]]> = [];
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) done.push([i, check(files[i])]);
  return done;
}

/** Accepted figures from `.paper-check.json` in the current folder, as in the editor. */
function readAccepted(): string[] {
  if (!existsSync('.paper-check.json')) return [];
  try {
    const data = JSON.parse(readFileSync('.paper-check.json', 'utf8')) as { acceptedFigures?: unknown };
    return (Array.isArray(data.acceptedFigures) ? data.acceptedFigures : []).filter((x): x is string => typeof x === 'string').map(acceptedKey);
  } catch (e) {
    process.stderr.write(`paper-check: .paper-check.json is not valid JSON (${(e as Error).message}); no figures accepted\n`);
    return [];
  }
}

async function main(argv: string[]): Promise<number> {
  const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const format = valueOf('--format') ?? 'text';
  const reportFormat = valueOf('--report');
  const threads = valueOf('--threads');
  const paths = argv.filter((a, i) => !a.startsWith('--') && !['--format', '--report', '--threads'].includes(argv[i - 1]));
  if (argv.includes('--help') || !paths.length || !['text', 'json'].includes(format) || (reportFormat && !['md', 'html'].includes(reportFormat))
    || (threads !== undefined && !/^[1-9]\d{0,2}$/.test(threads))) {
    process.stderr.write('usage: paper-check [--format text|json] [--no-unsupported] [--report md|html] [--threads N] <file-or-folder>...\n');
    return argv.includes('--help') ? 0 : 2;
  }
  const files: string[] = [];
  for (const p of paths) {
    try {
      files.push(...markdownFiles(p));
    } catch (e) {
      process.stderr.write(`paper-check: cannot read ${p}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const options: Options = { reportUnsupported: !argv.includes('--no-unsupported'), accepted: readAccepted(), ...(reportFormat ? { reportFormat: reportFormat as 'md' | 'html' } : {}) };
  const rows = (await checkAll(files, options, threads === undefined ? undefined : Number(threads))).flat();
  if (reportFormat) for (const f of files) process.stderr.write(`report: ${f.replace(/(\.\w+)?$/, `.paper-check.${reportFormat}`)}\n`);
  if (format === 'json') process.stdout.write(JSON.stringify({ files: files.length, findings: rows }, null, 2) + '\n');
  else {
    process.stdout.write(rows.map((r) => `${r.file}:${r.line}:${r.column} ${r.severity} ${r.code} ${r.message}\n`).join(''));
    const count = (code: string) => rows.filter((r) => r.code === code).length;
    process.stderr.write(`${files.length} file(s) checked: ${count('figure-mismatch')} mismatch(es), ${count('figure-unsupported')} unsupported, ${count('name-misspelled')} misspelled name(s)\n`);
  }
  return rows.some((r) => r.code !== FindingCode.FigureUnsupported) ? 1 : 0;
}

if (isMainThread) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`paper-check: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  });
} else {
  parentPort!.postMessage(checkShare(workerData as WorkerInput));
}

/**
 * Command-line checker on the same core, for editors and CI:
 *   paper-check [--format text|json] [--no-unsupported] [--report md|html] <file-or-folder>...
 * Prints `file:line:col severity code message` per finding and exits 1 when any figure disagrees with
 * the paper (or a name is misspelled), 2 on a usage or read error, 0 otherwise. With --report, also
 * writes a sign-off report beside each draft (draft.paper-check.md or .html). Comment directives and the
 * accepted figures of `.paper-check.json` in the current folder apply as in the editor.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { FindingCode, type Finding } from './core/checker';
import { checkText } from './core/incremental';
import { reportHtml, reportMarkdown } from './core/report';
import { acceptedKey, applySilence } from './core/silence';
import { loadShippedIndex } from './sources';

const SEVERITY: Record<FindingCode, string> = {
  [FindingCode.FigureMismatch]: 'warning',
  [FindingCode.FigureUnsupported]: 'info',
  [FindingCode.NameMisspelled]: 'warning',
};

function markdownFiles(path: string): string[] {
  const st = statSync(path);
  if (st.isFile()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(path, name);
    const s = statSync(p);
    if (s.isDirectory()) out.push(...markdownFiles(p));
    else if (/\.(md|markdown)$/i.test(name) && !/\.paper-check\.md$/i.test(name)) out.push(p);
  }
  return out;
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; last = i + 1; }
  return { line, col: offset - last + 1 };
}

/** Accepted figures from `.paper-check.json` in the current folder, as in the editor. */
function readAccepted(): Set<string> {
  if (!existsSync('.paper-check.json')) return new Set();
  try {
    const data = JSON.parse(readFileSync('.paper-check.json', 'utf8')) as { acceptedFigures?: unknown };
    return new Set((Array.isArray(data.acceptedFigures) ? data.acceptedFigures : []).filter((x): x is string => typeof x === 'string').map(acceptedKey));
  } catch (e) {
    process.stderr.write(`paper-check: .paper-check.json is not valid JSON (${(e as Error).message}); no figures accepted\n`);
    return new Set();
  }
}

function main(argv: string[]): number {
  const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const format = valueOf('--format') ?? 'text';
  const reportFormat = valueOf('--report');
  const paths = argv.filter((a, i) => !a.startsWith('--') && !['--format', '--report'].includes(argv[i - 1]));
  if (argv.includes('--help') || !paths.length || !['text', 'json'].includes(format) || (reportFormat && !['md', 'html'].includes(reportFormat))) {
    process.stderr.write('usage: paper-check [--format text|json] [--no-unsupported] [--report md|html] <file-or-folder>...\n');
    return argv.includes('--help') ? 0 : 2;
  }
  const accepted = readAccepted();
  const index = loadShippedIndex();
  const reportUnsupported = !argv.includes('--no-unsupported');
  const report: Array<{ file: string; line: number; column: number; severity: string; code: string; message: string; text: string; replacement?: string }> = [];
  let mismatches = 0;
  let files = 0;
  for (const p of paths) {
    let list: string[];
    try {
      list = markdownFiles(p);
    } catch (e) {
      process.stderr.write(`paper-check: cannot read ${p}: ${(e as Error).message}\n`);
      return 2;
    }
    for (const file of list) {
      files++;
      const text = readFileSync(file, 'utf8');
      const result = applySilence(text, checkText(text, index, { reportUnsupported }), accepted);
      const { findings } = result;
      if (reportFormat) {
        const out = file.replace(/(\.\w+)?$/, `.paper-check.${reportFormat}`);
        writeFileSync(out, reportFormat === 'html' ? reportHtml(basename(file), text, result) : reportMarkdown(basename(file), text, result));
        process.stderr.write(`report: ${out}\n`);
      }
      for (const f of findings as Finding[]) {
        const { line, col } = lineCol(text, f.start);
        if (f.code !== FindingCode.FigureUnsupported) mismatches++;
        report.push({ file: relative(process.cwd(), file) || file, line, column: col, severity: SEVERITY[f.code], code: f.code, message: f.message, text: text.slice(f.start, f.end), ...(f.replacement !== undefined ? { replacement: f.replacement } : {}) });
      }
    }
  }
  if (format === 'json') process.stdout.write(JSON.stringify({ files, findings: report }, null, 2) + '\n');
  else {
    for (const r of report) process.stdout.write(`${r.file}:${r.line}:${r.column} ${r.severity} ${r.code} ${r.message}\n`);
    process.stderr.write(`${files} file(s) checked: ${report.filter((r) => r.code === 'figure-mismatch').length} mismatch(es), ${report.filter((r) => r.code === 'figure-unsupported').length} unsupported, ${report.filter((r) => r.code === 'name-misspelled').length} misspelled name(s)\n`);
  }
  return mismatches > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

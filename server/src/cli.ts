/**
 * Command-line checker on the same core, for editors and CI:
 *   paper-check [--format text|json] [--no-unsupported] <file-or-folder>...
 * Prints `file:line:col severity code message` per finding and exits 1 when any figure disagrees with
 * the paper (or a name is misspelled), 2 on a usage or read error, 0 otherwise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FindingCode, type Finding } from './core/checker';
import { checkText } from './core/incremental';
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
    else if (/\.(md|markdown)$/i.test(name)) out.push(p);
  }
  return out;
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; last = i + 1; }
  return { line, col: offset - last + 1 };
}

function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const format = argv.includes('--format') ? argv[argv.indexOf('--format') + 1] : 'text';
  const paths = args.filter((a) => a !== format);
  if (argv.includes('--help') || !paths.length) {
    process.stderr.write('usage: paper-check [--format text|json] [--no-unsupported] <file-or-folder>...\n');
    return paths.length ? 0 : 2;
  }
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
      const { findings } = checkText(text, index, { reportUnsupported });
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

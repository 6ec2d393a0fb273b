/** The command line's words, read into what to do; a wrong word is a usage error, never a guess. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Output formats, each written by a module of formats/. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export const USAGE = `usage: paper-check [options] <file-or-folder>...     check Markdown drafts ("-" reads standard input)
       paper-check --fix [options] <file>...          apply every figure and name fix in place
       paper-check --fix -                            fixed text of standard input to standard output
options:
  --format F                 how findings are printed: ${FORMATS.join(', ')} (default text)
  --source FILE              also check against FILE (repeatable; Markdown or plain text)
  --no-shipped-paper         check against the --source files and the config's sources only
  --no-unsupported           leave out figure-unsupported
  --report md|html           also write draft.paper-check.md or .html beside each draft
  --threads N                threads to check on (default: one per two cores)
  --help                     this text
Settings are read from the nearest .paper-check.json above each draft; flags win over it.
Exit status: 1 when a figure disagrees with the paper, a name is misspelled or a finding is an error,
2 on a usage or read error, 0 otherwise.
`;

export interface CommandLine {
  format: FormatName;
  fix: boolean;
  reportFormat?: 'md' | 'html';
  threads?: number;
  /** --source files, absolute. */
  sources: string[];
  /** False with --no-shipped-paper; undefined leaves it to the config file. */
  useShippedPaper?: boolean;
  /** False with --no-unsupported; undefined leaves it to the config file. */
  reportUnsupported?: boolean;
  /** Files and folders as given; "-" is standard input. */
  paths: string[];
  help: boolean;
}

/** Reads `argv` (without node and the script), or says what is wrong with it. */
export function readCommandLine(argv: string[]): CommandLine | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string' }, fix: { type: 'boolean' }, report: { type: 'string' }, threads: { type: 'string' },
        source: { type: 'string', multiple: true }, 'no-shipped-paper': { type: 'boolean' }, 'no-unsupported': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { error: (e as Error).message };
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  if (help) return { format: 'text', fix: false, sources: [], paths: [], help };
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) return { error: `--format must be one of ${FORMATS.join(', ')}, not "${format}"` };
  if (values.report !== undefined && !['md', 'html'].includes(values.report)) return { error: `--report must be md or html, not "${values.report}"` };
  if (values.threads !== undefined && !/^[1-9]\d{0,2}$/.test(values.threads)) return { error: `--threads must be a whole number from 1 to 999, not "${values.threads}"` };
  if (!positionals.length) return { error: 'no file or folder to check' };
  if (positionals.includes('-') && positionals.length > 1) return { error: '"-" (standard input) cannot be checked together with files' };
  if ((values.source ?? []).some((s) => !s.trim())) return { error: '--source needs a file name' };
  const sources = (values.source ?? []).map((s) => resolve(s));
  return {
    format: format as FormatName, fix: values.fix === true, sources, paths: positionals, help,
    ...(values.report ? { reportFormat: values.report as 'md' | 'html' } : {}),
    ...(values.threads ? { threads: Number(values.threads) } : {}),
    ...(values['no-shipped-paper'] ? { useShippedPaper: false } : {}),
    ...(values['no-unsupported'] ? { reportUnsupported: false } : {}),
  };
}

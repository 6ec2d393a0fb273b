// The bench's peer for the CLI: markdownlint's library run the way a command-line linter runs it, in a fresh
// node process over a folder, so that it pays what `node dist/cli.js <folder>` pays (process start, module
// load, listing and reading the files, printing the findings). Default rules, one lint() per file, as the
// in-process comparison calls it.   node bench/markdownlint-folder.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => /\.(md|markdown)$/i.test(f)).sort().map((f) => join(dir, f));
const lines = [];
for (const file of files) {
  for (const issue of lint({ strings: { [file]: readFileSync(file, 'utf8') } })[file]) {
    lines.push(`${file}:${issue.lineNumber} ${issue.ruleNames.join('/')} ${issue.ruleDescription}\n`);
  }
}
process.stdout.write(lines.join(''));
process.stderr.write(`${files.length} file(s) linted: ${lines.length} issue(s)\n`);

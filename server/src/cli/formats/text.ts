/** The text format: `file:line:col severity code message`, one line per finding, and a summary line. */
import type { DraftResult } from '../findingRows';

/** One line per finding. */
export function formatText(results: readonly DraftResult[]): string {
  return results.flatMap((d) => d.rows).map((r) => `${r.file}:${r.line}:${r.column} ${r.severity} ${r.code} ${r.message}\n`).join('');
}

/** "3 file(s) checked: 1 mismatch(es), …", for standard error. */
export function summaryLine(results: readonly DraftResult[], verb = 'checked'): string {
  const rows = results.flatMap((d) => d.rows);
  const count = (code: string) => rows.filter((r) => r.code === code).length;
  return `${results.length} file(s) ${verb}: ${count('figure-mismatch')} mismatch(es), ${count('figure-unsupported')} unsupported, ${count('name-misspelled')} misspelled name(s)\n`;
}

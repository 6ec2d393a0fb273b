/** The JSON format: how many files were checked and every finding with its place, text and replacement. */
import type { DraftResult } from '../findingRows';

export function formatJson(results: readonly DraftResult[]): string {
  return JSON.stringify({ files: results.length, findings: results.flatMap((d) => d.rows) }, null, 2) + '\n';
}

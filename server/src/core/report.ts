/**
 * The sign-off report: every figure of a draft with its verdict, the paper's value and the passage that
 * states it, as a Markdown table and as a standalone HTML page, for a reviewer to read before sign-off.
 */
import type { CheckResult } from './checker';
import { plain, whereIs } from './explain';

export interface ReportRow {
  line: number;
  figure: string;
  verdict: string;
  paperValue: string;
  passage: string;
  where: string;
}

const VERDICTS: Record<string, string> = {
  supported: '✓ agrees',
  mismatch: '✗ disagrees',
  unsupported: '? not in the paper',
  silent: '· not checked',
};

/** One row per figure read in `source`, in document order. */
export function reportRows(source: string, result: CheckResult): ReportRow[] {
  const silencedStarts = new Set(result.findings.map((f) => f.start));
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  return result.judgements
    .filter((j) => j.verdict !== 'silent' || j.entry.figure.strong)
    .map((j) => {
      const f = j.entry.figure;
      // A mismatch or unsupported figure whose finding was silenced on purpose says so.
      const silenced = (j.verdict === 'mismatch' || j.verdict === 'unsupported') && !silencedStarts.has(f.start);
      return {
        line: lineOf(f.start),
        figure: plain(f.text),
        verdict: silenced ? `${VERDICTS[j.verdict]} (silenced)` : VERDICTS[j.verdict],
        paperValue: j.fact ? plain(j.fact.figure.text) : '',
        passage: j.fact ? j.fact.sentence : j.nearest.length ? `nearest: ${j.nearest[0].sentence}` : '',
        where: j.fact ? whereIs(j.fact) : '',
      };
    });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The report as Markdown. */
export function reportMarkdown(title: string, source: string, result: CheckResult): string {
  const rows = reportRows(source, result);
  const count = (v: string) => rows.filter((r) => r.verdict.startsWith(VERDICTS[v])).length;
  return [
    `# Paper Check sign-off report: ${title}`,
    '',
    `${rows.length} figures: ${count('supported')} agree, ${count('mismatch')} disagree, ${count('unsupported')} not in the paper.`,
    '',
    '| Line | Figure | Verdict | Paper | Passage | Where |',
    '| ---: | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.line} | ${cell(r.figure)} | ${r.verdict} | ${cell(r.paperValue)} | ${cell(r.passage)} | ${cell(r.where)} |`),
    '',
  ].join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The report as a standalone HTML page (no scripts, no external resources). */
export function reportHtml(title: string, source: string, result: CheckResult): string {
  const rows = reportRows(source, result);
  const cls = (v: string) => (v.startsWith('✗') ? 'bad' : v.startsWith('?') ? 'warn' : v.startsWith('✓') ? 'ok' : 'muted');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Paper Check: ${esc(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}.bad{color:#b00020}.warn{color:#8a6d00}.ok{color:#1b5e20}.muted{color:#777}</style>
</head><body>
<h1>Paper Check sign-off report: ${esc(title)}</h1>
<table><thead><tr><th>Line</th><th>Figure</th><th>Verdict</th><th>Paper</th><th>Passage</th><th>Where</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${r.line}</td><td>${esc(r.figure)}</td><td class="${cls(r.verdict)}">${esc(r.verdict)}</td><td>${esc(r.paperValue)}</td><td>${esc(r.passage)}</td><td>${esc(r.where)}</td></tr>`).join('\n')}
</tbody></table>
</body></html>
`;
}

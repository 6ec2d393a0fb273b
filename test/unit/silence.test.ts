import { strict as assert } from 'node:assert';
import { checkDocument } from '../../server/src/core/checker';
import { reportHtml, reportMarkdown, reportRows } from '../../server/src/core/report';
import { acceptedKey, applySilence, silencedSpans } from '../../server/src/core/silence';
import { paperIndex } from '../support/paper';

const draft = [
  'Kling AI’s annualized revenue run rate (ARR) reached US$280 million.',
  '<!-- paper-check-disable-next-line -->',
  'OneRec now serves 35% of online traffic.',
  'The app has been downloaded 95 million times.',
  '<!-- paper-check-disable -->',
  'OneSearch cut online inference cost by 57.4%.',
  '<!-- paper-check-enable -->',
  'OneRec raised app stay time by 1.62% and 1.75%.',
].join('\n\n');

describe('silence on purpose', () => {
  const result = checkDocument(draft, paperIndex());
  const flagged = (r: typeof result) => r.findings.map((f) => draft.slice(f.start, f.end));

  it('finds every figure without directives applied', () => {
    for (const f of ['US$280 million', '35%', '95 million', '57.4%', '1.62%']) assert.ok(flagged(result).includes(f), `${f} in ${flagged(result)}`);
  });
  it('silences the next line and a disabled stretch', () => {
    const after = flagged(applySilence(draft, result));
    assert.ok(!after.includes('35%') && !after.includes('57.4%'), after.join(', '));
    assert.ok(after.includes('US$280 million') && after.includes('1.62%') && after.includes('95 million'));
    assert.equal(silencedSpans('<!-- paper-check-disable -->\nno end').length, 1, 'an unclosed disable runs to the end');
  });
  it('silences accepted figures however they are spaced', () => {
    const after = flagged(applySilence(draft, result, new Set([acceptedKey('95  million')])));
    assert.ok(!after.includes('95 million'));
  });
});

describe('sign-off report', () => {
  const text = 'Kling AI passed 60 million users, and its ARR reached US$280 million. The app has been downloaded 95 million times.';
  const result = checkDocument(text, paperIndex());
  it('lists every figure with its verdict and the paper’s passage', () => {
    const rows = reportRows(text, result);
    const byFigure = new Map(rows.map((r) => [r.figure, r]));
    assert.match(byFigure.get('60 million')!.verdict, /agrees/);
    assert.match(byFigure.get('US$280 million')!.verdict, /disagrees/);
    assert.equal(byFigure.get('US$280 million')!.paperValue, '2.4 亿美元');
    assert.match(byFigure.get('US$280 million')!.passage, /年化收入运行率/);
    assert.match(byFigure.get('95 million')!.verdict, /not in the paper/);
  });
  it('writes Markdown and escaped HTML', () => {
    assert.match(reportMarkdown('draft.md', text, result), /\| 1 \| US\$280 million \| ✗ disagrees \| 2\.4 亿美元 \|/);
    const html = reportHtml('<draft>.md', text, result);
    assert.ok(html.includes('&lt;draft&gt;.md') && !html.includes('<draft>'));
    assert.ok(!/<script/i.test(html));
  });
});

import { strict as assert } from 'node:assert';
import { extractProse } from '../../server/src/core/markdown';

describe('markdown → prose', () => {
  const draft = [
    '---', 'embargo: 2026-12-01', '---', '',
    '# Kling AI crosses 60 million users', '',
    'Run `factcheck --max-errors 25` and see [the report](https://example.com/2025/kling-60m.html).', '',
    '<!-- numbers from page 14 -->', '',
    '```json', '{"users": 60000000}', '```', '',
    '| Product | Value |', '|---|---|', '| OneRec | 25% |', '',
    'Contact press@example.com or https://example.com/2024.', '',
  ].join('\n');
  const prose = extractProse(draft);

  it('keeps offsets: prose has the source length', () => {
    assert.equal(prose.text.length, draft.length);
  });
  it('keeps headings, paragraphs and table cells', () => {
    assert.ok(prose.text.includes('Kling AI crosses 60 million users'));
    assert.ok(prose.text.includes('OneRec'));
    assert.ok(prose.text.includes('25%'));
    assert.deepEqual(prose.blocks.map((b) => b.kind).filter((k) => k === 'tableRow').length, 2);
  });
  it('blanks front matter, code, comments, link targets and bare addresses', () => {
    for (const hidden of ['2026-12-01', '--max-errors 25', 'page 14', '60000000', 'kling-60m', 'press@example.com', 'example.com/2024']) {
      assert.ok(!prose.text.includes(hidden), `${hidden} should not be prose`);
    }
    assert.ok(prose.text.includes('the report'), 'link text stays');
  });
  it('survives broken Markdown', () => {
    const broken = '```\nunterminated fence 60 million\n\n<!-- open comment 2.4 亿美元\n\n**bold';
    const p = extractProse(broken);
    assert.equal(p.text.length, broken.length);
    assert.ok(!p.text.includes('60 million'));
  });
  it('reads each document afresh, whatever was read before (the parser is reused)', () => {
    const fence = '```yaml\n# heading-like line\nmax_tokens: 8192\n```\n';
    const before = extractProse(fence).text;
    extractProse('> quote\nlazy continuation\nmore lazy text\n\n[ref]: https://example.com/2025\n\nline\nline\nline\n');
    assert.equal(extractProse(fence).text, before);
    assert.ok(!before.includes('8192'));
  });
  it('reads each document on its own: a footnote defined in an earlier document is not defined in this one', () => {
    extractProse('Kling AI crossed 45 million users[^1].\n\n[^1]: The white paper, page 12.\n');
    const text = 'Monthly revenue passed US$25 million[^1] in December 2025.\n';
    assert.ok(extractProse(text).text.includes('[^1]'), 'an undefined footnote call is text');
    const defined = extractProse(`${text}\n[^1]: Source: the white paper, 2026.\n`).text;
    assert.ok(!defined.includes('[^1]') && !defined.includes('2026'), 'a defined call and its definition are blanked');
  });
  it('lets a footnote definition interrupt a paragraph, as GFM does', () => {
    const p = extractProse('可灵 AI 全球用户规模超过 6000 万\n[^2]: 数据截至 2025 年 12 月\n');
    assert.ok(p.text.includes('6000 万'));
    assert.ok(!p.text.includes('2025'), p.text);
  });
  it('reads tables whatever ends their lines: \\n, \\r\\n, \\r, or trailing spaces', () => {
    for (const end of ['\n', '\r\n', '\r', '  \n', ' \t\r\n']) {
      const table = ['| 指标 | 数值 |', '|---|---|', '| 月活跃用户 | 1200 万 |', ''].join(end);
      const p = extractProse(table);
      assert.deepEqual(p.blocks.map((b) => b.kind), ['tableRow', 'tableRow'], JSON.stringify(end));
      assert.equal(p.blocks[1].header, '指标 | 数值');
      assert.ok(!p.text.includes('|'), JSON.stringify(end));
    }
  });
  it('reads a list after unclosed front matter as a list', () => {
    const p = extractProse('---\ntitle: Kling AI\n\n- 全球用户规模超过 6000 万\n');
    assert.ok(!p.text.includes('-'), JSON.stringify(p.text));
    assert.ok(p.text.includes('6000 万'));
  });
  it('keeps an undefined reference link as written, and a defined one as its text', () => {
    assert.ok(extractProse('OneRec cut costs by [10.6%][ref] last year.\n').text.includes('[10.6%][ref]'));
    const defined = extractProse('OneRec cut costs by [10.6%][ref] last year.\n\n[ref]: https://example.com/a\n').text;
    assert.ok(defined.includes('10.6%') && !defined.includes('[ref]'), defined);
  });
  it('blanks a whole footnote definition: indented and lazy lines, and paragraphs after a blank line', () => {
    const draft = [
      'Kling AI had 45 million users[^a].', '',
      '[^a]: Counted in 2024,', '    then again in 2025,', 'and once more in 2026.', '',
      '    A second paragraph of the note, 2027.', '',
      'Back to prose: 60 million.', '',
    ].join('\n');
    const p = extractProse(draft);
    for (const year of ['2024', '2025', '2026', '2027']) assert.ok(!p.text.includes(year), `${year} is in the footnote`);
    assert.ok(p.text.includes('45 million') && p.text.includes('60 million'));
    assert.deepEqual(p.blocks.map((b) => draft.slice(b.start, b.end)), ['Kling AI had 45 million users[^a].', 'Back to prose: 60 million.']);
  });
});

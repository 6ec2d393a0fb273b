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
});

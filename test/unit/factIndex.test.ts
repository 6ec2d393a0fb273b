import { strict as assert } from 'node:assert';
import { extractProse } from '../../server/src/core/markdown';
import { findNonClaims } from '../../server/src/core/nonClaims';
import { foldWidth } from '../../server/src/core/numerals';
import { PAPER, paperIndex } from '../support/paper';

describe('fact index of the paper', () => {
  const index = paperIndex();
  const find = (text: string) => index.facts.find((f) => f.figure.text.replace(/\s+/g, ' ').trim() === text);

  it('indexes every number in the paper’s prose, or knows why not', () => {
    const prose = extractProse(PAPER, { indentedCodeIsProse: true });
    const text = foldWidth(prose.text);
    const covered = new Uint8Array(text.length);
    for (const f of index.facts) covered.fill(1, f.figure.start, f.figure.end);
    for (const s of findNonClaims(text, prose.blocks.map((b) => b.start))) covered.fill(1, s.start, s.end);
    const missing: string[] = [];
    for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
      const at = m.index!;
      if (covered[at]) continue;
      // Digits glued to letters are names, not figures (G4RL, AVS3, VP9, 4K, 2D, 51.2T is a chip class).
      const around = text.slice(Math.max(0, at - 1), at + m[0].length + 1);
      if (/[A-Za-z]\d|\d[A-Za-z]/.test(around)) continue;
      // Numbers written with leading zeros are labels (PART 01, section 003), not quantities.
      if (/^0\d/.test(m[0])) continue;
      missing.push(`${m[0]} in “${text.slice(Math.max(0, at - 20), at + 20).replace(/\s+/g, ' ')}”`);
    }
    assert.deepEqual(missing, []);
  });

  it('knows each fact’s sentence, section and page from the contents', () => {
    const users = find('6000 万');
    assert.ok(users, '6000 万 is indexed');
    assert.match(users!.sentence, /全球用户规模突破/);
    assert.equal(users!.page, 9);
    assert.ok(users!.section.some((s) => s.includes('市场表现')), users!.section.join(' › '));
    const onerec = find('25%');
    assert.equal(onerec?.page, 10);
    const kuaimod = index.facts.find((f) => f.figure.text.trim() === '1000 条');
    assert.equal(kuaimod?.page, 33);
    const patents = index.facts.find((f) => f.sentence.includes('专利申请'));
    assert.equal(patents?.page, 44);
  });

  it('reads the leaderboard table with its header', () => {
    const row = index.facts.find((f) => f.figure.text === '1,240');
    assert.ok(row);
    assert.match(row!.sentence, /Kling 3\.0 Pro/);
    assert.ok(row!.terms.has('c:score'), 'the ELO column names the metric');
    const rank = index.facts.find((f) => f.sentence.startsWith('▶ 9') && f.figure.kind === 'rank');
    assert.ok(rank, 'the leading number of a row is its rank');
  });

  it('gives stat callouts their caption as context, and shows it with the figure', () => {
    const blockRate = index.facts.find((f) => f.figure.text.trim() === '98%' && f.sentence.startsWith('98% · '));
    assert.ok(blockRate?.terms.has('c:block-rate'), 'the caption “诈骗风险阻断率” describes 98%');
    assert.equal(blockRate?.sentence, '98% · 诈骗风险阻断率提升百分比');
  });

  it('shows a tab-table cell with its column header', () => {
    const exposure = index.facts.find((f) => f.figure.text === '3.6亿+');
    assert.match(exposure?.sentence ?? '', /· 直播总曝光量$/);
  });

  it('groups figures read respectively', () => {
    const first = index.facts.find((f) => f.figure.value === 1.26 && f.group);
    const second = index.facts.find((f) => f.figure.value === 1.75 && f.group?.id === first?.group?.id);
    assert.deepEqual([first?.group?.index, second?.group?.index], [0, 1]);
  });
});

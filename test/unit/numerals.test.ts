import { strict as assert } from 'node:assert';
import { foldWidth, formatChineseNumeral, parseChineseNumeral } from '../../server/src/core/numerals';

describe('numerals', () => {
  it('reads Chinese numerals as written in drafts', () => {
    assert.equal(parseChineseNumeral('六千万'), 60_000_000);
    assert.equal(parseChineseNumeral('十五'), 15);
    assert.equal(parseChineseNumeral('两'), 2);
    assert.equal(parseChineseNumeral('一千零五十'), 1050);
    assert.equal(parseChineseNumeral('两亿五千万'), 250_000_000);
    assert.equal(parseChineseNumeral('万'), null);
  });
  it('writes Chinese numerals that read back to the same value', () => {
    for (const n of [7, 15, 30, 1050, 6000, 60_000_000, 240_000_000, 1_200_000]) {
      assert.equal(parseChineseNumeral(formatChineseNumeral(n)), n, `${n} → ${formatChineseNumeral(n)}`);
    }
    assert.equal(formatChineseNumeral(60_000_000), '六千万');
  });
  it('folds full-width digits without moving offsets', () => {
    const s = '累计生成视频超过 ６亿个，转化率 ７５.４％';
    const folded = foldWidth(s);
    assert.equal(folded.length, s.length);
    assert.ok(folded.includes('6亿个') && folded.includes('75.4%'));
  });
});

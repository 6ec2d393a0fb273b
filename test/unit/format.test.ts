import { strict as assert } from 'node:assert';
import { findFigures } from '../../server/src/core/figures';
import { formatLike } from '../../server/src/core/format';

/** Rewrites the first figure of `draft` to state the first figure of `paper`. */
const fix = (draft: string, paper: string): string => formatLike(findFigures(draft)[0], findFigures(paper)[0]);

describe('fixes in the draft’s own style', () => {
  it('keeps currency sign and scale word', () => {
    assert.equal(fix('US$280 million', '年化收入运行率 (ARR) 达 2.4 亿美元'), 'US$240 million');
    assert.equal(fix('$280M', '2.4 亿美元'), '$240M');
    assert.equal(fix('2.6 亿美元', '2.4 亿美元'), '2.4 亿美元');
  });
  it('takes the neighbouring scale word when the draft\'s would write five integer digits or none', () => {
    assert.equal(fix('全年发送反诈提醒 10.18 万次', '10.18 亿次 · 全年发送反诈提醒次数'), '10.18 亿次');
    assert.equal(fix('3.68 billion tokens', '模型 Token 周调用量达 3.68 万亿'), '3.68 trillion');
    assert.equal(fix('60 billion users', '全球用户规模突破 6000 万'), '60 million');
    assert.equal(fix('US$2.4bn', '2000 万美元'), 'US$20m');
    // A value the draft's word writes well keeps it: 6,000 万 stays in 万.
    assert.equal(fix('6500 万', '6000 万'), '6000 万');
  });
  it('keeps separators, units and decimals', () => {
    assert.equal(fix('1,142 points', '以 1124 分再次登顶'), '1,124 points');
    assert.equal(fix('74%', '高出 47%'), '47%');
    assert.equal(fix('57.4%', '线上推理成本降低 75.40%'), '75.4%');
    assert.equal(fix('3.86 trillion', '模型 Token 周调用量达3.68 万亿'), '3.68 trillion');
    assert.equal(fix('99.99%', '稳定性达 99.999%'), '99.999%');
  });
  it('keeps Chinese numerals and date forms', () => {
    assert.equal(fix('五千万用户', '全球用户规模突破 6000 万'), '6000万', 'large values: Chinese scale, Arabic digits as in the paper');
    assert.equal(fix('九席', '可灵独占 7 席'), '七席');
    assert.equal(fix('May 6, 2024', '于 2024 年 6 月 6 日正式上线'), 'June 6, 2024');
    assert.equal(fix('2024 年 5 月 6 日', '2024 年 6 月 6 日'), '2024 年 6 月 6 日');
  });
  it('writes ranges', () => {
    assert.equal(fix('3-5%', '收入增长 4-5%'), '4-5%');
  });
});

import { strict as assert } from 'node:assert';
import { findMisspelledNames } from '../../server/src/core/names';

describe('product names', () => {
  const fixes = (text: string) => findMisspelledNames(text).map((i) => [i.found, i.expected]);

  it('finds misspelled Latin names with fuse.js', () => {
    assert.deepEqual(fixes('OneSerch, launched in 2025, generates products.'), [['OneSerch', 'OneSearch']]);
    assert.deepEqual(fixes('| KuaiMood | Benchmark videos | 1,000 |'), [['KuaiMood', 'KuaiMod']]);
    assert.deepEqual(fixes('The G4LR bidding system'), [['G4LR', 'G4RL']]);
    assert.deepEqual(fixes('Onerec serves traffic'), [['Onerec', 'OneRec']]);
  });
  it('finds misspelled Chinese names', () => {
    assert.deepEqual(fixes('女蜗数字人直播间在适配类目上 ROI 平均高出 5% 以上'), [['女蜗数字人', '女娲数字人']]);
    assert.deepEqual(fixes('可零 AI 全球用户规模突破 6000 万'), [['可零', '可灵']]);
    assert.deepEqual(fixes('磁力金牜全站推广'), [['磁力金牜', '磁力金牛']]);
  });
  it('finds names mistyped by sound through the input method (pinyin-pro), and leaves other words of the same sounds alone', () => {
    assert.deepEqual(fixes('这部短剧由可令 AI 深度参与制作'), [['可令', '可灵']]);
    assert.deepEqual(fixes('用可玲生成的海报'), [['可玲', '可灵']]);
    assert.deepEqual(fixes('万晴平台已预置 100 余个模型'), [['万晴', '万擎']]);
    assert.deepEqual(fixes('磁力引擎的女蛙数字人直播平台'), [['女蛙数字人', '女娲数字人']]);
    assert.deepEqual(fixes('可能的万一，女儿与可爱的晴天'), []);
  });
  it('leaves right spellings and ordinary words alone', () => {
    const clean = 'Kling AI gave the King a report. OneRec, OneSearch-V2, KuaiMod, G4RL and GAVE. 女娲数字人、女媧数字人、可灵、万擎、磁力引擎、磁力开创，一个女人和女孩。';
    assert.deepEqual(fixes(clean), []);
  });

  it('finds a two-word name with one word a keystroke off, beside its right other word', () => {
    assert.deepEqual(fixes('Kling tops Artifical Analysis on both boards.'), [['Artifical Analysis', 'Artificial Analysis']]);
    assert.deepEqual(fixes('An artificial analysis of the market.'), []);
  });

  it('takes another version or size of a named model for itself, not for a typo', () => {
    // The paper names OneSearch-V2: OneSearch-V1 and OneSearch-1B are that model's other versions and sizes.
    assert.deepEqual(fixes('OneSearch-V1 and OneSearch-1B were the first steps.'), []);
    assert.deepEqual(fixes('OneSerch-V2 came next.'), [['OneSerch-V2', 'OneSearch-V2']]);
  });
});

describe('a misspelled name fixed in the draft\'s own script', () => {
  it('writes the traditional spelling in a traditional-script draft, and the simplified one elsewhere', async () => {
    const { checkDocument } = await import('../../server/src/core/checker');
    const { paperIndex } = await import('../support/paper');
    const traditional = checkDocument('快手的女蝸數位人直播平台目前免費開放給商家使用。', paperIndex()).findings.find((f) => f.code === 'name-misspelled');
    assert.equal(traditional?.replacement, '女媧');
    // A longer name is converted character by character where each has one traditional form.
    const longer = checkDocument('快手的女娃數字人直播平台目前免費開放給商家使用。', paperIndex()).findings.find((f) => f.code === 'name-misspelled');
    assert.equal(longer?.replacement, '女媧數字人');
    const simplified = checkDocument('快手的女蛙数字人直播平台目前免费开放给商家使用。', paperIndex()).findings.find((f) => f.code === 'name-misspelled');
    assert.match(simplified?.replacement ?? '', /^女娲/);
  });
});

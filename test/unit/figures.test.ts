import { strict as assert } from 'node:assert';
import { findFigures } from '../../server/src/core/figures';
import { EN_SCALE_FIRST, EN_SCALES } from '../../server/src/core/units';
import type { Figure } from '../../server/src/core/types';

const read = (text: string): Figure[] => findFigures(text);
const one = (text: string, needle: string): Figure => {
  const f = read(text).find((x) => x.text.includes(needle) || needle.includes(x.text));
  assert.ok(f, `no figure ${needle} in ${text}: ${JSON.stringify(read(text).map((x) => x.text))}`);
  return f!;
};

describe('figures in the paper’s own sentences', () => {
  it('counts with 万 and qualifiers', () => {
    const f = one('截至 2025 年底，可灵 AI 全球用户规模突破 6000 万，累计生成视频超过 6 亿个', '6000 万');
    assert.equal(f.kind, 'count');
    assert.equal(f.value, 60_000_000);
    const videos = one('累计生成视频超过 6 亿个', '6 亿个');
    assert.equal(videos.value, 600_000_000);
    assert.equal(videos.qualifier, 'more');
  });
  it('fractions as shares, in both languages, only where they are shares', () => {
    const zh = one('传统同体量短剧制作通常需要 3 至 6 个月，借助可灵 AI，成本降至传统模式的四分之一', '四分之一');
    assert.deepEqual([zh.kind, zh.unit, zh.value, zh.style.fraction], ['percent', 'fraction', 25, true]);
    const en = one('The team finished in two months at a quarter of the cost.', 'a quarter');
    assert.deepEqual([en.unit, en.value], ['fraction', 25]);
    assert.equal(Math.round(one('Two thirds of the budget went to compute.', 'Two thirds').value), 67);
    assert.equal(read('Revenue rose a quarter later.').filter((f) => f.unit === 'fraction').length, 0);
    assert.equal(read('十分之十一').filter((f) => f.unit === 'fraction').length, 0);
  });
  it('money with currency after the scale', () => {
    const f = one('年化收入运行率 (ARR) 达 2.4 亿美元。', '2.4 亿美元');
    assert.equal(f.kind, 'money');
    assert.equal(f.unit, 'USD');
    assert.equal(f.value, 240_000_000);
    assert.equal(one('日均 GMV 达 5300 万元', '5300 万元').unit, 'CNY');
  });
  it('ranges, respectively lists and multipliers', () => {
    const range = one('与 G4RL 技术共同推动国内线上营销服务收入增长 4-5%', '4-5%');
    assert.deepEqual([range.kind, range.value, range.high], ['percent', 4, 5]);
    const months = one('传统同体量短剧制作通常需要 3 至 6 个月', '3 至 6 个月');
    assert.deepEqual([months.kind, months.unit, months.value, months.high], ['duration', 'month', 3, 6]);
    // Each end may carry its own scale, the unit only the second (a guidance range in an earnings release).
    const guidance = one('略高于此前给出的 2.8 亿至 3 亿元指引区间', '2.8 亿至 3 亿元');
    assert.deepEqual([guidance.kind, guidance.unit, guidance.value, guidance.high], ['money', 'CNY', 280_000_000, 300_000_000]);
    // … but a change from one value to another is two figures.
    assert.deepEqual(read('收入从 2.2 亿到 3 亿元').map((f) => f.high), [undefined, undefined]);
    const list = read('带动 APP 停留时长分别提升 1.26% 和 1.75%').map((f) => f.value);
    assert.deepEqual(list, [1.26, 1.75]);
    assert.equal(one('全站推广商家渗透同比增长 4.9 倍', '4.9 倍').kind, 'multiplier');
  });
  it('reach back over the qualifier before them, where a hover over "more than" finds the figure', () => {
    const text = 'G4RL on its own has lifted ad revenue by more than 3% since 2025.';
    const f = one(text, '3%');
    assert.equal(text.slice(f.extentStart, f.end), 'more than 3%');
    const zh = '该技术已驱动广告收入提升超过 3%。';
    assert.equal(zh.slice(one(zh, '3%').extentStart, one(zh, '3%').end), '超过 3%');
    const plain = one('广告收入提升 3%。', '3%');
    assert.equal(plain.extentStart, plain.start);
  });
  it('a place written with a hash sign', () => {
    const place = one('Kling 2.5 Turbo ranked #1 on the image-to-video board.', '#1');
    assert.deepEqual([place.kind, place.value, place.unit], ['rank', 1, 'position']);
    assert.equal(read('see issue C#12 and the #hashtag').filter((f) => f.kind === 'rank').length, 0);
  });

  it('ranks and shares', () => {
    const figures = read('前 15 名中可灵独占 7 席');
    assert.deepEqual(figures.map((f) => [f.kind, f.value]), [['rank', 15], ['count', 7]]);
  });
  it('an edition (第九届) is an ordinal, as the English 9th', () => {
    const zh = one('荣获第九届麒麟国际广告奖', '第九届');
    assert.deepEqual([zh.kind, zh.unit, zh.value], ['rank', 'position', 9]);
    const en = one('won at the 9th Kylin International Advertising Awards', '9th');
    assert.deepEqual([en.kind, en.unit, en.value], ['rank', 'position', 9]);
  });
  it('a day and month beside an event verb as a claim, with or without its year', () => {
    assert.equal(one('2.1 版於 5 月 29 日推出。', '5 月 29 日').strong, true);
    assert.equal(one('Kling launched on June 6, 2024.', 'June 6, 2024').strong, true);
    // A month of a year, or a day with no event, is when, not a claim.
    assert.equal(one('2025 年 4 月发布', '2025 年 4 月').strong, false);
    assert.equal(one('截至 5 月 29 日的数据', '5 月 29 日').strong, false);
  });

  it('a day of every year (每年10月24日), and a full date read whole', () => {
    const day = one('每年10月24日程序员节，则聚焦技术创新与文化遗产', '10月24日');
    assert.deepEqual([day.kind, day.value, day.unit], ['date', 1024, 'md']);
    const full = read('2024 年 10 月 24 日').filter((f) => f.kind === 'date');
    assert.deepEqual(full.map((f) => [f.value, f.unit]), [[20241024, 'ymd']]);
  });
  it('dates in both languages', () => {
    assert.equal(one('于2024 年 6 月 6 日正式上线', '2024 年 6 月 6 日').value, 20240606);
    assert.equal(one('launched on June 6, 2024.', 'June 6, 2024').value, 20240606);
    assert.equal(one('In December 2025, revenue', 'December 2025').unit, 'ym');
  });
});

describe('figures in English drafts', () => {
  it('scales, currencies and symbols', () => {
    assert.equal(one('ARR at US$280 million.', 'US$280 million').value, 280_000_000);
    assert.equal(one('Kling AI users: 60M+ worldwide', '60M+').value, 60_000_000);
    assert.equal(one('monthly revenue: $20M', '$20M').unit, 'USD');
    assert.equal(one('scaled the model to 8B parameters', '8B').value, 8e9);
    assert.equal(one('Videos generated: 0.6 billion.', '0.6 billion').value, 6e8);
    assert.equal(one('an Elo of 1,240', '1,240').value, 1240);
    assert.equal(one('1,142 points', '1,142').kind, 'score');
  });
  it('full-width digits', () => {
    assert.equal(one('累计生成视频超过 ６亿个', '６亿个').value, 6e8);
  });
});

describe('numbers that are not claims stay silent', () => {
  const silent = (text: string, needle: string) => {
    const hit = read(text).find((f) => f.text.includes(needle));
    assert.equal(hit, undefined, `${needle} in "${text}" was read as ${JSON.stringify(hit)}`);
  };
  it('versions and model names', () => {
    silent('Kling 2.5 Turbo scored 1329', '2.5');
    silent('In March 2025, Kling 1.6 Pro took first place', '1.6');
    silent('{"version": "2.5.1"}', '2.5.1');
    silent('Fact sheet (v2)', '2');
    silent('磁力金牛正式进入 3.0 时代', '3.0');
    silent('下一步能否守住榜首，要看 3.0 之後的迭代速度。', '3.0');
    assert.equal(one('毛利率为 55.0%，增长 2.0 倍', '2.0 倍').kind, 'multiplier');
  });
  it('phones, standards, pages, festivals and titles', () => {
    silent('Media contact: +86 10 5555 0100', '5555');
    silent('商家可拨打客服热线 400-800-1234 咨询', '400-800');
    silent('早期数据可作对照：上线 3 个月时，可灵已服务超 260 万用户', '3 个月');
    silent('可灵 3.0 能出 2 分钟以上的 4K 视频', '4K');
    silent('但 a16z 的数据显示它的 30 天 留存只剩 1%', '30 天');
    silent('The number of creators making more than RMB1,000 a month rose by nearly 12%.', 'RMB1,000');
    assert.equal(one('Kling earns more than US$20 million a month.', 'US$20 million').unit, 'USD');
    silent('Kling 3.0 was announced with a native 4K mode.', '4K');
    assert.equal(one('The account passed 4K followers.', '4K').value, 4000);
    assert.equal(one('2.5 Turbo 发布 10 天后登顶两个榜单', '10 天').kind, 'duration');
    silent('2025 年收入约 1.4 亿美元（约合 10 亿元 人民币），较最初目标翻倍有余', '10 亿元');
    assert.equal(one('2025 年收入约 1.4 亿美元（约合 10 亿元 人民币）', '1.4 亿美元').unit, 'USD');
    assert.equal(one('于 2024-06-06 正式上线', '2024-06-06').kind, 'date');
    silent('《企业知识产权合规管理体系要求》（GB/T 29490-2023）', '29490');
    silent('White Paper 2026, p. 9.', '9');
    silent('2025 年双 11 期间', '11');
    silent('创作者借助可灵 AI 生成《厦门 48 小时》', '48');
  });
  it('a heading\'s section number, but not a figure that opens a heading', () => {
    const headings = (text: string) => findFigures(text, [0], [0]).map((f) => f.text);
    assert.deepEqual(headings('## 4.3 Generative video: Kling versus the field'.replace('## ', '   ')), []);
    assert.deepEqual(headings('   2. Results'), []);
    assert.deepEqual(headings('   3、市场表现'), []);
    assert.deepEqual(headings('   4.3 billion videos generated'), ['4.3 billion']);
    assert.deepEqual(headings('   1.2 亿用户的选择'), ['1.2 亿']);
    // The same words in a paragraph are read as ever.
    assert.deepEqual(findFigures('4.3 Generative models were compared.', [0]).map((f) => f.text), ['4.3']);
  });

  it('a thread\'s post numbers at a line\'s start', () => {
    assert.deepEqual(read('1/ Kuaishou posted its results.\n\n2/ Profit: RMB17.7B, +72.5%.').map((f) => f.text), ['RMB17.7B', '72.5%']);
    assert.equal(read('about 1/4 of users').length, 1);
  });

  it('numbering of issues, sessions and sections, but not an edition or a time', () => {
    assert.deepEqual(read('（2026 年第 9 期 · 总第 121 期）').filter((f) => f.kind !== 'date').map((f) => f.text), []);
    assert.deepEqual(read('召开新闻发布会第 28 场').map((f) => f.text), []);
    assert.equal(read('第九届中国专利奖').length, 1);
  });

  it('the release’s own dateline', () => {
    silent('BEIJING, Dec. 1, 2026 — Kuaishou Technology today shared', 'Dec. 1, 2026');
  });
});

describe('scale words after a number', () => {
  it('start, after up to three spaces, with a character EN_SCALE_FIRST lists (the reader skips the patterns otherwise)', () => {
    // Every character of the BMP's Latin, punctuation, symbol and CJK-punctuation ranges, and full-width forms,
    // before the tails a scale word could have: none but the listed ones lets an EN_SCALES pattern match.
    const tails = ['', 'rillion', 'illion', 'housand', 'n', 'N', ' ', '.', 'x'];
    const ranges: Array<[number, number]> = [[0, 0x2fff], [0x3000, 0x303f], [0xff00, 0xffef]];
    const leaks: string[] = [];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCharCode(code);
        if (EN_SCALE_FIRST.has(c)) continue;
        for (const space of ['', ' ', '   ']) {
          for (const tail of tails) {
            const rest = `${space}${c}${tail}`;
            if (/^\s/.test(c) && space.length < 3) continue; // still spaces: the next character decides
            if (EN_SCALES.some(([re]) => re.test(rest))) leaks.push(JSON.stringify(rest));
          }
        }
      }
    }
    assert.deepEqual(leaks, []);
    // And the listed characters do start scales.
    assert.equal(one('ARR of US$240M', '240M').value, 240e6);
    assert.equal(one('60 million users', '60 million').value, 60e6);
  });
});

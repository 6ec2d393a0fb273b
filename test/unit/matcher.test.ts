import { strict as assert } from 'node:assert';
import { checkDocument, FindingCode } from '../../server/src/core/checker';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../server/src/core/context';
import { judgeAll } from '../../server/src/core/matcher';
import { readDocument } from '../../server/src/core/reader';
import { vocabularyOf } from '../../server/src/core/factIndex';
import { paperIndex, ROOT } from '../support/paper';

/** Judges `needle` as it stands in `draft`. */
function verdictOf(draft: string, needle: string) {
  const result = checkDocument(draft, paperIndex());
  const at = draft.indexOf(needle);
  const j = result.judgements.find((x) => x.entry.figure.start <= at && at < Math.max(x.entry.figure.end, x.entry.figure.extentEnd));
  const finding = result.findings.find((f) => f.start <= at && at < f.end);
  return { verdict: j?.verdict ?? 'none', fact: j?.fact, finding };
}

describe('matcher: a run of semicolons', () => {
  it('reads each segment of a run as restating the metric its first names', async () => {
    const { readDocument: read } = await import('../../server/src/core/reader');
    const text = '经调整利润净额率：第一季度为 14.4%；第二季度为 15.1%；第三季度为 12.7%。';
    const third = read(text).figures.find((f) => f.figure.text === '12.7%');
    assert.equal(third?.terms.get('c:adjusted-net-profit'), 1, JSON.stringify([...(third?.terms ?? [])]));
  });
});

describe('matcher: a comparison table', () => {
  it('leaves the figures of another product\'s column unjudged, and judges the sources\' own', () => {
    const table = '| | Kling 3.0 | Luma Ray3 |\n|---|---|---|\n| Entry price | $29.90/mo | $30/mo |\n| Users | 60 million | 25 million |\n';
    assert.equal(verdictOf(table, '$30').verdict, 'silent');
    assert.equal(verdictOf(table, '25 million').verdict, 'silent');
    assert.equal(verdictOf(table, '60 million').verdict, 'supported');
  });

  it('reads a rank column as the rows\' places, not counts to report', () => {
    const board = '| Rank | Model | ELO |\n|---|---|---|\n| 12 | Kling 2.5 Turbo 1080p | 1,212 |\n';
    assert.equal(verdictOf(board, '12 |').finding, undefined);
  });
});

describe('matcher: a bare version', () => {
  it('is no figure when the source writes that version of a model', () => {
    // The paper names Kling 2.6 and 3.0: a draft's bare "3.0" and "2.6" are those models, not values to correct.
    const draft = '榜单：3.0 I2V 第 2，1,299 分；最新的 3.0 系列比 2.6 的版本更长。';
    assert.equal(verdictOf(draft, '3.0 I2V').finding, undefined);
    assert.equal(readDocument(draft, { vocabulary: vocabularyOf(paperIndex()) }).figures.some((f) => f.figure.text === '2.6'), false);
  });
});

describe('matcher: a round source figure', () => {
  it('is no correction for a precise figure it only rounds, but is for a slip of the same precision', async () => {
    const { roundedFrom } = await import('../../server/src/core/values');
    const { findFigures } = await import('../../server/src/core/figures');
    const fig = (text: string) => findFigures(text)[0];
    assert.ok(roundedFrom(fig('416.2 million users'), fig('400M users')));
    assert.ok(roundedFrom(fig('1.278 亿'), fig('1 亿')));
    assert.ok(!roundedFrom(fig('6,400 万'), fig('6000 万')), 'two digits against one: a slip');
    assert.ok(!roundedFrom(fig('12%'), fig('10%')));
    assert.ok(!roundedFrom(fig('462.5 million'), fig('400M')), 'rounds to another value');
  });
});

describe('matcher: context decides, not the bare number', () => {
  it('supports a figure the paper gives for the same metric, across languages and units', () => {
    assert.equal(verdictOf('By the end of 2025, Kling AI had passed 60 million users worldwide.', '60 million').verdict, 'supported');
    assert.equal(verdictOf('可灵 AI 全球用户规模突破六千万。', '六千万').verdict, 'supported');
    assert.equal(verdictOf('OneRec scaled the model to 8 billion parameters.', '8 billion').verdict, 'supported');
    assert.equal(verdictOf('Kling AI launched on June 6, 2024.', 'June 6, 2024').verdict, 'supported');
    assert.equal(verdictOf('OneSearch cut online inference cost by 75.4%.', '75.4%').verdict, 'supported');
  });

  it('flags a wrong value for a metric the paper states, with the paper’s value in the draft’s style', () => {
    const arr = verdictOf('In December 2025, Kling AI’s monthly revenue topped US$20 million, putting its annualized revenue run rate (ARR) at US$280 million.', 'US$280 million');
    assert.equal(arr.verdict, 'mismatch');
    assert.equal(arr.finding?.code, FindingCode.FigureMismatch);
    assert.equal(arr.finding?.replacement, 'US$240 million');
    assert.match(arr.finding!.message, /US\$240 million \(2\.4 亿美元\)/);
    const cvr = verdictOf('以某小说行业广告主为例，其 AIGC 短视频转化率比非 AIGC 素材高出 74%。', '74%');
    assert.equal(cvr.finding?.replacement, '47%');
  });

  it('reads lists respectively', () => {
    const draft = 'OneRec’s preference alignment raised app stay time by 1.62% and 1.75% on its two apps.';
    assert.equal(verdictOf(draft, '1.75%').verdict, 'supported');
    assert.equal(verdictOf(draft, '1.62%').finding?.replacement, '1.26%');
  });

  it('reports a figure the paper does not state, and stays silent on bare small numbers', () => {
    assert.equal(verdictOf('OneRec also cut serving latency by 40 ms per request.', '40 ms').verdict, 'unsupported');
    assert.equal(verdictOf('The app has been downloaded 95 million times.', '95 million').verdict, 'unsupported');
    assert.equal(verdictOf('The team met 3 times.', '3').finding, undefined);
  });

  it('does not let a "more than" figure lean on another fact when the context names the paper’s own', () => {
    // The paper: 全网曝光量超 2.2 亿 for the 快来惹毛我 effect; 超过 3 亿 is also true of a 4.1 亿 elsewhere,
    // but that fact is far weaker in context than the effect's own figure.
    const effect = verdictOf('2025年春节，可灵的“快来惹毛我”特效火出圈，全网曝光量超过3亿。', '3亿');
    assert.equal(effect.verdict, 'mismatch');
    assert.equal(Math.round(effect.fact?.figure.value ?? 0), 2.2e8);
    assert.equal(verdictOf('2025年春节，可灵的“快来惹毛我”特效火出圈，全网曝光量超 2.2 亿。', '2.2 亿').verdict, 'supported');
  });

  it('tells similar figures apart by the work named in 《》, and among tied facts takes the closest value', () => {
    // 播放量 is stated for several campaigns; the title names this one (477 万), not the topic's 4000 万.
    const titled = verdictOf('快手联合五地文旅官媒推出 AIGC 宣传片，话题累计播放量超过 4000 万；沧州文旅宣传片《狮小吼沧州奇妙游》播放量也突破 744 万。', '744 万');
    assert.equal(titled.finding?.replacement, '477 万');
    const tied = verdictOf('文旅方面，快手联合五地文旅官媒推出的AIGC宣传片，话题累计播放量超过4000万；沧州的《狮小吼沧州奇妙游》播放量也突破了744万。', '744万');
    assert.equal(tied.finding?.replacement, '477万');
  });

  it('reads 资金 after a number as yuan (投入千万资金), in both languages', () => {
    assert.equal(verdictOf('In 2026 the Bangbang Classroom plan commits RMB10 million in funding.', 'RMB10 million').verdict, 'supported');
    assert.equal(verdictOf('2026 年，快手公益发布“帮帮学堂”计划，投入 2000 万资金。', '2000 万资金').finding?.replacement, '1000 万资金');
  });

  it('checks fractions against the paper’s fraction and fixes them as fractions', () => {
    const zh = verdictOf('《山海奇镜之劈波斩浪》借助可灵 AI 只用两个月完成，成本降至传统模式的三分之一。', '三分之一');
    assert.equal(zh.finding?.replacement, '四分之一');
    const en = verdictOf('The Kling-assisted team finished Shanhai Qijing in two months at a third of the cost.', 'a third');
    assert.equal(en.finding?.replacement, 'a quarter');
    assert.equal(verdictOf('The Kling-assisted team finished Shanhai Qijing in two months at a quarter of the cost.', 'a quarter').verdict, 'supported');
  });

  it('reads a sentence of several figures as restating one sentence of the paper', () => {
    // 3.22% is OneSearch's order growth; the paper's OneSearch-V2 passage shares more words with the
    // draft, but the sibling's source sentence states the buyers' 2.4% that 4.2% transposes.
    const draft = 'Since its 2025 launch, OneSearch generates products directly from what shoppers type in the query box, lifting orders by 3.22% and buyers by 4.2%.';
    assert.equal(verdictOf(draft, '3.22%').verdict, 'supported');
    assert.equal(verdictOf(draft, '4.2%').finding?.replacement, '2.4%');
  });

  it('among tied facts, fixes to the value fewest keystrokes from what the draft wrote', () => {
    // 5.2% is tied between OneSearch's buyers (2.4%) and OneSearch-V2's conversion (3.05%): one swap of digits away from 2.4%.
    const draft = 'Generative search now runs across the mall. In mall search: orders +3.22%, buyers +5.2%, online inference cost down 75.4%.';
    assert.equal(verdictOf(draft, '5.2%').finding?.replacement, '2.4%');
  });

  it('ends an English sentence at a full stop followed directly by Chinese', () => {
    const text = 'Collective communication is up 20%.据报告，平台漏放率降至 0.1%。';
    assert.deepEqual(splitSentences(text, { start: 0, end: text.length }).map((r) => text.slice(r.start, r.end)), ['Collective communication is up 20%.', '据报告，平台漏放率降至 0.1%。']);
  });

  it('does not correct a product’s figure with a platform-wide one that names no product', () => {
    // 磁力开创's merchant count is not in the paper; the nearest facts are platform-wide governance counts.
    assert.equal(verdictOf('磁力开创累计服务商家已超过 80 万家。', '80 万家').verdict, 'unsupported');
    assert.equal(verdictOf('截至 2025 年底，可灵 AI 全球用户规模突破 7000 万。', '7000 万').finding?.replacement, '6000 万');
  });

  it('does not call a far-off figure a slip for an unrelated one', () => {
    const engineers = verdictOf('Over 22 months the team shipped more than 30 iterations, and the team now counts 1,800 engineers.', '1,800');
    assert.notEqual(engineers.verdict, 'mismatch');
    // A contest's entries are no slip for a leaderboard score three and a half times smaller, nor its
    // countries for a score one digit longer.
    const contest = 'Kling\'s creative contest drew more than 4,600 films from 122 countries and regions.';
    assert.notEqual(verdictOf(contest, '4,600').verdict, 'mismatch');
    assert.notEqual(verdictOf(contest, '122').verdict, 'mismatch');
  });

  it('takes a scale or a keystroke for a slip, and a far-off count only of the same thing', () => {
    // The same digits under another scale, in a sentence about the paper's own campaign.
    const scale = verdictOf('Kling AI\'s Spring Festival effect, with 100+ partners, earned more than 2.2 billion impressions across the internet.', '2.2 billion');
    assert.match(scale.finding?.replacement ?? '', /^(?:0\.22 billion|220 million)$/);
    // An older snapshot of the same count, 3.6 times smaller, still named as now.
    const videos = verdictOf('可灵 AI 累计生成视频已超过 1.68 亿个。', '1.68 亿个');
    assert.equal(videos.verdict, 'mismatch');
    assert.match(videos.finding?.replacement ?? '', /^6(?:\.00)? 亿个$/);
  });

  it('reads model versions, and neither corrects nor bears out one version\'s figure with another\'s', async () => {
    const { versionsIn } = await import('../../server/src/core/versions');
    assert.deepEqual(versionsIn('可灵3.0系列以1240分登上文生视频第一'), ['3']);
    assert.deepEqual(versionsIn('近期发布的 OneSearch-V2，更是对生成式的架构进行优化'), ['2']);
    assert.deepEqual([...versionsIn('Kling 2.5 Turbo led the arena, and the 3.0 generation took 8 of the top 15 places.')].sort(), ['2.5', '3']);
    assert.deepEqual(versionsIn('Kling passed 60 million users, up 2.5% in a month.'), []);
    // A version is no figure to judge: the 3.0 family, the 2.0 launch.
    assert.equal(verdictOf('Then the 3.0 family grabbed 7 of the top 15 text-to-video spots.', '3.0').verdict, 'none');
    assert.equal(verdictOf('At the 2.0 launch the same clip cost 100 credits.', '2.0').verdict, 'none');
    // The 2.0 model's 1124 分 is not the 3.0 series' score.
    assert.notEqual(verdictOf('Artificial Analysis 榜单显示，可灵 3.0 系列以 1240 分登上文生视频第一。', '1240 分').finding?.replacement, '1124 分');
    assert.notEqual(verdictOf('Kling 3.0 Pro topped the Artificial Analysis board in May with 1124 points.', '1124').verdict, 'supported');
  });

  it('does not correct a figure of a report in title marks the paper never quotes, but corrects one of a report it does', () => {
    const older = '答：请注意时间口径。《2024 快手反诈治理报告》回顾的是此前一年：当时快手日活约 3.94 亿；协助各地公安抓获犯罪嫌疑人 189 名。';
    assert.notEqual(verdictOf(older, '189 名').verdict, 'mismatch');
    const quoted = '据《2025 快手电商治理与体验报告》，平台对高风险商品全量回扫：整体风险漏放率降至 0.1%，虚假宣传举报率下降 53%。';
    assert.equal(verdictOf(quoted, '53%').finding?.replacement, '35%');
  });

  it('reads a publication cited in title marks as a source, not as what the figure is about', () => {
    // 依《晚点LatePost》报道 names who reported it; the MAU is Kling's, as the paper states it.
    assert.equal(verdictOf('依《晚点LatePost》今年1月的独家报道，可灵月活跃用户已突破1200万。', '1200万').verdict, 'supported');
    // Another document's "more than 97.1%" is not borne out by the paper's 98% of its own.
    const report = '2025 年 6 月 30 日发布的《快手2025反诈治理报告》统计的是此前一年的情况，当时的说法是主动拦截阻断诈骗行为超过 97.1%。';
    assert.notEqual(verdictOf(report, '97.1%').verdict, 'supported');
  });

  it('does not vouch for a figure by a same value the paper states of something its context names only weakly', () => {
    // The paper's 超 20% of first-time buyers says nothing of a 20% cut in the reporting rate.
    const kuaimod = 'The KuaiMod paper built a benchmark of 1,000 real short videos covering 4 broad and 15 fine-grained violation types; once deployed, the framework cut the user reporting rate by 20%.';
    assert.notEqual(verdictOf(kuaimod, '20%').verdict, 'supported');
  });

  it('reads a list\'s members respectively, whichever side of the figures they stand', () => {
    // "23.7% and 28.8% in training and inference" is the paper's list as written.
    const after = 'Model FLOPs utilisation reached 23.7% and 28.8% in training and inference.';
    assert.equal(verdictOf(after, '28.8%').verdict, 'supported');
    // Each figure with its own member beside it: the swapped 28.8% "in training" is not the paper's inference figure.
    const swapped = 'Its model FLOPs utilisation is 28.8% in training and 23.7% in inference.';
    assert.notEqual(verdictOf(swapped, '28.8%').verdict, 'supported');
  });

  it('does not correct a figure of another company named where its sentence opens', () => {
    const sora = "OpenAI's Sora 2 app, which arrived late in 2025, took only 5 days to pass 1 million downloads, yet a16z data put its 30-day retention at 1%.";
    assert.notEqual(verdictOf(sora, '1%').verdict, 'mismatch');
  });

  it('does not correct a count far off to a fact picked for its time alone', () => {
    const old = 'That is a long way from November 2024, when the chief executive told analysts the tool served over 5 million users.';
    assert.notEqual(verdictOf(old, '5 million').verdict, 'mismatch');
  });

  it('does not correct a figure to the value another figure of its sentence states', () => {
    const rivals = '字节的即梦走的是另一条路：核心版本两年内经历 9 次关键迭代，可灵问世以来则升级了 30 余次。';
    assert.equal(verdictOf(rivals, '30 余次').verdict, 'supported');
    assert.notEqual(verdictOf(rivals, '9 次').verdict, 'mismatch');
  });

  it('bears out a figure about a titled work only by a fact about that work', () => {
    // Another show's production time is not Kling's 连续三个月 at the top.
    assert.notEqual(verdictOf('付费 AI 短剧《兴安岭诡事》全剧 11 集，主创团队 5 个人花了 3 个月才打磨完成。', '3 个月').verdict, 'supported');
    assert.equal(verdictOf('《山海奇镜之劈波斩浪》借助可灵 AI，项目仅用两个月完成。', '两个月').verdict, 'supported');
  });

  it('bears out a weakly worded figure by the paper sentence its siblings restate', () => {
    const draft = '相比之下，真人直播间若想全天 24 小时不间断开播，通常要安排不少于 3 个主播轮班。';
    assert.equal(verdictOf(draft, '3 个').verdict, 'supported');
    assert.equal(verdictOf(draft, '24 小时').verdict, 'supported');
  });

  it('takes a figure of one significant digit as written, not as a rounding of the paper\'s', () => {
    // 2.4 亿美元 is not "约 2 亿美元" (about allows a tenth), nor is 1.26% a bare 1%.
    assert.equal(verdictOf('按目前约 2 亿美元的 ARR 计算，可灵的收入体量已处于第一梯队。', '2 亿美元').finding?.replacement, '2.4 亿美元');
    assert.notEqual(verdictOf('OneRec lifted app stay time by 1% on Kuaishou.', '1%').verdict, 'supported');
    // Two digits still round: US$240 million is 2.4 亿美元, 60 million is 6000 万.
    assert.equal(verdictOf('Kling reached US$240 million of ARR in December 2025.', 'US$240 million').verdict, 'supported');
  });

  it('does not bear out one subject\'s figure with another\'s of the same metric', () => {
    // Kling's revenue is not the data centre's 年化收益超 10 亿元, whatever the rounding.
    assert.notEqual(verdictOf('Broker notes put Kling\'s full-year revenue at about RMB950 million.', 'RMB950 million').verdict, 'supported');
    assert.equal(verdictOf('快手乌兰察布数据中心一期项目年化收益超 10 亿元。', '10 亿元').verdict, 'supported');
  });

  it('reads a lower-case m glued to a number as a million, as broker notes write it', () => {
    const table = '| Metric | Value | Period |\n|---|---|---|\n| Kling ARR | US$240m | Dec 2025 |\n| Kling global users | 66m | end-2025 |\n';
    assert.equal(verdictOf(table, 'US$240m').verdict, 'supported');
    assert.equal(verdictOf(table, '66m').finding?.replacement, '60m');
    // Minutes are written min, and a metre is no million.
    assert.notEqual(verdictOf('The clip runs 5min and was shot from 3m away.', '3m').verdict, 'mismatch');
  });

  it('fixes a dropped digit in a table row that names what it counts only in its header', () => {
    const table = '| metric | value | as of |\n| --- | --- | --- |\n| Kling enterprise customers and developers | 3,000+ | end-2025 |\n';
    assert.match(verdictOf(table, '3,000+').finding?.replacement ?? '', /^30,000\+?$/);
  });

  it('does not correct a show\'s views with a campaign\'s, nor a threshold that picks out what is counted', () => {
    // A drama's views on another platform are not the paper's tourism campaign's.
    assert.notEqual(verdictOf('宫廷题材的 AI 短剧在抖音的累计播放量已突破 2.1 亿。', '2.1 亿').verdict, 'mismatch');
    // 3500 万 picks out the shows counted; 22 部 is the claim.
    assert.equal(verdictOf('2025 年播放量超过 3500 万的 AI 漫剧有 22 部。', '3500 万').verdict, 'none');
    // The campaign's month and topic, though, name the paper's campaign.
    assert.equal(verdictOf('- **2024年7月** — 快手联合五地文旅官媒推出 5 条 AIGC 宣传片，话题累计播放量超 5000 万。', '5000 万').finding?.replacement, '4000 万');
  });
});

describe('matcher: members of one paper sentence', () => {
  it('does not correct a figure to one member when another member of the sentence states its value', () => {
    const draft = '按照专利池官网截至 2025 年 10 月 1 日的数据，快手通过认证的标准必要专利数量在全球专利权人中排名第 5 位，在中国专利权人中位列第 2。';
    assert.equal(verdictOf(draft, '第 5 位').finding?.replacement, '第 6 位');
    assert.notEqual(verdictOf(draft, '第 2').verdict, 'mismatch');
    // Two values swapped between the members are still corrected.
    assert.equal(verdictOf('OneRec raised MFU to 28.8% in training and 23.7% in inference.', '28.8%').verdict === 'supported', false);
  });
});

describe('matcher: members named after a list', () => {
  it('reads a paper list whose members follow it respectively, and does not vouch for swapped values', () => {
    const fact = paperIndex().facts.find((f) => f.figure.text === '1252 分');
    assert.equal(fact?.claim?.respective?.own, 'c:text-to-video');
    const draft = '榜单方面，2.5 Turbo 上线 10 天就拿下双赛道第一：图生视频 1252 分，文生视频 1329 分。';
    assert.notEqual(verdictOf(draft, '1252 分').verdict, 'supported');
    assert.notEqual(verdictOf(draft, '1329 分').verdict, 'supported');
    assert.equal(verdictOf('榜单方面，2.5 Turbo 上线 10 天就拿下双赛道第一：图生视频 1329 分，文生视频 1252 分。', '1252 分').verdict, 'supported');
  });
});

describe('matcher: an average is not a peak', () => {
  it('does not vouch for a day\'s average with the single-day peak, nor the peak with the average', () => {
    const draft = 'During Double 11 in 2025, live-stream clipping generated average daily GMV of RMB 66 million, up 140.9% year on year, with a single-day peak above RMB 53 million.';
    assert.equal(verdictOf(draft, 'RMB 66 million').finding?.replacement, 'RMB 53 million');
    assert.equal(verdictOf(draft, 'RMB 53 million').finding?.replacement, 'RMB 66 million');
    const right = 'During Double 11 in 2025, live-stream clipping generated average daily GMV of RMB 53 million, up 140.9% year on year, with a single-day peak above RMB 66 million.';
    assert.equal(verdictOf(right, 'RMB 53 million').verdict, 'supported');
    assert.equal(verdictOf(right, 'RMB 66 million').verdict, 'supported');
  });
});

describe('matcher: the same words after the same value', () => {
  it('bears out a Chinese count followed by the words the paper follows it with, though its context names another metric', () => {
    const draft = '- 无声直播：依托 50 万手语数据库，吸引 70 万人次观看，单场销售额 5.3 万元。';
    assert.equal(verdictOf(draft, '50 万').verdict, 'supported');
    // A measure word added between does not change the words.
    assert.equal(verdictOf('- 无声直播项目借助 50 万条手语数据，为听障主播搭起链路。', '50 万').verdict, 'supported');
    // Other words after the same value are no restatement.
    assert.notEqual(verdictOf('- 无声直播：依托 50 万名志愿者，吸引 70 万人次观看，单场销售额 5.3 万元。', '50 万').verdict, 'supported');
  });
});

describe('matcher: traditional-script words for users', () => {
  it('reads 使用者 as users, and does not vouch for a queue with another subject\'s same value', () => {
    const draft = '從排隊 6 萬人到全球 6000 萬使用者，可靈只用了不到兩年。';
    assert.equal(verdictOf(draft, '6000 萬').verdict, 'supported');
    assert.notEqual(verdictOf(draft, '6 萬人').verdict, 'supported');
  });
});

describe('matcher: the very value before a qualified one', () => {
  it('shows the paper\'s own "more than 3%" for "more than 3%", not a higher-scoring 4-5% it would also allow', () => {
    const draft = 'OneRec and the G4RL bidding technology together added 4-5% to domestic online marketing revenue, and G4RL on its own has lifted ad revenue by more than 3%.';
    const { verdict, fact } = verdictOf(draft, '3%.');
    assert.equal(verdict, 'supported');
    assert.match(fact?.sentence ?? '', /超过 3%/);
  });
});

describe('matcher: a scale slip of several digits', () => {
  it('corrects the same four digits under the wrong scale, though the count names nothing the paper\'s does', () => {
    const draft = '2025 年，平台日均运行风控反诈模型 170+，全年 AI 外呼反诈提醒 1670 万次，全年发送反诈提醒 10.18 万次。';
    assert.equal(verdictOf(draft, '10.18 万次').finding?.replacement, '10.18 亿次');
    // … in the draft's own script.
    const traditional = '2025 年，平台日均運行風控反詐模型 170+，全年 AI 外呼反詐提醒 1670 萬次，全年發送反詐提醒 10.18 萬次。';
    assert.equal(verdictOf(traditional, '10.18 萬次').finding?.replacement, '10.18 億次');
  });
});

describe('matcher: a keystroke off a count of the same kind', () => {
  it('corrects a dropped zero in a count of businesses the paper counts with 家', () => {
    const draft = 'Kling users had generated over 600 million videos, and more than 3,000 enterprise customers and developers were building on it, according to the document.';
    assert.match(verdictOf(draft, '3,000').finding?.replacement ?? '', /^30,000$/);
    // A keystroke off a count of another kind is no slip for it.
    assert.notEqual(verdictOf('Kling users had generated over 600 million videos, and more than 3,000 films were made with it.', '3,000').verdict, 'mismatch');
  });
});

describe('matcher: a hyphenated compound in a list', () => {
  it('reads "collective-communication performance" as the last member\'s own metric, not the list\'s', () => {
    const draft = 'The data-centre build-out brings 99.999% stability, a 30% lower network TCO and 25% better collective-communication performance.';
    assert.equal(verdictOf(draft, '25%').finding?.replacement, '20%');
    assert.equal(verdictOf(draft, '30%').verdict, 'supported');
  });
});

describe('matcher: versions clause by clause', () => {
  it('reads a figure of a sentence naming two versions as the version of its own clause', () => {
    const draft = 'In benchmark terms, Kling 2.0 led the Artificial Analysis image-to-video board with 1,142 points in May 2025, and Kling 2.5 Turbo scored 1,329 in image-to-video ten days after its release.';
    assert.equal(verdictOf(draft, '1,142').finding?.replacement, '1,124 points');
  });
});

describe('matcher: a ranking the sentence does not name', () => {
  it('does not correct a score on another leaderboard with the paper\'s, but still corrects one on the paper\'s', () => {
    const other = 'An API reseller\'s comparison puts Kling 3.0 Pro at 1,247 on a community video arena, in third place.';
    assert.notEqual(verdictOf(other, '1,247').verdict, 'mismatch');
    // … nor vouches for a place on it by a place on its own.
    assert.notEqual(verdictOf('A tutorial site lists Kling 3.0 Pro at 1,299 Elo for image-to-video, No. 2 behind an Alibaba model, on another leaderboard.', 'No. 2').verdict, 'supported');
    const own = 'On the Artificial Analysis text-to-video leaderboard, Kling 3.0 Pro sits in first place with an Elo score of 1,247.';
    assert.equal(verdictOf(own, '1,247').finding?.replacement, '1,240');
  });
});

describe('matcher: an arXiv identifier cites a research paper', () => {
  it('does not correct a section\'s figures under a heading that gives an arXiv identifier', () => {
    const draft = '## OneSearch (arXiv:2509.03236)\n\nOnline A/B tests show item CTR up 1.67%, buyers up 2.2% and orders up 3.22%.\n';
    assert.notEqual(verdictOf(draft, '1.67%').verdict, 'mismatch');
    assert.equal(verdictOf('## OneSearch-V2\n\nOnline A/B tests show item CTR up 1.67%, buyer conversion up 3.05% and orders up 2.11%.\n', '1.67%').finding?.replacement, '3.98%');
  });
});

describe('matcher: a fall is not a rise', () => {
  it('does not vouch for a fall with a rise of the same size', () => {
    const draft = 'With those results management disclosed that Kling\'s cumulative revenue had passed RMB100m by February 2025; the stock still fell more than 3% the next day.';
    assert.notEqual(verdictOf(draft, '3%').verdict, 'supported');
    assert.equal(verdictOf('G4RL has lifted ad revenue by more than 3% since 2025.', '3%').verdict, 'supported');
  });
});

describe('matcher: a clause that goes on with a comparison', () => {
  it('measures what the clause before it names', () => {
    const draft = '白皮书称，某小说行业广告主的 AIGC 短视频转化率，比非 AIGC 素材高出 47%。';
    assert.equal(verdictOf(draft, '47%').verdict, 'supported');
  });
});

describe('matcher: what a count became', () => {
  it('bears out lecturers counted by the paper as trainees made lecturers', () => {
    const draft = '- 幸福大讲堂：截至 2025 年底走进超 50 个县市，培养 20 名认证讲师，帮助近 200 万人掌握数字技能。';
    assert.equal(verdictOf(draft, '20 名').verdict, 'supported');
    assert.notEqual(verdictOf('- 幸福大讲堂：截至 2025 年底走进超 50 个县市，培养 20 名带货主播。', '20 名').verdict, 'supported');
  });
});

describe('matcher: swapped members', () => {
  it('corrects both values of a list whose members are swapped, each by its own member', () => {
    const draft = 'OneRec is an 8B-parameter model. Its model FLOPs utilisation is 28.8% in training and 23.7% in inference.';
    assert.equal(verdictOf(draft, '28.8%').finding?.replacement, '23.7%');
    assert.equal(verdictOf(draft, '23.7%').finding?.replacement, '28.8%');
    // … and in a Chinese list read respectively.
    const zh = 'OneRec 通过极致的性能优化，训练和推理阶段 MFU 分别提升至 28.8% 和 23.7%。';
    assert.equal(verdictOf(zh, '28.8%').finding?.replacement, '23.7%');
    assert.equal(verdictOf(zh, '23.7%').finding?.replacement, '28.8%');
    const right = 'OneRec is an 8B-parameter model. Its model FLOPs utilisation is 23.7% in training and 28.8% in inference.';
    assert.equal(verdictOf(right, '28.8%').verdict, 'supported');
    assert.equal(verdictOf(right, '23.7%').verdict, 'supported');
  });
});

describe('matcher: the date of an event', () => {
  it('reports a launch date the paper does not give, but not a report\'s publication day nor a byline', () => {
    assert.equal(verdictOf('下一步要看 2024 年 12 月 19 日推出的 1.6 版能否守住榜首。', '2024 年 12 月 19 日').verdict, 'unsupported');
    assert.equal(verdictOf('Kling AI officially launched on June 6, 2024.', 'June 6, 2024').verdict, 'supported');
    assert.notEqual(verdictOf('2025 年 6 月 30 日发布的《快手2025反诈治理报告》统计的是此前一年的情况。', '2025 年 6 月 30 日').verdict, 'unsupported');
    assert.notEqual(verdictOf('本文发布于 2026 年 1 月 5 日。', '2026 年 1 月 5 日').verdict, 'unsupported');
  });
});

describe('matcher: English units are no organisations', () => {
  it('does not vouch for "100 units" of an API pack with the 100+ 家单位 that joined a campaign', () => {
    assert.notEqual(verdictOf('- On the API side, the smallest Kling trial pack is $9.80 for 100 units.', '100').verdict, 'supported');
  });
});

describe('matcher: a figure standing alone as a lead', () => {
  it('reads a bold lead value with the sentence after it', () => {
    const draft = "- **25%.** Share of the two Kuaishou apps' online traffic now served by OneRec, the end-to-end generative recommender.\n\n- **3.22%.** Gain in mall search orders from OneSearch, which also added 2.4% more buyers.\n";
    assert.equal(verdictOf(draft, '25%').verdict, 'supported');
    assert.equal(verdictOf(draft, '3.22%').verdict, 'supported');
    assert.equal(verdictOf(draft, '3.22%').fact?.figure.value, 3.22);
  });
});

describe('matcher: a press article is another document', () => {
  it('does not correct the figures an article or a column gave with the paper\'s later ones', () => {
    const draft = 'A commentary piece in 2025 said Kling picked up 6 million new users soon after its public release, and a Longbridge column in the autumn still put the global user base at just over 22 million.';
    assert.notEqual(verdictOf(draft, '6 million').verdict, 'mismatch');
    assert.notEqual(verdictOf(draft, '22 million').verdict, 'mismatch');
    assert.equal(verdictOf('Kling had a global user base of just over 66 million by the end of 2025.', '66 million').finding?.replacement, '60 million');
  });
});

describe('matcher: a count of something the fact does not count', () => {
  it('does not correct "720 of its credits" to a leaderboard score', () => {
    const draft = 'Neural Frames prices Kling 1.6 Pro at 180 credits a minute, so a 4-minute music video costs 720 of its credits at Standard.';
    assert.notEqual(verdictOf(draft, '720').verdict, 'mismatch');
  });
});

describe('matcher: "per the white paper"', () => {
  it('reads "Per the white paper" as according to it, not as a rate per something', () => {
    const draft = 'Per the white paper, 万擎 ships more than 100 mainstream models and 25 workflow components out of the box.';
    assert.equal(verdictOf(draft, '100').verdict, 'supported');
    assert.match(verdictOf(draft, '25 workflow').finding?.replacement ?? '', /^20/);
  });
});

describe('matcher: anti-fraud outreach in English', () => {
  it('reads "reached out to potential victims" as the paper\'s 主动触达提醒潜在受害人', () => {
    const draft = 'Through its anti-fraud models the platform reached out to potential victims 166 million times and raised its fraud-risk blocking rate to 98%.';
    assert.equal(verdictOf(draft, '166 million').verdict, 'supported');
  });
});

describe('matcher: a qualified value names its metric', () => {
  it('does not vouch for "增长 100% 以上" of creators\' posts with a GMV growth of 140.9%', () => {
    const table = '| 指标 | 数值 |\n| --- | --- |\n| 万粉以上创作者投稿量 | 同比增长 100% 以上 |\n';
    assert.notEqual(verdictOf(table, '100%').verdict, 'supported');
  });
});

describe('matcher: a product named without a version', () => {
  it('does not bear out OneSearch\'s figure by OneSearch-V2\'s when the paper states one for OneSearch itself', () => {
    const draft = '- OneSearch：2025 年推出；驱动商城搜索订单量提升 2.11%，买家数增长 2.4%，线上推理成本降低 75.40%';
    assert.equal(verdictOf(draft, '2.11%').finding?.replacement, '3.22%');
    assert.equal(verdictOf('- OneSearch-V2：商品点击率提升 3.98%，买家转化率提升 3.05%，订单量提升 2.11%', '2.11%').verdict, 'supported');
    // … nor OneSearch-V2's by OneSearch's own.
    assert.notEqual(verdictOf('后续的 OneSearch-V2 改用隐式推理：商品点击率提升 3.98%，买家转化率提升 3.05%，订单量提升 3.22%。', '3.22%').verdict, 'supported');
  });
});

describe('matcher: ranges', () => {
  it('bears out a range by the same range, not by a single value inside it', () => {
    // The paper's drama cut its cycle by about 60%; a broker's 60%-70% is a range the paper never gives.
    assert.notEqual(verdictOf('券商预计 AI 制作可将短剧成本压缩 60%-70%。', '60%-70%').verdict, 'supported');
    // Both ends stated alike tie a range to the paper's, though the sentence names no metric the paper's does.
    const months = verdictOf('Its first AIGC short drama was finished in two months, where a comparable series normally takes 3 to 6 months.', '3 to 6 months');
    assert.equal(months.verdict, 'supported');
    assert.match(months.fact?.sentence ?? '', /3 至 6 个月/);
  });
});

describe('matcher: facts left out of scoring', () => {
  it('judges every labelled draft exactly as with every fact kept', () => {
    const dirs = [join(ROOT, 'test', 'drafts'), join(ROOT, 'test', 'holdout', 'drafts')];
    let figures = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const entries = readDocument(readFileSync(join(dir, name), 'utf8')).figures;
        const show = (js: ReturnType<typeof judgeAll>) => js.map((j) => `${j.entry.figure.start}:${j.verdict}:${j.fact?.id ?? ''}:${j.nearest.map((f) => f.id).join(',')}:${j.score.toFixed(6)}`);
        assert.deepEqual(show(judgeAll(entries, paperIndex())), show(judgeAll(entries, paperIndex(), true)), name);
        figures += entries.length;
      }
    }
    assert.ok(figures > 300, `${figures} figures compared`);
  });
});

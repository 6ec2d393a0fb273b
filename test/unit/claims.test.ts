import * as assert from 'node:assert/strict';
import { relateClaims } from '../../server/src/core/claimRelations';
import { toSimplified } from '../../server/src/core/chineseScript';
import { compareCounted, readCounted } from '../../server/src/core/countedThings';
import { readDocument } from '../../server/src/core/reader';
import { periodOfTitles } from '../../server/src/core/sourcePeriod';
import { compareTimes, findTimes } from '../../server/src/core/timePins';

/** The claim of the figure whose text contains `needle`, read in `text`. */
function claimOf(text: string, needle: string) {
  const entry = readDocument(text).figures.find((f) => f.figure.text.includes(needle));
  assert.ok(entry, `no figure ${needle} in ${text}`);
  return entry.claim;
}
const counted = (text: string, needle: string, unit = '') => {
  const at = text.indexOf(needle);
  return readCounted(text, at, at + needle.length, unit, 0, text.length);
};

describe('claims: what a figure counts and when it holds', () => {
  it('reads what a count counts, after the number or before it, in both languages', () => {
    assert.equal(counted('The app had generated 600 million videos by then.', '600 million').thing, 'video');
    assert.equal(counted('用户累计生成 1.75 亿张图片。', '1.75 亿张', '张').thing, 'image');
    assert.equal(counted('climbed to 60 million global creators', '60 million').thing, 'creator');
    assert.equal(counted('monthly active users passed 12 million', '12 million').thing, 'active-user');
    assert.equal(counted('Kling models held 9 of the top 15 places.', '9').thing, 'place');
    // A table cell ends at its pipe (blanked in the prose), a soft line break ends nothing.
    assert.equal(counted('KuaiMod    benchmark size    1,000 videos    white paper', '1,000').thing, 'video');
    assert.equal(counted('9 China Patent Excellence Awards and 1 Beijing Invention Patent\n  Award (third prize)', '1 Beijing').thing, counted('1 Beijing Invention Patent Award', '1 Beijing').thing);
    // Paying users are not all users.
    assert.equal(counted('付费用户超过 300 万', '300 万', '').thing, 'paying-user');
    // Orders of magnitude are what 5 个数量级 counts.
    assert.equal(counted('计算量提升了约 5 个数量级', '5 个', '个').thing, 'order-of-magnitude');
    // A reminder message is a reminder, as 提醒 is.
    assert.equal(counted('sent 1.018 billion reminder messages', '1.018 billion').thing, 'alert');
    // A milestone release is a milestone.
    assert.equal(counted('more than 20 iterations since, packed into 22 months and 8 milestone releases', '8').thing, 'milestone');
    // "720 of its credits" counts credits, as "9 of the top 15 places" counts places.
    assert.equal(counted('a 4-minute music video costs 720 of its credits at Standard', '720').noun, 'credit');
    // A model's size counts its parameters, not models.
    assert.equal(counted('OneRec 模型规模做到 8B，训练和推理 MFU 分别提升', '8B').thing, 'parameter');
    assert.equal(counted('万擎平台已预置 100 余个行业主流模型', '100').thing, 'model');
    // 企业客户和开发者超过 3 万家: the measure word says businesses, whatever noun stands nearest.
    const businesses = counted('企业客户和开发者超过 3 万家', '3 万', '');
    assert.equal(businesses.thing, undefined);
    assert.ok(businesses.groups.includes('organization') && !businesses.groups.includes('person'));
  });

  it('keeps counts of different things apart, and lets a measure word go with a noun without vouching for it', () => {
    assert.equal(compareCounted(counted('生成 6 亿个视频', '6 亿', ''), counted('生成 1.75 亿张图片', '1.75 亿', '')), 'different');
    assert.equal(compareCounted(counted('16 million videos', '16 million'), counted('60 million users', '60 million')), 'different');
    assert.equal(compareCounted(counted('60 million users', '60 million'), counted('可灵 AI 全球用户规模突破 6000 万', '6000 万')), 'same');
    assert.equal(compareCounted(counted('30,000 enterprise customers', '30,000'), counted('企业客户和开发者超过 3 万家', '3 万')), 'unknown');
    assert.equal(compareCounted(counted('33 PhD fellowships a year', '33'), counted('开展 100 余名联合人才培养', '100 余名', '余名')), 'unlike');
  });

  it('reads times: calendar spans, spans until now, relative times and the present', () => {
    const kinds = (text: string) => findTimes(text).map((t) => t.pin.kind);
    assert.deepEqual(kinds('In April 2025 it had 22 million users'), ['span']);
    assert.deepEqual(kinds('今年9月新增用户'), ['relative']);
    assert.deepEqual(kinds('in its tenth month, ARR passed $100 million'), ['relative']);
    assert.deepEqual(kinds('目前用户已超 6000 万'), ['now']);
    assert.deepEqual(kinds('截至 2025 年底'), ['span']);
    assert.ok(findTimes('Kling launched in June 2024').every((t) => t.datesEvent), 'a launch date dates the launch');
  });

  it('tells a figure pinned to another time from one stated now', () => {
    const paper = claimOf('截至 2025 年底，可灵 AI 全球用户规模突破 6000 万。', '6000');
    const april = claimOf('In April 2025, Kling AI had 22 million users.', '22 million');
    const now = claimOf('Kling AI currently has 50 million users.', '50 million');
    assert.equal(relateClaims(april, paper).time, 'conflict');
    assert.equal(relateClaims(april, paper).otherTime, true);
    assert.equal(relateClaims(now, paper).time, 'agree');
    assert.equal(compareTimes(undefined, paper?.time), 'agree');
  });

  it('marks a date that pins another figure as no claim, and a target or a starting value as no fact of a time', () => {
    assert.equal(claimOf('In April 2025, Kling AI had 22 million users.', 'April 2025')?.pinsAnother, true);
    assert.equal(claimOf('In April 2025, Kling AI had 22 million users.', '22 million')?.pinsAnother, undefined);
    assert.equal(claimOf('Full-year guidance was US$60 million of revenue.', '60')?.prospective, true);
    // A broker's estimate year: 2026E.
    assert.equal(claimOf('We model 2026E Kling revenue of US$330m, roughly 2% of group revenue.', '330')?.prospective, true);
    assert.notEqual(claimOf('Kling revenue was US$330m in 2026.', '330')?.prospective, true);
    assert.equal(relateClaims(claimOf('The campus is expected to save about 600 million kWh a year.', '600'), claimOf('数据中心预计年节约电 5 亿度。', '5 亿')).time, 'agree');
    assert.equal(relateClaims(claimOf('Full-year guidance was US$60 million of revenue.', '60'), claimOf('2025 年，单月收入突破 2000 万美元。', '2000')).time, 'conflict');
    assert.equal(claimOf('In the 22 months since launch the team passed 10 major milestones.', '10')?.time?.kind, 'now');
    assert.equal(claimOf('ARR grew from US$100 million to US$240 million.', '100')?.time?.kind, 'relative');
  });

  it('reads traditional characters as simplified, letter for letter, leaving characters simplified Chinese writes too', () => {
    assert.equal(toSimplified('可靈AI營收2.4億美元'), '可灵AI营收2.4亿美元');
    assert.equal(toSimplified('著作權'), '著作权');
    const zht = claimOf('截至2021年底，快手累計申請專利7321件。', '7321');
    assert.equal(zht?.counted?.thing, 'patent');
    assert.equal(zht?.time?.kind, 'span');
  });
});

describe('a figure of another time than its fact', () => {
  it('is reported unsupported, naming the paper\'s figure and its passage, with no fix', async () => {
    const { checkDocument, FindingCode } = await import('../../server/src/core/checker');
    const { paperIndex } = await import('../support/paper');
    for (const [draft, needle] of [['In April 2025, Kling AI had 22 million users worldwide.', '22 million'], ['2025年4月，可灵全球用户规模达到2200万。', '2200万']]) {
      const at = draft.indexOf(needle);
      const finding = checkDocument(draft, paperIndex()).findings.find((f) => f.start <= at && at < f.end);
      assert.equal(finding?.code, FindingCode.FigureUnsupported);
      assert.equal(finding?.replacement, undefined);
      assert.match(finding!.message, /6000 万/);
      assert.match(finding!.message, /截至 2025 年底/);
    }
  });
});

/** The claim of a figure as a draft is read against the shipped paper (its vocabulary, kind and year). */
async function draftClaimOf(text: string, needle: string) {
  const { readDocument: read } = await import('../../server/src/core/reader');
  const { vocabularyOf } = await import('../../server/src/core/factIndex');
  const { paperIndex } = await import('../support/paper');
  const index = paperIndex();
  const entry = read(text, { vocabulary: vocabularyOf(index), sourceTitles: index.titles, period: { kind: 'span', from: 2025 * 12 + 9, to: 2026 * 12 + 3 } }).figures.find((f) => f.figure.text.includes(needle));
  assert.ok(entry, `no figure ${needle} in ${text}`);
  return entry.claim;
}

/** The finding on `needle` when `draft` is checked against the shipped paper. */
async function findingOn(draft: string, needle: string) {
  const { checkDocument } = await import('../../server/src/core/checker');
  const { paperIndex } = await import('../support/paper');
  const at = draft.indexOf(needle);
  return checkDocument(draft, paperIndex()).findings.find((f) => f.start <= at && at < f.end);
}

describe('claims read against a source', () => {
  it('gives each member of an English list the metric of its own stretch', async () => {
    const claim = await draftClaimOf('In online A/B tests operating expenditure fell 75.40% and model FLOPs utilization climbed from 3.26% to 27.32%.', '27.32');
    assert.deepEqual(claim?.ownMetrics, ['c:mfu']);
    // The source's OneSearch sentence names no MFU: no correction of 27.32% with its 75.40% cost cut.
    assert.notEqual((await findingOn('OneSearch cut operating expenditure by 75.40% while model FLOPs utilization climbed from 3.26% to 27.32%.', '27.32'))?.code, 'figure-mismatch');
  });

  it('attributes a figure to the document its sentence, paragraph lead or heading names, unless the source is of that kind', async () => {
    assert.equal((await draftClaimOf('论文称上线后用户举报率降低 20%。', '20%'))?.cited, '论文');
    assert.equal((await draftClaimOf('## OneRec Technical Report\n\nThe model lifted App Stay Time by 0.54%.', '0.54'))?.cited, 'Technical Report');
    // The shipped paper is a white paper: "the white paper" and a bare "the paper" are the source itself.
    assert.equal((await draftClaimOf('据白皮书，可灵 AI 全球用户规模突破 6000 万。', '6000'))?.cited, undefined);
    assert.equal((await draftClaimOf('The paper says Kling AI has 60 million users.', '60 million'))?.cited, undefined);
    // So is an encyclopedia's (第三方百科記載, "according to Wikipedia").
    assert.equal((await draftClaimOf('第三方百科記載其上線後第一年內發布了超過 20 次模型更新。', '20'))?.cited, '百科');
    // An official bulletin (据通报) is another document's figure.
    assert.equal((await draftClaimOf('据通报，第一阶段累计处置违规 AI 小程序、应用程序和智能体 3500 余款，处置账号 3700 余个。', '3700'))?.cited, '通报');
    // A count of papers, a best-paper award and a report rate are no attribution.
    assert.equal((await draftClaimOf('| 顶级期刊和会议论文 Top-venue papers | 150+ |', '150'))?.cited, undefined);
    assert.equal((await draftClaimOf('It won a best paper honorable mention after cutting the user report rate by 20%.', '20%'))?.cited, undefined);
    // Another document's A/B test is not the source's to correct.
    assert.notEqual((await findingOn('V1 技术报告的 A/B 是 App Stay Time +0.54% / +1.24%。', '0.54'))?.code, 'figure-mismatch');
  });

  it('reads 当时 as the time named before it, and 去年 from the source\'s latest year', async () => {
    const then = await draftClaimOf('早在 2020 年夏天，平台就封禁了相关账号超过 10 万个。当时，防骗教育视频播放量超过 1000 万次。', '1000');
    assert.deepEqual(then?.time, { kind: 'span', from: 2020 * 12, to: 2020 * 12 + 11 });
    const lastYear = await draftClaimOf('去年四、五月的月度付费金额均超过 1 亿元人民币。', '1 亿元');
    assert.deepEqual(lastYear?.time, { kind: 'span', from: 2025 * 12 + 3, to: 2025 * 12 + 4 });
    assert.deepEqual(findTimes('the third quarter of last year', { kind: 'span', from: 2026 * 12, to: 2026 * 12 + 3 }).map((t) => t.pin), [{ kind: 'span', from: 2025 * 12 + 6, to: 2025 * 12 + 8 }]);
    // 年中 and mid-2025 are around June, not the whole year; 2025 年中国 is a year and a country.
    const now = { kind: 'span' as const, from: 2025 * 12 + 9, to: 2026 * 12 + 3 };
    assert.deepEqual(findTimes('去年年中媒体报的是 2 亿个视频', now)[0].pin, { kind: 'span', from: 2025 * 12 + 4, to: 2025 * 12 + 7 });
    assert.deepEqual(findTimes('by mid-2025 it had')[0].pin, { kind: 'span', from: 2025 * 12 + 4, to: 2025 * 12 + 7 });
    assert.deepEqual(findTimes('2025 年中国市场')[0].pin, { kind: 'span', from: 2025 * 12, to: 2025 * 12 + 11 });
    // A run of quarters of one year spans them all (each member's own is its list's to say).
    assert.deepEqual(findTimes('2025 年第一、二、三季度，可灵 AI 收入分别超过')[0].pin, { kind: 'span', from: 2025 * 12, to: 2025 * 12 + 8 });
    // 年底 of no stated year is a month to be given the year named last; 去年年底 and 年初至今 are not.
    assert.deepEqual(findTimes('年底 ARR 达 2.4 亿美元')[0].pin, { kind: 'month', month: 12 });
    assert.equal(findTimes('年初至今').some((t) => t.pin.kind === 'month'), false);
    assert.equal(findTimes('至２０２５年末已覆盖').some((t) => t.pin.kind === 'month'), false);
    // A month of no known year meets a span that holds it, and no other.
    assert.equal(compareTimes({ kind: 'month', month: 12 }, { kind: 'span', from: 2025 * 12 + 9, to: 2025 * 12 + 11 }), 'agree');
    assert.equal(compareTimes({ kind: 'month', month: 3 }, { kind: 'span', from: 2025 * 12 + 9, to: 2025 * 12 + 11 }), 'conflict');
    // Two quarters of no year are one time only when the same quarter.
    assert.equal(compareTimes(findTimes('in Q2')[0].pin, findTimes('第一季度日活为 393.8 million')[0].pin), 'conflict');
    assert.equal(compareTimes(findTimes('第二季度')[0].pin, findTimes('in Q2')[0].pin), 'agree');
    // With no year to count from, 去年 is known only to the writer.
    assert.equal(findTimes('去年 3 月')[0].pin.kind, 'relative');
  });

  it('reads a broker\'s forecast for its own year: 2026E is no correction of a forecast for 2025', async () => {
    const claim = await draftClaimOf('We model Kling revenue of RMB2.1bn in 2026E and RMB3.4bn in 2027E.', 'RMB3.4bn');
    assert.equal(claim?.prospective, true);
    assert.deepEqual(claim?.time, { kind: 'span', from: 2027 * 12, to: 2027 * 12 + 11 });
    assert.deepEqual(relateClaims({ prospective: true, time: { kind: 'span', from: 2026 * 12, to: 2026 * 12 + 11 } }, { prospective: true, time: { kind: 'span', from: 2025 * 12, to: 2025 * 12 + 11 } }).time, 'conflict');
  });

  it('reads each step of an arrowed sequence at its own time', async () => {
    const steps = '增长节奏：22 million users at the 2.0 launch → 45 million in July 2025 → 1 亿 at the second anniversary。';
    assert.notDeepEqual((await draftClaimOf(steps, '22 million'))?.time, { kind: 'span', from: 2025 * 12 + 6, to: 2025 * 12 + 6 });
    assert.deepEqual((await draftClaimOf(steps, '45 million'))?.time, { kind: 'span', from: 2025 * 12 + 6, to: 2025 * 12 + 6 });
  });

  it('reads 此前 and "previously" as another time than the source\'s, so no correction', async () => {
    const earlier = '该平台此前曾在网络恶意营销账号专项整治中，累计清理违规账号 3125 个。';
    assert.equal((await draftClaimOf(earlier, '3125'))?.time?.kind, 'relative');
    assert.notEqual((await findingOn(earlier, '3125'))?.code, 'figure-mismatch');
  });

  it('gives each member of a list read respectively over as many quarters its own quarter', async () => {
    const list = '2025 年前三季度的季度收入分别超过 1.5 亿元、2.5 亿元和 3 亿元。';
    assert.deepEqual((await draftClaimOf(list, '2.5'))?.time, { kind: 'span', from: 2025 * 12 + 3, to: 2025 * 12 + 5 });
    assert.deepEqual((await draftClaimOf(list, '3 亿'))?.time, { kind: 'span', from: 2025 * 12 + 6, to: 2025 * 12 + 8 });
    // A quarter of no year against a dated one: another time when not the same quarter.
    assert.equal(relateClaims({ time: { kind: 'span', from: 2025 * 12, to: 2025 * 12 + 2 } }, { time: { kind: 'relative', quarter: 2 } }).otherTime, true);
    assert.equal(relateClaims({ time: { kind: 'span', from: 2025 * 12 + 3, to: 2025 * 12 + 5 } }, { time: { kind: 'relative', quarter: 2 } }).otherTime, false);
  });

  it('takes a report\'s quarter from its title, but no period from a title spanning two years', () => {
    assert.deepEqual(periodOfTitles(['快手科技 2025 年第三季度业绩公告摘要']), { kind: 'span', from: 2025 * 12 + 6, to: 2025 * 12 + 8 });
    assert.equal(periodOfTitles(['可灵 AI 产品与商业化概览（2024 年 6 月至 2026 年 6 月）']), undefined);
  });

  it('reads a list\'s items at the time their lead names, and 当时 as the day of the event before it', async () => {
    const lead = '快手於 2025 年 4 月 30 日宣布成立可靈 AI 事業部。當時的報道提到：\n\n1. 可灵自发布起完成 20 次重大更新；\n2. 月活用戶由 88 萬增至 2200 萬；\n';
    assert.deepEqual((await draftClaimOf(lead, '2200'))?.time, { kind: 'span', from: 2025 * 12 + 3, to: 2025 * 12 + 3 });
    // An earlier report's count is then not the source's later one to correct.
    assert.notEqual((await findingOn(lead, '2200'))?.code, 'figure-mismatch');
    const english = 'As of March 2024, the company reported:\n\n- 22 million monthly active users\n- 5,000 enterprise customers\n';
    assert.deepEqual((await draftClaimOf(english, '22 million'))?.time, { kind: 'span', from: 2024 * 12 + 2, to: 2024 * 12 + 2 });
    // A list with no colon lead holds at no time its paragraph before it named.
    const unled = 'As of March 2024 the company was growing fast.\n\n- 22 million monthly active users\n';
    assert.equal((await draftClaimOf(unled, '22 million'))?.time, undefined);
  });

  it('reads the head of a noun phrase and what a measure word may count', () => {
    assert.equal(counted('累计获得 8 件中国专利优秀奖', '8 件', '件').thing, 'award');
    assert.equal(compareCounted(counted('监测共发现侵权链接 69172 条', '69172 条', '条'), counted('累计打击侵权搭蹭 1 万余件', '1 万余件', '件')), 'different');
    // 家次 counts businesses and times at once: both groups stay.
    assert.ok(counted('封禁清退商家 700 余家次', '700 余家次', '家次').groups.includes('occurrence'));
    // Nouns joined by "and" are counted together, even past the window's first word.
    assert.equal(counted('Enterprise customers and developers on Kling now exceed 50k', '50k').thing, undefined);
  });

  it('names works by title marks, and quotations only beside a campaign word', async () => {
    const { namedWorks } = await import('../../server/src/core/claimSubjects');
    assert.deepEqual(namedWorks('话题“全民反诈在行动”播放量达5.2亿次，“开学反诈第一课”系列直播'), ['全民反诈在行动', '开学反诈第一课']);
    assert.deepEqual(namedWorks('该项目以“用手说话的带货主播”为理念，《纸手机》全片约 5 分钟'), ['纸手机']);
  });

  it('supports a heading\'s figure by the same value borne out below it', async () => {
    const { checkDocument } = await import('../../server/src/core/checker');
    const { paperIndex } = await import('../support/paper');
    const draft = '# 圈粉六千万！\n\n截至2025年底，可灵 AI 的全球用户已经突破六千万。\n';
    const heading = checkDocument(draft, paperIndex()).judgements.find((j) => j.entry.inHeading);
    assert.equal(heading?.verdict, 'supported');
    assert.match(heading!.fact!.sentence, /全球用户规模突破 6000 万/);
  });
});

describe('claims: names that hold a document word', () => {
  it('reads a title\'s kind of document the same after any other reading (the shared pattern keeps no place)', async () => {
    const { namesOwnDocument, ownDocumentKinds, citedDocument } = await import('../../server/src/core/claimSubjects');
    const own = ownDocumentKinds(['快手创新 2026 与知识产权白皮书']);
    assert.ok(namesOwnDocument('据白皮书显示，可灵 AI 全球用户规模突破 6000 万，远超同行的报告。', own));
    assert.ok(ownDocumentKinds(['快手创新 2026 与知识产权白皮书']).has('white-paper'));
    assert.equal(citedDocument('The OneRec technical report describes a 1.6% lift, the paper says.', own), 'technical report');
    assert.ok(ownDocumentKinds(['快手创新 2026 与知识产权白皮书']).has('white-paper'));
  });
  it('does not take a product called "Paper Check" for a paper', async () => {
    assert.equal((await draftClaimOf('Checked by Paper Check: Kling AI\'s ARR reached US$260 million in December 2025.', '260'))?.cited, undefined);
  });
});

describe('messages name the source they quote', () => {
  it('says "the paper" and 白皮书 for the shipped white paper, and another source by its title', async () => {
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const { checkDocument } = await import('../../server/src/core/checker');
    const { hoverMarkdown } = await import('../../server/src/core/explain');
    const source = '# 快手科技 2025 年第三季度业绩公告摘要\n\n## 财务摘要\n\n2025 年第三季度，快手总收入为人民币 355.54 亿元，同比增长 14.2%。\n';
    const index = buildFactIndex([{ name: 'q3.md', text: source }]);
    const zh = checkDocument('2025 年第三季度，快手总收入为人民币 365.54 亿元。', index);
    assert.match(zh.findings[0].message, /^《快手科技 2025 年第三季度业绩公告摘要》给出的是 355\.54 亿元/);
    const en = checkDocument('In the third quarter of 2025, Kuaishou\'s total revenue was RMB36.5 billion.', index);
    assert.match(en.findings[0].message, /^“快手科技 2025 年第三季度业绩公告摘要” gives RMB35\.(?:6|554) billion/);
    const hover = hoverMarkdown(en.judgements.find((j) => j.verdict === 'mismatch')!, en.findings[0].replacement, en.naming);
    assert.match(hover, /✗ “快手科技 2025 年第三季度业绩公告摘要” gives/);
    assert.doesNotMatch(hover, /^\*\* ·/m, 'no empty section before the source name');
    const { paperIndex } = await import('../support/paper');
    assert.match(checkDocument('可灵 AI 全球用户规模突破 7000 万。', paperIndex()).findings[0].message, /^白皮书给出的是/);
  });
});

describe('a draft section dated by its heading', () => {
  it('reads a section\'s figures at the time its heading names, unless a sentence quotes the source itself', async () => {
    const { checkDocument } = await import('../../server/src/core/checker');
    const { paperIndex } = await import('../support/paper');
    const at = (draft: string, needle: string) => {
      const result = checkDocument(draft, paperIndex());
      const start = draft.indexOf(needle);
      return { judgement: result.judgements.find((j) => j.entry.figure.start === start), finding: result.findings.find((f) => f.start <= start && start < f.end) };
    };
    // A research paper's A/B result of August 2025 is not contradicted by the paper's later figure.
    const digest = '# Reading list\n\n## OneRec-V2 (August 2025)\n\nOnline A/B tests show App Stay Time gains of 0.467% and 0.741%.\n';
    assert.notEqual(at(digest, '0.467%').finding?.code, 'figure-mismatch');
    // The same figure undated is the paper's latest, and a slip there is corrected.
    assert.equal(at('OneRec lifted App Stay Time on the two apps by 1.26% and 1.65%.\n', '1.65%').finding?.code, 'figure-mismatch');
    // A sentence that quotes the white paper speaks of the paper's time, whatever its section's heading says.
    const quoted = '## OneSearch (September 2025)\n\nAccording to the white paper, OneSearch-V2 then lifted item click-through by 3.98%, buyer conversion by 3.05% and orders by 2.21%.\n';
    assert.equal(at(quoted, '2.21%').finding?.replacement, '2.11%');
    // … and is the paper's own figure, whatever document its section cites.
    const report = '## OneRec Technical Report (June 2025)\n\nThe report lifted App Stay Time by 0.54% and 1.24%.\n\nThe white paper gives the current production picture: stay time up 1.26% and 1.65% on the two apps.\n';
    assert.equal(at(report, '1.65%').finding?.code, 'figure-mismatch');
    assert.notEqual(at(report, '0.54%').finding?.code, 'figure-mismatch');
    // … nor the time an earlier sentence of its paragraph named.
    const paragraph = 'When the technical report came out in June 2025, the team reported stay-time gains of 0.54% and 1.24%. The white paper\'s numbers are bigger: training MFU of 23.7% and inference MFU of 28.3%.\n';
    assert.equal(at(paragraph, '28.3%').finding?.replacement, '28.8%');
  });

  it('reads an event\'s clause ending in 时 or opening with "when" as the time of the rest of the sentence', async () => {
    const zh = await draftClaimOf('对照：2022 年 4 月发布上一版白皮书时，快手积累的国内外专利为 7000 多件。', '7000');
    assert.equal(zh?.time?.kind === 'span' && zh.time.from, 2022 * 12 + 3);
    const en = await draftClaimOf('When Kling opened its beta in July 2024, users had generated 7 million videos.', '7 million');
    assert.equal(en?.time?.kind === 'span' && en.time.from, 2024 * 12 + 6);
    // An event's date alone still dates only the event.
    assert.equal((await draftClaimOf('可灵 AI 于 2024 年 6 月正式上线，全球用户规模突破 6000 万。', '6000'))?.time, undefined);
  });

  it('does not take the dateline a release opens with for the time of its figures', async () => {
    const claim = await draftClaimOf('BEIJING, April 22, 2026 — Kling had more than 60 million users around the world.', '60 million');
    assert.ok(!(claim?.time?.kind === 'span' && claim.time.from === 2026 * 12 + 3), JSON.stringify(claim?.time));
    // A time in the sentence itself still counts.
    const dated = await draftClaimOf('BEIJING, April 22, 2026 — In December 2025 Kling had more than 60 million users.', '60 million');
    assert.equal(dated?.time?.kind === 'span' && dated.time.from, 2025 * 12 + 11);
  });

  it('reads a change from the year before at its own period, not at the year-before time of its baseline', async () => {
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const { checkDocument } = await import('../../server/src/core/checker');
    const source = '# 快手科技 2025 年第三季度业绩公告摘要\n\n## 分部\n\n海外业务：海外收入为 11.54 亿元，同比下降 13.3%（上年同期为 13.31 亿元）。\n';
    const index = buildFactIndex([{ name: 'q3.md', text: source }]);
    const drop = index.facts.find((f) => f.figure.text.startsWith('13.3%'));
    assert.notEqual(drop?.claim?.time?.kind === 'span' && drop.claim.time.from, 2024 * 12 + 6, 'the change is not of the third quarter of 2024');
    const draft = '# 2025 年第三季度要点\n\n海外收入 11.54 亿元，同比下降 31.3%。\n';
    assert.equal(checkDocument(draft, index).findings.find((f) => draft.slice(f.start, f.end).startsWith('31.3'))?.code, 'figure-mismatch');
  });
});

describe('financial tables', () => {
  it('reads a table\'s declared unit into its cells, and each cell at its column\'s time', async () => {
    const { tableUnitOf } = await import('../../server/src/core/tableUnits');
    assert.deepEqual(tableUnitOf('人民币百万元 | 2025 年第三季度'), { scale: 1e6, currency: 'CNY' });
    assert.deepEqual(tableUnitOf('(RMB million)'), { scale: 1e6, currency: 'CNY' });
    // A currency named as the unit, with no scale: the numbers are that money as written.
    assert.deepEqual(tableUnitOf('可灵 3.0 的 API 按秒计费（单位：美元/秒），价格如下：'), { scale: 1, currency: 'USD' });
    assert.deepEqual(tableUnitOf('平均日活跃用户（百万）'), { scale: 1e6 });
    assert.equal(tableUnitOf('线上营销服务'), undefined);
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const { checkDocument } = await import('../../server/src/core/checker');
    const source = '# 快手科技 2025 年第三季度业绩公告摘要\n\n## 分部收入\n\n| 人民币百万元 | 2025 年第三季度 | 2024 年第三季度 | 同比变动 |\n| --- | --- | --- | --- |\n| 线上营销服务 | 20,100 | 17,646 | 13.9% |\n| 直播 | 9,567 | 9,350 | 2.3% |\n';
    const index = buildFactIndex([{ name: 'q3.md', text: source }]);
    const draft = 'In Q3 2025, online marketing services revenue reached RMB20.1 billion and live streaming RMB9.8 billion.';
    const result = checkDocument(draft, index);
    assert.equal(result.judgements.find((j) => j.entry.figure.text === 'RMB20.1 billion')?.verdict, 'supported');
    const live = result.findings.find((f) => draft.slice(f.start, f.end) === 'RMB9.8 billion');
    assert.equal(live?.code, 'figure-mismatch');
    assert.match(live!.replacement!, /^RMB9\.(?:6|567) billion$/, 'the fix is this quarter\'s column, not last year\'s 9,350');
    // A figure the table and a sentence both state: the hover quotes both.
    const { hoverMarkdown } = await import('../../server/src/core/explain');
    const twice = buildFactIndex([{ name: 'q3.md', text: `${source}\n本季度线上营销服务收入为 201 亿元，同比增长 13.9%。\n` }]);
    const both = checkDocument('In Q3 2025, online marketing services revenue reached RMB20.1 billion.', twice);
    const hover = hoverMarkdown(both.judgements.find((j) => j.verdict === 'supported')!, undefined, both.naming);
    assert.match(hover, /20,100/);
    assert.match(hover, /201 亿元/);
    // 上年同期 is the source's quarter a year before: a fact sheet's Q3 2024 column is checked against it.
    const mau = buildFactIndex([{ name: 'q3.md', text: '# 快手科技 2025 年第三季度业绩公告摘要\n\n快手应用平均月活跃用户为 7.31 亿，上年同期约为 7.14 亿。\n' }]);
    const sheet = '| Metric | Q3 2025 | Q3 2024 |\n| --- | --- | --- |\n| Average MAUs | 731 million | 741 million |\n';
    const findings = checkDocument(sheet, mau).findings;
    assert.equal(findings.find((f) => sheet.slice(f.start, f.end) === '731 million'), undefined);
    assert.equal(findings.find((f) => sheet.slice(f.start, f.end) === '741 million')?.replacement, '714 million');
    // A growth of the users' time spent is not a growth of daily users; an analyst's 2Q25 is the second quarter.
    const ops = buildFactIndex([{ name: 'q3.md', text: '# 快手科技 2025 年第三季度业绩公告摘要\n\n用户总使用时长同比增长 3.6%。电商 GMV 为 3,850.44 亿元。\n' }]);
    const note = 'DAU of 416mn (+2.0% YoY). GMV was RMB358.9bn in 2Q25.';
    const said = checkDocument(note, ops).findings;
    assert.notEqual(said.find((f) => note.slice(f.start, f.end) === '2.0%')?.code, 'figure-mismatch');
    assert.notEqual(said.find((f) => note.slice(f.start, f.end) === 'RMB358.9bn')?.code, 'figure-mismatch');
    assert.deepEqual(findTimes('in 2Q25').map((t) => t.pin), [{ kind: 'span', from: 2025 * 12 + 3, to: 2025 * 12 + 5 }]);
  });
});

describe('a clause that restates the metric before it', () => {
  // A results summary's habit: the metric once, then its value for other times, each in a clause of its own.
  const source = '# 快手科技 2025 年第三季度业绩公告摘要\n\n## 财务摘要\n\n- **毛利**：毛利为 194.34 亿元。毛利率为 54.7%，上年同期为 54.3%，2025 年第二季度为 55.7%。\n- **费用**：行政开支为 6.88 亿元，同比下降 13.6%。\n- **经营利润**：经营利润为 52.99 亿元，同比增长 69.9%，上年同期为 31.19 亿元。\n';
  it('bears out a year-earlier or prior-quarter value of the metric named once', async () => {
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const { checkDocument } = await import('../../server/src/core/checker');
    const index = buildFactIndex([{ name: 'q3.md', text: source }]);
    const draft = 'Gross margin was 54.7%, compared with 54.3% a year earlier. 本季度毛利率 54.7%，比二季度的 55.7% 下降约 1 个百分点。';
    const verdicts = checkDocument(draft, index).judgements.map((j) => `${j.entry.figure.text} ${j.verdict}`);
    assert.deepEqual(verdicts.filter((v) => !v.startsWith('1 ')), ['54.7% supported', '54.3% supported', '54.7% supported', '55.7% supported']);
  });
  it('does not correct an amount whose clause names another metric with a fact of the time the sentence named before', async () => {
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const { checkDocument } = await import('../../server/src/core/checker');
    const index = buildFactIndex([{ name: 'q3.md', text: source }]);
    const draft = 'S&M fell to 29.3% of revenue from 33.8% in 3Q24, and admin expenses dropped 13.6% to RMB868mn.';
    const finding = checkDocument(draft, index).findings.find((f) => draft.slice(f.start, f.end) === 'RMB868mn');
    assert.notEqual(finding?.replacement, 'RMB3119mn', 'operating profit a year earlier is no admin expense');
  });
});

describe('a results summary read as its writers write about it', () => {
  const source = '# 快手科技 2025 年第三季度业绩公告摘要\n\n## 分部\n\n作为环比参考，2025 年第二季度线上营销服务、直播和其他服务收入分别约为 197.7 亿元、100.4 亿元和 52.4 亿元。\n\n- **直播**：收入为 95.74 亿元，同比增长 2.5%。\n- **可灵**：第三季度可灵 AI 收入超过 3 亿元。2025 年 9 月底推出的可灵 AI 2.5 Turbo 模型，发布 10 天后同时位列两个榜单第一名。\n';
  const check = async (draft: string) => {
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const { checkDocument } = await import('../../server/src/core/checker');
    return checkDocument(draft, buildFactIndex([{ name: 'q3.md', text: source }]));
  };
  it('reads a list after its date respectively: the second quarter\'s 197.7 亿 is marketing\'s, not live streaming\'s', async () => {
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const facts = buildFactIndex([{ name: 'q3.md', text: source }]).facts;
    const members = ['197.7 亿元', '100.4 亿元', '52.4 亿元'].map((v) => facts.find((f) => f.figure.text === v)?.claim?.respective?.own);
    assert.deepEqual(members, ['c:marketing-revenue', 'c:livestream', 'c:other-services']);
    const draft = '直播收入 97.5 亿元，同比增长 2.5%。';
    const finding = (await check(draft)).findings.find((f) => draft.slice(f.start, f.end) === '97.5 亿元');
    assert.equal(finding?.replacement, '95.74 亿元');
  });
  it('takes a month that dates an event for a time, not a count to correct', async () => {
    const draft = '9 月底发布的可灵 AI 2.5 Turbo 模型在发布 10 天后登顶两个榜单。';
    const result = await check(draft);
    assert.equal(result.findings.find((f) => draft.slice(f.start, f.end).startsWith('9'))?.code, undefined);
  });
  it('does not correct another party\'s estimate (估算)', async () => {
    const draft = '海豚研究按 3.2 亿元估算可灵三季度收入。';
    const result = await check(draft);
    assert.notEqual(result.findings.find((f) => draft.slice(f.start, f.end) === '3.2 亿元')?.code, 'figure-mismatch');
  });
});

describe('what a results summary\'s sentences leave to their reader', () => {
  const source = '# 快手科技 2025 年第三季度业绩公告摘要\n\n## 财务摘要\n\n- **总收入**：本季度总收入为 355.54 亿元，同比增长 14.2%；2024 年第三季度为 311.31 亿元。与 2025 年第二季度的 350.46 亿元相比，环比增长 1.4%。\n- **使用时长**：日活跃用户日均使用时长为 134.1 分钟。\n- **经调整利润**：经调整净利润率为 14.0%。\n';
  const verdictOf = async (draft: string, figure: string) => {
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const { checkDocument } = await import('../../server/src/core/checker');
    return checkDocument(draft, buildFactIndex([{ name: 'q3.md', text: source }])).judgements.find((j) => j.entry.figure.text === figure)?.verdict;
  };
  it('takes an average per daily user for the time spent per DAU', async () => {
    assert.equal(await verdictOf('Daily time spent per DAU was 134.1 minutes.', '134.1 minutes'), 'supported');
  });
  it('reads "Adj. net margin" as one sentence', async () => {
    assert.equal(await verdictOf('Revenue grew 14.2%. Adj. net margin 14.0%.', '14.0%'), 'supported');
  });
  it('reads a restatement after a semicolon as of the metric before it', async () => {
    assert.equal(await verdictOf('2024 年第三季度总收入为 311.31 亿元。', '311.31 亿元'), 'supported');
    assert.equal(await verdictOf('Revenue: RMB35.55 billion in Q3 2025; RMB31.13 billion in Q3 2024.', 'RMB31.13 billion'), 'supported');
  });
  it('reads 本季度 and "this quarter" as a quarterly report\'s own quarter', async () => {
    const { findTimes } = await import('../../server/src/core/timePins');
    const q3 = { kind: 'span' as const, from: 2025 * 12 + 6, to: 2025 * 12 + 8 };
    assert.deepEqual(findTimes('本季度研发开支为 36.5 亿元', q3).map((t) => t.pin), [q3]);
    assert.deepEqual(findTimes('this quarter', { kind: 'span', from: 2025 * 12, to: 2025 * 12 + 11 }).map((t) => t.pin.kind), ['relative'], 'of a year-long source, no quarter is meant');
  });
  it('tells a change from the quarter before from one from the year before, each by the word beside it', async () => {
    const { readMeasureWords } = await import('../../server/src/core/claimMeasures');
    const { findFigures } = await import('../../server/src/core/figures');
    const text = 'revenue up 14% YoY and 4.1% QoQ';
    const [yoy, qoq] = findFigures(text).map((f) => readMeasureWords(text, f, 0, text.length));
    assert.equal(yoy.yearOnYear, true);
    assert.equal(qoq.quarterOnQuarter, true);
    assert.equal(qoq.yearOnYear, undefined);
    assert.equal(await verdictOf('Revenue rose 14.2% year over year and 1.4% quarter on quarter.', '1.4%'), 'supported', 'the block\'s label 总收入 names what 环比增长 1.4% measures');
  });
  it('reads 直播收入 58.78 亿 as an amount of money, the head of its noun phrase', async () => {
    const { readDocument } = await import('../../server/src/core/reader');
    assert.equal(readDocument('直播收入 58.78 亿，同比只涨了 2.5%。').figures[0].figure.kind, 'money');
    assert.equal(readDocument('全球用户规模突破 4500 万。').figures[0].figure.kind, 'count');
  });
  it('reads a change in points glued to its unit (1.8ppt) and 较上年同期 as year on year, but not the level after 的', async () => {
    const { findFigures } = await import('../../server/src/core/figures');
    const { readMeasureWords } = await import('../../server/src/core/claimMeasures');
    assert.deepEqual(findFigures('Adjusted net margin was 14.0%, up 1.8ppt YoY.').map((f) => [f.text, f.unit]), [['14.0%', '%'], ['1.8ppt', 'pp']]);
    const text = '经调整净利润率为 14.0%，较上年同期的 12.7% 提升 1.3 个百分点';
    const [, level, change] = findFigures(text).map((f) => readMeasureWords(text, f, text.indexOf('较'), text.length));
    assert.equal(level.yearOnYear, undefined, 'the level a year before');
    assert.equal(change.yearOnYear, true, 'the change from it');
  });
  it('reads every measure word the counted-things data knows after a number (9 起案件)', async () => {
    const { findFigures } = await import('../../server/src/core/figures');
    assert.deepEqual(findFigures('连带破获 9 起诈骗案件').map((f) => [f.text, f.kind, f.strong]), [['9 起', 'count', true]]);
  });
  it('reads a scale joined by hyphens in a compound adjective (an 8-billion-parameter model)', async () => {
    const { findFigures } = await import('../../server/src/core/figures');
    assert.deepEqual(findFigures('an 8-billion-parameter model').map((f) => [f.text, f.value, f.strong]), [['8-billion', 8e9, true]]);
    assert.deepEqual(findFigures('COVID-19 cases').map((f) => f.text), [], 'a hyphen after a word still glues');
  });
  it('reads a bare number after a label that names what it counts as a count of it', async () => {
    const { readDocument } = await import('../../server/src/core/reader');
    const [employees] = readDocument('- Employees: about 24,000.').figures;
    assert.deepEqual([employees.figure.kind, employees.figure.strong, employees.claim?.counted?.thing], ['count', true, 'employee']);
    assert.equal(readDocument('- Page: 24').figures[0].figure.strong, false, 'a label that names nothing counted leaves the number weak');
  });
  it('reads 多了 as a comparison and "per-video" as per unit', async () => {
    const { findFigures } = await import('../../server/src/core/figures');
    assert.equal(findFigures('比去年同期的 3432 亿多了 500 多亿')[0].qualifier, 'exact');
    assert.equal(findFigures('共 1 亿多用户')[0].qualifier, 'more');
    const { readMeasureWords } = await import('../../server/src/core/claimMeasures');
    const text = 'cut the per-video generation cost by nearly 40%';
    assert.equal(readMeasureWords(text, findFigures(text)[0], 0, text.length).perUnit, true);
  });
  it('corrects a change from the quarter before only with one', async () => {
    const { buildFactIndex } = await import('../../server/src/core/factIndex');
    const { checkDocument } = await import('../../server/src/core/checker');
    const draft = 'Revenue was RMB35.55bn in 3Q25, up 14.2% YoY and 4.1% QoQ.';
    const result = checkDocument(draft, buildFactIndex([{ name: 'q3.md', text: source }]));
    assert.equal(result.findings.find((f) => draft.slice(f.start, f.end) === '4.1%')?.replacement, '1.4%');
  });
  it('dates a change against a named quarter at the text\'s own period, not at the time the sentence before named', async () => {
    assert.equal(await verdictOf('第三季度快手总收入达到 355.5 亿元，环比增长 1.4%。', '1.4%'), 'supported');
  });
});

describe('what is not a figure or a name, and what a bare count counts', () => {
  it('leaves the name of a metric over a span alone (7-day retention, 7 日留存率)', async () => {
    const { findNonClaims } = await import('../../server/src/core/nonClaims');
    for (const [text, figure] of [['7-day retention rose significantly', '7-day'], ['7 日留存率提升 2%', '7 日']] as const) {
      const at = text.indexOf(figure);
      assert.ok(findNonClaims(text, [0]).some((s) => s.start <= at && s.end >= at + figure.length), text);
    }
  });
  it('leaves a piece\'s reading time alone (12-minute read, 阅读本文约需 6 分钟)', async () => {
    const { findNonClaims } = await import('../../server/src/core/nonClaims');
    for (const [text, figure] of [['*Feature · 12-minute read*', '12'], ['原创 科技茶水间 · 阅读本文约需6分钟', '6分钟']] as const) {
      const at = text.indexOf(figure);
      assert.ok(findNonClaims(text, [0]).some((s) => s.start <= at && s.end >= at + figure.length), text);
    }
    const render = 'The model renders a clip in under 6 分钟.';
    assert.ok(!findNonClaims(render, [0]).some((s) => s.start <= render.indexOf('6') && s.end > render.indexOf('6')));
  });
  it('leaves an ordinal point in time alone (上线第 10 个月), not a run of them (连续第 3 个月)', async () => {
    const { findNonClaims } = await import('../../server/src/core/nonClaims');
    const covered = (text: string, figure: string) => findNonClaims(text, [0]).some((s) => s.start <= text.indexOf(figure) && s.end >= text.indexOf(figure) + figure.length);
    assert.ok(covered('可灵 AI 上线第 10 个月时，ARR 即突破 1 亿美元。', '10 个月'));
    assert.ok(!covered('可灵 2.0 连续第 3 个月保持榜首。', '3 个月'));
  });
  it('does not take a web address for a misspelled name', async () => {
    const { findMisspelledNames } = await import('../../server/src/core/names');
    assert.deepEqual(findMisspelledNames('The klingai.cn domain dispute was settled.'), []);
    assert.equal(findMisspelledNames('Klingg passed 60 million users.')[0]?.expected, 'Kling');
  });
  it('does not read what a count counts from a name in marks before it', async () => {
    const claim = await draftClaimOf('“开学反诈第一课”单场最高 2664.2 万次，9 场合计 5049.4 万次。', '2664.2');
    assert.notEqual(claim?.counted?.thing, 'course');
  });
  it('reads a later count with the same measure word and no noun as counting the same thing', async () => {
    const { paperIndex } = await import('../support/paper');
    const granted = paperIndex().facts.find((f) => f.figure.text === '8000 件');
    assert.equal(granted?.claim?.counted?.thing, 'patent');
  });
});

import * as assert from 'node:assert/strict';
import { relateClaims } from '../../server/src/core/claims';
import { toSimplified } from '../../server/src/core/chineseScript';
import { compareCounted, readCounted } from '../../server/src/core/countedThings';
import { readDocument } from '../../server/src/core/reader';
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

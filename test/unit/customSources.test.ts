import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/core/checker';
import { loadSources as load, MAX_SOURCE_BYTES, readSource } from '../../server/src/sources/customSources';
import { PAPER_PATH } from '../support/paper';

const loadSources = (paths: string[], useShipped: boolean, root: string | undefined) => load(paths, useShipped, root, PAPER_PATH);

describe('custom sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paper-check-sources-'));
  const corrections = join(dir, 'corrections.md');
  writeFileSync(corrections, '# 更正说明\n\n2025 年 12 月，可灵 AI 年化收入运行率 (ARR) 达 2.8 亿美元。\n');
  const binary = join(dir, 'scan.pdf');
  writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
  const huge = join(dir, 'huge.md');
  writeFileSync(huge, Buffer.alloc(MAX_SOURCE_BYTES + 1, 0x61));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '  \n');
  /** The index of a one-file source written with `text` into the test folder as `name`. */
  const indexOfSource = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return loadSources([file], false, undefined).index;
  };
  const draft = 'In December 2025, Kling AI’s annualized revenue run rate (ARR) reached US$280 million.';

  it('says why a source cannot be used', () => {
    assert.match((readSource(join(dir, 'missing.md')) as { problem: string }).problem, /not found/);
    assert.match((readSource(binary) as { problem: string }).problem, /binary/);
    assert.match((readSource(huge) as { problem: string }).problem, /too large/);
    assert.match((readSource(empty) as { problem: string }).problem, /empty/);
    assert.ok('text' in readSource(corrections));
  });

  it('checks against a corrections sheet instead of the shipped paper', () => {
    const { index, problems } = loadSources([corrections], false, undefined);
    assert.deepEqual(problems, []);
    assert.deepEqual(index.sources, ['corrections.md']);
    const findings = checkDocument(draft, index).findings.filter((f) => f.code === 'figure-mismatch');
    assert.deepEqual(findings, [], 'the corrected ARR agrees');
  });

  it('takes a figure a draft attributes to a report the source summarises in a section of its own as the source\'s', () => {
    const index = indexOfSource('reports-summary.md', '# The Recommender Reports: a summary\n\n## The Recommender-V2 Technical Report (August 2025)\n\nIn V1, 97.66% of the compute went to encoding the context and 2.34% to generating recommendations.\n');
    const drafted = '据技术报告，第一代 Recommender 有 97.66% 的算力用于编码上下文，仅 2.43% 用于生成推荐结果。';
    const findings = checkDocument(drafted, index).findings;
    assert.equal(findings.find((f) => drafted.slice(f.start, f.end).includes('97.66')), undefined, 'borne out by the source');
    assert.equal(findings.find((f) => drafted.slice(f.start, f.end).includes('2.43'))?.replacement, '2.34%');
  });

  it('ties a figure to a fact by two of an English source\'s own words when no concept names its metric', () => {
    const index = indexOfSource('report.md', '# The Recommender Reports\n\n## Architecture\n\nFirst, in V1\'s encoder-decoder architecture, 97.66% of the compute was spent on encoding the context and only 2.34% on generating recommendations.\n\n## Key figures\n\n| Metric | Model | Value |\n| --- | --- | --- |\n| Compute spent on context encoding | Recommender-V1 | 97.66% |\n');
    const drafted = 'In Recommender-V1, 97.66% of compute went to context encoding and only 2.43% to generation.';
    const findings = checkDocument(drafted, index).findings;
    assert.equal(findings.find((f) => drafted.slice(f.start, f.end).includes('97.66')), undefined);
    assert.equal(findings.find((f) => drafted.slice(f.start, f.end).includes('2.43'))?.replacement, '2.34%');
  });

  it('bears out a distinctive value whose metric the item before names', () => {
    const index = indexOfSource('ab-tests.md', '# The Recommender Reports\n\n## Online results\n\nIn A/B tests on 5% of traffic, Recommender-V2 raised App Stay Time by 0.467% on the main app and by 0.741% on the lite app.\n');
    const drafted = '## Recommender engagement in A/B tests\n\n- V1: App Stay Time +0.54% on the main app.\n- V2: +0.467% and +0.741%.\n';
    const at = drafted.indexOf('0.467');
    const judged = checkDocument(drafted, index).judgements.find((j) => j.entry.figure.start <= at && at < j.entry.figure.end);
    assert.equal(judged?.verdict, 'supported');
  });

  it('bears out a range whose two ends the source states in one sentence', () => {
    const index = indexOfSource('scaling.md', '# The Recommender Reports\n\n## Scaling\n\nIts scaling curves run from 0.1B to 8B parameters, and larger models keep improving.\n');
    const drafted = 'Recommender 的 scaling 曲线覆盖 0.1B 到 8B 参数，模型越大效果越好。';
    assert.deepEqual(checkDocument(drafted, index).findings.filter((f) => f.code === 'figure-mismatch'), []);
  });

  it('reads a source section\'s figures at the time its heading names', () => {
    const index = indexOfSource('dated.md', '# The Recommender Reports\n\n## The first Recommender paper (February 2025)\n\nOffline, the largest variant, Recommender-1B, outperformed a TIGER model of the same size by 1.78% in session watch time.\n\n## Later work (December 2025)\n\nThe team released a benchmark.\n');
    const drafted = '2025 年 2 月的首篇论文中，Recommender-1B 在会话观看时长上比 TIGER-1B 高 1.87%。';
    assert.equal(checkDocument(drafted, index).findings.find((f) => drafted.slice(f.start, f.end).includes('1.87'))?.replacement, '1.78%');
  });

  it('bears out an undated figure by the source\'s latest figure for the same count, not an older snapshot', () => {
    const index = indexOfSource('users.md', '# 可灵 AI 概览\n\n## 用户\n\n2025 年 4 月 15 日的发布会披露，可灵 AI 的全球用户规模已超过 2200 万，累计生成视频超过 1.68 亿个。\n\n2025 年 7 月，用户超过 4500 万。\n\n到 2026 年 6 月两周年时，可灵 AI 的全球用户突破 1 亿。\n');
    const drafted = 'A thread on how Kling AI went from a waitlist to 100M global users at its launch event and since.';
    const at = drafted.indexOf('100M');
    const judged = checkDocument(drafted, index).judgements.find((j) => j.entry.figure.start <= at && at < j.entry.figure.end);
    assert.equal(judged?.verdict, 'supported');
    assert.match(judged?.fact?.sentence ?? '', /1 亿/);
  });

  it('goes on with what it has when a source is broken, and names each problem once', () => {
    const { index, problems } = loadSources([binary, join(dir, 'missing.md'), corrections], true, undefined);
    assert.equal(problems.length, 2);
    assert.ok(index.sources.includes('corrections.md') && index.sources.length === 2);
  });

  it('falls back to the shipped paper when nothing can be read, and leaves relative paths unread without a root', () => {
    const { index, problems } = loadSources(['relative/notes.md', binary], false, undefined);
    assert.ok(problems.some((p) => /relative path/.test(p.message)));
    assert.ok(problems.some((p) => /no custom source could be read/.test(p.message)));
    assert.ok(index.facts.length > 300, 'the shipped paper is still there');
    const relative = loadSources(['corrections.md'], false, dir);
    assert.deepEqual(relative.index.sources, ['corrections.md']);
  });

  it('reads the names file that comes with a source, and says when one is broken', () => {
    const results = join(dir, 'results.md');
    writeFileSync(results, '# 快手科技 2025 年第三季度业绩公告摘要\n\n联合创始人、董事长兼首席执行官程一笑表示，本季度收入为 355.54 亿元。\n');
    writeFileSync(join(dir, 'results.names.json'), JSON.stringify({ names: [{ name: '程一笑' }, { name: 'Kwaiyo', variants: ['KWAIYO'] }] }));
    const { index, problems, paths } = loadSources([results], false, undefined);
    assert.deepEqual(problems, []);
    assert.ok(paths.includes(join(dir, 'results.names.json')), 'watched like its source');
    const draft = '首席执行官程一箫表示收入为 355.54 亿元；Kwaiyoo 也提到了。';
    const named = checkDocument(draft, index).findings.filter((f) => f.code === 'name-misspelled').map((f) => [draft.slice(f.start, f.end), f.replacement]);
    assert.deepEqual(named, [['程一箫', '程一笑'], ['Kwaiyoo', 'Kwaiyo']]);
    assert.deepEqual(checkDocument(draft, loadSources([corrections], false, undefined).index).findings.filter((f) => f.code === 'name-misspelled'), [], 'another source knows no such names');
    writeFileSync(join(dir, 'results.names.json'), '{ "names": "程一笑" }');
    const broken = loadSources([results], false, undefined);
    assert.match(broken.problems[0]?.message ?? '', /is not a names file/);
    assert.deepEqual(broken.index.sources, ['results.md'], 'the source is still read');
  });
});

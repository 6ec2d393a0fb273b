/**
 * Property tests of `--fix`: whatever the draft, the fixed text differs from it only inside the fixed
 * ranges, byte for byte (line ends, a byte-order mark, markup and spacing kept), and each range holds its
 * fix. Checked on the pure function with the real checker, then through the command line on files.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyFixes, type AppliedFix } from '../../server/src/cli/applyFixes';
import type { DraftSettings } from '../../server/src/cli/draftSettings';
import { checkWithSettings, shownFindings } from '../../server/src/cli/findingRows';
import { DEFAULT_SEVERITY } from '../../server/src/settings';
import { runCli } from '../support/cli';
import { paperIndex } from '../support/paper';
import { alteredDraft, FIXED_SEED, paragraphDocument, RUN_SCALE, Tally } from './generators';

const tally = new Tally();
const SETTINGS: DraftSettings = { reportUnsupported: true, severity: DEFAULT_SEVERITY, acceptedFigures: [], sources: [], useShippedPaper: true };

/** Drafts with figures to fix and misspelled names, in any line ends, with or without a byte-order mark. */
const draft = fc.tuple(
  fc.oneof({ weight: 3, arbitrary: alteredDraft }, { weight: 1, arbitrary: paragraphDocument }),
  fc.constantFrom('', 'OneSerch lifted orders. ', '可令 AI 发布。', 'KuaiMood and 女蛙 '),
  fc.boolean(), fc.constantFrom('keep', 'crlf', 'cr'), fc.constantFrom('', '\n', '  \n\n', '\r\n'),
).map(([body, names, bom, ends, tail]) => {
  const text = `${names}${body}${tail}`;
  return (bom ? '\uFEFF' : '') + (ends === 'crlf' ? text.replace(/\r?\n/g, '\r\n') : ends === 'cr' ? text.replace(/\r?\n/g, '\r') : text);
});

/**
 * Asserts that `after` is `before` with exactly `fixes` applied: every byte outside a fixed range is the
 * same byte, at its place shifted by what the fixes before it added or removed.
 */
function assertOnlyFixedRangesChanged(before: string, after: Buffer, fixes: readonly AppliedFix[]): void {
  const old = Buffer.from(before, 'utf8');
  const byteAt = (offset: number) => Buffer.byteLength(before.slice(0, offset), 'utf8');
  let oldAt = 0;
  let newAt = 0;
  for (const fix of [...fixes, { start: before.length, end: before.length, replacement: '' }]) {
    const start = byteAt(fix.start);
    const kept = old.subarray(oldAt, start);
    assert.ok(after.subarray(newAt, newAt + kept.length).equals(kept), `bytes ${oldAt}–${start} outside the fixed ranges changed`);
    newAt += kept.length;
    const inserted = Buffer.from(fix.replacement, 'utf8');
    assert.ok(after.subarray(newAt, newAt + inserted.length).equals(inserted), `the range at byte ${start} does not hold its fix ${JSON.stringify(fix.replacement)}`);
    newAt += inserted.length;
    oldAt = byteAt(fix.end);
  }
  assert.equal(newAt, after.length, 'nothing after the last byte');
}

describe('property: --fix changes only the fixed ranges', function () {
  this.timeout(600000);
  after(() => tally.report('--fix properties'));

  it('the fixed text keeps every byte outside the fixed ranges (real checker, any draft)', async () => {
    let fixed = 0;
    await tally.check(fc.property(draft, (source) => {
      tally.inputs++;
      const findings = shownFindings(checkWithSettings(source, paperIndex(), SETTINGS), SETTINGS);
      const { text, applied } = applyFixes(source, findings);
      fixed += applied.length;
      // Every fixable finding is applied unless it overlaps one before it.
      assert.ok(applied.length <= findings.length);
      assertOnlyFixedRangesChanged(source, Buffer.from(text, 'utf8'), applied);
    }), { numRuns: 400 });
    assert.ok(fixed > 0, 'some drafts had something to fix');
  });

  it('overlapping or out-of-range fixes are skipped, never merged into the text around them', async () => {
    const finding = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 8 }), fc.string({ maxLength: 6 }), fc.constantFrom('figure-mismatch', 'name-misspelled', 'figure-unsupported'))
      .map(([start, length, replacement, code]) => ({ start, end: start + length, replacement, code, message: '' }));
    await tally.check(fc.property(fc.string({ maxLength: 60, unit: 'binary' }), fc.array(finding, { maxLength: 6 }), (text, findings) => {
      tally.inputs++;
      const { text: out, applied } = applyFixes(text, findings as never);
      for (let i = 1; i < applied.length; i++) assert.ok(applied[i].start >= applied[i - 1].end, 'applied fixes do not overlap');
      assert.ok(applied.every((f) => f.end <= text.length && f.start < f.end));
      assert.ok(applied.every((f) => findings.some((g) => g.start === f.start && g.code !== 'figure-unsupported')));
      assert.equal(out, applied.reduceRight((t, f) => t.slice(0, f.start) + f.replacement + t.slice(f.end), text));
    }), { numRuns: 1000 });
  });

  it('through the command line: files fixed in place keep every byte outside the fixed ranges', () => {
    const drafts = fc.sample(draft, { seed: FIXED_SEED, numRuns: Math.max(10, Math.round(60 * RUN_SCALE)) });
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-fix-property-'));
    drafts.forEach((text, i) => writeFileSync(join(dir, `d${i}.md`), text));
    const r = runCli(['--fix', '.'], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    let fixed = 0;
    drafts.forEach((text, i) => {
      tally.inputs++;
      // The fixes the command line should have made, from the same checker in this process.
      const { applied } = applyFixes(text, shownFindings(checkWithSettings(text, paperIndex(), SETTINGS), SETTINGS));
      fixed += applied.length;
      assertOnlyFixedRangesChanged(text, readFileSync(join(dir, `d${i}.md`)), applied);
    });
    assert.ok(fixed > 0, 'some files had something to fix');
  });
});

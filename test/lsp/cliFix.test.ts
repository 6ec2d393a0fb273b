/**
 * `paper-check --fix`: every figure and name fix applied in place, nothing else changed, what remains
 * reported; `--fix -` from standard input to standard output. (The property test in
 * test/property/cliFix.test.ts holds every byte outside the fixed ranges to what it was.)
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runCli } from '../support/cli';
import { ROOT } from '../support/paper';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8');

describe('command line --fix', function () {
  this.timeout(60000);

  it('fixes the figure and the name in place, keeps line ends and the byte-order mark, and reports what remains', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-fix-'));
    const original = '\uFEFF' + SAMPLE.replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'draft.md'), original);
    const r = runCli(['--fix', 'draft.md'], dir);
    const expected = original.replace('US$280 million', 'US$240 million').replace('OneSerch', 'OneSearch');
    assert.notEqual(expected, original);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), expected);
    assert.match(r.stderr, /fixed: draft\.md \(2 fix\(es\)\)/);
    // What remains is the unsupported figure, which has no fix: exit 0, as for a check.
    assert.equal(r.stdout, 'draft.md:15:39 info figure-unsupported The paper does not state 95 million.\n');
    assert.equal(r.status, 0);
    // A second run has nothing to fix and leaves the file as it is.
    const again = runCli(['--fix', '--format', 'json', 'draft.md'], dir);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), expected);
    assert.deepEqual(JSON.parse(again.stdout).findings.map((f: { code: string }) => f.code), ['figure-unsupported']);
  });

  it('leaves silenced and accepted figures as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-fix-silence-'));
    const draft = SAMPLE.replace('OneSerch', '<!-- paper-check-disable-next-line -->\nOneSerch');
    writeFileSync(join(dir, 'draft.md'), draft);
    writeFileSync(join(dir, '.paper-check.json'), JSON.stringify({ acceptedFigures: ['US$280 million'] }));
    const r = runCli(['--fix', 'draft.md'], dir);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), draft);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /0 fix\(es\) applied/);
  });

  it('reads standard input and writes the fixed text to standard output, with what remains on standard error', () => {
    const r = runCli(['--fix', '-'], ROOT, SAMPLE);
    assert.equal(r.stdout, SAMPLE.replace('US$280 million', 'US$240 million').replace('OneSerch', 'OneSearch'));
    assert.match(r.stderr, /2 fix\(es\) applied to standard input/);
    assert.match(r.stderr, /<stdin>:15:39 info figure-unsupported/);
    assert.equal(r.status, 0);
    // Without --fix, "-" checks standard input.
    const check = runCli(['-'], ROOT, SAMPLE);
    assert.equal(check.status, 1);
    assert.match(check.stdout, /^<stdin>:12:15 warning figure-mismatch/);
  });

  it('refuses to rewrite what is not UTF-8, rather than change its bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-fix-bytes-'));
    const bytes = Buffer.concat([Buffer.from(SAMPLE), Buffer.from([0xff, 0xfe, 0x0a])]);
    writeFileSync(join(dir, 'draft.md'), bytes);
    const r = runCli(['--fix', 'draft.md'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /draft\.md is not UTF-8 text that can be rewritten byte for byte; it is left unchanged/);
    assert.ok(readFileSync(join(dir, 'draft.md')).equals(bytes));
    // Down a pipe, the bytes go on unchanged, so that `--fix - < a.md > b.md` never loses a draft.
    const piped = spawnSync(process.execPath, [CLI, '--fix', '-'], { input: bytes, timeout: 60000 });
    assert.equal(piped.status, 2);
    assert.ok(piped.stdout.equals(bytes));
  });

  it('is a usage error with "-" and files together, or with no file', () => {
    assert.equal(runCli(['--fix', '-', 'a.md']).status, 2);
    assert.equal(runCli(['--fix']).status, 2);
  });
});

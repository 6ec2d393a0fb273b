import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paper';

const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60000 });

describe('command line (dist/cli.js)', function () {
  this.timeout(60000);
  const sample = join(ROOT, 'samples', 'kling-release.md');

  it('prints file:line:col severity code message and exits 1 on a mismatch', () => {
    const r = cli([sample]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /kling-release\.md:\d+:\d+ warning figure-mismatch The paper gives US\$240 million/);
    assert.match(r.stdout, /info figure-unsupported/);
    assert.match(r.stdout, /warning name-misspelled/);
  });

  it('gives JSON with replacements, and exits 0 when only unsupported figures remain', () => {
    const r = cli(['--format', 'json', sample]);
    const out = JSON.parse(r.stdout);
    assert.equal(out.files, 1);
    assert.ok(out.findings.some((f: any) => f.text === 'US$280 million' && f.replacement === 'US$240 million'));
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-cli-'));
    writeFileSync(join(dir, 'ok.md'), 'Kling AI passed 60 million users. The app was downloaded 95 million times.\n');
    assert.equal(cli([join(dir, 'ok.md')]).status, 0);
    assert.equal(cli(['--bogus-format', '--format', 'xml', sample]).status, 2);
    assert.equal(cli([join(dir, 'missing.md')]).status, 2);
  });

  it('writes a sign-off report beside the draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-report-'));
    copyFileSync(sample, join(dir, 'draft.md'));
    cli(['--report', 'html', join(dir, 'draft.md')]);
    const html = readFileSync(join(dir, 'draft.paper-check.html'), 'utf8');
    assert.match(html, /US\$280 million<\/td><td class="bad">✗ disagrees/);
  });

  it('checks a folder on several threads and reports in file order, as one thread would', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-folder-'));
    const drafts = readFileSync(sample, 'utf8');
    for (let i = 0; i < 45; i++) writeFileSync(join(dir, `d${String(i).padStart(2, '0')}.md`), i % 3 ? drafts : drafts.replace('US$280 million', 'US$240 million'));
    // Two threads whatever this machine's cores (by default, one per two cores).
    const many = cli(['--threads', '2', dir]);
    // 19 files are checked on one thread: their lines must open the threaded run's output, in order.
    const first = cli(Array.from({ length: 19 }, (_, i) => join(dir, `d${String(i).padStart(2, '0')}.md`)));
    assert.ok(first.stdout.length > 0 && many.stdout.startsWith(first.stdout));
    const lines = many.stdout.trim().split('\n');
    const files = lines.map((l) => l.split(':')[0]);
    assert.deepEqual(files, [...files].sort(), 'in file order');
    assert.equal(lines.filter((l) => l.includes('figure-mismatch')).length, 30);
    assert.ok(!existsSync(join(dir, 'd00.paper-check.md')));
  });
});

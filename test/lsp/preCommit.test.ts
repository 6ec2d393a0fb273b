/**
 * The pre-commit hook (.pre-commit-hooks.yaml): in a throw-away git repository, a draft with a wrong
 * figure blocks the commit and the fixed draft passes. The hook is configured as `repo: local` with the
 * definition read from .pre-commit-hooks.yaml and its entry in this checkout (already built), so that the
 * test runs offline; pre-commit itself comes from Debian, installed here when missing and running as root.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { copyOfCheckout, NPM_FROM_CACHE } from '../support/checkoutCopy';
import { ROOT } from '../support/paper';

const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 300000 });

/** Whether `pre-commit` can be run, installing it from Debian when it is missing and this is root; else why not. */
function preCommitAvailable(): true | string {
  if (run('pre-commit', ['--version'], ROOT).status === 0) return true;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'pre-commit is not installed, and installing it (apt-get install pre-commit) needs root';
  if (run('which', ['apt-get'], ROOT).status !== 0) return 'pre-commit is not installed, and there is no apt-get to install it with';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install = run('apt-get', ['install', '-y', '--no-install-recommends', 'pre-commit'], ROOT, env);
  if (install.status !== 0) {
    // A fresh machine has no package lists yet.
    run('apt-get', ['update'], ROOT, env);
    install = run('apt-get', ['install', '-y', '--no-install-recommends', 'pre-commit'], ROOT, env);
  }
  if (run('pre-commit', ['--version'], ROOT).status === 0) return true;
  return `pre-commit could not be installed: ${install.stderr.slice(-300)}`;
}

describe('pre-commit hook (.pre-commit-hooks.yaml)', function () {
  this.timeout(600000);
  let repo: string;
  let env: NodeJS.ProcessEnv;
  const git = (...args: string[]) => run('git', args, repo, env);

  before(function () {
    const available = preCommitAvailable();
    if (available !== true) {
      console.log(`      skipped: ${available}`);
      this.skip();
    }
    repo = mkdtempSync(join(tmpdir(), 'paper-check-pre-commit-'));
    // pre-commit's cache in the temporary folder too, and no user or system git settings.
    env = { ...process.env, PRE_COMMIT_HOME: join(repo, '.cache'), GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Writer', GIT_AUTHOR_EMAIL: 'writer@example.com', GIT_COMMITTER_NAME: 'Writer', GIT_COMMITTER_EMAIL: 'writer@example.com' };
    assert.equal(git('init', '-q', '-b', 'main').status, 0);
    // The hook as this repository defines it, run from this checkout: pre-commit's `repo: local` form.
    const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    assert.equal(hook.id, 'paper-check');
    const local = { ...hook, entry: join(ROOT, String(hook.entry)) };
    writeFileSync(join(repo, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: 'local', hooks: [local] }] }));
    writeFileSync(join(repo, '.gitignore'), '.cache/\n');
    assert.equal(git('add', '.pre-commit-config.yaml', '.gitignore').status, 0);
    assert.equal(git('commit', '-q', '--no-verify', '-m', 'pre-commit configured').status, 0);
    const install = run('pre-commit', ['install'], repo, env);
    assert.equal(install.status, 0, install.stderr);
  });

  it('blocks a commit whose draft states a wrong figure, and lets the fixed draft through (repo: local)', () => {
    const sample = readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8');
    writeFileSync(join(repo, 'release.md'), sample);
    // Not Markdown: not the hook's business, whatever it says.
    writeFileSync(join(repo, 'notes.txt'), 'Kling AI ARR: US$280 million\n');
    git('add', 'release.md', 'notes.txt');
    const blocked = git('commit', '-m', 'draft');
    assert.notEqual(blocked.status, 0, 'the commit is blocked');
    const output = blocked.stdout + blocked.stderr;
    assert.match(output, /release\.md:12:15 warning figure-mismatch The paper gives US\$240 million/);
    assert.doesNotMatch(output, /notes\.txt/);
    assert.notEqual(git('rev-parse', '--verify', '-q', 'HEAD~1').status, 0, 'nothing was committed');

    const fixed = run(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--fix', 'release.md'], repo, env);
    assert.equal(fixed.status, 0, fixed.stderr);
    git('add', 'release.md');
    const passed = git('commit', '-m', 'draft, fixed');
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    assert.match(passed.stdout + passed.stderr, /Paper Check.*Passed/);
    assert.match(git('show', 'HEAD:release.md').stdout, /US\$240 million/);
  });

  it('works as a project references it (repo and rev): the clone builds itself on first use, then checks', () => {
    // This checkout as pre-commit would clone it from its repository: committed files, nothing built.
    const hookRepo = copyOfCheckout();
    const project = mkdtempSync(join(tmpdir(), 'paper-check-pre-commit-remote-'));
    const projectEnv = { ...env, ...NPM_FROM_CACHE, PRE_COMMIT_HOME: join(project, '.cache') };
    const inProject = (...args: string[]) => run('git', args, project, projectEnv);
    inProject('init', '-q', '-b', 'main');
    writeFileSync(join(project, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: hookRepo.path, rev: hookRepo.commit, hooks: [{ id: 'paper-check' }] }] }));
    writeFileSync(join(project, '.gitignore'), '.cache/\n');
    writeFileSync(join(project, 'release.md'), readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8'));
    assert.equal(run('pre-commit', ['install'], project, projectEnv).status, 0);
    inProject('add', '-A');
    const blocked = inProject('commit', '-m', 'draft');
    const output = blocked.stdout + blocked.stderr;
    assert.notEqual(blocked.status, 0, output);
    assert.match(output, /building the hook once/);
    assert.match(output, /release\.md:12:15 warning figure-mismatch/);
    writeFileSync(join(project, 'release.md'), readFileSync(join(project, 'release.md'), 'utf8').replace('US$280 million', 'US$240 million').replace('OneSerch', 'OneSearch'));
    inProject('add', '-A');
    const passed = inProject('commit', '-m', 'draft, fixed');
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    assert.doesNotMatch(passed.stdout + passed.stderr, /building the hook once/, 'built once, on first use');
  });
});

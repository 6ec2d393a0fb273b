/**
 * The GitHub Action (action.yml): its steps run here as a runner would run them. `run:` steps go to
 * `bash --noprofile --norc -eo pipefail` with the env, working directory and GITHUB_OUTPUT file the runner
 * sets, after `${{ }}` expressions are evaluated against the inputs, the action's path and earlier steps'
 * outputs; `if:` conditions decide which steps run; the `uses:` step (upload-sarif) cannot run offline, so
 * what it would be given is checked instead: a SARIF file, valid, with the findings.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { copyOfCheckout, NPM_FROM_CACHE } from '../support/checkoutCopy';
import { ROOT } from '../support/paper';
import { isValidSarif, sarifErrors } from '../support/sarif';

interface Step {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

/** What a run of the action did: the steps run, what `uses:` steps were given, the outputs, and where it failed. */
interface Run {
  ran: string[];
  used: Array<{ uses: string; with: Record<string, string> }>;
  outputs: Record<string, string>;
  failedAt?: string;
  log: string;
}

/**
 * Evaluates the expressions the action uses: context values (`inputs.x`, `github.action_path`,
 * `steps.id.outputs.x`), string literals, `==` and `&&`. Anything else fails the test, so that the action
 * cannot grow an expression this test would evaluate wrongly.
 */
function evaluate(expression: string, context: Record<string, string>): string | boolean {
  const value = (term: string): string => {
    const t = term.trim();
    if (/^'[^']*'$/.test(t)) return t.slice(1, -1);
    if (/^[\w.-]+$/.test(t)) return context[t] ?? '';
    throw new Error(`action.yml uses an expression this test does not evaluate: ${expression}`);
  };
  const conjuncts = expression.split('&&');
  if (conjuncts.length === 1 && !expression.includes('==')) return value(expression);
  return conjuncts.every((c) => {
    const [lhs, rhs, more] = c.split('==');
    if (rhs === undefined || more !== undefined) throw new Error(`action.yml uses an expression this test does not evaluate: ${expression}`);
    return value(lhs) === value(rhs);
  });
}
const interpolate = (text: string, context: Record<string, string>) => text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e, context)));
const condition = (text: string | undefined, context: Record<string, string>) => text === undefined || evaluate(text.replace(/^\$\{\{(.*)\}\}$/s, '$1'), context) === true;

/** Runs the action in `workspace` with `given` inputs, as a runner would. */
function runAction(workspace: string, given: Record<string, string> = {}, actionPath = ROOT, extraEnv: NodeJS.ProcessEnv = {}): Run {
  assert.equal(ACTION.runs.using, 'composite');
  const context: Record<string, string> = { 'github.action_path': actionPath, 'github.workspace': workspace };
  for (const [name, input] of Object.entries(ACTION.inputs)) context[`inputs.${name}`] = given[name] ?? input.default ?? '';
  const result: Run = { ran: [], used: [], outputs: {}, log: '' };
  for (const step of ACTION.runs.steps) {
    if (!condition(step.if, context)) continue;
    result.ran.push(step.name);
    if (step.uses) {
      result.used.push({ uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), context)])) });
      continue;
    }
    assert.equal(step.shell, 'bash', `${step.name}: a composite action's run step names its shell`);
    const outputFile = join(mkdtempSync(join(tmpdir(), 'paper-check-action-output-')), 'output');
    writeFileSync(outputFile, '');
    const script = join(tmpdir(), `paper-check-action-step-${process.pid}.sh`);
    writeFileSync(script, step.run!);
    const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: actionPath, CI: 'true' };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(String(v), context);
    const cwd = step['working-directory'] ? interpolate(step['working-directory'], context) : workspace;
    // The runner's command for `shell: bash`.
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 600000 });
    result.log += `## ${step.name}\n${r.stdout}${r.stderr}`;
    for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0 && step.id) context[`steps.${step.id}.outputs.${line.slice(0, eq)}`] = line.slice(eq + 1);
    }
    if (r.status !== 0) {
      result.failedAt = step.name;
      break;
    }
  }
  for (const [name, output] of Object.entries(ACTION.outputs)) result.outputs[name] = interpolate(output.value, context);
  return result;
}

describe('GitHub Action (action.yml)', function () {
  this.timeout(600000);
  const workspaceWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-check-action-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const sample = readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8');

  it('writes SARIF for upload-sarif and fails the job on a wrong figure', () => {
    const workspace = workspaceWith({ 'release.md': sample });
    copyFileSync(join(ROOT, 'samples', 'kling-release.md'), join(workspace, 'second.md'));
    const run = runAction(workspace);
    assert.equal(run.outputs['exit-code'], '1', run.log);
    assert.equal(run.failedAt, 'Fail on findings', run.log);
    assert.match(run.log, /::error title=Paper Check::A figure disagrees/);
    const [upload] = run.used;
    assert.match(upload.uses, /^github\/codeql-action\/upload-sarif@v\d+$/);
    const sarifPath = join(workspace, upload.with.sarif_file);
    assert.equal(upload.with.sarif_file, run.outputs['sarif-file']);
    const log: any = JSON.parse(readFileSync(sarifPath, 'utf8'));
    assert.ok(isValidSarif(log), sarifErrors());
    const results = log.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    assert.deepEqual([...new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))].sort(), ['release.md', 'second.md'], 'paths relative to the workspace, as code scanning wants them');
    assert.equal(results.filter((r) => r.ruleId === 'figure-mismatch').length, 2);
  });

  it('passes on a clean draft, takes paths and args, and can leave out the upload and the failure', () => {
    const workspace = workspaceWith({ 'clean.md': 'Kling AI passed 60 million users.\n', 'wrong.md': sample });
    const clean = runAction(workspace, { paths: 'clean.md' });
    assert.equal(clean.failedAt, undefined, clean.log);
    assert.equal(clean.outputs['exit-code'], '0');
    assert.ok(!clean.ran.includes('Fail on findings'));
    const lenient = runAction(workspace, { paths: 'clean.md wrong.md', args: '--no-unsupported', upload: 'false', 'fail-on-findings': 'false', 'sarif-file': 'out.sarif' });
    assert.equal(lenient.failedAt, undefined, lenient.log);
    assert.equal(lenient.outputs['exit-code'], '1');
    assert.deepEqual(lenient.used, [], 'no upload');
    const log = JSON.parse(readFileSync(join(workspace, 'out.sarif'), 'utf8'));
    assert.ok(!log.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'figure-unsupported'), 'args reach the command line');
    assert.equal(log.runs[0].artifacts.length, 2);
  });

  it('fails at the check on a usage or read error, before any upload', () => {
    const workspace = workspaceWith({});
    const run = runAction(workspace, { paths: 'missing.md' });
    assert.equal(run.failedAt, 'Check the drafts', run.log);
    assert.equal(run.outputs['exit-code'], '2');
    assert.deepEqual(run.used, []);
    assert.match(run.log, /cannot read missing\.md/);
  });

  it('builds itself from a fresh checkout of the action (nothing built, no node_modules), then checks', () => {
    // The action's checkout as a runner gets it: committed files only.
    const { path } = copyOfCheckout();
    assert.ok(!existsSync(join(path, 'dist')) && !existsSync(join(path, 'node_modules')));
    const workspace = workspaceWith({ 'release.md': sample });
    const run = runAction(workspace, { upload: 'false' }, path, NPM_FROM_CACHE);
    assert.ok(existsSync(join(path, 'dist', 'cli.js')) && existsSync(join(path, 'dist', 'paper-index.json')), run.log);
    assert.equal(run.outputs['exit-code'], '1', run.log);
    assert.equal(run.failedAt, 'Fail on findings', run.log);
    const log = JSON.parse(readFileSync(join(workspace, 'paper-check.sarif'), 'utf8')) as object;
    assert.ok(isValidSarif(log), sarifErrors());
  });

  it('builds only what is missing: the checkout here is built, so the build step leaves it alone', () => {
    const before = readFileSync(join(ROOT, 'dist', 'cli.js'));
    const run = runAction(workspaceWith({ 'clean.md': 'Kling AI passed 60 million users.\n' }));
    assert.equal(run.ran[0], 'Build Paper Check');
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')) && readFileSync(join(ROOT, 'dist', 'cli.js')).equals(before));
  });
});

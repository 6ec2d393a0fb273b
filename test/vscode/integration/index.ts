/**
 * Entry point the extension host loads as extensionTestsPath (code-server payload or @vscode/test-electron):
 * runs every bundled `*.vscode.js` suite beside this file with mocha, in the real extension host.
 * The outcome also goes to $VSCODE_TEST_RESULTS/integration.txt, for drivers that cannot see the host's console.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const grep = process.env.PAPER_CHECK_TEST_GREP;
  if (grep) mocha.grep(grep);
  // crash.vscode.js kills the language server: it runs last, so a broken restart fails that suite, not every one after it.
  const last = (f: string) => (f === 'crash.vscode.js' ? 1 : 0);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.vscode.js')).sort((a, b) => last(a) - last(b) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  // Written as the tests finish, so a driver that gives up waiting still shows how far the run got.
  const out = process.env.VSCODE_TEST_RESULTS;
  const file = out ? path.join(out, 'integration.txt') : undefined;
  if (out) fs.mkdirSync(out, { recursive: true });
  if (file) fs.writeFileSync(file, '');
  const record = (line: string) => {
    if (file) fs.appendFileSync(file, line + '\n');
  };
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (t) => { passed++; record(`  ok   ${t.fullTitle()} (${t.duration ?? 0} ms)`); });
    runner.on('pending', (t) => { skipped++; record(`  skip ${t.fullTitle()}`); });
    runner.on('fail', (t, err: Error) => { failed++; record(`  FAIL ${t.fullTitle()}\n       ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n       ')}`); });
  });
  record(`integration: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (failures > 0 || passed === 0) throw new Error(`${failures} of ${passed + failed} VS Code integration test(s) failed`);
}

// Runs the mocha suites of test/vscode/integration inside code-server's (Node) extension host, the way VS Code's
// own browser integration tests do: extensionDevelopmentPath + extensionTestsPath in the workbench URL's payload,
// and the exit code comes back through window.codeAutomationExit.
const fs = require('node:fs');
const path = require('node:path');
const { format } = require('node:util');
const { launch, remote, workbenchUrl, results } = require('./playwright');

const root = path.join(__dirname, '..', '..');
const host = path.join(root, 'test', 'vscode', 'integration', 'host'); // test-only: the Paper Check under test is the installed .vsix
const tests = path.join(root, 'out', 'vscode', 'integration', 'index.js');
const ws = process.env.WS_DIR || path.join(root, 'test', 'vscode', 'workspace');
const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS || 240_000);

(async () => {
  const t0 = Date.now();
  fs.mkdirSync(results, { recursive: true });
  const summary = path.join(results, 'integration.txt');
  fs.rmSync(summary, { force: true });
  const browser = await launch();
  let code = 'timeout';
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (c) => resolve(c)));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      // The workbench's own chatter is shown with VERBOSE=1 only; per-test results come from integration.txt below.
      if (process.env.VERBOSE || /^\s*\d+ (passing|failing|pending)/.test(line)) console.log(line.replace(/\s+$/, ''));
    });
    const payload = [['extensionDevelopmentPath', remote(host)], ['extensionTestsPath', remote(tests)], ['skipWelcome', 'true']];
    await page.goto(workbenchUrl(ws, payload));
    code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    await page.screenshot({ path: path.join(results, 'integration-end.png') }).catch(() => {});
  } finally {
    await browser.close();
  }
  const text = fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8').trimEnd() : '';
  if (text) console.log(text);
  if (!/^integration: \d+ passed/m.test(text)) {
    const done = text.split('\n').filter((l) => /^ {2}(ok|FAIL) /.test(l));
    console.log(`integration: ${done.filter((l) => l.startsWith('  ok')).length} passed, ${done.filter((l) => l.startsWith('  FAIL')).length + 1} failed (the run did not finish: ${code})`);
  }
  console.log(`integration tests: exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  process.exit(code === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

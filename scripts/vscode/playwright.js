// Shared by the code-server drivers: playwright-core from .vscode-test/tools (not the project's dependencies),
// launched on Debian's chromium, and URLs into the workbench.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const tools = process.env.VSCODE_TEST_TOOLS || path.join(__dirname, '..', '..', '.vscode-test', 'tools');
const { chromium } = require(require.resolve('playwright-core', { paths: [tools] }));

const base = new URL(process.env.CS_URL || 'http://127.0.0.1:8123');
const results = process.env.VSCODE_TEST_RESULTS || path.join(__dirname, '..', '..', 'test-results', 'vscode');

/** A path on this machine as code-server's remote URI (the extension host runs on the same machine). */
const remote = (p) => `vscode-remote://${base.host}${pathToFileURL(p).pathname}`;

/** The workbench URL opening `folder`, with an optional `payload` (list of [key, value] pairs). */
function workbenchUrl(folder, payload) {
  let url = `${base.origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

module.exports = { launch, remote, workbenchUrl, results };

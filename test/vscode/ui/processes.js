// The Paper Check language servers running on this machine from the installed extension (run.sh exports its folder
// as PAPER_CHECK_EXPECTED_EXTENSION_PATH): processes whose command line runs <extension>/dist/server.js.
const fs = require('node:fs');
const path = require('node:path');

function languageServers(extensionPath = process.env.PAPER_CHECK_EXPECTED_EXTENSION_PATH) {
  if (!extensionPath) throw new Error('PAPER_CHECK_EXPECTED_EXTENSION_PATH is not set (run through scripts/vscode/run.sh)');
  const scripts = new Set([path.join(extensionPath, 'dist', 'server.js'), path.join(fs.realpathSync(extensionPath), 'dist', 'server.js')]);
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (!fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').some((a) => scripts.has(a))) continue;
      if (/^State:\s*Z/m.test(fs.readFileSync(`/proc/${name}/status`, 'utf8'))) continue; // exited, not yet reaped
      pids.push(Number(name));
    } catch {
      // ended while we looked
    }
  }
  return pids;
}

module.exports = { languageServers };

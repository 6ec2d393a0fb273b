/**
 * `npm run test:electron`: the same integration suites in desktop VS Code via @vscode/test-electron.
 * It DOWNLOADS VS Code from Microsoft's update server, so it only works with internet access; offline (this
 * project's machines and CI) use `npm run test:vscode` (code-server + chromium) instead.
 *
 * Like the offline runner it tests the packaged extension: it installs paper-check.vsix into a private
 * extensions folder and passes a test-only host extension as extensionDevelopmentPath.
 * Environment: VSCODE_VERSION (default "stable"), PAPER_CHECK_VSIX (default: `npm run package` → paper-check.vsix).
 */
import { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { execSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..'); // out/vscode → repository root
  const work = path.join(root, '.vscode-test', 'electron');
  const results = path.join(root, 'test-results', 'vscode');
  let vsix = process.env.PAPER_CHECK_VSIX;
  if (!vsix) {
    execSync('npm run --silent package', { cwd: root, stdio: 'inherit' });
    vsix = path.join(root, 'paper-check.vsix');
  }

  const userData = path.join(work, 'user-data');
  const extensions = path.join(work, 'extensions');
  const workspace = path.join(work, 'workspace');
  for (const d of [userData, extensions, workspace]) fs.rmSync(d, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'files.hotExit': 'off', 'files.autoSave': 'off', 'workbench.startupEditor': 'none' }));
  const profile = ['--user-data-dir', userData, '--extensions-dir', extensions];

  const vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.VSCODE_VERSION ?? 'stable');
  const cli = resolveCliPathFromVSCodeExecutablePath(vscodeExecutablePath);
  const installed = spawnSync(cli, [...profile, '--install-extension', vsix, '--force'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (installed.status !== 0) throw new Error(`installing ${vsix} failed`);
  const extensionDir = fs.readdirSync(extensions).find((d) => d.startsWith('paper-check.paper-check-'));
  if (!extensionDir) throw new Error(`${vsix} did not install into ${extensions}`);

  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: path.join(root, 'test', 'vscode', 'integration', 'host'),
    extensionTestsPath: path.join(root, 'out', 'vscode', 'integration', 'index.js'),
    launchArgs: [workspace, ...profile, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { PAPER_CHECK_EXPECTED_EXTENSION_PATH: path.join(extensions, extensionDir), VSCODE_TEST_RESULTS: results },
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

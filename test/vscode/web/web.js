// VS Code for the Web, as far as it can be had offline: code-server's workbench in headless Debian chromium, with
// the Paper Check .vsix forced into the browser's web worker extension host (the profile's `remote.extensionKind`
// is ["web"], see scripts/vscode/run.sh). There the extension's `browser` entry (dist/web/extension.js) runs and
// starts the language server in a web worker (dist/web/server.js, the paper and its index inside, no file system).
//
// Steps: open a draft from the Explorer → warning squiggles, with no Node language server running from the
// installed extension (so the checking happens in the browser) → hover a mismatched figure: the paper's passage
// (screenshot test-results/vscode/web-hover.png) → Ctrl+. applies the fix: the line reads the paper's figure →
// a corrections sheet named in paperCheck.sources (read by the client through the workspace API), and its names file, are checked
// against, and read again when it changes.
const path = require('node:path');
const fs = require('node:fs');
const { launch, workbenchUrl, results } = require('../../../scripts/vscode/playwright');
const { editor, log, pointInText, lineWith, session, openFixtureDraft } = require('../workbench');
const { languageServers } = require('../ui/processes');

const ws = process.env.WS_DIR || path.join(__dirname, '..', 'workspace');
const DRAFT = 'kling-review.md';
const WRONG = 'US$280 million';
const RIGHT = 'US$240 million';
const PASSAGE = '年化收入运行率 (ARR) 达 2.4 亿美元'; // the paper's sentence about Kling's ARR
const FIX_TITLE = `Use the paper's figure: ${RIGHT}`;

/**
 * Hovers the first occurrence of `needle` again and again until Paper Check's hover text satisfies `wanted`
 * (no event tells when the server has re-read a source), for up to `timeoutMs`; returns that text.
 */
async function hoverUntil(page, needle, wanted, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (!wanted(text)) {
    if (Date.now() > until) throw new Error(`the hover over ${needle} never read as expected; last: ${text}`);
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 450);
    await page.waitForTimeout(500);
    const at = await pointInText(page, needle);
    if (!at) throw new Error(`${needle} is not on screen`);
    await page.mouse.move(at.x, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    const hover = page.locator('.monaco-hover .hover-row', { hasText: 'Paper Check' }).first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
    text = (await hover.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
  }
  return text;
}

async function main() {
  fs.mkdirSync(results, { recursive: true });
  fs.rmSync(path.join(results, 'web-failure.png'), { force: true }); // a previous run's
  const browser = await launch();
  const { page, shot, step, steps } = await session(browser, 'web', results);
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(m.text()));

  try {
    await openFixtureDraft(step, page, workbenchUrl(ws), DRAFT, WRONG);

    await step('warning squiggles appear, checked in the browser (no Node language server runs)', async () => {
      await page.waitForSelector(`${editor} .squiggly-warning`, { timeout: 60_000 });
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 2, `${editor} .squiggly-warning`, { timeout: 20_000 });
      const servers = languageServers();
      if (servers.length) throw new Error(`a Node language server runs from the installed extension (pids ${servers.join(', ')}): the extension is not in the web worker host`);
      await shot('squiggles');
      return `${await page.locator(`${editor} .squiggly-warning`).count()} warning squiggle(s), no Node language server`;
    });

    await step(`hovering ${WRONG} shows the paper's passage`, async () => {
      const at = await pointInText(page, WRONG);
      if (!at) throw new Error(`${WRONG} is not on screen`);
      await page.mouse.move(at.x, at.y - 40);
      await page.mouse.move(at.x, at.y, { steps: 5 });
      const hover = page.locator('.monaco-hover .hover-row', { hasText: 'Paper Check' }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
      if (!text.includes(PASSAGE)) throw new Error(`the hover does not quote the paper's passage (${PASSAGE}): ${text}`);
      if (!text.includes(RIGHT)) throw new Error(`the hover does not give ${RIGHT}: ${text}`);
      await shot('hover');
      return JSON.stringify(text.slice(0, 160));
    });

    await step(`the Ctrl+. fix leaves exactly ${RIGHT} in the line`, async () => {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 450);
      const at = await pointInText(page, WRONG);
      await page.mouse.click(at.x, at.y); // caret inside the figure
      // As in the UI test: the lightbulb says the server's actions for the caret have arrived.
      await page.waitForSelector(`${editor} .lightBulbWidget`, { state: 'visible', timeout: 20_000 });
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget .monaco-list-row.focused', { hasText: FIX_TITLE }).first().waitFor({ state: 'visible', timeout: 20_000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(({ selector, right }) => [...document.querySelectorAll(`${selector} .view-line`)]
        .some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(right)), { selector: editor, right: RIGHT }, { timeout: 20_000 });
      const line = await lineWith(page, 'annualized revenue run rate');
      if (line !== `annualized revenue run rate (ARR) at ${RIGHT}.`) throw new Error(`the line now reads: ${JSON.stringify(line)}`);
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, `${editor} .squiggly-warning`, { timeout: 20_000 });
      return JSON.stringify(line);
    });

    await step('custom sources are read through VS Code: a corrections sheet named in paperCheck.sources is checked against', async () => {
      // The sheet gives the ARR as 2.8 亿美元; with the shipped paper off, the just-fixed US$240 million disagrees.
      fs.writeFileSync(path.join(ws, 'corrections.md'), '2025 年 12 月，可灵 AI 年化收入运行率 (ARR) 达 2.8 亿美元。\n');
      fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
      fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'paperCheck.sources': ['corrections.md'], 'paperCheck.useShippedPaper': false }));
      const text = await hoverUntil(page, RIGHT, (t) => t.includes('2.8 亿美元') && t.includes('corrections.md'));
      await page.waitForSelector(`${editor} .squiggly-warning`, { timeout: 10_000 });
      await shot('custom-source');
      return JSON.stringify(text.slice(0, 160));
    });

    await step('a changed custom source is read again', async () => {
      fs.writeFileSync(path.join(ws, 'corrections.md'), '2025 年 12 月，可灵 AI 年化收入运行率 (ARR) 达 2.6 亿美元。\n');
      const text = await hoverUntil(page, RIGHT, (t) => t.includes('2.6 亿美元'));
      return JSON.stringify(text.slice(0, 100));
    });

    await step("a custom source's names file is read: a name it spells in CamelCase is a misspelling written otherwise", async () => {
      // The draft's heading writes "Leaderboard"; the sheet's names file names a product "LeaderBoard".
      const squiggles = `${editor} .squiggly-warning`;
      const before = await page.locator(squiggles).count();
      fs.writeFileSync(path.join(ws, 'corrections.names.json'), JSON.stringify({ names: [{ name: 'LeaderBoard' }] }));
      await page.waitForFunction(({ sel, n }) => document.querySelectorAll(sel).length === n, { sel: squiggles, n: before + 1 }, { timeout: 30_000 });
      await shot('names-file');
      return `${before} → ${before + 1} warning squiggles`;
    });
  } catch {
    if (process.env.VERBOSE) console.log(consoleLines.join('\n'));
  } finally {
    await browser.close();
  }
  const passed = steps.filter((x) => x.ok).length;
  const failed = steps.length - passed;
  console.log(`web: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

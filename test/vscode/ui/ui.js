// What a person sees: drives code-server's workbench in headless Debian chromium (playwright-core) with the
// Paper Check .vsix installed. Started by scripts/vscode/run.sh, which sets CS_URL, WS_DIR (a copy of
// test/vscode/workspace), VSCODE_TEST_TOOLS and VSCODE_TEST_RESULTS (screenshots: test-results/vscode/ui-*.png).
//
// Steps: open a draft from the Explorer → a warning squiggle → the Problems count in the status bar → hover a
// mismatched figure (the paper passage) → lightbulb, Ctrl+. menu, apply the fix → the line reads the paper figure.
const path = require('node:path');
const fs = require('node:fs');
const { launch, workbenchUrl, results } = require('../../../scripts/vscode/playwright');

const ws = process.env.WS_DIR || path.join(__dirname, '..', 'workspace');
const DRAFT = 'kling-review.md';
const WRONG = 'US$280 million';
const RIGHT = 'US$240 million';
const PASSAGE = '年化收入运行率'; // in the paper's sentence about Kling's ARR
const FIX_TITLE = `Use the paper's figure: ${RIGHT}`;

const t0 = Date.now();
const log = (...a) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s`, ...a);
const editor = '.editor-instance .monaco-editor';

/** The viewport point over character `at` of the first occurrence of `needle` in the editor's rendered lines. */
async function pointInText(page, needle, at = 2) {
  return page.evaluate(({ selector, needle, at }) => {
    for (const line of document.querySelectorAll(`${selector} .view-line`)) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      const i = text.indexOf(needle);
      if (i < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (offset + len > i + at) {
          const r = document.createRange();
          r.setStart(n, i + at - offset);
          r.setEnd(n, i + at - offset + 1);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
        offset += len;
      }
    }
    return null;
  }, { selector: editor, needle, at });
}

/** The rendered editor line containing `needle` (non-breaking spaces as spaces), or null. */
const lineWith = (page, needle) => page.evaluate(({ selector, needle }) => {
  for (const line of document.querySelectorAll(`${selector} .view-line`)) {
    const text = line.textContent.replace(/\u00a0/g, ' ');
    if (text.includes(needle)) return text;
  }
  return null;
}, { selector: editor, needle });

/** {errors, warnings, infos} from the Problems item of the status bar. */
async function problemsCount(page) {
  const item = page.locator('[id="status.problems"]');
  const label = `${await item.getAttribute('aria-label').catch(() => '')} ${await item.locator('a').first().getAttribute('aria-label').catch(() => '')}`;
  const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
  const nums = text.match(/\d+/g)?.map(Number) ?? [];
  // Rendered as "<errors> <warnings>" or "<errors> <warnings> <infos>" next to their icons.
  return { errors: nums[0], warnings: nums[1], infos: nums[2] ?? 0, text, label: label.trim() };
}

async function main() {
  fs.mkdirSync(results, { recursive: true });
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => log('[page error]', e.message.slice(0, 200)));
  const steps = [];
  const shot = (name) => page.screenshot({ path: path.join(results, `ui-${name}.png`) });
  const step = async (name, fn) => {
    const s = Date.now();
    try {
      const detail = await fn();
      steps.push({ name, ok: true });
      log(`ok   ${name} (${Date.now() - s} ms)${detail ? `: ${detail}` : ''}`);
    } catch (e) {
      steps.push({ name, ok: false });
      log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
      await shot('failure').catch(() => {});
      throw e;
    }
  };

  try {
    await step('the workbench loads the fixture workspace', async () => {
      await page.goto(workbenchUrl(ws));
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      await page.waitForSelector(`.explorer-folders-view .monaco-list-row:has-text("${DRAFT}")`, { timeout: 60_000 });
    });

    await step(`open ${DRAFT} from the Explorer`, async () => {
      await page.click(`.explorer-folders-view .monaco-list-row:has-text("${DRAFT}")`);
      await page.waitForFunction(({ selector, needle }) => [...document.querySelectorAll(`${selector} .view-line`)]
        .some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(needle)), { selector: editor, needle: WRONG }, { timeout: 30_000 });
    });

    await step('warning squiggles appear', async () => {
      await page.waitForSelector(`${editor} .squiggly-warning`, { timeout: 60_000 });
      // Both mismatches of the draft get one; wait for the second instead of sleeping.
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 2, `${editor} .squiggly-warning`, { timeout: 20_000 });
      await shot('1-squiggles');
      return `${await page.locator(`${editor} .squiggly-warning`).count()} warning squiggle(s)`;
    });

    await step('the status bar counts the problems', async () => {
      await page.waitForFunction(() => /\b2\b/.test(document.getElementById('status.problems')?.textContent ?? ''), null, { timeout: 20_000 });
      const p = await problemsCount(page);
      if (p.errors !== 0 || p.warnings !== 2 || p.infos !== 1) throw new Error(`expected 0 errors, 2 warnings, 1 info; status bar shows "${p.text}" (${p.label})`);
      return `"${p.text}" (${p.label || 'no label'})`;
    });

    await step(`hovering ${WRONG} shows the paper passage`, async () => {
      const at = await pointInText(page, WRONG);
      if (!at) throw new Error(`${WRONG} is not on screen`);
      await page.mouse.move(at.x, at.y - 40);
      await page.mouse.move(at.x, at.y, { steps: 5 });
      // The widget also shows the diagnostic (which quotes the passage too): read Paper Check's own hover part.
      const hover = page.locator('.monaco-hover .hover-row', { hasText: 'Paper Check' }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      const text = (await hover.innerText()).trim();
      if (!text.includes(PASSAGE)) throw new Error(`the hover does not quote the paper passage (${PASSAGE}): ${text}`);
      if (!text.includes(RIGHT)) throw new Error(`the hover does not give ${RIGHT}: ${text}`);
      await shot('2-hover');
      return JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 160));
    });

    await step('the lightbulb and the Ctrl+. menu offer the fix', async () => {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 450); // off the editor, so the hover does not come back
      const at = await pointInText(page, WRONG);
      await page.mouse.click(at.x, at.y); // caret inside the figure
      await page.waitForSelector(`${editor} .lightBulbWidget`, { state: 'visible', timeout: 20_000 });
      await page.keyboard.press('Control+.');
      const item = page.locator('.action-widget .monaco-list-row', { hasText: FIX_TITLE }).first();
      await item.waitFor({ state: 'visible', timeout: 20_000 });
      await shot('3-quickfix-menu');
      return `menu: ${JSON.stringify((await page.locator('.action-widget').first().innerText()).replace(/\s+/g, ' ').trim())}`;
    });

    await step(`applying it leaves exactly ${RIGHT} in the line`, async () => {
      // The fix is the preferred (first, focused) entry: Enter applies it, as a person would.
      await page.locator('.action-widget .monaco-list-row.focused', { hasText: FIX_TITLE }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(({ selector, right }) => [...document.querySelectorAll(`${selector} .view-line`)]
        .some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(right)), { selector: editor, right: RIGHT }, { timeout: 20_000 });
      const line = await lineWith(page, 'annualized revenue run rate');
      if (line !== `annualized revenue run rate (ARR) at ${RIGHT}.`) throw new Error(`the line now reads: ${JSON.stringify(line)}`);
      if (await lineWith(page, WRONG)) throw new Error(`${WRONG} is still in the editor`);
      // The finding goes away with it: one warning left.
      await page.waitForFunction(() => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-warning').length === 1, null, { timeout: 20_000 });
      await page.waitForFunction(() => (document.getElementById('status.problems')?.textContent ?? '').match(/\d+/g)?.[1] === '1', null, { timeout: 20_000 });
      await shot('4-fixed');
      return JSON.stringify(line);
    });
  } catch {
    // reported by step()
  } finally {
    await browser.close();
  }
  const TOTAL = 7;
  const passed = steps.filter((s) => s.ok).length;
  const failed = steps.length - passed;
  console.log(`ui: ${passed} passed, ${failed} failed${steps.length < TOTAL ? `, ${TOTAL - steps.length} skipped` : ''}`);
  process.exit(failed === 0 && passed === TOTAL ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

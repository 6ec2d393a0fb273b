// What the code-server drivers (ui/ui.js, web/web.js) share: the editor's selector, a timed log, steps that
// screenshot a failure, reading the rendered editor, and opening the fixture workspace and a draft in it.
const path = require('node:path');

const t0 = Date.now();

/** The active editor's root element. */
const editor = '.editor-instance .monaco-editor';

/** console.log, prefixed with the seconds since the driver started. */
const log = (...a) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s`, ...a);

/**
 * Runs named steps in order: each logs ok or FAIL with its time and detail, and a failure screenshots the page
 * (`shot('failure')`) and ends the run. `steps` records each step's name and outcome.
 */
function stepper(shot) {
  const steps = [];
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
  return { step, steps };
}

/** The viewport point over character `at` of the first occurrence of `needle` in the editor's rendered lines. */
function pointInText(page, needle, at = 2) {
  return page.evaluate(({ selector, needle, at }) => {
    for (const line of document.querySelectorAll(`${selector} .view-line`)) {
      const i = line.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
      if (i < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (offset + n.textContent.length > i + at) {
          const r = document.createRange();
          r.setStart(n, i + at - offset);
          r.setEnd(n, i + at - offset + 1);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
        offset += n.textContent.length;
      }
    }
    return null;
  }, { selector: editor, needle, at });
}

/** The rendered editor line containing `needle` (non-breaking spaces as spaces), or null. */
const lineWith = (page, needle) => page.evaluate(({ selector, needle }) => [...document.querySelectorAll(`${selector} .view-line`)]
  .map((l) => l.textContent.replace(/\u00a0/g, ' ')).find((t) => t.includes(needle)) ?? null, { selector: editor, needle });

/** Opens the workbench on `url` and waits for `draft` in the Explorer. */
async function loadWorkbench(page, url, draft) {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector(`.explorer-folders-view .monaco-list-row:has-text("${draft}")`, { timeout: 60_000 });
}

/** Clicks `draft` in the Explorer and waits until a rendered line of the editor holds `needle`. */
async function openDraft(page, draft, needle) {
  await page.click(`.explorer-folders-view .monaco-list-row:has-text("${draft}")`);
  await page.waitForFunction(({ selector, needle }) => [...document.querySelectorAll(`${selector} .view-line`)]
    .some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(needle)), { selector: editor, needle }, { timeout: 30_000 });
}

/**
 * A driver's session: a page of the workbench in a 1400×900 window that logs its page errors, its screenshots
 * named `${prefix}-<name>.png` in `results`, and its steps (stepper).
 */
async function session(browser, prefix, results) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => log('[page error]', e.message.slice(0, 200)));
  const shot = (name) => page.screenshot({ path: path.join(results, `${prefix}-${name}.png`) });
  return { page, shot, ...stepper(shot) };
}

/** The first two steps of every driver: the workbench on `url` loads the fixture workspace, and `draft` opens showing `needle`. */
async function openFixtureDraft(step, page, url, draft, needle) {
  await step('the workbench loads the fixture workspace', () => loadWorkbench(page, url, draft));
  await step(`open ${draft} from the Explorer`, () => openDraft(page, draft, needle));
}

module.exports = { editor, log, stepper, pointInText, lineWith, loadWorkbench, openDraft, session, openFixtureDraft };

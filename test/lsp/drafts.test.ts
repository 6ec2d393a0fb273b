import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { valueOf, locate, type Label } from '../support/labels';
import { LspClient, offsetAt, positionAt } from '../support/lspClient';
import { ROOT } from '../support/paper';

/**
 * Accuracy on the project's own labelled sets, through the real server: test/drafts (written the way the
 * paper writes) and test/real (written the way the world writes about Kuaishou). The floors are regression
 * guards a little under today's figures; the README and closing notes give the figures. The precision
 * measures are the shared scorer's: a wrong correction is a mismatch diagnostic on a figure not labelled
 * mismatch, or with a wrong fix; false support is a hover with no diagnostic on a figure labelled mismatch
 * or unsupported.
 */
interface Floors {
  mismatchRecall: number; fixAccuracy: number; unsupportedRecall: number; falseAlarmMax: number; hover: number; ignoreClean: number; names: number;
  wrongCorrectionsMax: number; falseSupportMax: number;
}
const SETS: Array<{ name: string; dir: string[]; floors: Floors; source?: string }> = [
  { name: 'test/drafts', dir: ['test', 'drafts'], floors: { mismatchRecall: 0.95, fixAccuracy: 0.93, unsupportedRecall: 0.95, falseAlarmMax: 0.03, hover: 0.94, ignoreClean: 0.95, names: 0.95, wrongCorrectionsMax: 0.05, falseSupportMax: 0.02 } },
  { name: 'test/real', dir: ['test', 'real'], floors: { mismatchRecall: 0.9, fixAccuracy: 0.85, unsupportedRecall: 0.85, falseAlarmMax: 0.03, hover: 0.9, ignoreClean: 0.94, names: 0.95, wrongCorrectionsMax: 0.1, falseSupportMax: 0.05 } },
  // Drafts about another source document, checked against it alone (paperCheck.sources, useShippedPaper: false).
  { name: 'test/sources/kuaishou-2025q3', dir: ['test', 'sources', 'kuaishou-2025q3'], source: 'source.md', floors: { mismatchRecall: 0.6, fixAccuracy: 0.55, unsupportedRecall: 0.85, falseAlarmMax: 0.2, hover: 0.8, ignoreClean: 0.95, names: 0.4, wrongCorrectionsMax: 0.3, falseSupportMax: 0.05 } },
];

for (const set of SETS) describeSet(set.name, set.dir, set.floors, set.source);

function describeSet(setName: string, where: string[], FLOORS: Floors, source?: string): void {
describe(`labelled drafts (${setName}) through the server`, function () {
  this.timeout(60000);
  const root = join(ROOT, ...where);
  const dir = existsSync(join(root, 'drafts')) ? join(root, 'drafts') : root;
  const labels = JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8')) as Record<string, { figures: Label[]; names?: Label[] }>;
  const c = { mismatch: 0, caught: 0, fixed: 0, unsupported: 0, unsupportedCaught: 0, supported: 0, falseAlarms: 0, hoverAsked: 0, hoverOk: 0, ignore: 0, ignoreClean: 0, names: 0, namesFixed: 0,
    corrections: 0, wrongCorrections: 0, claimsAgainst: 0, vouchedWrong: 0 };
  const misses: string[] = [];

  before(async () => {
    const client = new LspClient(ROOT);
    if (source) client.settings = { sources: [join(root, source)], useShippedPaper: false };
    await client.initialize(pathToFileURL(dir).href);
    try {
      for (const [name, spec] of Object.entries(labels)) {
        if (name === '_doc') continue;
        const text = readFileSync(join(dir, name), 'utf8');
        const uri = pathToFileURL(join(dir, name)).href;
        const diagnostics = await client.open(uri, text);
        const covering = (start: number, end: number) => diagnostics.filter((d) => offsetAt(text, d.range.start) < end && start < offsetAt(text, d.range.end));
        for (const [needle, n, verdict, expected, snippet] of spec.figures) {
          const at = locate(text, needle, n);
          assert.ok(at >= 0, `${name}: label ${needle}#${n} not found`);
          const hits = covering(at, at + needle.length).filter((d) => String(d.code).startsWith('figure-'));
          if (hits.some((d) => d.code === 'figure-mismatch')) {
            c.corrections++;
            if (verdict !== 'mismatch' && verdict !== 'either') { c.wrongCorrections++; misses.push(`${name}: wrong correction on ${verdict} ${needle}`); }
          }
          if (verdict === 'mismatch' || verdict === 'unsupported') {
            c.claimsAgainst++;
            if (!hits.length) {
              const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, at + Math.floor(needle.length / 2)) });
              if (hover && String(hover.contents.value).trim()) { c.vouchedWrong++; misses.push(`${name}: vouched for ${verdict} ${needle}`); }
            }
          }
          if (verdict === 'supported') {
            c.supported++;
            if (hits.length) { c.falseAlarms++; misses.push(`${name}: false alarm on ${needle}`); }
            if (snippet) {
              c.hoverAsked++;
              const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, at + Math.floor(needle.length / 2)) });
              const norm = (s: string) => s.replace(/\*\*|[`_\\]/g, '').replace(/\s+/g, '');
              if (hover && norm(hover.contents.value).includes(norm(snippet))) c.hoverOk++; else misses.push(`${name}: hover on ${needle}`);
            }
          } else if (verdict === 'mismatch') {
            c.mismatch++;
            const hit = hits.find((d) => d.code === 'figure-mismatch');
            if (!hit) { misses.push(`${name}: mismatch ${needle} not flagged`); continue; }
            c.caught++;
            const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: hit.range, context: { diagnostics: [hit], only: ['quickfix'] } });
            const fixed = actions.some((a: any) => (a.edit?.changes?.[uri] ?? []).some((e: any) => Math.abs((valueOf(e.newText) ?? NaN) - Number(expected)) <= 1e-9 * Math.max(1, Math.abs(Number(expected)))));
            if (fixed) c.fixed++; else { c.wrongCorrections++; misses.push(`${name}: wrong fix for ${needle}`); }
          } else if (verdict === 'unsupported') {
            c.unsupported++;
            if (hits.some((d) => d.code === 'figure-unsupported')) c.unsupportedCaught++; else misses.push(`${name}: unsupported ${needle} not flagged`);
          } else if (verdict === 'ignore') {
            c.ignore++;
            if (!covering(at, at + needle.length).length) c.ignoreClean++; else misses.push(`${name}: flagged ${needle}`);
          }
        }
        for (const [needle, n, , expected] of spec.names ?? []) {
          c.names++;
          const at = locate(text, needle, n);
          const hit = covering(at, at + needle.length).find((d) => d.code === 'name-misspelled');
          if (!hit) { misses.push(`${name}: name ${needle}`); continue; }
          const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: hit.range, context: { diagnostics: [hit] } });
          if (actions.some((a: any) => (a.edit?.changes?.[uri] ?? []).some((e: any) => e.newText === expected))) c.namesFixed++;
        }
      }
    } finally {
      await client.stop();
    }
    const r = (a: number, b: number) => (b ? a / b : 1);
    console.log(`      ${setName}: wrong corrections ${r(c.wrongCorrections, c.corrections).toFixed(3)} · false support ${r(c.vouchedWrong, c.claimsAgainst).toFixed(3)} · mismatch recall ${r(c.caught, c.mismatch).toFixed(3)} · fix accuracy ${r(c.fixed, c.mismatch).toFixed(3)} · unsupported recall ${r(c.unsupportedCaught, c.unsupported).toFixed(3)} · false alarms ${r(c.falseAlarms, c.supported).toFixed(3)} · hover ${r(c.hoverOk, c.hoverAsked).toFixed(3)} · ignore clean ${r(c.ignoreClean, c.ignore).toFixed(3)} · names ${r(c.namesFixed, c.names).toFixed(3)}`);
  });

  const ratio = (a: number, b: number) => (b ? a / b : 1);
  it('catches mismatches and fixes them with the paper’s value', () => {
    assert.ok(ratio(c.caught, c.mismatch) >= FLOORS.mismatchRecall, misses.filter((m) => m.includes('mismatch')).join('\n'));
    assert.ok(ratio(c.fixed, c.mismatch) >= FLOORS.fixAccuracy, misses.filter((m) => m.includes('fix')).join('\n'));
  });
  it('marks figures the paper does not state', () => {
    assert.ok(ratio(c.unsupportedCaught, c.unsupported) >= FLOORS.unsupportedRecall, misses.filter((m) => m.includes('unsupported')).join('\n'));
  });
  it('rarely flags a supported figure, and never what is not a claim', () => {
    assert.ok(ratio(c.falseAlarms, c.supported) <= FLOORS.falseAlarmMax, misses.filter((m) => m.includes('false alarm')).join('\n'));
    assert.ok(ratio(c.ignoreClean, c.ignore) >= FLOORS.ignoreClean, misses.filter((m) => m.includes('flagged')).join('\n'));
  });
  it('hovers supported figures with their passage', () => {
    assert.ok(ratio(c.hoverOk, c.hoverAsked) >= FLOORS.hover, misses.filter((m) => m.includes('hover')).join('\n'));
  });
  it('fixes misspelled names', () => {
    assert.ok(ratio(c.namesFixed, c.names) >= FLOORS.names, misses.filter((m) => m.includes('name')).join('\n'));
  });
  it('corrects a figure only with a fact about the same thing, and vouches for none the paper does not bear out', () => {
    assert.ok((c.corrections ? c.wrongCorrections / c.corrections : 0) <= FLOORS.wrongCorrectionsMax, misses.filter((m) => m.includes('wrong')).join('\n'));
    assert.ok((c.claimsAgainst ? c.vouchedWrong / c.claimsAgainst : 0) <= FLOORS.falseSupportMax, misses.filter((m) => m.includes('vouched')).join('\n'));
  });
});
}

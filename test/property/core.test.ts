/**
 * Property-based tests of the pure core (issue 6): whatever a draft holds, checking never throws, every
 * finding lies inside the document and on the figure's exact text, chunked checking agrees with checking
 * the whole document, and a fix changes nothing but the figure or name it is about.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkDocument, FindingCode, type CheckResult } from '../../server/src/core/checker';
import { resplitChunks, splitChunks } from '../../server/src/core/chunks';
import { DocumentChecker } from '../../server/src/core/incremental';
import { judgeAll } from '../../server/src/core/matcher';
import { readDocument } from '../../server/src/core/reader';
import { paperIndex } from '../support/paper';
import { alteredDraft, applyEdit, editedDocument, figureText, heavyDocument, hostileDocument, junk, longLine, paragraphDocument, Tally, toFullWidth } from './generators';

const tally = new Tally();

/**
 * A figure's text is read from the prose, where markup is blanked to spaces (`**7000** 万` reads "7000   万"):
 * the source at its range must hold the same characters but for markup, and begin and end on the figure itself.
 */
function assertOnFigure(source: string, start: number, end: number, text: string): void {
  const at = source.slice(start, end);
  const where = `figure ${JSON.stringify(text)} at [${start},${end}) over ${JSON.stringify(at)}`;
  assert.equal(at.length, text.length, where);
  for (let i = 0; i < text.length; i++) if (text[i] !== at[i]) assert.equal(text[i], ' ', where);
  assert.ok(text.length > 0 && !/\s/.test(text[0]) && !/\s/.test(text[text.length - 1]), `${where} does not begin and end on the figure`);
}

/** Every finding inside the document; figure findings exactly on their figure's text. */
function assertWellPlaced(source: string, result: CheckResult): void {
  for (const j of result.judgements) {
    const f = j.entry.figure;
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= source.length, `figure [${f.start},${f.end}) outside a document of ${source.length}`);
    assertOnFigure(source, f.start, f.end, f.text);
  }
  for (const finding of result.findings) {
    const { start, end } = finding;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= source.length, `finding [${start},${end}) outside a document of ${source.length}`);
    if (finding.code === FindingCode.NameMisspelled) {
      assert.match(source.slice(start, end), /^(?:[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[\u4e00-\u9fff]+)$/, 'a name finding sits on a name');
      continue;
    }
    const j = result.judgements.find((x) => x.entry.figure.start === start && x.entry.figure.end === end);
    assert.ok(j, `figure finding [${start},${end}) ${JSON.stringify(source.slice(start, end))} has no figure`);
    assertOnFigure(source, start, end, j.entry.figure.text);
  }
}

const summary = (r: CheckResult) => ({
  findings: r.findings.map((f) => `${f.code}@${f.start}-${f.end}:${f.replacement ?? ''}:${f.message}`),
  judgements: r.judgements.map((j) => `${j.entry.figure.start}-${j.entry.figure.end}:${j.verdict}:${j.fact?.id ?? ''}`),
});

describe('properties of the core', function () {
  this.timeout(120000);
  before(() => void paperIndex());
  after(() => tally.report('core properties'));

  it('checkDocument never throws and places every finding on its figure or name', async () => {
    await tally.check(fc.property(hostileDocument, (source) => {
      tally.inputs++;
      assertWellPlaced(source, checkDocument(source, paperIndex()));
    }), { numRuns: 500 });
  });

  it('DocumentChecker never throws and places every finding on its figure or name', async () => {
    await tally.check(fc.property(hostileDocument, (source) => {
      tally.inputs++;
      assertWellPlaced(source, new DocumentChecker(paperIndex()).check(source));
    }), { numRuns: 300 });
  });

  it('lists and quotes hundreds of levels deep and thousands of figures on a line: no throw, ranges in place', async () => {
    await tally.check(fc.property(heavyDocument, (source) => {
      tally.inputs += 2;
      assertWellPlaced(source, checkDocument(source, paperIndex()));
      assertWellPlaced(source, new DocumentChecker(paperIndex()).check(source));
    }), { numRuns: 40 });
  });

  it('emoji, surrogates and binary before a figure do not move its range', async () => {
    await tally.check(fc.property(junk, figureText, fc.boolean(), (prefix, figure, wide) => {
      const source = `${prefix} Kling AI reached ${wide ? toFullWidth(figure) : figure} users.`;
      tally.inputs++;
      assertWellPlaced(source, checkDocument(source, paperIndex()));
    }), { numRuns: 300 });
  });

  it('a 5 MB single line is checked in bounded time', async () => {
    await tally.check(fc.property(longLine, (source) => {
      tally.inputs++;
      const started = Date.now();
      const result = checkDocument(source, paperIndex());
      const ms = Date.now() - started;
      console.log(`      5 MB line: ${result.judgements.length} figures, ${result.findings.length} findings in ${ms} ms`);
      assert.ok(ms < 60000, `5 MB took ${ms} ms`);
      assertWellPlaced(source, result);
    }), { numRuns: 1 });
  });

  it('chunked checking (DocumentChecker) finds the same as checking the whole document', async () => {
    await tally.check(fc.property(paragraphDocument, (source) => {
      tally.inputs++;
      assert.deepEqual(summary(new DocumentChecker(paperIndex()).check(source)), summary(checkDocument(source, paperIndex())));
    }), { numRuns: 200 });
  });

  it('after an edit, the incremental checker finds the same as a fresh check', async () => {
    await tally.check(fc.property(paragraphDocument, paragraphDocument, fc.nat(), (a, insert, at) => {
      const checker = new DocumentChecker(paperIndex());
      checker.check(a);
      const cut = a.indexOf('\n\n', at % (a.length + 1));
      const b = cut < 0 ? `${a}\n\n${insert}` : `${a.slice(0, cut)}\n\n${insert}${a.slice(cut)}`;
      tally.inputs += 2;
      assert.deepEqual(summary(checker.check(b)), summary(checkDocument(b, paperIndex())));
    }), { numRuns: 100 });
  });

  it('after any edit, splitting only the edited stretch gives the chunks of a fresh split', async () => {
    await tally.check(fc.property(editedDocument, ([text, edits]) => {
      let before = text;
      let chunks = splitChunks(before);
      for (const edit of edits) {
        const after = applyEdit(before, edit);
        tally.inputs++;
        const { chunks: resplit, origin } = resplitChunks(before, chunks, after);
        assert.deepEqual(resplit, splitChunks(after), `after ${JSON.stringify(edit)}`);
        origin.forEach((o, i) => {
          if (o >= 0) assert.equal(after.slice(resplit[i].start, resplit[i].end), before.slice(chunks[o].start, chunks[o].end), 'a reused chunk has its old text');
        });
        before = after;
        chunks = resplit;
      }
    }), { numRuns: 1000 });
  });

  it('after any sequence of edits, the incremental checker finds what a fresh one finds', async () => {
    await tally.check(fc.property(editedDocument, ([text, edits]) => {
      const checker = new DocumentChecker(paperIndex());
      checker.check(text);
      let current = text;
      for (const edit of edits) {
        current = applyEdit(current, edit);
        tally.inputs++;
        const incremental = checker.check(current);
        const fresh = new DocumentChecker(paperIndex()).check(current);
        assert.deepEqual(summary(incremental), summary(fresh));
        assert.deepEqual(incremental.groups.flatMap((g) => g.findings.map((f) => `${g.start + f.start}-${g.start + f.end}`)), incremental.findings.map((f) => `${f.start}-${f.end}`), 'the groups hold the findings');
      }
    }), { numRuns: 150 });
  });

  it('judging with plain facts left out decides exactly as with every fact', async () => {
    await tally.check(fc.property(fc.oneof(paragraphDocument, alteredDraft), (source) => {
      tally.inputs++;
      const entries = readDocument(source).figures;
      const show = (js: ReturnType<typeof judgeAll>) => js.map((j) => `${j.entry.figure.start}:${j.verdict}:${j.fact?.id ?? ''}:${j.nearest.map((f) => f.id).join(',')}:${j.score.toFixed(6)}`);
      assert.deepEqual(show(judgeAll(entries, paperIndex())), show(judgeAll(entries, paperIndex(), true)));
    }), { numRuns: 200 });
  });

  it('a fix replaces only its figure or name, and the figure re-reads as the paper’s value', async () => {
    await tally.check(fc.property(alteredDraft, (source) => {
      tally.inputs++;
      const result = checkDocument(source, paperIndex());
      for (const finding of result.findings) {
        if (finding.replacement === undefined) continue;
        const { start, end, replacement } = finding;
        const fixed = source.slice(0, start) + replacement + source.slice(end);
        assert.equal(fixed.slice(0, start), source.slice(0, start));
        assert.equal(fixed.slice(start + replacement.length), source.slice(end));
        if (finding.code !== FindingCode.FigureMismatch || !finding.fact) continue;
        const figure = result.judgements.find((j) => j.entry.figure.start === start)!.entry.figure;
        const shown = `the fix ${JSON.stringify(replacement)} for ${JSON.stringify(source.slice(start, end))}`;
        // Only the digits change: what stands before and after them in the source (currency, unit, markup) stays.
        if (figure.kind !== 'date') {
          const head = source.slice(start, figure.numberStart);
          const tail = source.slice(figure.highEnd ?? figure.numberEnd, end);
          assert.ok(replacement.startsWith(head) && replacement.endsWith(tail), `${shown} changes ${JSON.stringify(head)} or ${JSON.stringify(tail)}`);
        }
        tally.inputs++;
        const paper = finding.fact.figure;
        const figures = readDocument(fixed).figures.map((e) => e.figure);
        let reread = figures.find((f) => f.start === start && f.end === start + replacement.length);
        if (!reread && figures.some((f) => f.start <= start && f.end > start)) {
          // The draft's text next to the figure joined the fix into a range ("1 至 " + "3 至 4 倍", "5" + " 至 6 个月",
          // after digits were altered into a malformed range): the fix must read as the paper's figure on its own.
          tally.inputs++;
          reread = readDocument(replacement).figures.map((e) => e.figure).find((f) => f.start === 0);
          if (reread) reread = { ...reread, start, end: start + reread.end };
        }
        assert.ok(reread, `${shown} does not re-read as a figure in ${JSON.stringify(fixed.slice(Math.max(0, start - 40), start + replacement.length + 40))}`);
        assert.equal(reread.end, start + replacement.length, `${shown} re-reads as ${JSON.stringify(reread.text)}`);
        if (reread.kind === 'date' && paper.kind !== 'date') {
          // A bare four-digit number from 1900 to 2039 reads as a year (a known ambiguity of bare numbers): the
          // fix must then write the paper's digits, and the fixed text must leave nothing to report there.
          assert.equal(replacement.replace(/\D/g, ''), String(paper.value), `${shown} re-reads as a year other than the paper's ${paper.value}`);
          tally.inputs++;
          const again = checkDocument(fixed, paperIndex()).findings.filter((f) => f.start < start + replacement.length && f.end > start);
          assert.deepEqual(again.map((f) => f.code), [], `${shown} reads as a year and is reported again`);
          continue;
        }
        const near = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
        assert.ok(near(reread.value, paper.value), `${shown} re-reads as ${reread.value}, the paper gives ${paper.value} (${paper.text})`);
        if (paper.high !== undefined) assert.ok(reread.high !== undefined && near(reread.high, paper.high), `${shown} re-reads without the paper's upper end ${paper.high}`);
      }
    }), { numRuns: 300 });
  });
});

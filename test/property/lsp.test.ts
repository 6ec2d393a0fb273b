/**
 * Property-based tests of the language server over stdio (issue 6): random documents opened and changed by
 * incremental edits (ranges that split surrogate pairs and CRLF/CR line ends included), then hover and code
 * actions at random places. The server never exits, every diagnostic lies inside the document at UTF-16
 * positions that map back to a figure's (or name's) exact text, and every quick fix edits exactly its
 * diagnostic's range. One server process serves the whole file.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { FindingCode, type CheckResult } from '../../server/src/core/checker';
import { DocumentChecker } from '../../server/src/core/incremental';
import { LspClient, type Diagnostic } from '../support/lspClient';
import { paperIndex, ROOT } from '../support/paper';
import { CORPUS, emoji, figureText, junk, loneSurrogate, Tally, toFullWidth } from './generators';

type Position = { line: number; character: number };
type Range = { start: Position; end: Position };

/** Line starts as LSP counts lines: \r\n, \r and \n each end one. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

/** The end of line `line`'s text, before its line break. */
function lineEnd(text: string, starts: number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > starts[line] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

function positionAt(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** A position's offset; fails unless the position is inside the document (UTF-16 units, not past its line). */
function strictOffsetAt(text: string, starts: number[], p: Position, what: string): number {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0, `${what}: ${JSON.stringify(p)} is not a position`);
  assert.ok(p.line < starts.length, `${what}: line ${p.line} of a document of ${starts.length} lines`);
  const offset = starts[p.line] + p.character;
  assert.ok(offset <= lineEnd(text, starts, p.line), `${what}: character ${p.character} past the end of line ${p.line}`);
  return offset;
}

/** An offset LSP can name: not between the \r and \n of one line break. */
const nameable = (text: string, offset: number): number => (text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset);

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CORPUS.sentences) },
  { weight: 1, arbitrary: fc.constantFrom(...CORPUS.lines) },
  { weight: 2, arbitrary: fc.tuple(junk, figureText).map(([j, f]) => j + f) },
  { weight: 1, arbitrary: fc.constantFrom(...CORPUS.sentences).map(toFullWidth) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(emoji, loneSurrogate), figureText).map(([e, f]) => `${e}${e}${f}`) },
  { weight: 1, arbitrary: fc.constantFrom('**', '```\n', '<!-- ', ' -->', '> > > ', '- ', '  - ', '| a | 1 |\n|---|---|\n', '[^1]', '\r\n', '\r', '\n\n', '\t', '\uFEFF') },
);
const document = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.array(fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r', ' ', ''), { minLength: 10, maxLength: 10 }))
  .map(([pieces, seps]) => pieces.map((p, i) => p + seps[i]).join(''));

/** An edit as fractions of the document (so it fits whatever the text is by then) and a text to insert. */
const edit = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.double({ min: 0, max: 0.3, noNaN: true }),
  splitPair: fc.boolean(), text: fc.oneof(piece, fc.constant(''), emoji, loneSurrogate),
});
const where = fc.double({ min: 0, max: 1, noNaN: true });

describe('properties of the language server (stdio)', function () {
  this.timeout(180000);
  const tally = new Tally();
  let client: LspClient;
  let root: string;
  const errors: string[] = [];
  let run = 0;
  let checkedDiagnostics = 0;

  before(async () => {
    paperIndex();
    root = mkdtempSync(join(tmpdir(), 'paper-check-property-'));
    client = new LspClient(ROOT);
    // Errors the server logs (a check or request that threw and was caught) fail the property.
    const onMessage = (client as unknown as { onMessage: (m: any) => void }).onMessage.bind(client);
    (client as unknown as { onMessage: (m: any) => void }).onMessage = (m: any) => {
      if (m.method === 'window/logMessage' && m.params?.type === 1) errors.push(String(m.params.message));
      onMessage(m);
    };
    await client.initialize(pathToFileURL(root).href);
  });

  after(async () => {
    tally.report('language server properties', ` (${checkedDiagnostics} diagnostics checked)`);
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** The server still answers a hover after a property. */
  async function stillAnswers(): Promise<void> {
    const uri = `file:///property/alive-${run++}.md`;
    const text = 'Kling AI passed 60 million users worldwide.';
    await client.open(uri, text);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 17 } }, 10000);
    assert.ok(hover === null || typeof hover.contents === 'object');
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.equal(client.exited, null, `the server exited: ${client.stderr.slice(-500)}`);
    assert.deepEqual(errors, [], 'the server logged errors');
  }

  /** Every diagnostic inside `text`, on exactly what the core finds there (a figure's or name's text). */
  function assertDiagnostics(text: string, diagnostics: Diagnostic[], expected: CheckResult): void {
    const starts = lineStarts(text);
    for (const d of diagnostics) {
      checkedDiagnostics++;
      const start = strictOffsetAt(text, starts, d.range.start, 'diagnostic start');
      const end = strictOffsetAt(text, starts, d.range.end, 'diagnostic end');
      const shown = `${d.code} at ${JSON.stringify(d.range)} over ${JSON.stringify(text.slice(start, end))}`;
      assert.ok(start < end, `${shown} is empty`);
      assert.ok(expected.findings.some((f) => f.code === d.code && f.start === start && f.end === end), `${shown} is not a finding of the core`);
      if (d.code === FindingCode.NameMisspelled) continue;
      const figure = expected.judgements.find((j) => j.entry.figure.start === start && j.entry.figure.end === end)?.entry.figure;
      assert.ok(figure, `${shown} is on no figure`);
      const at = text.slice(start, end);
      // The figure's text is the source's, but for markup blanked in the prose (**7000** 万).
      for (let i = 0; i < at.length; i++) if (at[i] !== figure.text[i]) assert.equal(figure.text[i], ' ', `${shown} is not on ${JSON.stringify(figure.text)}`);
    }
    assert.equal(diagnostics.length, expected.findings.length, 'one diagnostic per finding');
  }

  it('open, edit, hover and code actions: ranges stay in the document and on their figures', async () => {
    await tally.check(fc.asyncProperty(document, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(where, where), { minLength: 1, maxLength: 4 }), async (initial, changes, queries) => {
      const uri = `file:///property/doc-${run++}.md`;
      let text = initial;
      let version = 1;
      tally.inputs++;
      let diagnostics = await client.open(uri, text, version);
      assertDiagnostics(text, diagnostics, new DocumentChecker(paperIndex()).check(text));
      for (const batch of changes) {
        const contentChanges = [];
        for (const e of batch) {
          let from = nameable(text, Math.floor(e.from * text.length));
          // Split a surrogate pair when there is one to split.
          if (e.splitPair) {
            const pair = text.search(/[\uD800-\uDBFF][\uDC00-\uDFFF]/);
            if (pair >= 0) from = pair + 1;
          }
          const to = Math.max(from, nameable(text, Math.min(text.length, from + Math.floor(e.length * text.length))));
          const starts = lineStarts(text);
          contentChanges.push({ range: { start: positionAt(starts, from), end: positionAt(starts, to) }, text: e.text });
          text = text.slice(0, from) + e.text + text.slice(to);
        }
        version++;
        tally.inputs++;
        const next = client.nextDiagnostics(uri, version);
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
        diagnostics = await next;
        assertDiagnostics(text, diagnostics, new DocumentChecker(paperIndex()).check(text));
      }
      const starts = lineStarts(text);
      for (const [a, b] of queries) {
        const from = nameable(text, Math.floor(Math.min(a, b) * text.length));
        const to = nameable(text, Math.floor(Math.max(a, b) * text.length));
        const range: Range = { start: positionAt(starts, from), end: positionAt(starts, to) };
        tally.inputs += 2;
        const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: range.start });
        if (hover?.range) {
          strictOffsetAt(text, starts, hover.range.start, 'hover start');
          strictOffsetAt(text, starts, hover.range.end, 'hover end');
        }
        const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
        for (const action of actions) {
          if (!action.edit) continue;
          const edits = action.edit.changes[uri];
          assert.equal(edits.length, 1, `${action.title} makes one edit`);
          assert.deepEqual(edits[0].range, action.diagnostics[0].range, `${action.title}: the edit's range is its diagnostic's`);
          assert.ok(diagnostics.some((d) => JSON.stringify(d.range) === JSON.stringify(edits[0].range) && d.code === action.diagnostics[0].code), `${action.title}: its diagnostic was published`);
        }
      }
      // Fix all: the edits do not overlap, and each is a published diagnostic's.
      const fixAll = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
      const edits = fixAll.flatMap((a: any) => a.edit?.changes[uri] ?? []);
      const spans = edits.map((e: any) => [strictOffsetAt(text, starts, e.range.start, 'fix-all edit'), strictOffsetAt(text, starts, e.range.end, 'fix-all edit')]).sort((x: number[], y: number[]) => x[0] - y[0]);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1], 'fix-all edits overlap');
      for (const e of edits) assert.ok(diagnostics.some((d) => JSON.stringify(d.range) === JSON.stringify(e.range)), 'a fix-all edit is on a published diagnostic');
      client.notify('textDocument/didClose', { textDocument: { uri } });
      assert.equal(client.exited, null);
    }), { numRuns: 100 });
    await stillAnswers();
  });

  it('hover and code actions anywhere, even past the end of a line or the document', async () => {
    await tally.check(fc.asyncProperty(document, fc.array(fc.record({ line: fc.integer({ min: 0, max: 40 }), character: fc.integer({ min: 0, max: 400 }) }), { minLength: 1, maxLength: 6 }), async (text, positions) => {
      const uri = `file:///property/anywhere-${run++}.md`;
      tally.inputs++;
      await client.open(uri, text);
      for (const p of positions) {
        tally.inputs += 2;
        await client.request('textDocument/hover', { textDocument: { uri }, position: p });
        await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: p, end: p }, context: { diagnostics: [] } });
      }
      client.notify('textDocument/didClose', { textDocument: { uri } });
      assert.equal(client.exited, null);
    }), { numRuns: 60 });
    await stillAnswers();
  });
});

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type CheckResult } from '../../server/src/core/checker';
import { splitChunks } from '../../server/src/core/chunks';
import { DocumentChecker } from '../../server/src/core/incremental';
import { paperIndex, ROOT } from '../support/paper';

const summary = (r: CheckResult) => r.findings.map((f) => `${f.code}@${f.start}-${f.end}:${f.replacement ?? ''}`);
const drafts = readdirSync(join(ROOT, 'test', 'drafts')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(ROOT, 'test', 'drafts', f), 'utf8'));

describe('chunked, incremental checking', () => {
  it('splits a document into chunks that cover it, never inside a fence or comment', () => {
    const doc = '# Title\n\nPara one 60 million.\n\n```\ncode\n\nstill code\n```\n\n<!-- a\n\nb -->\n\n- item\n\n    indented\n';
    const chunks = splitChunks(doc);
    assert.equal(chunks[0].start, 0);
    assert.equal(chunks[chunks.length - 1].end, doc.length);
    for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end);
    const texts = chunks.map((c) => doc.slice(c.start, c.end));
    assert.ok(texts.some((t) => t.includes('code\n\nstill code')), 'a fence stays whole');
    assert.ok(texts.some((t) => t.includes('<!-- a\n\nb -->')), 'a comment stays whole');
    assert.ok(texts.some((t) => t.includes('- item\n\n    indented')), 'an indented continuation stays with its item');
  });

  it('keeps a paragraph ending in a colon with the list it introduces, blank lines between items included', () => {
    const doc = 'Intro 60 million.\n\nAs of March 2024, the company reported:\n\n- 22 million users\n\n- 5,000 customers\n\nAfter the list.\n';
    const texts = splitChunks(doc).map((c) => doc.slice(c.start, c.end));
    assert.ok(texts.some((t) => t.includes('reported:\n\n- 22 million users\n\n- 5,000 customers')), texts.join('|'));
    assert.ok(texts.some((t) => t.startsWith('After the list.')), 'the list ends its chunk');
    assert.ok(texts.some((t) => t.startsWith('Intro')) && !texts.some((t) => t.includes('Intro') && t.includes('reported')));
  });

  it('finds the same as checking the whole document at once', () => {
    for (const draft of drafts) {
      assert.deepEqual(summary(new DocumentChecker(paperIndex()).check(draft)), summary(checkDocument(draft, paperIndex())));
    }
  });

  it('after an edit, finds the same as a fresh check of the edited text', () => {
    const checker = new DocumentChecker(paperIndex());
    const draft = drafts.join('\n\n');
    checker.check(draft);
    const at = draft.indexOf('\n\n', Math.floor(draft.length / 2));
    const edited = `${draft.slice(0, at)} The app reached 95 million downloads.${draft.slice(at)}`;
    assert.deepEqual(summary(checker.check(edited)), summary(new DocumentChecker(paperIndex()).check(edited)));
  });

  it('cuts a first, whole check at the chunks as checking them one by one would, headings and all', () => {
    // (In offset order, which is all the order means. Silent figures aside: they show nothing, and a chunk read
    // alone may take a mid-document `---` block for front matter, as the whole reading does not.)
    const verdicts = (r: CheckResult) => r.judgements.filter((j) => j.verdict !== 'silent').map((j) => `${j.verdict}@${j.entry.figure.start}:${j.fact?.id ?? ''}:${j.score.toFixed(6)}`).sort();
    // (The last, some 70,000 characters, is read in several runs of chunks: incremental.ts BATCH_CHARS.)
    for (const draft of [...drafts, drafts.join('\n\n'), [...drafts, ...drafts, ...drafts].join('\n\n')]) {
      const cut = new DocumentChecker(paperIndex());
      const whole = cut.check(draft);
      // A checker that has seen another text re-reads every chunk of this one on its own.
      const byChunk = new DocumentChecker(paperIndex());
      byChunk.check('A first text.');
      const oneByOne = byChunk.check(draft);
      assert.deepEqual(summary(whole), summary(oneByOne));
      assert.deepEqual(verdicts(whole), verdicts(oneByOne));
      assert.deepEqual(whole.headingsAfter, oneByOne.headingsAfter);
      // … and each goes on from its parts alike: an edit under the last heading re-reads its chunk under the headings kept.
      const at = draft.lastIndexOf('\n\n');
      const edited = `${draft.slice(0, at)}\n\nThe app reached 95 million downloads, up 14.2%.${draft.slice(at)}`;
      assert.deepEqual(summary(cut.check(edited)), summary(byChunk.check(edited)));
    }
  });

  it('reads a long first text in runs of chunks, each under the headings above it', () => {
    // A heading, some 40,000 characters of prose, then figures whose reading takes in the heading.
    const filler = Array.from({ length: 900 }, (_, i) => `Paragraph ${String.fromCharCode(97 + (i % 26))} says the team kept working.`).join('\n\n');
    const draft = `# Kling AI\n\n${filler}\n\nIts annualised revenue passed US$240 million, with 60 million creators.\n`;
    const judged = (r: CheckResult) => r.judgements.map((j) => `${j.verdict}@${j.entry.figure.start}:${j.fact?.id ?? ''}:${j.score.toFixed(6)}`);
    const byChunk = new DocumentChecker(paperIndex());
    byChunk.check('A first text.');
    const first = new DocumentChecker(paperIndex()).check(draft);
    assert.deepEqual(judged(first), judged(byChunk.check(draft)));
    assert.deepEqual(judged(first), judged(checkDocument(draft, paperIndex())));
    assert.ok(first.judgements.some((j) => j.score > 0), 'the figures are tied to the paper');
  });
});

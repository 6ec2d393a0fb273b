/**
 * Checks a document chunk by chunk and remembers each chunk's result, so that after an edit only the
 * chunks whose text (or headings above) changed are read again, and only the edited stretch is split again.
 * Results are the same as checking the whole document. Each chunk's findings stay relative to the chunk
 * (result.groups), so an edit costs no work per finding of the untouched chunks; the flat lists by
 * document offsets are built only when asked for.
 */
import { checkDocument, DEFAULT_OPTIONS, type CheckOptions, type CheckResult, type Finding, type FindingGroup } from './checker';
import { resplitChunks, splitChunks, type Chunk } from './chunks';
import type { FactIndex } from './factIndex';
import { supportHeadings, type Judgement } from './matcher';
import { sourceNaming, type SourceNaming } from './sourceNaming';
import { lastAtOrBefore } from './sortedSearch';

/** One chunk of the latest check: where it is, the headings it was read under, and its result. */
interface Part {
  chunk: Chunk;
  headings: readonly string[];
  result: CheckResult;
}

/**
 * How much text a first check reads at once (readInBatches). Measured at 200k characters, in-process: a second
 * first check took 413–501 ms in runs of 32,000 against 626–672 ms whole; runs of 8,000 and 128,000 came
 * within the noise of 32,000.
 */
const BATCH_CHARS = 32_000;

const sameHeadings = (a: readonly string[], b: readonly string[]): boolean => a === b || (a.length === b.length && a.every((h, i) => h === b[i]));

/** One per open document: holds the chunk results of its latest check. */
export class DocumentChecker {
  private source = '';
  private chunks: Chunk[] = [];
  private parts: Part[] = [];
  /** The latest result's groups, and how many of them the parts before each part hold (see KeptGroups). */
  private groups: readonly FindingGroup[] = [];
  private groupsBefore: Int32Array = new Int32Array(1);

  constructor(private readonly index: FactIndex, private readonly options: CheckOptions = DEFAULT_OPTIONS) {}

  check(source: string): CheckResult {
    const previous = this.parts;
    const { chunks, origin } = previous.length
      ? resplitChunks(this.source, this.chunks, source)
      : { chunks: splitChunks(source), origin: [] as number[] };
    // Old chunks the edit touched, by text: a paragraph moved or restored is not read again.
    let moved: Map<string, Part[]> | undefined;
    const movedFrom = (text: string, headings: readonly string[]): Part | undefined => {
      if (!moved) {
        moved = new Map();
        const reused = new Uint8Array(previous.length);
        for (const o of origin) if (o >= 0) reused[o] = 1;
        previous.forEach((p, i) => {
          if (reused[i]) return;
          const old = this.source.slice(p.chunk.start, p.chunk.end);
          const same = moved!.get(old);
          if (same) same.push(p);
          else moved!.set(old, [p]);
        });
      }
      return moved.get(text)?.find((p) => sameHeadings(p.headings, headings));
    };
    if (!previous.length && chunks.length > 1) return this.remember(source, chunks, this.readInBatches(source, chunks));
    const parts: Part[] = [];
    let headings: readonly string[] = [];
    // How many parts at the start are the previous check's, in place and with the same result (the text before the edit).
    let unchanged = 0;
    chunks.forEach((chunk, i) => {
      const old = origin[i] >= 0 ? previous[origin[i]] : undefined;
      let result = old && sameHeadings(old.headings, headings) ? old.result : undefined;
      if (!result) {
        const text = source.slice(chunk.start, chunk.end);
        result = movedFrom(text, headings)?.result ?? checkDocument(text, this.index, this.options, [...headings]);
      }
      if (unchanged === i && old !== undefined && old === previous[i] && old.chunk === chunk && old.result === result) unchanged++;
      parts.push({ chunk, headings, result });
      headings = result.headingsAfter;
    });
    return this.remember(source, chunks, parts, unchanged);
  }

  /**
   * A first check: runs of chunks of about BATCH_CHARS are each read as one text and the result cut at their
   * chunks. The same findings (chunks read the same alone as in the document), without each chunk's fixed
   * cost of a check (at 200k characters in 817 chunks, one whole check took 0.55–0.6× the time of the chunks
   * one by one), and without a whole long document's figures held at once, which V8 promoted and marked on
   * every first check.
   */
  private readInBatches(source: string, chunks: readonly Chunk[]): Part[] {
    const parts: Part[] = [];
    let headings: readonly string[] = [];
    for (let first = 0; first < chunks.length; ) {
      let last = first;
      while (last + 1 < chunks.length && chunks[last + 1].end - chunks[first].start <= BATCH_CHARS) last++;
      const start = chunks[first].start;
      const batch = chunks.slice(first, last + 1);
      const result = checkDocument(source.slice(start, chunks[last].end), this.index, this.options, [...headings]);
      for (const part of cutAtChunks(result, batch, start, headings)) parts.push(part);
      headings = parts[parts.length - 1].result.headingsAfter;
      first = last + 1;
    }
    return parts;
  }

  /**
   * Keeps the parts of this check for the next, and gives the document's result. The first `unchanged` parts
   * are the previous check's, so the previous result's groups for them serve again.
   */
  private remember(source: string, chunks: Chunk[], parts: Part[], unchanged = 0): CheckResult {
    this.source = source;
    this.chunks = chunks;
    this.parts = parts;
    const checked = parts.reduce((n, p) => n + p.result.checked, 0);
    const kept: KeptGroups = { groups: this.groups, groupsBefore: this.groupsBefore, parts: unchanged };
    const { result, groupsBefore } = resultOf(parts, parts.length ? parts[parts.length - 1].result.headingsAfter : [], checked, sourceNaming(this.index), kept);
    this.groups = result.groups;
    this.groupsBefore = groupsBefore;
    return result;
  }
}

/**
 * The result of reading a run of chunks as one text (standing at `offset` in the document, under `headingsBefore`)
 * cut into its chunks' parts, each as checking that chunk alone under the headings before it would give: its
 * judgements and findings relative to the chunk, and the headings in force after it.
 */
function cutAtChunks(whole: CheckResult, chunks: readonly Chunk[], offset: number, headingsBefore: readonly string[]): Part[] {
  const parts: Part[] = [];
  const marks = whole.headingMarks ?? [];
  // Each judgement to its chunk, in the order the whole reading gave (a block's figures are not always in
  // offset order: a table row's caption, a callout's).
  const byChunk: Judgement[][] = chunks.map(() => []);
  for (const x of whole.judgements) byChunk[chunkAt(chunks, x.entry.figure.start + offset)].push(x);
  let m = 0;
  let f = 0;
  // The heading stack as reader.ts keeps it: a heading of depth d cuts the stack to d - 1 and takes place d.
  const stack: string[] = [...headingsBefore];
  chunks.forEach((chunk, i) => {
    const headings = [...stack];
    // Where the chunk starts in the text that was read.
    const at = chunk.start - offset;
    const end = chunk.end - offset;
    const judgements = at ? byChunk[i].map((x) => shiftJudgement(x, -at)) : byChunk[i];
    const findings: Finding[] = [];
    for (; f < whole.findings.length && whole.findings[f].start < end; f++) {
      const x = whole.findings[f];
      findings.push(at ? { ...x, start: x.start - at, end: x.end - at } : x);
    }
    for (; m < marks.length && marks[m].start < end; m++) {
      stack.length = Math.max(0, marks[m].depth - 1);
      stack[marks[m].depth - 1] = marks[m].text;
    }
    const result: CheckResult = {
      judgements, findings, groups: [{ start: 0, findings }], headingsAfter: [...stack],
      checked: judgements.filter((x) => x.verdict !== 'silent').length, naming: whole.naming,
    };
    parts.push({ chunk, headings, result });
  });
  return parts;
}

/** The index of the chunk holding `offset` (chunks cover the document in order). */
const chunkAt = (chunks: readonly Chunk[], offset: number): number => lastAtOrBefore(chunks.length, (i) => chunks[i].start, offset);

/**
 * The groups of the previous result that serve again: those of its first `parts` parts, which are this
 * check's first parts too, in place and with the same results. `groupsBefore[i]` is how many groups the
 * parts before part i hold. A keystroke in a long draft then makes groups anew only from the edited chunk on:
 * at 1M characters, some 2,300 groups from 4,000 chunks, and making them all took 1.3–1.6 ms of a keystroke's
 * check; keeping those before the edit, a keystroke mid-draft: check() p50 4.45 → 3.86 ms (in-process, seven
 * runs of each build taking turns: /work/tools/speed-parts2.mjs).
 */
interface KeptGroups {
  groups: readonly FindingGroup[];
  groupsBefore: Int32Array;
  parts: number;
}

/** The document's result from its parts, and how many groups the parts before each hold; the lists by document offsets are built on first use. */
function resultOf(parts: readonly Part[], headingsAfter: readonly string[], checked: number, naming: SourceNaming, kept: KeptGroups): { result: CheckResult; groupsBefore: Int32Array } {
  let judgements: Judgement[] | undefined;
  let findings: Finding[] | undefined;
  const groupsBefore = new Int32Array(parts.length + 1);
  groupsBefore.set(kept.groupsBefore.subarray(0, kept.parts + 1));
  const groups: FindingGroup[] = kept.groups.slice(0, groupsBefore[kept.parts]);
  // Only groups with findings: at 1M characters most of some 4,000 chunks have none.
  for (let i = kept.parts; i < parts.length; i++) {
    const p = parts[i];
    for (const g of p.result.groups) if (g.findings.length) groups.push({ start: p.chunk.start + g.start, findings: g.findings });
    groupsBefore[i + 1] = groups.length;
  }
  const result: CheckResult = {
    get judgements() {
      // A heading's figure is borne out by the same value in a later chunk as in the whole document.
      return (judgements ??= supportHeadings(parts.flatMap((p) => (p.chunk.start ? p.result.judgements.map((j) => shiftJudgement(j, p.chunk.start)) : p.result.judgements))));
    },
    get findings() {
      return (findings ??= groups.flatMap((g) => (g.start ? g.findings.map((f) => ({ ...f, start: f.start + g.start, end: f.end + g.start })) : [...g.findings])));
    },
    groups, headingsAfter: [...headingsAfter], checked, naming,
  };
  return { result, groupsBefore };
}

function shiftJudgement(j: Judgement, by: number): Judgement {
  const f = j.entry.figure;
  const figure = {
    ...f, start: f.start + by, end: f.end + by, numberStart: f.numberStart + by, numberEnd: f.numberEnd + by, extentEnd: f.extentEnd + by, extentStart: f.extentStart + by,
    ...(f.highStart !== undefined && f.highEnd !== undefined ? { highStart: f.highStart + by, highEnd: f.highEnd + by } : {}),
  };
  const sentence = { start: j.entry.sentence.start + by, end: j.entry.sentence.end + by };
  return { ...j, entry: { ...j.entry, figure, sentence } };
}

/** Checks a whole document once (the command line), chunk by chunk like the editor does. */
export function checkText(source: string, index: FactIndex, options: CheckOptions = DEFAULT_OPTIONS): CheckResult {
  return new DocumentChecker(index, options).check(source);
}

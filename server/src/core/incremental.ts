/**
 * Checks a document chunk by chunk and remembers each chunk's result, so that after an edit only the
 * chunks whose text (or headings above) changed are read again. Results are the same as checking the
 * whole document; offsets are shifted to the document's.
 */
import { checkDocument, DEFAULT_OPTIONS, type CheckOptions, type CheckResult, type Finding } from './checker';
import { splitChunks } from './chunks';
import type { FactIndex } from './factIndex';
import type { Judgement } from './matcher';

interface CachedChunk {
  result: CheckResult;
}

/** One per open document: holds the chunk results of its latest check, by the headings above and the text. */
export class DocumentChecker {
  private cache = new Map<string, Map<string, CachedChunk>>();

  constructor(private readonly index: FactIndex, private readonly options: CheckOptions = DEFAULT_OPTIONS) {}

  check(source: string): CheckResult {
    const next = new Map<string, Map<string, CachedChunk>>();
    const parts: Array<{ start: number; result: CheckResult }> = [];
    const findings: Finding[] = [];
    let headings: string[] = [];
    let checked = 0;
    for (const chunk of splitChunks(source)) {
      const text = source.slice(chunk.start, chunk.end);
      const under = headings.join('\u0001');
      let cached = this.cache.get(under)?.get(text) ?? next.get(under)?.get(text);
      if (!cached) cached = { result: checkDocument(text, this.index, this.options, headings) };
      let bucket = next.get(under);
      if (!bucket) next.set(under, (bucket = new Map()));
      bucket.set(text, cached);
      parts.push({ start: chunk.start, result: cached.result });
      for (const f of cached.result.findings) findings.push(chunk.start ? { ...f, start: f.start + chunk.start, end: f.end + chunk.start } : f);
      checked += cached.result.checked;
      headings = cached.result.headingsAfter;
    }
    this.cache = next;
    // Judgements are shifted to document offsets only when asked for (hover, report): a long draft has
    // thousands, and an edit needs none of them to publish diagnostics.
    let judgements: Judgement[] | undefined;
    return {
      get judgements() {
        return (judgements ??= parts.flatMap((p) => (p.start ? p.result.judgements.map((j) => shiftJudgement(j, p.start)) : p.result.judgements)));
      },
      findings, headingsAfter: headings, checked,
    };
  }
}

function shiftJudgement(j: Judgement, by: number): Judgement {
  const f = j.entry.figure;
  const figure = {
    ...f, start: f.start + by, end: f.end + by, numberStart: f.numberStart + by, numberEnd: f.numberEnd + by, extentEnd: f.extentEnd + by,
    ...(f.highStart !== undefined && f.highEnd !== undefined ? { highStart: f.highStart + by, highEnd: f.highEnd + by } : {}),
  };
  const sentence = { start: j.entry.sentence.start + by, end: j.entry.sentence.end + by };
  return { ...j, entry: { ...j.entry, figure, sentence } };
}

/** Checks a whole document once (the command line), chunk by chunk like the editor does. */
export function checkText(source: string, index: FactIndex, options: CheckOptions = DEFAULT_OPTIONS): CheckResult {
  return new DocumentChecker(index, options).check(source);
}

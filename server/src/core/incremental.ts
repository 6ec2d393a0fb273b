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

/** One per open document: holds the chunk results of its latest check. */
export class DocumentChecker {
  private cache = new Map<string, CachedChunk>();

  constructor(private readonly index: FactIndex, private readonly options: CheckOptions = DEFAULT_OPTIONS) {}

  check(source: string): CheckResult {
    const next = new Map<string, CachedChunk>();
    const judgements: Judgement[] = [];
    const findings: Finding[] = [];
    let headings: string[] = [];
    for (const chunk of splitChunks(source)) {
      const text = source.slice(chunk.start, chunk.end);
      const key = `${headings.join('\u0001')}\u0000${text}`;
      let cached = this.cache.get(key) ?? next.get(key);
      if (!cached) cached = { result: checkDocument(text, this.index, this.options, headings) };
      next.set(key, cached);
      for (const j of cached.result.judgements) judgements.push(chunk.start ? shiftJudgement(j, chunk.start) : j);
      for (const f of cached.result.findings) findings.push(chunk.start ? { ...f, start: f.start + chunk.start, end: f.end + chunk.start } : f);
      headings = cached.result.headingsAfter;
    }
    this.cache = next;
    return { judgements, findings, headingsAfter: headings };
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

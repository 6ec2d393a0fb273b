/**
 * Checks many drafts, on several threads when there are enough cores and files to pay for them, and
 * writes sign-off reports when asked. Results come back in the order of the files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FactIndex } from '../core/factIndex';
import { reportHtml, reportMarkdown } from '../core/report';
import { loadSources } from '../sources/customSources';
import { loadShippedIndex } from '../sources/shippedIndex';
import type { DraftSettings } from './draftSettings';
import { checkWithSettings, shownFindings, toRows, type DraftResult } from './findingRows';

/** Where a draft's sign-off report is written. */
export const reportPath = (file: string, format: 'md' | 'html'): string => file.replace(/(\.\w+)?$/, `.paper-check.${format}`);

/** The index `settings` check against: the shipped paper's prebuilt one, or one built with the sources. */
export function indexFor(settings: DraftSettings): FactIndex {
  if (!settings.sources.length && settings.useShippedPaper) return loadShippedIndex();
  // The sources were checked before (draftSettings.sourceProblems), so none is left out here.
  return loadSources(settings.sources, settings.useShippedPaper, undefined).index;
}

/** A checker of one file at a time, as shown relative to the current folder; writes its report when asked. */
export function fileChecker(settings: DraftSettings, reportFormat?: 'md' | 'html'): (file: string) => DraftResult {
  const index = indexFor(settings);
  return (file) => {
    const shown = relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      return { file: shown, rows: [], error: `cannot read ${shown}: ${(e as Error).message}` };
    }
    const result = checkWithSettings(text, index, settings);
    if (reportFormat) writeFileSync(reportPath(file, reportFormat), reportFormat === 'html' ? reportHtml(basename(file), text, result) : reportMarkdown(basename(file), text, result));
    return { file: shown, rows: toRows(shown, text, shownFindings(result, settings), settings) };
  };
}

/** What a worker thread is given: every file, and the shared count of files handed out so far. */
export interface WorkerInput {
  files: string[];
  settings: DraftSettings;
  reportFormat?: 'md' | 'html';
  next: Int32Array;
}

/**
 * Checks the files (all with the same settings): one JavaScript thread per two cores, this one included,
 * because V8 compiles hot code and collects garbage on helper threads that need a core too. (On two cores,
 * a worker beside this thread made 500 drafts take 3.5 s and 5.8 s of CPU; this thread alone, 3.1 s and
 * 3.9 s: each thread warms up its own compiled code, and the helpers lost their spare core.) Files are
 * handed out one at a time from a shared counter, so a thread on a busier core simply takes fewer.
 * `workerScript` is the bundled command line, which runs `checkShare` when started as a worker.
 */
export async function checkDrafts(files: string[], settings: DraftSettings, reportFormat: 'md' | 'html' | undefined, workerScript: string, threadsWanted = Math.floor(cpus().length / 2)): Promise<DraftResult[]> {
  const threads = Math.min(threadsWanted, Math.floor(files.length / 20));
  if (threads < 2) return files.map(fileChecker(settings, reportFormat));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { files, settings, next, ...(reportFormat ? { reportFormat } : {}) };
  const workers = Array.from({ length: threads - 1 }, () => new Promise<Array<[number, DraftResult]>>((resolve, reject) => {
    // A roomy young generation: checking makes much short-lived garbage, and each scavenge costs.
    const worker = new Worker(workerScript, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    worker.once('message', resolve);
    worker.once('error', reject);
  }));
  // This thread checks too, while the workers start: it has the checker loaded already.
  const parts = [checkShare(input), ...(await Promise.all(workers))];
  const results: DraftResult[] = new Array(files.length);
  for (const part of parts) for (const [i, result] of part) results[i] = result;
  return results;
}

/** A thread's share: files taken from the shared counter until none is left. */
export function checkShare({ files, settings, reportFormat, next }: WorkerInput): Array<[number, DraftResult]> {
  const check = fileChecker(settings, reportFormat);
  const done: Array<[number, DraftResult]> = [];
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) done.push([i, check(files[i])]);
  return done;
}

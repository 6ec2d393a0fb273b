/**
 * Warms the checker while the server is idle after it starts: reads the source's own text as a draft, a
 * chunk per turn of the event loop, and throws the results away. V8 compiles the checker's code for speed
 * only after running it for a while, so without this a writer's first drafts of a session are checked by
 * code still being compiled (a 200k draft's first check took 2–3× its fourth). Each chunk is a few
 * milliseconds, so a request that arrives meanwhile waits for one chunk at most; a check the writer asks
 * for needs nothing from this and finds the same.
 */
import { checkDocument } from '../core/checker';
import { splitChunks } from '../core/chunks';
import type { FactIndex } from '../core/factIndex';

/** How many times the source's text is read. */
const PASSES = 3;

/**
 * Starts warming with `index` and the text of its sources (`textOf`); returns a function that stops it.
 * `pause` schedules the next chunk after any messages that have arrived (a timer of 0 ms, in Node and in a web worker alike).
 */
export function warmUp(index: FactIndex, textOf: (name: string) => string | undefined, pause: (next: () => void) => void): () => void {
  const texts = index.sources.map(textOf).filter((t): t is string => !!t);
  const pieces: string[] = [];
  for (const text of texts) for (const c of splitChunks(text)) pieces.push(text.slice(c.start, c.end));
  let stopped = false;
  let at = 0;
  const step = () => {
    if (stopped || at >= pieces.length * PASSES) return;
    try {
      checkDocument(pieces[at % pieces.length], index);
    } catch {
      // Warming is a courtesy: a piece the checker cannot read is skipped (a draft's own check reports it).
    }
    at++;
    pause(step);
  };
  pause(step);
  return () => {
    stopped = true;
  };
}

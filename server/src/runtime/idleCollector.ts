/**
 * Keeps the server's resident memory near its live data. Checking allocates and drops a lot, and V8 keeps
 * freed heap reserved until a full collection; the live data of even a hundred open drafts is a few tens
 * of MB. So:
 * - after a quiet spell (the writer pauses) the server asks for a full collection;
 * - during a burst over many documents (a folder opened at once) it collects whenever the heap has grown
 *   by BURST_GROWTH_BYTES, so the heap never balloons while the burst lasts; typing in one draft never
 *   triggers this (its garbage is short-lived and the young generation takes it);
 * - while every open document is of ordinary length, V8 keeps its young generation small;
 *   a very long document (over LONG_DOCUMENT) needs headroom more than thrift, or its edits would wait
 *   on full collections, so the young generation may grow again while one is open.
 * Measured by `npm run bench` (memory with 100 drafts open; edit latency at 1M characters).
 * V8's --optimize-for-size is set only while the server collects: checking under it took about 1.6–2× the
 * CPU time (a 200k draft's warm check 1080–1200 ms against 500–650 ms); the young generation alone keeps
 * 100 drafts at 86–89 MB (108–117 MB with neither); and collecting under it kept a 20-minute soak of 50
 * drafts at 88–98 MB RSS (1.11× its first minute), where collecting without it rose from 93 to 107 MB (1.15×).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CheckObserver } from '../host/serverHost';
import { LONG_DOCUMENT } from './scheduler';

let collect: (() => void) | undefined;
try {
  setFlagsFromString('--expose-gc');
  collect = runInNewContext('gc') as () => void;
} catch {
  collect = undefined;
}

/** Heap growth during a burst over many documents that triggers a collection at once. */
const BURST_GROWTH_BYTES = 4 * 2 ** 20;
/** How many different documents checked since the last collection make a burst. */
const BURST_DOCUMENTS = 8;

const heapUsed = (): number => getHeapStatistics().used_heap_size;

export class IdleCollector implements CheckObserver {
  private timer: NodeJS.Timeout | undefined;
  private afterLast = heapUsed();
  private readonly checkedSinceLast = new Set<string>();
  private readonly sizes = new Map<string, number>();
  private thrifty: boolean | undefined;

  constructor(private readonly quietMs = 2000) {
    this.tune();
  }

  /** `uri` is about to be checked at `size` characters: collect now if a burst has grown the heap, else after the next quiet spell. */
  checking(uri: string, size: number): void {
    this.sizes.set(uri, size);
    this.tune();
    this.checkedSinceLast.add(uri);
    if (collect && this.checkedSinceLast.size >= BURST_DOCUMENTS && heapUsed() > this.afterLast + BURST_GROWTH_BYTES) this.collectNow();
    this.touch();
  }

  /** `uri` was closed. */
  closed(uri: string): void {
    this.sizes.delete(uri);
    this.tune();
    this.touch();
  }

  private touch(): void {
    if (!collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.collectNow();
    }, this.quietMs);
    this.timer.unref();
  }

  private collectNow(): void {
    // The collection alone runs as V8 does under --optimize-for-size (flags are read as the heap grows and
    // shrinks): it gives back freed pages and keeps the heap's next limit near the live data. Checks run
    // without it (see the module's comment).
    setFlags('--optimize-for-size');
    collect?.();
    setFlags('--no-optimize-for-size');
    this.afterLast = heapUsed();
    this.checkedSinceLast.clear();
  }

  /** A small young generation unless a very long document is open. */
  private tune(): void {
    let longest = 0;
    for (const size of this.sizes.values()) longest = Math.max(longest, size);
    const thrifty = longest <= LONG_DOCUMENT;
    if (thrifty === this.thrifty) return;
    this.thrifty = thrifty;
    // The young generation stays at its first size rather than doubling when much survives a scavenge: it
    // once doubled to 16 MB mid-burst and kept the process 25 MB larger for good. (A maximum size set now
    // would come too late: the heap is set up before the server's code runs.)
    setFlags(thrifty ? '--semi-space-growth-factor=1' : '--semi-space-growth-factor=2');
  }
}

/** Sets a V8 flag; flags are a tuning, never a requirement. */
function setFlags(flags: string): void {
  try {
    setFlagsFromString(flags);
  } catch {
    // Left as it was.
  }
}

/**
 * Gives memory back when the writer pauses. Checking allocates and drops a lot; V8 keeps the freed heap
 * reserved until a full collection, so after a quiet spell the server asks for one. The live data of even a
 * hundred open drafts is a few tens of MB, and this keeps the resident size near it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;
try {
  setFlagsFromString('--expose-gc');
  collect = runInNewContext('gc') as () => void;
} catch {
  collect = undefined;
}

/** Calls a full collection once activity has stopped for `quietMs`. */
export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly quietMs = 2000) {}

  /** Something happened (a check, a close): collect after the next quiet spell. */
  touch(): void {
    if (!collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      collect?.();
    }, this.quietMs);
    this.timer.unref();
  }
}

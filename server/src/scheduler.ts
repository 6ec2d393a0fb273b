/**
 * When to re-check a document after it changes. Changes that arrive together are coalesced into one check
 * of the newest version, so a stale result is never computed or published after a newer edit. A document
 * whose last check was fast is checked on the next turn of the event loop; a slow one (a very long draft)
 * waits for a pause in typing of `debounceMs`.
 */
export class CheckScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastCost = new Map<string, number>();

  constructor(private readonly run: (uri: string) => void, private readonly debounceMs: () => number, private readonly slowMs = 20) {}

  /** Schedules a check of `uri`, replacing any pending one. */
  schedule(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    const delay = (this.lastCost.get(uri) ?? 0) > this.slowMs ? this.debounceMs() : 0;
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      const started = performance.now();
      this.run(uri);
      this.lastCost.set(uri, performance.now() - started);
    }, delay));
  }

  /** Forgets `uri` (closed): no pending check runs. */
  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.lastCost.delete(uri);
  }
}

/**
 * When to re-check a document after it changes. Changes that arrive together are coalesced into one check
 * of the newest version, so a stale result is never computed or published after a newer edit. A draft of
 * ordinary length is checked on the next turn of the event loop; a very long one waits for a pause in
 * typing of `debounceMs` (paperCheck.debounceMs), so its checks never queue behind the keystrokes.
 */

/** Documents longer than this (characters) wait for a pause in typing. */
export const LONG_DOCUMENT = 100_000;

export class CheckScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly run: (uri: string) => void, private readonly debounceMs: () => number, private readonly sizeOf: (uri: string) => number) {}

  /** Schedules a check of `uri`, replacing any pending one. */
  schedule(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    const delay = this.sizeOf(uri) > LONG_DOCUMENT ? this.debounceMs() : 0;
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri);
    }, delay));
  }

  /** Forgets `uri` (closed): no pending check runs. */
  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
  }
}

import type { Later } from './later';

/** Changes closer together than this (dragging a slider, typing a search) share one history entry. */
export const SETTLE_MS = 500;

/**
 * Whether a change adds a history entry or replaces the current one: the first change after a quiet
 * spell adds one (so Back returns to the view before it); a burst of quick changes keeps replacing
 * that entry, so a drag leaves one entry, for where it settled.
 */
export function historyMode(lastChange: number | null, now: number): 'push' | 'replace' {
  return lastChange !== null && now - lastChange < SETTLE_MS ? 'replace' : 'push';
}

interface PendingWrite {
  url: string;
  mode: 'push' | 'replace';
  /** The time of the change before this burst, restored if the burst turns out to change nothing. */
  before: number | null;
}

/**
 * Writes the addresses of a changing view into the session history once the changes pause
 * (`schedule`, asked again at each change): a history write costs the main thread several
 * milliseconds (15 ms for the first `pushState` of a page, measured in Chromium; about 8 ms for a
 * `replaceState` at 4x CPU), which the next slider step should not wait behind. Changes made before
 * the write become one write; a change after a quiet spell first writes the burst before it, so each
 * burst keeps its entry.
 */
export class HistoryWriter {
  #pending: PendingWrite | null = null;
  #lastChange: number | null = null;
  #cancel: (() => void) | null = null;

  constructor(
    private readonly win: Pick<Window, 'history' | 'location'>,
    private readonly schedule: Later,
    private readonly now: () => number,
  ) {}

  /**
   * The view changed to `url` (path, query and hash). `force` sets how, whenever the change comes:
   * 'replace' for a presentation's next slide (Back leaves the presentation, not one slide), 'push'
   * for starting or leaving it, or for the first change of an address kept as it came.
   */
  request(url: string, force?: 'push' | 'replace'): void {
    const time = this.now();
    const mode = force ?? historyMode(this.#lastChange, time);
    if (this.#pending && mode === 'push') this.flush();
    const pending = this.#pending;
    if (pending) {
      pending.url = url;
    } else {
      if (url === this.#current()) return;
      this.#pending = { url, mode, before: this.#lastChange };
    }
    // The write waits for the changes to pause: each change puts it off again.
    this.#cancel?.();
    this.#cancel = this.schedule(() => this.flush());
    this.#lastChange = time;
  }

  /** Makes the pending write now (before the page is hidden, or the reader goes Back). */
  flush(): void {
    this.#cancel?.();
    this.#cancel = null;
    const write = this.#pending;
    this.#pending = null;
    if (!write) return;
    if (write.url === this.#current()) {
      // The burst came back to where it started: no entry, and the next change is not part of it.
      if (write.mode === 'push') this.#lastChange = write.before;
      return;
    }
    if (write.mode === 'push') this.win.history.pushState(null, '', write.url);
    else this.win.history.replaceState(this.win.history.state, '', write.url);
  }

  /** The history moved (Back/Forward): a write not made yet is dropped, and the next change adds an entry. */
  moved(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.#pending = null;
    this.#lastChange = null;
  }

  #current(): string {
    const { pathname, search, hash } = this.win.location;
    return `${pathname}${search}${hash}`;
  }
}

import { flushSync, untrack } from 'svelte';
import { yearSpan } from '../data/period';
import { whenQuiet, type Later } from './later';

/** A time window as a panel draws it: its first and last year, and how they read ('2005–2022'). */
export interface TimeSpan {
  readonly from: number;
  readonly to: number;
  readonly years: string;
}

/** Panels out of view that have not caught up with the window yet, on this page. */
let behind = 0;
/** The mark set each time the last panel out of view has caught up (read by `npm run bench`). */
export const CAUGHT_UP_MARK = 'panels-caught-up';

/** How many panels out of view have yet to catch up with the window (for tests). */
export function panelsBehind(): number {
  return behind;
}

/**
 * One panel fewer is behind, its redraw done. When none is left, marks the moment, after the
 * microtasks queued so far: a panel whose catch-up was put off by a new change is counted again by
 * then, and a panel that came into view has redrawn (Svelte redraws in a microtask).
 */
function caughtUp(): void {
  behind -= 1;
  if (behind > 0) return;
  queueMicrotask(() => {
    if (behind > 0 || typeof performance === 'undefined') return;
    // One entry kept, not one per slider step.
    performance.clearMarks(CAUGHT_UP_MARK);
    performance.mark(CAUGHT_UP_MARK);
  });
}

/**
 * The time window one dashboard panel draws. While the panel is in view (or within a quarter of the
 * viewport's height of it) it is the dashboard's own, so the panel redraws with each change, in the
 * same frame as the slider. Further off, it keeps the window it last drew and catches up once the
 * window has stayed unchanged for a moment and the main thread is idle (`whenQuiet`), each panel in a
 * task of its own: dragging the slider redraws only the charts that can be seen, and the panels below
 * follow when the reader stops. A panel coming into view draws the dashboard's window at once.
 *
 * Only the charts wait: the URL, downloads, links and each panel's row count read the dashboard.
 * Create it while a component initialises (it runs an effect for as long as that component lives).
 */
export class PanelWindow implements TimeSpan {
  /** Whether the panel is in or near the viewport (see `watch`); so until an observer says otherwise. */
  inView = $state(true);
  #held = $state.raw<{ from: number; to: number }>({ from: 0, to: 0 });
  readonly #live: { readonly from: number; readonly to: number };

  constructor(live: { readonly from: number; readonly to: number }, later: Later = whenQuiet) {
    this.#live = live;
    this.#held = { from: live.from, to: live.to };
    $effect(() => {
      const { from, to } = this.#live;
      if (this.inView) {
        this.#held = { from, to };
        return;
      }
      const held = untrack(() => this.#held);
      if (held.from === from && held.to === to) return;
      behind += 1;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        caughtUp();
      };
      const catchUp = () => {
        if (done) return;
        this.#held = { from, to };
        // The panel redraws in this task, so that it is drawn when it counts as caught up.
        flushSync();
        finish();
      };
      const cancel = later(catchUp);
      // A page printed while the panel waits prints it up to date (print draws every panel).
      const onPrint = () => {
        cancel();
        catchUp();
      };
      addEventListener('beforeprint', onPrint);
      return () => {
        cancel();
        removeEventListener('beforeprint', onPrint);
        finish();
      };
    });
  }

  get from(): number {
    return this.inView ? this.#live.from : this.#held.from;
  }

  get to(): number {
    return this.inView ? this.#live.to : this.#held.to;
  }

  get years(): string {
    return yearSpan(this.from, this.to);
  }

  /**
   * Attach to the panel's element: tells the window whether the panel is in view, or within a
   * quarter of the viewport's height of it. An observer reports a panel come into view only after the
   * frame that first shows it, so a panel is counted in view before it is: it has redrawn by then.
   */
  watch = (node: Element): (() => void) | void => {
    if (typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) this.inView = entry.isIntersecting;
      },
      { rootMargin: '25% 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  };
}

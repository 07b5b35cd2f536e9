import { flushSync } from 'svelte';
import type { InvalidParam } from './urlCodec';
import { parsePage, serialisePage } from './pageCodec';
import type { Dashboard } from './dashboard.svelte';
import { HistoryWriter } from './historyWriter';
import { whenQuiet, type Later } from './later';

export { historyMode, SETTLE_MS } from './historyWriter';

/** Keys and mouse buttons that move through the history: a pending write is made before they act. */
function movesHistory(event: KeyboardEvent | PointerEvent): boolean {
  if ('key' in event)
    return event.altKey || event.metaKey || event.key === 'BrowserBack' || event.key === 'BrowserForward';
  return event.button === 3 || event.button === 4;
}

/**
 * Keeps the dashboard state and the query string in step: reads the URL once at start and on
 * Back/Forward, and writes the state back whenever it changes. This is the one effect that syncs
 * them. Returns the parameters that were ignored at start (for a notice) and a teardown.
 *
 * Changes are written once they pause (`schedule`, by default `whenQuiet`: QUIET_MS without a change,
 * then an idle moment; see HistoryWriter), so holding an arrow key down writes once, not at every
 * step. A write still waiting is made at once when the page is hidden, a key or mouse button that
 * goes Back/Forward is pressed, or a link to a place in the page is clicked. Left: the browser's own
 * Back button, pressed in the fraction of a second a write waits, goes back past the newest change.
 */
export function syncWithUrl(
  dashboard: Dashboard,
  win: Window = window,
  now: () => number = () => performance.now(),
  schedule: Later = whenQuiet,
): { invalid: InvalidParam[]; stop: () => void } {
  const initial = parsePage(win.location.search);
  dashboard.apply(initial.view);
  // An opened permalink states its version and window: keep them stated, so a bookmark of the
  // address bar still shows the same years after the data grows.
  const explicit = /(^|[?&])v=/.test(win.location.search);
  const writer = new HistoryWriter(win, schedule, now);
  const address = (query: string) => `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
  // A link with anything ignored (a value that could not be read, a parameter no view has, a deck
  // not all read) stays in the address as it came (not tidied away, nor written over: the first
  // change adds an entry after it), so a reload, a copy of the address or Back after the first change
  // still has all of it, and the notice that names what was ignored comes back with it.
  let kept = initial.invalid.length > 0;
  let startUp = true;
  // Back/Forward shows the entry's view and writes nothing: not even an entry kept as it came (a
  // link with something ignored), whose view's own address differs from it. Its first change then
  // adds an entry after it, as when it was opened (see onPop).
  let popping = false;
  let slide = dashboard.slide;
  const stop = $effect.root(() => {
    $effect(() => {
      const query = serialisePage(dashboard.view, explicit);
      // Turning from one slide to another replaces the entry: starting and leaving a presentation add one.
      const presenting = [slide, dashboard.slide].map((s) => s !== null);
      const force = kept || presenting[0] !== presenting[1] ? 'push' : presenting[0] ? 'replace' : undefined;
      slide = dashboard.slide;
      // The view Back/Forward went to: its address is already the history's (see onPop).
      if (popping) return;
      if (!startUp) {
        kept = false;
        writer.request(address(query), force);
        return;
      }
      // The first run only tidies an address read whole (into the view's own parameters, in their
      // order), at once: never a history entry.
      startUp = false;
      if (!kept && query !== win.location.search.replace(/^\?/, ''))
        win.history.replaceState(win.history.state, '', address(query));
    });
  });
  const onPop = () => {
    writer.moved();
    const page = parsePage(win.location.search);
    popping = true;
    try {
      dashboard.apply(page.view);
      flushSync();
    } finally {
      popping = false;
    }
    kept = page.invalid.length > 0;
  };
  const flush = () => writer.flush();
  const flushBeforeMove = (event: KeyboardEvent | PointerEvent) => {
    if (movesHistory(event)) writer.flush();
  };
  // A link to a place in the page ('Skip to the charts') adds an entry of its own, with a popstate:
  // the change waiting is written first, so that it is not undone (nor its entry lost) by the jump.
  const flushBeforeJump = (event: MouseEvent) => {
    if ((event.target as Element | null)?.closest?.('a[href^="#"]')) writer.flush();
  };
  const flushWhenHidden = () => {
    if (win.document.visibilityState === 'hidden') writer.flush();
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('pagehide', flush);
  win.addEventListener('keydown', flushBeforeMove, true);
  win.addEventListener('pointerdown', flushBeforeMove, true);
  win.addEventListener('click', flushBeforeJump, true);
  win.document.addEventListener('visibilitychange', flushWhenHidden);
  return {
    invalid: initial.invalid,
    stop: () => {
      stop();
      writer.flush();
      win.removeEventListener('popstate', onPop);
      win.removeEventListener('pagehide', flush);
      win.removeEventListener('keydown', flushBeforeMove, true);
      win.removeEventListener('pointerdown', flushBeforeMove, true);
      win.removeEventListener('click', flushBeforeJump, true);
      win.document.removeEventListener('visibilitychange', flushWhenHidden);
    },
  };
}

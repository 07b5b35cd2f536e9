import { parseView, serialiseView, type InvalidParam } from './urlCodec';
import type { Dashboard } from './dashboard.svelte';
import { afterPaint } from './commitQueue';

/** Changes closer together than this (dragging a slider, typing a search) share one history entry. */
export const SETTLE_MS = 500;

/**
 * Whether a URL write adds a history entry or replaces the current one: the first write after a
 * quiet spell adds one (so Back returns to the view before it); a burst of quick writes keeps
 * replacing that entry, so a drag leaves one entry, for where it settled.
 */
export function historyMode(lastWrite: number | null, now: number): 'push' | 'replace' {
  return lastWrite !== null && now - lastWrite < SETTLE_MS ? 'replace' : 'push';
}

/** A history write waiting for its turn: the latest address, and whether the burst it ends adds an entry. */
interface PendingWrite {
  url: string;
  mode: 'push' | 'replace';
}

/**
 * Keeps the dashboard state and the query string in step: reads the URL once at start and on
 * Back/Forward, and writes the state back whenever it changes. This is the one effect that syncs
 * them. Returns the parameters that were ignored at start (for a notice) and a teardown.
 *
 * A change is written after the frame that shows it (`schedule`, by default after the next paint):
 * a history write costs the main thread several milliseconds (15 ms for the first one, measured in
 * Chromium), which a slider step should not wait for. Writes that pile up meanwhile become one, and
 * a pending write is made at once when the page is hidden, and dropped on Back/Forward.
 */
export function syncWithUrl(
  dashboard: Dashboard,
  win: Window = window,
  now: () => number = () => performance.now(),
  schedule: (write: () => void) => void = (write) => void afterPaint().then(write),
): { invalid: InvalidParam[]; stop: () => void } {
  const initial = parseView(win.location.search);
  dashboard.apply(initial.view);
  // An opened permalink states its version and window: keep them stated, so a bookmark of the
  // address bar still shows the same years after the data grows.
  const explicit = /(^|[?&])v=/.test(win.location.search);
  let lastWrite: number | null = null;
  let startUp = true;
  let pending: PendingWrite | null = null;
  const address = (query: string) => `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
  const flush = () => {
    const write = pending;
    pending = null;
    if (!write || write.url === address(win.location.search.replace(/^\?/, ''))) return;
    if (write.mode === 'push') win.history.pushState(null, '', write.url);
    else win.history.replaceState(win.history.state, '', write.url);
  };
  const stop = $effect.root(() => {
    $effect(() => {
      const query = serialiseView(dashboard.view, explicit);
      // The first run only tidies the address (drops ignored parameters), at once: never a history entry.
      if (startUp) {
        startUp = false;
        if (query !== win.location.search.replace(/^\?/, ''))
          win.history.replaceState(win.history.state, '', address(query));
        return;
      }
      if (pending === null && query === win.location.search.replace(/^\?/, '')) return;
      const url = address(query);
      const time = now();
      const mode = pending?.mode === 'push' ? 'push' : historyMode(lastWrite, time);
      lastWrite = time;
      const first = pending === null;
      pending = { url, mode };
      if (first) schedule(flush);
    });
  });
  const onPop = () => {
    pending = null;
    dashboard.apply(parseView(win.location.search).view);
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('pagehide', flush);
  return {
    invalid: initial.invalid,
    stop: () => {
      stop();
      flush();
      win.removeEventListener('popstate', onPop);
      win.removeEventListener('pagehide', flush);
    },
  };
}

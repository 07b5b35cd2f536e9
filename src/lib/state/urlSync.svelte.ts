import { parseView, serialiseView, type InvalidParam } from './urlCodec';
import type { Dashboard } from './dashboard.svelte';

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

/**
 * Keeps the dashboard state and the query string in step: reads the URL once at start and on
 * Back/Forward, and writes the state back whenever it changes. This is the one effect that syncs
 * them. Returns the parameters that were ignored at start (for a notice) and a teardown.
 */
export function syncWithUrl(
  dashboard: Dashboard,
  win: Window = window,
  now: () => number = () => performance.now(),
): { invalid: InvalidParam[]; stop: () => void } {
  const initial = parseView(win.location.search);
  dashboard.apply(initial.view);
  // An opened permalink states its version and window: keep them stated, so a bookmark of the
  // address bar still shows the same years after the data grows.
  const explicit = /(^|[?&])v=/.test(win.location.search);
  let lastWrite: number | null = null;
  let startUp = true;
  const stop = $effect.root(() => {
    $effect(() => {
      const query = serialiseView(dashboard.view, explicit);
      // The first run only tidies the address (drops ignored parameters): never a history entry.
      const tidying = startUp;
      startUp = false;
      const current = win.location.search.replace(/^\?/, '');
      if (query === current) return;
      const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
      const time = now();
      if (!tidying && historyMode(lastWrite, time) === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
      if (!tidying) lastWrite = time;
    });
  });
  const onPop = () => dashboard.apply(parseView(win.location.search).view);
  win.addEventListener('popstate', onPop);
  return {
    invalid: initial.invalid,
    stop: () => {
      stop();
      win.removeEventListener('popstate', onPop);
    },
  };
}

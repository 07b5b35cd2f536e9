import { parseView, serialiseView, type InvalidParam } from './urlCodec';
import type { Dashboard } from './dashboard.svelte';

/**
 * Keeps the dashboard state and the query string in step: reads the URL once at start and on
 * Back/Forward, and writes the state back whenever it changes. This is the one effect that syncs
 * them. Returns the parameters that were ignored at start (for a notice) and a teardown.
 */
export function syncWithUrl(dashboard: Dashboard, win: Window = window): { invalid: InvalidParam[]; stop: () => void } {
  const initial = parseView(win.location.search);
  dashboard.apply(initial.view);
  const stop = $effect.root(() => {
    $effect(() => {
      const query = serialiseView(dashboard.view);
      const current = win.location.search.replace(/^\?/, '');
      if (query === current) return;
      const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
      win.history.replaceState(win.history.state, '', url);
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

/**
 * Whether the page is being hydrated: main.ts adopts the prerendered dashboard (scripts/prerender.mjs)
 * instead of drawing it anew. A component that would first render differently in the browser than on
 * the server (a chart that waits for its measured width) reads this while it is set up, and starts as
 * the server rendered it, so hydration keeps the prerendered marks instead of removing them.
 */
let active = false;

export function isHydrating(): boolean {
  return active;
}

/** Runs `hydrate` (Svelte's synchronous hydration of the page) with the flag set. */
export function whileHydrating<T>(hydrate: () => T): T {
  active = true;
  try {
    return hydrate();
  } finally {
    active = false;
  }
}

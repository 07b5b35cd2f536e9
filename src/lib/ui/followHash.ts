import { afterPaint } from '../state/commitQueue';

/** Inputs by which a reader moves the page themselves: after one, the page is not scrolled for them. */
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scrolls to the element a link's fragment names (a permalink's `#flights`) in a page the app draws
 * anew: the browser looked for it as the page loaded, before it was drawn. Scrolled to at once, and
 * again once `settled` resolves and has been painted (the files read, the panels above it at their
 * height), unless the reader has moved the page in between.
 */
export function followHash(settled: Promise<unknown>, win: Window = window): void {
  let id = '';
  try {
    id = decodeURIComponent(win.location.hash.slice(1));
  } catch {
    return; // Not a fragment an element could be named by.
  }
  if (!id) return;
  let moved = false;
  const stop = () => {
    moved = true;
  };
  for (const type of READER_MOVES) win.addEventListener(type, stop, { capture: true, passive: true });
  const go = () => {
    if (!moved) win.document.getElementById(id)?.scrollIntoView();
  };
  go();
  void settled
    .then(() => afterPaint())
    .then(go)
    .finally(() => {
      for (const type of READER_MOVES) win.removeEventListener(type, stop, { capture: true });
    });
}

/**
 * When to fetch what an element is waiting for (Leaflet's map, for the still map): once the element is
 * within half a screen of the viewport, when the main thread is next idle (at once where nearness
 * cannot be observed); and at once when the reader reaches for it (a pointer over it, a touch).
 * `load` may be called more than once: it is the caller's to do its work once.
 */
import type { Attachment } from 'svelte/attachments';
import { whenIdle, type Later } from '../state/later';

const REACH = ['pointerenter', 'touchstart'] as const;

export function loadWhenNear(load: () => void, later: Later = whenIdle): Attachment<HTMLElement> {
  return (node) => {
    let cancel = () => {};
    const near =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              if (!entries.some((e) => e.isIntersecting)) return;
              near?.disconnect();
              cancel = later(load);
            },
            { rootMargin: '50% 0px' },
          )
        : null;
    if (near) near.observe(node);
    else cancel = later(load);
    for (const type of REACH) node.addEventListener(type, load, { passive: true });
    return () => {
      near?.disconnect();
      cancel();
      for (const type of REACH) node.removeEventListener(type, load);
    };
  };
}

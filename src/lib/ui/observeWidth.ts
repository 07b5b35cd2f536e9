import type { Attachment } from 'svelte/attachments';

type Listener = (width: number) => void;
const listeners = new WeakMap<Element, Listener>();
let observer: ResizeObserver | undefined;

/** Whether widths can be observed here (jsdom has no ResizeObserver, and no layout). */
export const canObserveWidth = typeof ResizeObserver === 'function';

/**
 * An attachment that reports an element's content width (whole pixels) whenever it changes, from
 * one shared ResizeObserver. Unlike `bind:clientWidth`, it never reads the width on mount, which
 * would force the browser to lay out the page in the middle of drawing it: the first width arrives
 * with the next frame, after layout and before paint.
 */
export function observeWidth(onwidth: Listener): Attachment<Element> {
  return (element) => {
    if (!canObserveWidth) return;
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(Math.floor(entry.contentRect.width));
    });
    listeners.set(element, onwidth);
    observer.observe(element);
    return () => {
      observer?.unobserve(element);
      listeners.delete(element);
    };
  };
}

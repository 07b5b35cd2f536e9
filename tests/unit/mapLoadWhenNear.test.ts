// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWhenNear } from '../../src/lib/map/loadWhenNear';

/** A stand-in IntersectionObserver whose callback the test calls, as the browser would. */
class FakeObserver {
  static last: FakeObserver | null = null;
  options: IntersectionObserverInit | undefined;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}

/** A `later` that keeps its jobs until the test runs them, and counts cancellations. */
function queue() {
  const jobs: (() => void)[] = [];
  let cancelled = 0;
  return {
    later: (job: () => void) => {
      jobs.push(job);
      return () => {
        cancelled += 1;
      };
    },
    run: () => jobs.splice(0).forEach((job) => job()),
    get waiting() {
      return jobs.length;
    },
    get cancelled() {
      return cancelled;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('loadWhenNear', () => {
  it('waits until the element is near the viewport, then loads when the main thread is idle', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const load = vi.fn();
    const idle = queue();
    const node = document.createElement('div');
    loadWhenNear(load, idle.later)(node);
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual([node]);
    expect(observer.options?.rootMargin).toBe('50% 0px');
    // Far off: nothing is scheduled.
    observer.callback([{ isIntersecting: false }]);
    expect(idle.waiting).toBe(0);
    observer.callback([{ isIntersecting: true }]);
    expect(observer.disconnected).toBe(true);
    expect(load).not.toHaveBeenCalled();
    idle.run();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads at once when the reader points at or touches the element, near or not', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const load = vi.fn();
    const node = document.createElement('div');
    loadWhenNear(load, queue().later)(node);
    node.dispatchEvent(new Event('pointerenter'));
    expect(load).toHaveBeenCalledTimes(1);
    node.dispatchEvent(new Event('touchstart'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('schedules at once where nearness cannot be observed, and cancels everything when removed', () => {
    const load = vi.fn();
    const idle = queue();
    const node = document.createElement('div');
    const remove = loadWhenNear(load, idle.later)(node);
    expect(idle.waiting).toBe(1);
    if (typeof remove === 'function') remove();
    expect(idle.cancelled).toBe(1);
    node.dispatchEvent(new Event('pointerenter'));
    expect(load).not.toHaveBeenCalled();
  });
});

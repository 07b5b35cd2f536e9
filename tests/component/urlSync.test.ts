import { afterEach, describe, expect, it, beforeEach, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { historyMode, SETTLE_MS, syncWithUrl } from '../../src/lib/state/urlSync.svelte';
import { CATCH_UP_TIMEOUT_MS, QUIET_MS } from '../../src/lib/state/later';

describe('historyMode(lastWrite, now)', () => {
  it.each([
    [null, 0, 'push'],
    [1000, 1000 + SETTLE_MS - 1, 'replace'],
    [1000, 1000 + SETTLE_MS, 'push'],
  ] as const)('last write %s, now %d: %s', (last, now, mode) => {
    expect(historyMode(last, now)).toBe(mode);
  });
});

describe('syncWithUrl(dashboard, window, now)', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the URL at start, tidies an address read whole without a history entry', () => {
    window.history.replaceState(null, '', '/?to=2020&from=2013');
    const length = window.history.length;
    const dashboard = new Dashboard();
    const sync = syncWithUrl(dashboard, window, () => 0);
    flushSync();
    expect([dashboard.from, dashboard.to]).toEqual([2013, 2020]);
    expect(sync.invalid).toEqual([]);
    expect(window.location.search).toBe('?from=2013&to=2020');
    expect(window.history.length).toBe(length);
    sync.stop();
  });

  it('names what it ignored and leaves the address as it came, the first change adding an entry', () => {
    const opened = '?from=2013&to=abc&form=2010';
    const { dashboard, sync, pause, length } = openedAt(opened);
    expect(dashboard.from).toBe(2013);
    expect(sync.invalid).toEqual([
      { param: 'to', value: 'abc' },
      { param: 'form', value: '2010', unknown: true },
    ]);
    // A reload, or the address copied, still has all the link held (and the notice comes back).
    expect(window.location.search).toBe(opened);
    expect(window.history.length).toBe(length);
    dashboard.setWindow(2014, 2026);
    flushSync();
    pause.run();
    // The view's own address now, as a new entry: Back returns to the link as it was opened.
    expect(window.location.search).toBe('?from=2014');
    expect(window.history.length).toBe(length + 1);
    sync.stop();
  });

  /** A deck as a link writes it, from its entries as they are (a slide with an unknown panel included). */
  const deckParam = (entries: unknown[][]) => btoa(JSON.stringify(entries)).replace(/=+$/, '');

  /** A dashboard synced with the address opened at `search`; its writes wait for `pause.run()`. */
  function openedAt(search: string) {
    window.history.replaceState(null, '', `/${search}`);
    const length = window.history.length;
    const pause = manualSchedule();
    const dashboard = new Dashboard();
    const sync = syncWithUrl(dashboard, window, () => 0, pause.schedule);
    flushSync();
    return { dashboard, sync, pause, length };
  }

  it('leaves the address as it came when its deck could not all be read, and the first change adds an entry', () => {
    const opened = `?from=2013&zz=1&deck=${deckParam([
      ['trade', 'v=1'],
      ['pie', 'v=1'],
    ])}`;
    const { dashboard, sync, pause, length } = openedAt(opened);
    expect(dashboard.deck).toHaveLength(1);
    expect(window.location.search).toBe(opened);
    dashboard.setWindow(2014, 2026);
    flushSync();
    pause.run();
    // The view's own address now, as a new entry: Back returns to the link as it was opened.
    expect(window.location.search).toMatch(/^\?from=2014&deck=/);
    expect(window.history.length).toBe(length + 1);
    sync.stop();
  });

  it('a kept address (a deck partly read) opened at a slide is not written over by turning it', () => {
    const deck = deckParam([
      ['trade', 'v=1'],
      ['pie', 'v=1'],
      ['events', 'v=1'],
    ]);
    const { dashboard, sync, pause, length } = openedAt(`?deck=${deck}&slide=1`);
    expect(dashboard.slide).toBe(1);
    dashboard.present(2);
    flushSync();
    pause.run();
    // A new entry: Back still reaches the link as it came, with the slide left out.
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toMatch(/&slide=2$/);
    sync.stop();
  });

  it('Back to a link kept as it came shows it and writes nothing; its first change then adds an entry', () => {
    const opened = '?from=2013&form=2010';
    const { dashboard, sync, pause, length } = openedAt(opened);
    dashboard.setWindow(2014, 2026);
    flushSync();
    pause.run();
    expect([window.location.search, window.history.length]).toEqual(['?from=2014', length + 1]);
    // Back: the browser has put the kept address back.
    window.history.replaceState(null, '', `/${opened}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    pause.run();
    expect(dashboard.from).toBe(2013);
    expect([window.location.search, window.history.length]).toEqual([opened, length + 1]);
    // Its first change then adds an entry after it, as when it was opened.
    dashboard.setWindow(2015, 2026);
    flushSync();
    pause.run();
    expect([window.location.search, window.history.length]).toEqual(['?from=2015', length + 2]);
    sync.stop();
  });

  /** A scheduler the test runs by hand, standing in for "once the changes pause". */
  function manualSchedule() {
    const queued = new Set<() => void>();
    return {
      schedule: (write: () => void) => {
        queued.add(write);
        return () => queued.delete(write);
      },
      run: () => {
        const due = [...queued];
        queued.clear();
        due.forEach((write) => write());
      },
      get waiting() {
        return queued.size;
      },
    };
  }

  /** A synced dashboard with a clock and a pause the test moves by hand; `length` is the history's at start. */
  function started() {
    let clock = 10_000;
    const pause = manualSchedule();
    const dashboard = new Dashboard();
    const sync = syncWithUrl(dashboard, window, () => clock, pause.schedule);
    flushSync();
    return { dashboard, sync, pause, length: window.history.length, wait: (ms: number) => (clock += ms) };
  }

  it('adds one history entry for a settled change and replaces it during a burst (a drag)', () => {
    const { dashboard, sync, pause, length, wait } = started();
    dashboard.setWindow(1992, 2026);
    flushSync();
    pause.run();
    expect(window.history.length).toBe(length + 1);
    for (const from of [1993, 1994, 1995]) {
      wait(50);
      dashboard.setWindow(from, 2026);
      flushSync();
      pause.run();
    }
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toBe('?from=1995');
    wait(SETTLE_MS + 1);
    dashboard.theme = 'dark';
    flushSync();
    pause.run();
    expect(window.history.length).toBe(length + 2);
    sync.stop();
  });

  it('adds an entry as a presentation starts and as it ends, but not for each slide turned', () => {
    const { dashboard, sync, pause, length, wait } = started();
    for (const panel of ['trade', 'tourism', 'events'] as const) dashboard.addSlide(panel, 'v=1', '');
    flushSync();
    pause.run();
    wait(SETTLE_MS + 1);
    dashboard.present(1);
    flushSync();
    pause.run();
    expect(window.history.length).toBe(length + 2);
    for (const n of [2, 3]) {
      wait(SETTLE_MS + 1);
      dashboard.present(n);
      flushSync();
      pause.run();
    }
    expect(window.location.search).toMatch(/&slide=3$/);
    expect(window.history.length).toBe(length + 2);
    // Left at once after a turn (within the time that makes quick changes one entry), still an entry.
    wait(50);
    dashboard.present(null);
    flushSync();
    pause.run();
    expect(window.location.search).not.toContain('slide=');
    expect(window.history.length).toBe(length + 3);
    sync.stop();
  });

  it('writes once the changes pause: changes made before then become one write, and a new burst still adds its entry', () => {
    const { dashboard, sync, pause, length, wait } = started();
    dashboard.setWindow(1992, 2026);
    flushSync();
    wait(20);
    dashboard.setWindow(1993, 2026);
    flushSync();
    expect(window.location.search).toBe(''); // not yet: the changes have not paused
    expect(pause.waiting).toBe(1);
    pause.run();
    expect(window.location.search).toBe('?from=1993');
    expect(window.history.length).toBe(length + 1); // the burst's first change asked for an entry
    sync.stop();
  });

  it('writes nothing when the view returns to the address before the pause', () => {
    const pause = manualSchedule();
    const dashboard = new Dashboard();
    const sync = syncWithUrl(dashboard, window, () => 0, pause.schedule);
    flushSync();
    const length = window.history.length;
    dashboard.tradeView = 'mirror';
    flushSync();
    dashboard.tradeView = 'all';
    flushSync();
    pause.run();
    expect([window.location.search, window.history.length]).toEqual(['', length]);
    sync.stop();
  });

  it('makes a pending write at once when the page is hidden, and drops it on Back/Forward', () => {
    const pause = manualSchedule();
    const dashboard = new Dashboard();
    const sync = syncWithUrl(dashboard, window, () => 0, pause.schedule);
    flushSync();
    dashboard.tradeView = 'mirror';
    flushSync();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(window.location.search).toBe('?trade=mirror');
    dashboard.setWindow(2001, 2026);
    flushSync();
    window.history.pushState(null, '', '/?scale=linear');
    window.dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    pause.run();
    expect(window.location.search).toBe('?scale=linear');
    expect(dashboard.from).not.toBe(2001);
    sync.stop();
  });

  it('by default, holding an arrow key down writes the address once, QUIET_MS after the last step', () => {
    vi.useFakeTimers();
    const dashboard = new Dashboard();
    const sync = syncWithUrl(dashboard, window);
    flushSync();
    const length = window.history.length;
    // About 30 steps a second, as a held key repeats.
    for (let from = 1992; from <= 2001; from += 1) {
      dashboard.setWindow(from, 2026);
      flushSync();
      vi.advanceTimersByTime(33);
    }
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(QUIET_MS + CATCH_UP_TIMEOUT_MS);
    expect([window.location.search, window.history.length]).toEqual(['?from=2001', length + 1]);
    sync.stop();
  });

  it('makes a pending write at once when a link to a place in the page is clicked, before its jump', () => {
    const pause = manualSchedule();
    const dashboard = new Dashboard();
    const sync = syncWithUrl(dashboard, window, () => 0, pause.schedule);
    flushSync();
    dashboard.setWindow(1992, 2026);
    flushSync();
    const link = document.body.appendChild(document.createElement('a'));
    link.href = '#panels';
    const other = document.body.appendChild(document.createElement('button'));
    // A click elsewhere leaves the write to the pause.
    other.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(window.location.search).toBe('');
    // jsdom does not navigate: the click is what the page hears first.
    link.addEventListener('click', (e) => e.preventDefault());
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(window.location.search).toBe('?from=1992');
    link.remove();
    other.remove();
    sync.stop();
  });

  it('applies the URL again on Back/Forward (popstate)', () => {
    const dashboard = new Dashboard();
    const sync = syncWithUrl(dashboard, window, () => 0);
    flushSync();
    window.history.pushState(null, '', '/?trade=mirror&from=2013');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect([dashboard.tradeView, dashboard.from]).toEqual(['mirror', 2013]);
    sync.stop();
  });
});

describe('syncWithUrl: a write waiting for a pause is made before the reader leaves or goes Back', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it.each([
    ['Alt+ArrowLeft', () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true }))],
    ['the mouse Back button', () => window.dispatchEvent(new MouseEvent('pointerdown', { button: 3 }))],
    [
      'the tab being hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      },
    ],
  ])('%s', (_, act) => {
    const dashboard = new Dashboard();
    const sync = syncWithUrl(
      dashboard,
      window,
      () => 0,
      () => () => undefined,
    );
    flushSync();
    dashboard.tradeView = 'mirror';
    flushSync();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    expect(window.location.search).toBe(''); // an ordinary key leaves it to the pause
    act();
    expect(window.location.search).toBe('?trade=mirror');
    sync.stop();
  });
});

describe('syncWithUrl with an opened permalink', () => {
  it('keeps the stated version and window in the address', () => {
    window.history.replaceState(null, '', '/?v=1&from=1991&to=2026');
    const dashboard = new Dashboard();
    const sync = syncWithUrl(
      dashboard,
      window,
      () => 0,
      (write) => {
        write();
        return () => undefined;
      },
    );
    flushSync();
    expect(window.location.search).toBe('?v=1&from=1991&to=2026');
    dashboard.tradeView = 'mirror';
    flushSync();
    expect(window.location.search).toBe('?v=1&from=1991&to=2026&trade=mirror');
    sync.stop();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { HistoryWriter, SETTLE_MS } from '../../src/lib/state/historyWriter';

/** A session history of its own: entries, the current one, push/replace/back as a browser does them. */
function fakeWindow(start: string) {
  const entries = [start];
  let index = 0;
  let writes = 0;
  const location = {
    get pathname() {
      return '/';
    },
    get search() {
      const query = entries[index]?.split('?')[1];
      return query ? `?${query}` : '';
    },
    get hash() {
      return '';
    },
  };
  const history = {
    state: null,
    pushState: (_: unknown, __: string, url: string) => {
      writes += 1;
      entries.splice(index + 1, Infinity, url);
      index = entries.length - 1;
    },
    replaceState: (_: unknown, __: string, url: string) => {
      writes += 1;
      entries[index] = url;
    },
  };
  return {
    win: { location, history } as unknown as Pick<Window, 'history' | 'location'>,
    entries,
    back: () => (index -= 1),
    get current() {
      return entries[index];
    },
    get writes() {
      return writes;
    },
  };
}

function setUp(start = '/') {
  const browser = fakeWindow(start);
  let clock = 10_000;
  const queued = new Set<() => void>();
  const writer = new HistoryWriter(
    browser.win,
    (write) => {
      queued.add(write);
      return () => queued.delete(write);
    },
    () => clock,
  );
  return {
    browser,
    writer,
    pause: () => {
      const due = [...queued];
      queued.clear();
      due.forEach((write) => write());
    },
    wait: (ms: number) => (clock += ms),
  };
}

describe('HistoryWriter', () => {
  it('writes once the changes pause; a burst of changes is one entry, for where it settled', () => {
    const { browser, writer, pause, wait } = setUp();
    writer.request('/?from=1992');
    expect(browser.entries).toEqual(['/']);
    pause();
    for (const from of [1993, 1994]) {
      wait(50);
      writer.request(`/?from=${from}`);
      pause();
    }
    expect(browser.entries).toEqual(['/', '/?from=1994']);
  });

  it('holding a key down writes once: each change puts the write off until the changes pause', () => {
    vi.useFakeTimers();
    try {
      const browser = fakeWindow('/');
      // A pause of 100 ms, on a timer: each change asks for the write again and cancels the one before.
      const writer = new HistoryWriter(
        browser.win,
        (write) => {
          const id = setTimeout(write, 100);
          return () => clearTimeout(id);
        },
        () => Date.now(),
      );
      for (let from = 1992; from <= 2010; from += 1) {
        writer.request(`/?from=${from}`);
        vi.advanceTimersByTime(30);
      }
      expect(browser.writes).toBe(0);
      vi.advanceTimersByTime(70);
      expect([browser.writes, browser.entries]).toEqual([1, ['/', '/?from=2010']]);
      vi.advanceTimersByTime(1000);
      expect(browser.writes).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a change and its undoing before the pause write nothing, and the next change adds its own entry', () => {
    const { browser, writer, pause, wait } = setUp('/?from=2001');
    writer.request('/?from=2001&trade=mirror');
    writer.request('/?from=2001');
    pause();
    wait(200);
    writer.request('/?from=2001&theme=dark');
    pause();
    expect(browser.entries).toEqual(['/?from=2001', '/?from=2001&theme=dark']);
  });

  it('two changes a quiet spell apart keep two entries even when no pause came between them', () => {
    const { browser, writer, pause, wait } = setUp();
    writer.request('/?trade=mirror');
    wait(SETTLE_MS + 500);
    writer.request('/?trade=mirror&theme=dark');
    pause();
    expect(browser.entries).toEqual(['/', '/?trade=mirror', '/?trade=mirror&theme=dark']);
  });

  it('after Back, a pending write is dropped and the next change adds an entry instead of replacing', () => {
    const { browser, writer, pause, wait } = setUp();
    writer.request('/?trade=mirror');
    pause();
    browser.back();
    writer.moved();
    wait(100);
    writer.request('/?scale=linear');
    pause();
    expect(browser.entries).toEqual(['/', '/?scale=linear']);
    expect(browser.current).toBe('/?scale=linear');
  });

  it('flush() makes the pending write at once, and the scheduled one then does nothing', () => {
    const { browser, writer, pause } = setUp();
    writer.request('/?theme=dark');
    writer.flush();
    expect(browser.entries).toEqual(['/', '/?theme=dark']);
    pause();
    expect(browser.entries).toEqual(['/', '/?theme=dark']);
  });
});

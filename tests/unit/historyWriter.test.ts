import { describe, expect, it } from 'vitest';
import { HistoryWriter, SETTLE_MS } from '../../src/lib/state/historyWriter';

/** A session history of its own: entries, the current one, push/replace/back as a browser does them. */
function fakeWindow(start: string) {
  const entries = [start];
  let index = 0;
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
      entries.splice(index + 1, Infinity, url);
      index = entries.length - 1;
    },
    replaceState: (_: unknown, __: string, url: string) => {
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
  };
}

function setUp(start = '/') {
  const browser = fakeWindow(start);
  let clock = 10_000;
  const queued: (() => void)[] = [];
  const writer = new HistoryWriter(
    browser.win,
    (write) => void queued.push(write),
    () => clock,
  );
  return {
    browser,
    writer,
    paint: () => queued.splice(0).forEach((write) => write()),
    wait: (ms: number) => (clock += ms),
  };
}

describe('HistoryWriter', () => {
  it('writes after the paint; a burst of changes is one entry, for where it settled', () => {
    const { browser, writer, paint, wait } = setUp();
    writer.request('/?from=1992');
    expect(browser.entries).toEqual(['/']);
    paint();
    for (const from of [1993, 1994]) {
      wait(50);
      writer.request(`/?from=${from}`);
      paint();
    }
    expect(browser.entries).toEqual(['/', '/?from=1994']);
  });

  it('a change and its undoing before the paint write nothing, and the next change adds its own entry', () => {
    const { browser, writer, paint, wait } = setUp('/?from=2001');
    writer.request('/?from=2001&trade=mirror');
    writer.request('/?from=2001');
    paint();
    wait(200);
    writer.request('/?from=2001&theme=dark');
    paint();
    expect(browser.entries).toEqual(['/?from=2001', '/?from=2001&theme=dark']);
  });

  it('two changes a quiet spell apart keep two entries even when no paint came between them', () => {
    const { browser, writer, paint, wait } = setUp();
    writer.request('/?trade=mirror');
    wait(SETTLE_MS + 500);
    writer.request('/?trade=mirror&theme=dark');
    paint();
    expect(browser.entries).toEqual(['/', '/?trade=mirror', '/?trade=mirror&theme=dark']);
  });

  it('after Back, a pending write is dropped and the next change adds an entry instead of replacing', () => {
    const { browser, writer, paint, wait } = setUp();
    writer.request('/?trade=mirror');
    paint();
    browser.back();
    writer.moved();
    wait(100);
    writer.request('/?scale=linear');
    paint();
    expect(browser.entries).toEqual(['/', '/?scale=linear']);
    expect(browser.current).toBe('/?scale=linear');
  });

  it('flush() makes the pending write at once, and the scheduled one then does nothing', () => {
    const { browser, writer, paint } = setUp();
    writer.request('/?theme=dark');
    writer.flush();
    expect(browser.entries).toEqual(['/', '/?theme=dark']);
    paint();
    expect(browser.entries).toEqual(['/', '/?theme=dark']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { CAUGHT_UP_MARK, PanelWindow, panelsBehind } from '../../src/lib/state/panelWindow.svelte';
import { QUIET_MS, whenQuiet, type Later } from '../../src/lib/state/later';

/** Jobs put off "until idle", run by the test when it chooses. */
function manualLater() {
  const jobs = new Set<() => void>();
  const later: Later = (job) => {
    jobs.add(job);
    return () => jobs.delete(job);
  };
  return {
    later,
    run: () => {
      for (const job of [...jobs]) {
        jobs.delete(job);
        job();
      }
    },
    get waiting() {
      return jobs.size;
    },
  };
}

/** A panel window, and how many times a panel reading it would have redrawn. */
function setUp() {
  const dashboard = new Dashboard();
  const idle = manualLater();
  let period: PanelWindow | undefined;
  let draws = 0;
  const stop = $effect.root(() => {
    period = new PanelWindow(dashboard, idle.later);
    const drawing = period;
    $effect(() => {
      void [drawing.from, drawing.to];
      draws += 1;
    });
  });
  flushSync();
  if (!period) throw new Error('no panel window');
  return { dashboard, idle, period, draws: () => draws, stop };
}

describe('PanelWindow', () => {
  it("in view, is the dashboard's window and redraws with each change", () => {
    const { dashboard, idle, period, draws, stop } = setUp();
    expect(draws()).toBe(1);
    dashboard.setWindow(2005, 2020);
    flushSync();
    expect([period.from, period.to, period.years]).toEqual([2005, 2020, '2005–2020']);
    dashboard.setWindow(2006, 2020);
    flushSync();
    expect(period.from).toBe(2006);
    expect(draws()).toBe(3);
    expect(idle.waiting).toBe(0);
    stop();
  });

  it('out of view, keeps the window it drew and catches up once, later, after a burst of changes', () => {
    const { dashboard, idle, period, draws, stop } = setUp();
    dashboard.setWindow(2005, 2020);
    flushSync();
    period.inView = false;
    flushSync();
    // Nothing to catch up with yet.
    expect(idle.waiting).toBe(0);
    const drawn = draws();
    dashboard.setWindow(2010, 2020);
    flushSync();
    dashboard.setWindow(2011, 2022);
    flushSync();
    expect([period.from, period.to, period.years]).toEqual([2005, 2020, '2005–2020']);
    expect(draws()).toBe(drawn);
    // Each change put off the one before: one catch-up waits, for the latest window.
    expect(idle.waiting).toBe(1);
    idle.run();
    flushSync();
    expect([period.from, period.to]).toEqual([2011, 2022]);
    expect(draws()).toBe(drawn + 1);
    expect(idle.waiting).toBe(0);
    stop();
  });

  it('out of view, catches up at once when the page is about to be printed', () => {
    const { dashboard, idle, period, draws, stop } = setUp();
    period.inView = false;
    flushSync();
    dashboard.setWindow(2012, 2020);
    flushSync();
    const drawn = draws();
    expect(period.from).not.toBe(2012);
    window.dispatchEvent(new Event('beforeprint'));
    expect([period.from, period.to]).toEqual([2012, 2020]);
    expect(draws()).toBe(drawn + 1);
    // Its catch-up is spent: nothing waits, and a later print redraws nothing.
    expect(idle.waiting).toBe(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(draws()).toBe(drawn + 1);
    stop();
  });

  it("scrolled back into view, draws the dashboard's window at once, and drops the catch-up", () => {
    const { dashboard, idle, period, stop } = setUp();
    period.inView = false;
    flushSync();
    dashboard.setWindow(2015, 2016);
    flushSync();
    expect(period.from).not.toBe(2015);
    period.inView = true;
    expect([period.from, period.to]).toEqual([2015, 2016]);
    flushSync();
    expect(idle.waiting).toBe(0);
    // Out of view again, with the window it last drew: nothing to catch up.
    period.inView = false;
    flushSync();
    expect(idle.waiting).toBe(0);
    expect(period.years).toBe('2015–2016');
    stop();
  });
});

describe('panels behind, and the mark when none is', () => {
  const marks = () => performance.getEntriesByName(CAUGHT_UP_MARK).length;
  const settle = () => new Promise<void>((done) => queueMicrotask(done));

  it('counts a panel behind until its catch-up has redrawn it, then marks the moment', async () => {
    performance.clearMarks(CAUGHT_UP_MARK);
    const { dashboard, idle, period, draws, stop } = setUp();
    period.inView = false;
    flushSync();
    dashboard.setWindow(2000, 2010);
    flushSync();
    dashboard.setWindow(2001, 2010);
    flushSync();
    expect(panelsBehind()).toBe(1);
    await settle();
    expect(marks()).toBe(0);
    const drawn = draws();
    idle.run();
    // Redrawn in the catch-up itself (no flush by the test), before it counts as caught up.
    expect(draws()).toBe(drawn + 1);
    expect(panelsBehind()).toBe(0);
    await settle();
    expect(marks()).toBe(1);
    stop();
  });

  it('is caught up, and marks it, when the window comes back to what the panel drew', async () => {
    performance.clearMarks(CAUGHT_UP_MARK);
    const { dashboard, idle, period, stop } = setUp();
    dashboard.setWindow(2000, 2010);
    flushSync();
    period.inView = false;
    flushSync();
    dashboard.setWindow(2001, 2010);
    flushSync();
    expect(panelsBehind()).toBe(1);
    dashboard.setWindow(2000, 2010);
    flushSync();
    expect([panelsBehind(), idle.waiting]).toEqual([0, 0]);
    await settle();
    expect(marks()).toBe(1);
    stop();
  });

  it('is caught up, and marks it, when the panel comes into view; not while a new change waits', async () => {
    performance.clearMarks(CAUGHT_UP_MARK);
    const first = setUp();
    const second = setUp();
    first.period.inView = false;
    second.period.inView = false;
    flushSync();
    first.dashboard.setWindow(2003, 2010);
    second.dashboard.setWindow(2003, 2010);
    flushSync();
    expect(panelsBehind()).toBe(2);
    first.period.inView = true;
    flushSync();
    await settle();
    // One of the two still waits: no mark yet.
    expect([panelsBehind(), marks()]).toEqual([1, 0]);
    second.period.inView = true;
    flushSync();
    await settle();
    expect([panelsBehind(), marks()]).toEqual([0, 1]);
    first.stop();
    second.stop();
  });
});

describe('whenQuiet: a panel out of view waits for the window to stay unchanged, then for an idle moment', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** requestIdleCallback, with the idle moments given by the test. */
  function idleCallbacks() {
    const waiting = new Map<number, () => void>();
    let next = 1;
    vi.stubGlobal('requestIdleCallback', (job: () => void) => {
      waiting.set(next, job);
      return next++;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
    return {
      get waiting() {
        return waiting.size;
      },
      idle: () => {
        for (const [id, job] of [...waiting]) {
          waiting.delete(id);
          job();
        }
      },
    };
  }

  it('runs a job only after QUIET_MS without a new change, and then in an idle moment', () => {
    vi.useFakeTimers();
    const idle = idleCallbacks();
    let runs = 0;
    whenQuiet(() => (runs += 1));
    vi.advanceTimersByTime(QUIET_MS - 1);
    idle.idle();
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    // Quiet long enough: it now waits for the main thread, not for the clock.
    expect([runs, idle.waiting]).toEqual([0, 1]);
    idle.idle();
    expect(runs).toBe(1);
  });

  it('is cancelled as well while it waits for the quiet as while it waits for an idle moment', () => {
    vi.useFakeTimers();
    const idle = idleCallbacks();
    let runs = 0;
    whenQuiet(() => (runs += 1))();
    vi.advanceTimersByTime(QUIET_MS);
    expect(idle.waiting).toBe(0);
    const cancel = whenQuiet(() => (runs += 1));
    vi.advanceTimersByTime(QUIET_MS);
    expect(idle.waiting).toBe(1);
    cancel();
    idle.idle();
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(runs).toBe(0);
  });

  it('is what a panel window uses: changes closer together than QUIET_MS keep a panel out of view waiting', () => {
    vi.useFakeTimers();
    const idle = idleCallbacks();
    const dashboard = new Dashboard();
    let period: PanelWindow | undefined;
    const stop = $effect.root(() => {
      period = new PanelWindow(dashboard);
    });
    flushSync();
    if (!period) throw new Error('no panel window');
    period.inView = false;
    flushSync();
    // A key held down: a change every 40 ms, for a second.
    for (let step = 0; step < 25; step += 1) {
      dashboard.setWindow(1991 + step, 2026);
      flushSync();
      vi.advanceTimersByTime(40);
      idle.idle();
    }
    expect(period.from).toBe(1991);
    vi.advanceTimersByTime(QUIET_MS);
    idle.idle();
    expect(period.from).toBe(2015);
    stop();
  });
});

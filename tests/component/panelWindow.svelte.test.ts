import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { PanelWindow, type Later } from '../../src/lib/state/panelWindow.svelte';

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

import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import FlightsPanel from '../../src/lib/charts/FlightsPanel.svelte';
import EventsPanel from '../../src/lib/charts/EventsPanel.svelte';
import EventsTable from '../../src/lib/charts/EventsTable.svelte';
import EventCard from '../../src/lib/ui/EventCard.svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { cityAirports, endedFlightRow, flightRow, pia2022KarachiRow, turkishThroughRow } from '../fixtures/flightRows';
import { eventRow } from '../fixtures/eventRows';

const today = { year: 2026, month: 11, day: 28 };
const airports = cityAirports({ GYD: 'Baku', LHE: 'Lahore', KHI: 'Karachi' });
const flights = [flightRow({ id: 'j2-gyd-lhe' }), pia2022KarachiRow({ id: 'pk-khi-gyd-2022', weeklyFrequency: 1 })];

describe('FlightsPanel', () => {
  it('draws one bar per service in the window, says how many the window hides, with no NaN', () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(2023, 2026);
    const { container, getByTestId, queryByTestId } = render(FlightsPanel, {
      flights,
      airports,
      dashboard,
      period: dashboard,
      today,
      rule: null,
    });
    expect([...container.querySelectorAll('.service')].map((g) => g.getAttribute('data-row-id'))).toEqual([
      'j2-gyd-lhe',
    ]);
    expect(container.innerHTML).not.toContain('NaN');
    // PIA's 2022 service has no known end: not said to be outside the window, but named as not drawn.
    expect(container.textContent).not.toContain('outside the window');
    expect(getByTestId('flights-end-unknown')).toHaveTextContent(
      'Not drawn, as no source dates its end or confirms it in 2023–2026: PIA Karachi to Baku (last confirmed 17 March 2022; discontinued).',
    );
    // A service that ended before the window (a known end) is counted outside it.
    const ended = endedFlightRow();
    const again = render(FlightsPanel, {
      flights: [...flights, ended],
      airports,
      dashboard,
      period: dashboard,
      today,
      rule: null,
    });
    expect(again.container.textContent).toContain('1 service outside the window');
    // In its own window, PIA's service is drawn, its unknown end faded, and nothing is said of it here.
    dashboard.setWindow(2022, 2022);
    flushSync();
    expect(queryByTestId('flights-end-unknown')).toBeNull();
  });

  it('says when an operating service is drawn in a window no source covers, and not otherwise', () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(2026, 2026);
    const { container, queryByTestId } = render(FlightsPanel, {
      flights,
      airports,
      dashboard,
      period: dashboard,
      today,
      rule: null,
    });
    expect(container.querySelectorAll('.service[data-row-id="j2-gyd-lhe"]')).toHaveLength(1);
    expect(queryByTestId('flights-unconfirmed')).toHaveTextContent(
      '1 service is drawn as operating from its last report (the latest dated 17 November 2025): no source confirms it in 2026.',
    );
    expect(queryByTestId('flights-extended')).toBeNull();
    dashboard.setWindow(2024, 2026);
    flushSync();
    expect(queryByTestId('flights-unconfirmed')).toBeNull();
    // Its last report is in this window: what follows it, drawn on to today, is said to be unconfirmed.
    expect(queryByTestId('flights-extended')).toHaveTextContent(
      'Listed as operating in its last report, and drawn on to today with no source since: AZAL Baku to Lahore (last confirmed 17 November 2025).',
    );
    dashboard.setWindow(2020, 2024);
    flushSync();
    expect(queryByTestId('flights-extended')).toBeNull();
  });

  it('labels an unknown end as such and an operating service as operating', () => {
    const dashboard = new Dashboard();
    const { container } = render(FlightsPanel, { flights, airports, dashboard, period: dashboard, today, rule: null });
    const pia = container.querySelector('[data-row-id="pk-khi-gyd-2022"]');
    expect(pia?.textContent).toContain('end unknown');
    expect(pia?.getAttribute('aria-label')).toBe(
      'Karachi to Baku, Pakistan International Airlines, direct, 1 flight a week at launch, from 16 March 2022, end unknown (last confirmed 17 March 2022)',
    );
    expect(container.querySelector('[data-row-id="j2-gyd-lhe"]')?.textContent).toContain('operating');
  });

  it('keys only what it draws: each airline, a through service, a start or end with no date, an arrow to today', () => {
    const dashboard = new Dashboard();
    const keyed = (rows: typeof flights) => {
      const { container, unmount } = render(FlightsPanel, {
        flights: rows,
        airports,
        dashboard,
        period: dashboard,
        today,
        rule: null,
      });
      const keys = [...container.querySelectorAll('[data-key]')].map((li) =>
        li.getAttribute('data-key') === 'airline' ? li.textContent?.trim() : li.getAttribute('data-key'),
      );
      unmount();
      return keys;
    };
    // AZAL's (drawn on to today) and PIA's 2022 service (no known end).
    expect(keyed(flights)).toEqual([
      'Azerbaijan Airlines',
      'Pakistan International Airlines',
      'ongoing',
      'end-unknown',
    ]);
    expect(keyed([flightRow({ id: 'j2-gyd-lhe' })])).toEqual(['Azerbaijan Airlines', 'ongoing']);
    const turkish = turkishThroughRow({ id: 'tk' });
    expect(keyed([turkish])).toEqual(['Turkish Airlines', 'through', 'start-unknown', 'end-unknown']);
    // Its row says so in words as well.
    const { container } = render(FlightsPanel, {
      flights: [turkish],
      airports,
      dashboard,
      period: dashboard,
      today,
      rule: null,
    });
    expect(container.querySelector('[data-row-id="tk"] .note')?.textContent).toBe(
      'frequency not reported · start and end unknown',
    );
  });

  it('selects a service with Enter (shared with the map through the dashboard) and clears with Escape', async () => {
    const dashboard = new Dashboard();
    const { container } = render(FlightsPanel, { flights, airports, dashboard, period: dashboard, today, rule: null });
    const bar = container.querySelector('[data-row-id="j2-gyd-lhe"]') as SVGGElement;
    await fireEvent.keyDown(bar, { key: 'Enter' });
    expect(dashboard.service).toBe('j2-gyd-lhe');
    expect(bar.getAttribute('aria-pressed')).toBe('true');
    // Its tooltip is pinned, as a chart mark's is: its source links are in the Tab order.
    await vi.waitFor(() => expect(container.querySelector('.tooltip')).not.toBeNull());
    const tooltip = container.querySelector('.tooltip') as HTMLElement;
    expect(tooltip.classList.contains('pinned')).toBe(true);
    expect(tooltip.inert).toBe(false);
    expect(tooltip.querySelector('a[href^="https://"]')).not.toBeNull();
    await fireEvent.keyDown(bar, { key: 'Escape' });
    expect(dashboard.service).toBeNull();
    expect(container.querySelector('.tooltip.pinned')).toBeNull();
    // Enter again on the selected service clears it, and its pinned tooltip.
    await fireEvent.keyDown(bar, { key: 'Enter' });
    await fireEvent.keyDown(bar, { key: 'Enter' });
    expect(dashboard.service).toBeNull();
    expect(container.querySelector('.tooltip.pinned')).toBeNull();
    // Chosen elsewhere (the map, its card's Close), another service or none: the pinned box goes.
    await fireEvent.keyDown(bar, { key: 'Enter' });
    expect(container.querySelector('.tooltip.pinned')).not.toBeNull();
    dashboard.selectService('pk-khi-gyd-2022');
    flushSync();
    expect(container.querySelector('.tooltip.pinned')).toBeNull();
  });

  it('draws the selected event rule only when it falls in the window', async () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(2023, 2026);
    const inside = render(FlightsPanel, {
      flights,
      airports,
      dashboard,
      period: dashboard,
      today,
      rule: { x: Date.UTC(2024, 5, 1), label: 'Visit' },
    });
    // The rule's code loads when a rule is first drawn.
    await vi.waitFor(() => expect(inside.container.querySelector('[data-rule-label="Visit"]')).not.toBeNull());
    const outside = render(FlightsPanel, {
      flights,
      airports,
      dashboard,
      period: dashboard,
      today,
      rule: { x: Date.UTC(2001, 5, 1), label: 'Old' },
    });
    // The rule's code is loaded by now (the first chart drew its rule): this one is left out, not late.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(outside.container.querySelector('[data-rule-label="Old"]')).toBeNull();
  });
});

describe('EventsPanel', () => {
  const events = [
    eventRow({ id: 'ev-a', date: '2015', precision: 'year', title: 'Strategic partnership', category: 'diplomatic' }),
    eventRow({ id: 'ev-b', date: '2016-04', precision: 'month', title: 'Joint commission', category: 'economic' }),
    eventRow({
      id: 'ev-c',
      date: '2020-01-15',
      precision: 'day',
      title: 'Art contest',
      category: 'cultural',
      description: 'Paintings.',
    }),
  ];

  it("says on the selected event's card why the view does not draw it: window, category or search", async () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(2019, 2026);
    dashboard.event = 'ev-a';
    const inWindow = events.filter((e) => e.id === 'ev-c');
    const view = render(EventsPanel, { rows: inWindow, all: events, dashboard, period: dashboard, hidden: '' });
    const card = () => view.getByRole('article');
    expect(card()).toHaveTextContent("Outside the window 2019–2026: not drawn, and not in this view's CSV.");
    await view.rerender({ rows: events, all: events, dashboard, period: dashboard, hidden: '' });
    dashboard.setWindow(1991, 2026);
    dashboard.event = 'ev-b';
    dashboard.categories = dashboard.categories.filter((c) => c !== 'economic');
    flushSync();
    expect(card()).toHaveTextContent('In Economic, a category not ticked: not drawn');
    dashboard.categories = [...dashboard.categories, 'economic'];
    dashboard.search = 'contest';
    flushSync();
    expect(card()).toHaveTextContent('Not matched by the search “contest”: not drawn');
    // Drawn, the card says nothing of the kind.
    dashboard.event = 'ev-c';
    flushSync();
    expect(card()).toHaveTextContent('Art contest');
    expect(card()).not.toHaveTextContent('not drawn');
  });

  it('draws a mark per event in lanes, and narrows by category and search', async () => {
    const dashboard = new Dashboard();
    const { container, getByLabelText, getByRole } = render(EventsPanel, {
      rows: events,
      all: events,
      dashboard,
      period: dashboard,
      hidden: '',
    });
    const ids = () => [...container.querySelectorAll('.event')].map((e) => e.getAttribute('data-row-id'));
    expect(ids()).toEqual(['ev-a', 'ev-b', 'ev-c']);
    expect(container.innerHTML).not.toContain('NaN');
    await fireEvent.click(getByRole('checkbox', { name: /Economic/ }));
    expect(dashboard.categories).not.toContain('economic');
    expect(ids()).toEqual(['ev-a', 'ev-c']);
    const search = getByLabelText('Search events') as HTMLInputElement;
    await fireEvent.input(search, { target: { value: 'paint' } });
    expect(dashboard.search).toBe('paint');
    expect(ids()).toEqual(['ev-c']);
  });

  it("announces its count when the reader's filters change it, not when the window does", async () => {
    const dashboard = new Dashboard();
    // The panel is given the window's rows: here, all three, then the one the window keeps.
    const view = render(EventsPanel, { rows: events, all: events, dashboard, period: dashboard, hidden: '' });
    const said = () => view.getByTestId('events-announcement').textContent;
    expect(said()).toBe('');
    vi.useFakeTimers();
    await fireEvent.click(view.getByRole('checkbox', { name: /Economic/ }));
    // Said once the filters have settled.
    expect(said()).toBe('');
    vi.advanceTimersByTime(700);
    flushSync();
    expect(said()).toBe('2 of 3 events in the window shown');
    await view.rerender({ rows: [events[2]!], all: events, dashboard, hidden: '' });
    dashboard.setWindow(2020, 2026);
    flushSync();
    expect(view.container.querySelector('.controls .count')).toHaveTextContent('1 of 1 event in the window shown');
    expect(said()).toBe('2 of 3 events in the window shown'); // unchanged: the window's summary says it
    // Back or Forward applies a whole view, the filters assigned afresh: a window change all the same.
    dashboard.apply({ ...dashboard.view, from: 2019 });
    flushSync();
    expect(said()).toBe('2 of 3 events in the window shown');
    // A search typed letter by letter is said once, when the typing pauses, with the count it came to.
    const search = view.getByLabelText('Search events');
    for (const typed of ['no', 'not', 'nothing like it']) {
      await fireEvent.input(search, { target: { value: typed } });
      vi.advanceTimersByTime(300);
      flushSync();
      expect(said()).toBe('2 of 3 events in the window shown');
    }
    vi.advanceTimersByTime(400);
    flushSync();
    expect(said()).toBe('0 of 1 event in the window shown');
    vi.useRealTimers();
  });

  it("gives each event's description and kind of source in its table and its card", () => {
    const table = render(EventsTable, { rows: [events[2]!] });
    const headers = table.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/gu, '').trim());
    expect(headers).toEqual([
      'Date',
      'Event',
      'Category',
      'Place',
      'Description',
      'Kind of source',
      'Source',
      'Row id',
    ]);
    const cells = table.getAllByRole('cell').map((c) => c.textContent?.trim());
    expect(cells).toContain('Paintings.');
    expect(cells).toContain('press report');
    table.unmount();
    const card = render(EventCard, { event: { ...events[2]!, sourceKind: 'official-statement' }, onclose: () => {} });
    expect(card.getByRole('heading', { name: /Sources/ })).toHaveTextContent('Sources (official statement)');
  });

  it('draws a month as a bar, a year as a pale bar and a day as a dot', () => {
    const dashboard = new Dashboard();
    const { container } = render(EventsPanel, { rows: events, all: events, dashboard, period: dashboard, hidden: '' });
    expect(container.querySelector('[data-row-id="ev-a"] rect.year')).not.toBeNull();
    expect(container.querySelector('[data-row-id="ev-b"] rect.month')).not.toBeNull();
    expect(container.querySelector('[data-row-id="ev-c"] circle')).not.toBeNull();
    // The key says so beside the chart (and goes with its image), not in a long axis title.
    const key = [...container.querySelectorAll('.legend li')].map((li) => li.textContent?.trim());
    expect(key).toEqual([
      'Dot: an event on a known day',
      'Bar: a known month (the source gives no day)',
      'Pale bar: a known year (the source gives no finer date)',
    ]);
  });

  it('opens a card for the selected event with its date at its precision and each source as a link', async () => {
    const dashboard = new Dashboard();
    const withSources = events.map((e) =>
      e.id === 'ev-b' ? { ...e, sourceNames: ['A', 'B'], sourceUrls: ['https://a.org/', 'javascript:alert(1)'] } : e,
    );
    const { container, getByRole } = render(EventsPanel, {
      rows: withSources,
      all: withSources,
      dashboard,
      period: dashboard,
      hidden: '',
    });
    await fireEvent.keyDown(container.querySelector('[data-row-id="ev-b"]') as Element, { key: 'Enter' });
    expect(dashboard.event).toBe('ev-b');
    const card = getByRole('article');
    expect(card.textContent).toContain('April 2016');
    expect(card.textContent).toContain('(month precision)');
    expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://a.org/']);
    expect(card.textContent).toContain('B');
  });

  it("closes the card by its Close button or by Escape inside it, focus back on the event's mark", async () => {
    const dashboard = new Dashboard();
    const { container, getByRole, queryByRole } = render(EventsPanel, {
      rows: events,
      all: events,
      dashboard,
      period: dashboard,
      hidden: '',
    });
    const mark = container.querySelector('[data-row-id="ev-c"]') as SVGGElement;
    await fireEvent.keyDown(mark, { key: 'Enter' });
    const close = getByRole('button', { name: 'Close' });
    close.focus();
    await fireEvent.click(close);
    expect(queryByRole('article')).toBeNull();
    expect(dashboard.event).toBeNull();
    expect(document.activeElement).toBe(mark);
    // Escape on a link of the card closes it too (not only a tooltip), focus back on the mark.
    await fireEvent.keyDown(mark, { key: 'Enter' });
    const link = getByRole('article').querySelector('a') as HTMLAnchorElement;
    link.focus();
    await fireEvent.keyDown(link, { key: 'Escape' });
    expect(queryByRole('article')).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('closing the card of an event not drawn (filtered out) gives focus to the lanes, not to the page', async () => {
    const dashboard = new Dashboard();
    const { container, getByRole } = render(EventsPanel, {
      rows: events,
      all: events,
      dashboard,
      period: dashboard,
      hidden: '',
    });
    dashboard.event = 'ev-c';
    dashboard.categories = ['diplomatic', 'economic'];
    flushSync();
    expect(container.querySelector('.event[data-row-id="ev-c"]')).toBeNull();
    const close = getByRole('button', { name: 'Close' });
    close.focus();
    await fireEvent.click(close);
    expect(document.activeElement?.getAttribute('data-row-id')).toBe('ev-a');
  });

  it('moves along a lane and between lanes with the arrow keys', async () => {
    const dashboard = new Dashboard();
    const { container } = render(EventsPanel, { rows: events, all: events, dashboard, period: dashboard, hidden: '' });
    const first = container.querySelector('.event[tabindex="0"]') as SVGGElement;
    expect(first.getAttribute('data-row-id')).toBe('ev-a');
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-row-id')).toBe('ev-b');
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-row-id')).toBe('ev-c');
  });

  it('places each event by its group and keeps its keyboard moves and ring after a window change', async () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(2010, 2025);
    const { container } = render(EventsPanel, { rows: events, all: events, dashboard, period: dashboard, hidden: '' });
    const at = (id: string) => {
      const match = /^translate\(([-\d.e]+),([-\d.e]+)\)$/.exec(
        container.querySelector(`[data-row-id="${id}"]`)?.getAttribute('transform') ?? '',
      );
      return match ? Number(match[1]) : NaN;
    };
    const before = at('ev-c');
    dashboard.setWindow(2014, 2025);
    flushSync();
    // The window now starts in 2014: the 2020 dot moved (from 5/8 of the way along to about half way),
    // its shape still drawn at the group's origin.
    expect(at('ev-c')).toBeLessThan(before);
    expect(Number.isFinite(at('ev-c'))).toBe(true);
    expect(container.querySelector('[data-row-id="ev-c"] circle')?.hasAttribute('cx')).toBe(false);
    // The arrow keys still reach the events (each element is registered once, not at every change).
    const first = container.querySelector('.event[tabindex="0"]') as SVGGElement;
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-row-id')).toBe('ev-c');
    // Selected: the ring sits round the mark, drawn from the group's origin.
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    const ring = container.querySelector('[data-row-id="ev-c"] rect.ring');
    expect([ring?.getAttribute('x'), ring?.getAttribute('y')]).toEqual(['-8', '-9']);
  });

  it('shows markup in a title as text', () => {
    const dashboard = new Dashboard();
    const hostile = [eventRow({ id: 'ev-x', title: '<img src=x onerror=alert(1)>' })];
    dashboard.event = 'ev-x';
    const { container } = render(EventsPanel, {
      rows: hostile,
      all: hostile,
      dashboard,
      period: dashboard,
      hidden: '',
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('article h3')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

import { describe, expect, it } from 'vitest';
import { describeView } from '../../src/lib/export/viewDescription';
import { DEFAULT_VIEW } from '../../src/lib/state/urlCodec';
import { EVENT_CATEGORIES } from '../../src/lib/data/rows';
import { selectionName, type SelectionParam } from '../../src/lib/data/selectionName';
import { cityAirports, pia2022KarachiRow } from '../fixtures/flightRows';

describe('describeView(panel, view)', () => {
  it('describes the trade view with its reporter view and scale', () => {
    expect(describeView('trade', { ...DEFAULT_VIEW, from: 2010, to: 2020, tradeView: 'mirror' })).toEqual({
      filters: { window: '2010–2020', reporter: 'mirror', scale: 'log' },
      qualifier: 'mirror-log',
      text: 'Trade panel, 2010–2020, mirror view, log scale',
    });
  });
  it('describes the events filters and search', () => {
    const d = describeView('events', { ...DEFAULT_VIEW, categories: ['cultural'], search: 'art' });
    expect(d.filters).toEqual({ window: '1991–2026', categories: 'cultural', search: 'art' });
    expect(d.qualifier).toBe('cultural_search-art');
    // The categories left out, when they are fewer than those kept; none kept is said as none.
    const most = describeView('events', {
      ...DEFAULT_VIEW,
      categories: EVENT_CATEGORIES.filter((c) => c !== 'security'),
    });
    expect(most.qualifier).toBe('without-security');
    expect(describeView('events', { ...DEFAULT_VIEW, categories: [] }).qualifier).toBe('none');
    expect(describeView('events', DEFAULT_VIEW).qualifier).toBe('');
    expect(d.text).toBe('Events panel, 1991–2026, categories: cultural, search “art”');
  });
  it("names the selection a view shows (an airport, a service, an event) by its row's id, in words and filters", () => {
    const map = describeView('map', { ...DEFAULT_VIEW, from: 2019, to: 2025, airport: 'KHI' });
    expect(map.text).toBe('Air-links map, 2019–2025, selected KHI');
    expect(map.filters).toEqual({ window: '2019–2025', selected: 'KHI' });
    expect(describeView('flights', { ...DEFAULT_VIEW, service: 'j2-gyd-lhe' }).text).toBe(
      'Flights panel, 1991–2026, selected j2-gyd-lhe',
    );
    expect(describeView('events', { ...DEFAULT_VIEW, event: 'ev-x' }).filters.selected).toBe('ev-x');
    // In the file's name too, after the panel's own filters.
    expect(map.qualifier).toBe('selected-KHI');
    expect(describeView('events', { ...DEFAULT_VIEW, search: 'jf', event: 'ev-x' }).qualifier).toBe(
      'search-jf_selected-ev-x',
    );
    // The flights timeline shows a selected service, not a selected airport (the map's).
    expect(describeView('flights', { ...DEFAULT_VIEW, airport: 'LHE' }).text).toBe('Flights panel, 1991–2026');
    // Another panel's selection is not this one's.
    expect(describeView('trade', { ...DEFAULT_VIEW, airport: 'KHI', event: 'ev-x' }).text).not.toContain('selected');
  });
  it('names a selection in words where it is given a name for it, keeping the id in filters and file names', () => {
    const rows = {
      events: [{ id: 'ev-x', title: 'Azerbaijan signals interest in JF-17 Block III' }],
      flights: [pia2022KarachiRow({ id: 'pk-khi-gyd-2022' })],
      airports: cityAirports({ KHI: 'Karachi', GYD: 'Baku' }),
    };
    const nameOf = (param: SelectionParam, id: string) => selectionName(param, id, rows);
    const events = describeView('events', { ...DEFAULT_VIEW, search: 'JF', event: 'ev-x' }, nameOf);
    expect(events.text).toBe(
      'Events panel, 1991–2026, search “JF”, selected “Azerbaijan signals interest in JF-17 Block III”',
    );
    expect([events.filters.selected, events.qualifier]).toEqual(['ev-x', 'search-JF_selected-ev-x']);
    expect(describeView('flights', { ...DEFAULT_VIEW, service: 'pk-khi-gyd-2022' }, nameOf).text).toBe(
      'Flights panel, 1991–2026, selected “PIA, Karachi to Baku”',
    );
    expect(describeView('map', { ...DEFAULT_VIEW, airport: 'KHI' }, nameOf).text).toBe(
      'Air-links map, 1991–2026, selected “Karachi (KHI)”',
    );
    // An id no row read has (its file not read yet, or not in the data) is said as it is.
    expect(describeView('events', { ...DEFAULT_VIEW, event: 'ev-nope' }, nameOf).text).toBe(
      'Events panel, 1991–2026, selected ev-nope',
    );
  });
  it('says nothing about filters a panel does not have', () => {
    expect(describeView('tourism', { ...DEFAULT_VIEW, tradeView: 'mirror' })).toEqual({
      filters: { window: '1991–2026' },
      qualifier: '',
      text: 'Tourism panel, 1991–2026',
    });
  });
});

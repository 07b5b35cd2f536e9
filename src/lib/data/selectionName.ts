import { airlineShortName, routeName } from './flightText';
import type { AirportRow, EventRow, FlightRow } from './rows';

/** What a view may have selected: an event, a flight service or an airport, by its row's id. */
export type SelectionParam = 'event' | 'service' | 'airport';

interface Rows {
  events: readonly Pick<EventRow, 'id' | 'title'>[];
  flights: readonly FlightRow[];
  airports: readonly AirportRow[];
}

/**
 * A selected row as a reader names it, for a heading an audience reads (a slide's, the deck's list):
 * an event's title, 'PIA, Lahore to Baku', 'Lahore (LHE)'. Null when no row read has that id (its
 * file not read yet, or an id the data does not hold): the caller then shows the id. Pure.
 */
export function selectionName(param: SelectionParam, id: string, rows: Rows): string | null {
  if (param === 'event') return rows.events.find((r) => r.id === id)?.title ?? null;
  if (param === 'airport') {
    const airport = rows.airports.find((r) => r.id === id);
    return airport ? `${airport.city} (${airport.id})` : null;
  }
  const service = rows.flights.find((r) => r.id === id);
  return service ? `${airlineShortName(service)}, ${routeName(service, rows.airports)}` : null;
}

/** Which services the map draws for the time window, and how many it hides (and why). Pure. */
import { serviceInWindow, serviceSpan } from '../data/serviceSpan';
import { andList, yearWindowSpan } from '../data/period';
import { hiddenText } from '../charts/summarise';
import type { CalendarDate } from '../data/calendarDate';
import type { FlightRow } from '../data/rows';
import { counted } from '../charts/format';

export interface WindowedServices {
  shown: FlightRow[];
  /**
   * Services that ended before the window, start after it, or have no date at all. A service with no
   * known end last confirmed before the window is not `before`: no source says whether it ran in the
   * window. Those are `endUnknown`, by row (as endUnknownBefore finds them), for the airport cards.
   */
  before: number;
  after: number;
  endUnknown: FlightRow[];
  undated: number;
}

export function servicesInWindow(
  rows: readonly FlightRow[],
  from: number,
  to: number,
  today: CalendarDate,
): WindowedServices {
  const window = yearWindowSpan(from, to);
  const result: WindowedServices = { shown: [], before: 0, after: 0, endUnknown: [], undated: 0 };
  for (const row of rows) {
    if (serviceInWindow(row, from, to, today)) {
      result.shown.push(row);
      continue;
    }
    const span = serviceSpan(row, today);
    if (!span) result.undated++;
    else if (span.end >= window.start) result.after++;
    else if (span.after === 'unknown') result.endUnknown.push(row);
    else result.before++;
  }
  return result;
}

/**
 * '2 earlier services and 4 later services outside the window; 1 service last confirmed before it, with
 * no known end, not drawn', or '' when the window hides none.
 */
export function hiddenServicesText({ before, after, endUnknown, undated }: WindowedServices): string {
  const dated = hiddenText(before, after, ['service', 'services']);
  const unknown =
    endUnknown.length > 0
      ? `${counted(endUnknown.length, 'service')} last confirmed before ${dated ? 'it' : 'the window'}, with no known end, not drawn`
      : '';
  const none = undated > 0 ? `${counted(undated, 'undated service')} not drawn` : '';
  return [dated, unknown, none].filter(Boolean).join('; ');
}

/**
 * 'In the window, 4 services are not drawn: no airport row the map can place for LHE (see the data
 * issues).', naming each airport of theirs that `positions` lacks; '' when every one can be drawn.
 */
export function unplacedText(shown: readonly FlightRow[], positions: ReadonlyMap<string, unknown>): string {
  const missing = new Set<string>();
  const services = shown.filter((row) => {
    const lacking = [row.origin, row.destination].filter((iata) => !positions.has(iata));
    for (const iata of lacking) missing.add(iata);
    return lacking.length > 0;
  });
  if (services.length === 0) return '';
  const verb = services.length === 1 ? 'is' : 'are';
  return `In the window, ${counted(services.length, 'service')} ${verb} not drawn: no airport row the map can place for ${andList([...missing].sort())} (see the data issues).`;
}

/** The Routes table's columns: the same services as the map, as text with sources. Pure. */
import {
  airlineName,
  endSortValue,
  endText,
  routeName,
  serviceTypeText,
  startSortValue,
  startText,
  statusText,
} from '../data/flightText';
import { weeklyText } from './serviceNames';
import { noteColumn, sourceAndIdColumns, type Column } from '../charts/tableColumns';
import type { AirportRow, FlightRow } from '../data/rows';

export function routeColumns(airports: readonly AirportRow[]): Column<FlightRow>[] {
  return [
    { key: 'route', label: 'Route', text: (r) => routeName(r, airports) },
    { key: 'airline', label: 'Airline', text: airlineName },
    { key: 'type', label: 'Service', text: serviceTypeText },
    { key: 'start', label: 'Start', text: startText, sortValue: startSortValue },
    { key: 'end', label: 'End', text: endText, sortValue: endSortValue },
    {
      key: 'weekly',
      label: 'Weekly at launch',
      text: (r) => weeklyText(r.weeklyFrequency),
      sortValue: (r) => r.weeklyFrequency ?? -1,
      align: 'end',
    },
    { key: 'status', label: 'Status', text: statusText },
    // The same Source and Row id columns as every other table, so a route can be cited by its row.
    ...sourceAndIdColumns<FlightRow>(),
    noteColumn<FlightRow>(),
  ];
}

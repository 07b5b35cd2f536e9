import { describe, expect, it } from 'vitest';
import { fireEvent, render, within } from '@testing-library/svelte';
import FlightsTable from '../../src/lib/charts/FlightsTable.svelte';
import { routeColumns } from '../../src/lib/map/routeColumns';
import DataTable from '../../src/lib/charts/DataTable.svelte';
import { cityAirports, flightRow } from '../fixtures/flightRows';
import type { FlightRow } from '../../src/lib/data/rows';

const airports = cityAirports({ GYD: 'Baku', LHE: 'Lahore' });
// Ends as the tables give them: known (a month), or the last report of an operating or unknown-end service.
const rows = [
  flightRow({ id: 'unknown-2022', status: 'discontinued', lastConfirmed: '2022-03-17' }),
  flightRow({ id: 'operating-2025-11', lastConfirmed: '2025-11-17' }),
  flightRow({ id: 'unknown-2021', status: 'discontinued', lastConfirmed: '2021-04-26' }),
  flightRow({ id: 'operating-2025-04', lastConfirmed: '2025-04-21' }),
  flightRow({ id: 'ended-2024-05', status: 'discontinued', endKnown: true, endDate: '2024-05', endPrecision: 'month' }),
  flightRow({ id: 'operating-2023-01', lastConfirmed: '2023-01-10' }),
];
// Dated ends first; a service still operating has not ended, so it comes after them, by its last report.
const byDate = [
  'unknown-2021',
  'unknown-2022',
  'ended-2024-05',
  'operating-2023-01',
  'operating-2025-04',
  'operating-2025-11',
];

async function endOrder(container: HTMLElement, getByRole: (role: string, o: { name: string }) => HTMLElement) {
  await fireEvent.click(getByRole('button', { name: 'End' }));
  const table = within(container).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-row-id'));
}

describe('the flights and routes tables sort their End column by date', () => {
  it('in the flights table (not as text, where 17 November 2025 came before 21 April 2025)', async () => {
    const { container, getByRole } = render(FlightsTable, { rows, airports });
    expect(await endOrder(container, getByRole)).toEqual(byDate);
    expect(await endOrder(container, getByRole)).toEqual([...byDate].reverse());
  });
  it("in the map's routes table", async () => {
    const { container, getByRole } = render(DataTable<FlightRow>, {
      caption: 'Routes',
      columns: routeColumns(airports),
      rows,
      rowId: (r: FlightRow) => r.id,
    });
    expect(await endOrder(container, getByRole)).toEqual(byDate);
  });
});

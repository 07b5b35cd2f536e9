import type { InvalidParam } from './urlCodec';

interface Selections {
  event: string | null;
  service: string | null;
  airport: string | null;
}
type Table = { status: string };
interface Loaded {
  tables: { events: Table; flights: Table; airports: Table };
  events: readonly { id: string }[];
  flights: readonly { id: string }[];
  airports: readonly { id: string }[];
}

/**
 * Selections in the link that name no row of their file, once that file is read (a file not read,
 * or not needed by an embed, is not judged): for the notice 'Not found in the data: event=…'. Pure.
 */
export function unknownSelections(selected: Selections, loaded: Loaded): InvalidParam[] {
  const unknown: InvalidParam[] = [];
  const check = (param: keyof Selections, file: keyof Loaded['tables']) => {
    const value = selected[param];
    if (value !== null && loaded.tables[file].status === 'ready' && !loaded[file].some((r) => r.id === value)) {
      unknown.push({ param, value });
    }
  };
  check('event', 'events');
  check('service', 'flights');
  check('airport', 'airports');
  return unknown;
}

import { readTable } from './readTable';
import type { DataResource } from './schema';
import type { DataIssue } from './issues';
import type { ValidatedTable } from './validate';

/** What a panel knows about its file: still loading, failed as a whole, or read (maybe with issues). */
export type TableState =
  | { status: 'loading' }
  | { status: 'failed'; message: string; issues: DataIssue[] }
  | { status: 'ready'; table: ValidatedTable };

/** The data files sit in `data/` beside the page, so the build works from any sub-path. */
export function dataUrl(path: string, base: string): string {
  return new URL(`data/${path}`, base).href;
}

/**
 * Fetches and reads one resource. This is the one place the app fetches data. It never throws:
 * a missing or unreadable file becomes a `failed` state with a message naming the file.
 */
export async function loadTable(resource: DataResource, base: string, fetchImpl: typeof fetch = fetch): Promise<TableState> {
  const file = resource.path;
  let text: string;
  try {
    const response = await fetchImpl(dataUrl(file, base));
    if (!response.ok) {
      const message = `${file} could not be loaded (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`;
      return { status: 'failed', message, issues: [{ file, line: 0, message, severity: 'error' }] };
    }
    text = await response.text();
  } catch (error) {
    const message = `${file} could not be loaded (${error instanceof Error ? error.message : 'network error'})`;
    return { status: 'failed', message, issues: [{ file, line: 0, message, severity: 'error' }] };
  }
  const table = readTable(text, resource);
  if (table.records.length === 0 && table.issues.some((i) => i.severity === 'error')) {
    const first = table.issues.find((i) => i.severity === 'error');
    return { status: 'failed', message: `${file} has no readable rows${first ? `: ${first.message}` : ''}`, issues: table.issues };
  }
  return { status: 'ready', table };
}

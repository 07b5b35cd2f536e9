import { readTable } from './readTable';
import type { DataResource } from './schema';
import type { DataIssue } from './issues';
import type { ValidatedTable } from './validate';

/** What a panel knows about its file: still loading, failed as a whole, or read (maybe with issues). */
export type TableState =
  | { status: 'loading' }
  | { status: 'failed'; message: string; issues: DataIssue[] }
  | { status: 'ready'; table: ValidatedTable };

/**
 * Why a read file gives nothing to draw, in words, or null when it has rows: every row was skipped
 * (the data issues say why), or it has only its header. Said instead of "nothing in the window".
 */
export function noRowsText(file: string, state: TableState): string | null {
  if (state.status !== 'ready' || state.table.records.length > 0) return null;
  return state.table.issues.some((i) => i.severity === 'error')
    ? `No row of ${file} could be read: see the data issues.`
    : `${file} has no rows, only its header: there is nothing to show.`;
}

/**
 * Why a file's rows cannot be used yet, in words, or null when it has been read: it is still on its
 * way, or it failed (said in the words of its own failure, which name the file).
 */
export function unreadyText(file: string, state: TableState): string | null {
  if (state.status === 'loading') return `${file} is still loading.`;
  return state.status === 'failed' ? `${state.message}.` : null;
}

/** The data files sit in `data/` beside the page, so the build works from any sub-path. */
export function dataUrl(path: string, base: string): string {
  return new URL(`data/${path}`, base).href;
}

/** A file's text, or the failed state that says why it could not be fetched. */
export type FetchedText = { ok: true; text: string } | { ok: false; state: TableState };

/**
 * Fetches one resource's file. This is the one place the app fetches data. It never throws: a
 * missing or unreachable file becomes a `failed` state with a message naming the file.
 */
export async function fetchText(resource: DataResource, base: string, fetchImpl: typeof fetch = fetch): Promise<FetchedText> {
  const file = resource.path;
  const failed = (message: string): FetchedText => ({
    ok: false,
    state: { status: 'failed', message, issues: [{ file, line: 0, message, severity: 'error' }] },
  });
  try {
    const response = await fetchImpl(dataUrl(file, base));
    if (!response.ok)
      return failed(
        `${file} could not be loaded (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`,
      );
    return { ok: true, text: await response.text() };
  } catch (error) {
    return failed(`${file} could not be loaded (${error instanceof Error ? error.message : 'network error'})`);
  }
}

/** Reads a fetched file against its schema: `failed` only when no row at all could be read. */
export function readFetched(fetched: FetchedText, resource: DataResource): TableState {
  if (!fetched.ok) return fetched.state;
  const file = resource.path;
  const table = readTable(fetched.text, resource);
  if (table.records.length === 0 && table.issues.some((i) => i.severity === 'error')) {
    const first = table.issues.find((i) => i.severity === 'error');
    return { status: 'failed', message: `${file} has no readable rows${first ? `: ${first.message}` : ''}`, issues: table.issues };
  }
  return { status: 'ready', table };
}

import { sourceLinks, type SourceLink } from './sourceLinks';
import { compareCodeUnits, compareNames } from './compareText';
import { oncePerObject } from './memo';

interface HasSources {
  sourceNames: string[];
  sourceUrls: string[];
}

/** A row's links, worked out once per row (a row never changes): the lists are rebuilt at every window change. */
const linksOf = oncePerObject((row: HasSources): readonly SourceLink[] => sourceLinks(row.sourceNames, row.sourceUrls));

/** Every distinct source across rows, for the Sources list: keyed by URL (or name if none), sorted by name. */
export function collectSources(rows: readonly HasSources[]): SourceLink[] {
  const byKey = new Map<string, SourceLink>();
  for (const row of rows) {
    for (const link of linksOf(row)) {
      const key = link.url ?? link.name;
      if (!byKey.has(key)) byKey.set(key, link);
    }
  }
  return [...byKey.values()].sort((a, b) => compareNames(a.name, b.name) || compareCodeUnits(a.url ?? '', b.url ?? ''));
}

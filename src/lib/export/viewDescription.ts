import { EVENT_CATEGORIES } from '../data/rows';
import type { TablePanel, ViewState } from '../state/urlCodec';
import { yearSpan } from '../data/period';
import type { SelectionParam } from '../data/selectionName';

export interface ViewDescription {
  /** The filters that shaped the rows, for the metadata file. */
  filters: Record<string, string>;
  /** A short word for file names ('mirror', 'search-jf-17'), or ''. */
  qualifier: string;
  /** The view in words, for citations and image subtitles. */
  text: string;
}

const PANEL_TITLES: Record<TablePanel, string> = {
  trade: 'Trade panel',
  tourism: 'Tourism panel',
  flights: 'Flights panel',
  events: 'Events panel',
  map: 'Air-links map',
};

const TRADE_VIEW_TEXT = {
  all: 'all reporters',
  pakistan: 'Pakistan-reported',
  azerbaijan: 'Azerbaijan-reported',
  mirror: 'mirror view',
} as const;

/**
 * What a panel's current view is, in words and as filter values (pure: from the view state, and from
 * `nameOf` when given). A selection is named by its row's id, or, where `nameOf` gives one, in words
 * (an event's title): a heading an audience reads says what was selected, not its id.
 */
export function describeView(
  panel: TablePanel,
  view: ViewState,
  nameOf?: (param: SelectionParam, id: string) => string | null,
): ViewDescription {
  const window = yearSpan(view.from, view.to);
  const filters: Record<string, string> = { window };
  const parts = [PANEL_TITLES[panel], window];
  let qualifier = '';
  if (panel === 'trade') {
    filters.reporter = view.tradeView;
    filters.scale = view.tradeScale;
    parts.push(TRADE_VIEW_TEXT[view.tradeView], `${view.tradeScale} scale`);
    // The scale too: the two images differ, and so should their names.
    qualifier = `${view.tradeView}-${view.tradeScale}`;
  }
  if (panel === 'events') {
    const allCategories = view.categories.length === EVENT_CATEGORIES.length;
    filters.categories = allCategories ? 'all' : view.categories.join(', ') || 'none';
    if (!allCategories) parts.push(`categories: ${filters.categories}`);
    if (view.search) {
      filters.search = view.search;
      parts.push(`search “${view.search}”`);
    }
    // Fewer words for the name: the categories left out, when they are fewer than those kept.
    const left = EVENT_CATEGORIES.filter((c) => !view.categories.includes(c));
    const categories =
      allCategories || view.categories.length === 0
        ? ''
        : left.length < view.categories.length
          ? `without-${left.join('-')}`
          : view.categories.join('-');
    qualifier = [view.categories.length === 0 ? 'none' : categories, view.search ? `search-${view.search}` : '']
      .filter(Boolean)
      .join('_');
  }
  // A selection is part of what the view shows (its card, its highlight): named by its row's id, in
  // words and in the file's name. The flights timeline shows a selected service, not an airport.
  const param: SelectionParam | null =
    panel === 'map'
      ? view.service !== null
        ? 'service'
        : 'airport'
      : panel === 'flights'
        ? 'service'
        : panel === 'events'
          ? 'event'
          : null;
  const selected = param === null ? null : view[param];
  if (param !== null && selected) {
    filters.selected = selected;
    const name = nameOf?.(param, selected);
    parts.push(name ? `selected “${name}”` : `selected ${selected}`);
    qualifier = [qualifier, `selected-${selected}`].filter(Boolean).join('_');
  }
  return { filters, qualifier, text: parts.join(', ') };
}

/**
 * The dashboard's view state as a query string. Pure and total: every parameter is read as valid,
 * invalid (named, then replaced by its default) or missing; only non-default values are written.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Years the time window may take: the first to the last year in the data (a test checks this). */
export const YEAR_BOUNDS = { min: 1991, max: 2026 } as const;

export interface ViewState {
  from: number;
  to: number;
  theme: Theme;
}

export const DEFAULT_VIEW: ViewState = { from: 1991, to: 2026, theme: 'auto' };

export interface InvalidParam {
  param: string;
  value: string;
}

export interface ParsedView {
  view: ViewState;
  invalid: InvalidParam[];
}

const MAX_SHOWN = 40;

function shorten(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= YEAR_BOUNDS.min && year <= YEAR_BOUNDS.max ? year : null;
}

export function parseView(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const view: ViewState = { ...DEFAULT_VIEW };
  const invalid: InvalidParam[] = [];
  const reject = (param: string, value: string) => invalid.push({ param, value: shorten(value) });

  const fromText = params.get('from');
  const toText = params.get('to');
  const from = fromText === null ? null : parseYear(fromText);
  const to = toText === null ? null : parseYear(toText);
  if (fromText !== null && from === null) reject('from', fromText);
  if (toText !== null && to === null) reject('to', toText);
  const nextFrom = from ?? view.from;
  const nextTo = to ?? view.to;
  if (nextFrom <= nextTo) {
    view.from = nextFrom;
    view.to = nextTo;
  } else {
    // An inverted window cannot be shown; keep the defaults and say which values were ignored.
    if (from !== null) reject('from', String(from));
    if (to !== null) reject('to', String(to));
  }

  const theme = params.get('theme');
  if (theme !== null) {
    const known = THEMES.find((t) => t === theme);
    if (known) view.theme = known;
    else reject('theme', theme);
  }
  return { view, invalid };
}

/** The query string (without '?') holding only what differs from the defaults. */
export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.from !== DEFAULT_VIEW.from) params.set('from', String(view.from));
  if (view.to !== DEFAULT_VIEW.to) params.set('to', String(view.to));
  if (view.theme !== DEFAULT_VIEW.theme) params.set('theme', view.theme);
  return params.toString();
}

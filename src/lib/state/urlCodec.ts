/**
 * The dashboard's view state as a query string. Pure and total: every parameter is read as valid,
 * invalid (named, then replaced by its default) or missing; only non-default values are written.
 * The page's presentation deck is not part of a view: pageCodec.ts reads and writes it, so that a
 * page that shows no deck (the embed) loads none of its code.
 */
import { TRADE_VIEWS, type TradeView } from '../data/tradeViews';
import { EVENT_CATEGORIES, type EventCategory } from '../data/rows';
import type { Slide } from './deckCodec';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const SCALES = ['log', 'linear'] as const;
export type Scale = (typeof SCALES)[number];
/** Panels that can show their table instead of their chart. */
export const TABLE_PANELS = ['trade', 'tourism', 'flights', 'events', 'map'] as const;
export type TablePanel = (typeof TABLE_PANELS)[number];
/** Separates list items in a parameter; it cannot occur in ids or enum values. */
export const LIST_SEPARATOR = '.';

/** Years the time window may take: the first to the last year in the data (a test checks this). */
export const YEAR_BOUNDS = { min: 1991, max: 2026 } as const;

export interface ViewState {
  from: number;
  to: number;
  theme: Theme;
  tradeView: TradeView;
  tradeScale: Scale;
  tables: TablePanel[];
  /** Event categories shown (all by default). */
  categories: EventCategory[];
  /** Free-text search over event titles and descriptions. */
  search: string;
  /** Selected row ids: an event, a flight service, an airport (IATA). */
  event: string | null;
  service: string | null;
  airport: string | null;
  /**
   * The presentation deck, and the slide being presented (1-based) or null when not presenting: the
   * page's (pageCodec.ts), not a view's; parseView leaves them empty and serialiseView leaves them out.
   */
  deck: Slide[];
  slide: number | null;
  /** The map's centre and zoom once the reader has moved it; null: fitted to the airports. */
  mapView: MapCamera | null;
}

export interface MapCamera {
  lat: number;
  lon: number;
  zoom: number;
}
export const MAP_ZOOM = { min: 3, max: 9 } as const;

export const DEFAULT_VIEW: ViewState = {
  from: 1991,
  to: 2026,
  theme: 'auto',
  tradeView: 'all',
  tradeScale: 'log',
  tables: [],
  categories: [...EVENT_CATEGORIES],
  search: '',
  event: null,
  service: null,
  airport: null,
  deck: [],
  slide: null,
  mapView: null,
};

const ROW_ID = /^[a-z0-9][a-z0-9-]{0,120}$/;
const IATA = /^[A-Z]{3}$/;
const MAX_SEARCH = 200;

export interface InvalidParam {
  param: string;
  value: string;
  /** A parameter no view has (a typo such as `form`), rather than a value that could not be read. */
  unknown?: true;
  /** A slide of the deck left out (numbered from 1): `value` says why. */
  slide?: number;
  /** A later value of a parameter the link gives more than once: the first value is the one read. */
  repeated?: true;
}

/**
 * The later values of each of `names` that the link gives more than once (`cats=security&cats=economic`):
 * the first is read, and the others are named, so that none is dropped unsaid.
 */
export function repeatedParams(params: URLSearchParams, names: readonly string[]): InvalidParam[] {
  return names.flatMap((param) =>
    params
      .getAll(param)
      .slice(1)
      .map((value) => ({ param, value: shorten(value), repeated: true as const })),
  );
}

export interface ParsedView {
  view: ViewState;
  invalid: InvalidParam[];
}

const MAX_SHOWN = 40;

/** A value as a notice shows it: long ones cut short. */
export function shorten(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

export function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= YEAR_BOUNDS.min && year <= YEAR_BOUNDS.max ? year : null;
}

function oneOf<T extends string>(allowed: readonly T[], text: string): T | null {
  return allowed.find((a) => a === text) ?? null;
}

/** The link format's version. A link without `v` is read as version 1. */
export const URL_VERSION = 1;

/**
 * Rewrites the parameters of an older link format into the current one, one version at a time.
 * Version 1 is the first format, so there is nothing to migrate yet; a later format adds an entry
 * here (from its predecessor) with a test that an old link still opens the same view.
 */
export const MIGRATIONS: Record<number, (params: URLSearchParams) => URLSearchParams> = {};

function readVersion(params: URLSearchParams, reject: (param: string, value: string) => void): URLSearchParams {
  const text = params.get('v');
  let version = 1;
  if (text !== null) {
    if (/^\d{1,3}$/.test(text) && Number(text) >= 1 && Number(text) <= URL_VERSION) version = Number(text);
    else reject('v', text);
  }
  let current = params;
  for (let v = version; v < URL_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (migrate) current = migrate(current);
  }
  return current;
}

/** The parameters a view's link is read from (and serialiseView writes). */
export const VIEW_PARAMS: readonly string[] = [
  'v',
  'from',
  'to',
  'theme',
  'trade',
  'scale',
  'table',
  'cats',
  'q',
  'event',
  'service',
  'airport',
  'map',
];

/** Parameters that sites, ads and mail tools add to a shared link (campaign and click ids): never the reader's. */
const ADDED_BY_SHARING =
  /^(utm_\w+|fbclid|gclid|gad_source|gbraid|wbraid|dclid|msclkid|srsltid|twclid|ttclid|li_fat_id|_hsenc|_hsmi|mkt_tok|ref_src|mc_cid|mc_eid|igshid|yclid|_ga|_gl)$/i;

/**
 * Reads a view from a query string. Values that cannot be read, and parameters the view does not have
 * (`form=2010` for `from=2010`), are listed in `invalid`, for the notice; `alsoKnown` names the
 * parameters a page reads besides the view's (the embed's `panel`).
 */
export function parseView(search: string, alsoKnown: readonly string[] = []): ParsedView {
  const invalidEarly: InvalidParam[] = [];
  const params = readVersion(new URLSearchParams(search), (param, value) =>
    invalidEarly.push({ param, value: shorten(value) }),
  );
  const view: ViewState = { ...DEFAULT_VIEW, tables: [], categories: [...DEFAULT_VIEW.categories], deck: [] };
  const invalid: InvalidParam[] = [...invalidEarly];
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

  const enums = [
    ['theme', THEMES, (v: Theme) => (view.theme = v)],
    ['trade', TRADE_VIEWS, (v: TradeView) => (view.tradeView = v)],
    ['scale', SCALES, (v: Scale) => (view.tradeScale = v)],
  ] as const;
  for (const [param, allowed, set] of enums) {
    const text = params.get(param);
    if (text === null) continue;
    const value = oneOf<string>(allowed, text);
    if (value === null) reject(param, text);
    else (set as (v: string) => void)(value);
  }

  const tables = params.get('table');
  if (tables !== null) {
    for (const item of tables.split(LIST_SEPARATOR)) {
      const panel = oneOf(TABLE_PANELS, item);
      if (panel === null) reject('table', item);
      else if (!view.tables.includes(panel)) view.tables.push(panel);
    }
  }

  const cats = params.get('cats');
  if (cats !== null) {
    const chosen: EventCategory[] = [];
    let unknown = 0;
    for (const item of cats.split(LIST_SEPARATOR)) {
      const category = oneOf(EVENT_CATEGORIES, item);
      if (category === null && item !== '') {
        reject('cats', item);
        unknown += 1;
      } else if (category !== null && !chosen.includes(category)) chosen.push(category);
    }
    // 'cats=' (empty) means no category chosen: a valid, if empty, view. A list of nothing but
    // unknown names keeps the default (every category), as the notice says.
    if (chosen.length > 0 || unknown === 0) view.categories = EVENT_CATEGORIES.filter((c) => chosen.includes(c));
  }

  const query = params.get('q');
  if (query !== null) {
    if (query.length > MAX_SEARCH) reject('q', query);
    else view.search = query;
  }

  for (const [param, pattern] of [
    ['event', ROW_ID],
    ['service', ROW_ID],
    ['airport', IATA],
  ] as const) {
    const text = params.get(param);
    if (text === null) continue;
    if (pattern.test(text)) view[param] = text;
    else reject(param, text);
  }

  const mapText = params.get('map');
  if (mapText !== null) {
    const camera = parseCamera(mapText);
    if (camera === null) reject('map', mapText);
    else view.mapView = camera;
  }

  invalid.push(...repeatedParams(params, VIEW_PARAMS));
  // Each name once (a link may repeat one): the notice lists names, not values.
  const unknown = new Set(
    [...params.keys()].filter((p) => !VIEW_PARAMS.includes(p) && !alsoKnown.includes(p) && !ADDED_BY_SHARING.test(p)),
  );
  for (const param of unknown)
    invalid.push({ param: shorten(param), value: shorten(params.get(param) ?? ''), unknown: true });
  return { view, invalid };
}

/**
 * The query string (without '?') holding only what differs from the defaults. A permalink
 * (`explicit`) also states the version and the time window, so it shows the same years after the
 * data, and with it the default window, grows.
 */
export function serialiseView(view: ViewState, explicit = false): string {
  const params = new URLSearchParams();
  if (explicit) params.set('v', String(URL_VERSION));
  if (explicit || view.from !== DEFAULT_VIEW.from) params.set('from', String(view.from));
  if (explicit || view.to !== DEFAULT_VIEW.to) params.set('to', String(view.to));
  if (view.tradeView !== DEFAULT_VIEW.tradeView) params.set('trade', view.tradeView);
  if (view.tradeScale !== DEFAULT_VIEW.tradeScale) params.set('scale', view.tradeScale);
  if (view.tables.length > 0) {
    const ordered = TABLE_PANELS.filter((p) => view.tables.includes(p));
    params.set('table', ordered.join(LIST_SEPARATOR));
  }
  if (
    view.categories.length !== EVENT_CATEGORIES.length ||
    !EVENT_CATEGORIES.every((c) => view.categories.includes(c))
  ) {
    params.set('cats', EVENT_CATEGORIES.filter((c) => view.categories.includes(c)).join(LIST_SEPARATOR));
  }
  if (view.search !== '') params.set('q', view.search);
  if (view.event !== null) params.set('event', view.event);
  if (view.service !== null) params.set('service', view.service);
  if (view.airport !== null) params.set('airport', view.airport);
  if (view.mapView !== null) params.set('map', formatCamera(view.mapView));
  if (view.theme !== DEFAULT_VIEW.theme) params.set('theme', view.theme);
  return params.toString();
}

/** The page's permalink for a view: the page address without its query, plus the explicit query. */
export function permalink(view: ViewState, pageUrl: string, hash = ''): string {
  return withQuery(pageUrl, serialiseView(view, true), hash);
}

/** The page address without its query and hash, plus these. */
export function withQuery(pageUrl: string, query: string, hash = ''): string {
  const url = new URL(pageUrl);
  url.search = query;
  url.hash = hash;
  return url.href;
}

/** A panel's view as a slide's query: explicit window (a view holds no deck or presentation state). */
export function slideQuery(view: ViewState): string {
  return serialiseView(view, true);
}

/** 'lat,lon,zoom' with two decimals: precise enough for a view, short enough for a link. */
export function formatCamera(camera: MapCamera): string {
  const round = (n: number) => String(Math.round(n * 100) / 100);
  return [camera.lat, camera.lon, camera.zoom].map(round).join(',');
}

export function parseCamera(text: string): MapCamera | null {
  const parts = text.split(',');
  if (parts.length !== 3 || !parts.every((p) => /^-?\d{1,3}(\.\d{1,6})?$/.test(p))) return null;
  const [lat = NaN, lon = NaN, zoom = NaN] = parts.map(Number);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < MAP_ZOOM.min || zoom > MAP_ZOOM.max) return null;
  return { lat, lon, zoom };
}

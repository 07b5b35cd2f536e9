/**
 * The map's vector layers as an SVG, for image export: country outlines from the basemap file, the
 * service arcs from the same geometry and style helpers the Leaflet layer uses, and the airports, drawn
 * with d3-geo's Web Mercator (the map's projection). Colours are the theme's custom properties, set as
 * styles, so exportSvg makes them concrete for the chosen theme. Text from the data is only ever set
 * with textContent. Builds DOM nodes in memory; mountMapImage attaches one off-screen for export.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { airlineColor } from '../charts/airlineColors';
import type { CalendarDate } from '../data/calendarDate';
import type { AirportRow, FlightRow } from '../data/rows';
import { handleGapAt, layoutArcs, paddedBounds, validPoint, type LatLngTuple, type LatLon } from './arcGeometry';
import { arcStrokes } from './arcStyle';
import { BASEMAP_CREDIT, namedCountries, type BasemapFeature } from './basemapAsset';
import { loadBasemap } from './loadBasemap';
import { airportName, handleName, mapImageLabel } from './serviceNames';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface MapImageInput {
  /** Every service: arcs are laid out over all of them, as on the map, so each keeps its place. */
  flights: readonly FlightRow[];
  /** The services to draw (the time window's). */
  shown: readonly FlightRow[];
  airports: readonly AirportRow[];
  /** Country outlines; null draws the map without them. */
  basemap: readonly BasemapFeature[] | null;
  today: CalendarDate;
  /** The selection, emphasised as on the map. */
  service?: string | null;
  airport?: string | null;
  /** Width in px; the height follows the region's shape. */
  width?: number;
  /**
   * The region the reader's map shows, once they have moved it ([[south, west], [north, east]]): the
   * image shows the same. Absent or null: the airports, as the map opens on them.
   */
  region?: [LatLngTuple, LatLngTuple] | null;
}

/** The region the map opens on when no airport is known: about 20°E–90°E, 0°N–55°N. */
const DEFAULT_VIEW: [LatLngTuple, LatLngTuple] = [
  [0, 20],
  [55, 90],
];
const PAD = 8;
// Fallbacks (the light theme's) only matter if the map's stylesheet (mapTheme.css) has not loaded.
const HEIGHT = { min: 320, max: 900 } as const;

type Style = Record<string, string | number>;

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  style: Style = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    element.setAttribute(name, typeof value === 'number' ? String(Math.round(value * 100) / 100) : value);
  }
  // Colours go in the style attribute: var() is valid there (not in presentation attributes).
  const css = Object.entries(style)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
  if (css) element.setAttribute('style', css);
  return element;
}

function withText<E extends Element>(element: E, text: string): E {
  element.textContent = text;
  return element;
}

/**
 * A Mercator projection fitted to `view` ([[south, west], [north, east]]) at `width`, and the height.
 * `exact`: the view is a box the reader saw (a moved map's), drawn edge to edge at its own shape; else
 * the view is padded, and the height kept within HEIGHT.
 */
function fitted(
  view: [LatLngTuple, LatLngTuple],
  width: number,
  exact = false,
): { projection: GeoProjection; height: number } {
  const [[south, west], [north, east]] = view;
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const unit = geoMercator().scale(1).translate([0, 0]);
  const a = unit([west, south]) ?? [0, 0];
  const b = unit([east, north]) ?? [1, 1];
  const ratio = Math.abs(b[1] - a[1]) / Math.max(1e-9, Math.abs(b[0] - a[0]));
  const pad = exact ? 0 : PAD;
  const shaped = (width - 2 * pad) * ratio + 2 * pad;
  const height = Math.round(exact ? shaped : Math.min(HEIGHT.max, Math.max(HEIGHT.min, shaped)));
  const projection = geoMercator()
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      corners,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, height };
}

/** An SVG path through the points (Leaflet's [lat, lng] order), projected; '' when none projects. */
function linePath(projection: GeoProjection, latlngs: readonly LatLngTuple[]): string {
  const points = latlngs
    .map(([lat, lon]) => projection([lon, lat]))
    .filter((p): p is [number, number] => p !== null && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (points.length === 0) return '';
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`).join('');
}

/** The map's vector layers as an `<svg role="group">`, each arc and airport carrying its data-row-id. */
export function buildMapSvg(input: MapImageInput): SVGSVGElement {
  const { flights, shown, airports, basemap, today } = input;
  const service = input.service ?? null;
  const airport = input.airport ?? null;
  const width = Math.max(200, Math.round(input.width ?? 800));
  const places = airports.filter(validPoint);
  const positions = new Map<string, LatLon>(places.map((a) => [a.id, { lat: a.lat, lon: a.lon }]));
  const view = input.region ?? paddedBounds([...positions.values()], 0.2) ?? DEFAULT_VIEW;
  const { projection, height } = fitted(view, width, Boolean(input.region));
  const named = namedCountries(basemap);
  // Placed as on the screen's maps: off the airports, and off the country names written below.
  const arcs = layoutArcs(flights, positions, handleGapAt(projection.scale()), named);
  const drawn = shown.filter((row) => arcs.has(row.id));
  const path = geoPath(projection);

  // Clipped to its box: a moved map's region leaves airports and arcs past its edges, as on the page.
  const svg = el('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    overflow: 'hidden',
    role: 'group',
    class: 'map-image',
  });
  svg.setAttribute('aria-label', mapImageLabel(drawn, airports));
  svg.append(el('rect', { class: 'map-sea', width, height }, { fill: 'var(--map-sea, #e4edf4)' }));

  const countries = el('g', { class: 'map-countries', 'stroke-linejoin': 'round' });
  for (const feature of basemap ?? []) {
    const d = path(feature);
    if (!d || d.includes('NaN')) continue;
    const strong = feature.properties.emphasis;
    const outline = el(
      'path',
      {
        class: strong ? 'basemap-country basemap-emphasis' : 'basemap-country',
        d,
        'stroke-width': strong ? 1.5 : 0.75,
      },
      {
        fill: strong ? 'var(--map-emphasis, #ebe5d6)' : 'var(--map-land, #f4f2ec)',
        stroke: strong ? 'var(--map-emphasis-border, #6e6350)' : 'var(--map-border, #c3bcaa)',
      },
    );
    countries.append(outline);
  }
  svg.append(countries);

  const names = el('g', { class: 'map-country-labels', 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 700 });
  for (const country of named) {
    const at = projection([country.lon, country.lat]);
    if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) continue;
    const text = el(
      'text',
      { x: at[0], y: at[1], dy: '0.35em', 'letter-spacing': 1.5, 'stroke-width': 3 },
      { fill: 'var(--map-label, #3b3226)', stroke: 'var(--map-emphasis, #ebe5d6)', 'paint-order': 'stroke' },
    );
    names.append(withText(text, country.name.toUpperCase()));
  }
  svg.append(names);

  const lines = el('g', { class: 'map-arcs', fill: 'none', 'stroke-linejoin': 'round' });
  const handles = el('g', { class: 'map-handles', 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700 });
  // The selected arc is drawn last, on top, as on the map.
  const ordered = drawn
    .map((row) => ({ row, strokes: arcStrokes(row, today, service, airport) }))
    .sort((p, q) => Number(p.strokes.selected) - Number(q.strokes.selected));
  for (const { row, strokes } of ordered) {
    const geometry = arcs.get(row.id);
    if (!geometry) continue;
    const color = airlineColor(row.airlineCode);
    const d = linePath(projection, geometry.latlngs);
    if (!d) continue;
    const stroke = (className: string, w: number, paint: string) =>
      el(
        'path',
        {
          class: className,
          d,
          'stroke-width': w,
          'stroke-linecap': 'butt',
          ...(strokes.dashArray ? { 'stroke-dasharray': strokes.dashArray } : {}),
        },
        { stroke: paint, ...(strokes.opacity !== 1 ? { opacity: strokes.opacity } : {}) },
      );
    const arc = stroke('map-arc', strokes.outer, color);
    arc.setAttribute('data-row-id', row.id);
    arc.append(withText(el('title'), handleName(row, airports)));
    lines.append(arc);
    // The inner stroke in the land colour turns the line into two rails: a one-stop service.
    if (strokes.inner !== null) lines.append(stroke('map-arc-inner', strokes.inner, 'var(--map-hollow, #ffffff)'));

    const at = projection([geometry.handle[1], geometry.handle[0]]);
    if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) continue;
    const handle = el('g', { class: 'map-handle', transform: `translate(${at[0].toFixed(2)},${at[1].toFixed(2)})` });
    handle.append(
      el('circle', { r: 10.5, 'stroke-width': 3 }, { fill: 'var(--surface)', stroke: color }),
      withText(
        el('text', { dy: '0.35em' }, { fill: 'var(--text)' }),
        row.weeklyFrequency === null ? '?' : String(row.weeklyFrequency),
      ),
    );
    handles.append(handle);
  }
  svg.append(lines, handles);

  const markers = el('g', { class: 'map-airports', 'font-size': 13 });
  for (const a of places) {
    const at = projection([a.lon, a.lat]);
    if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) continue;
    const services = drawn.filter((r) => r.origin === a.id || r.destination === a.id).length;
    const chosen = airport === a.id;
    const marker = el('g', {
      class: 'map-airport',
      'data-row-id': a.id,
      transform: `translate(${at[0].toFixed(2)},${at[1].toFixed(2)})`,
    });
    marker.append(
      withText(el('title'), airportName(a, services)),
      el(
        'circle',
        { r: 7, 'stroke-width': 4 },
        { fill: chosen ? 'var(--focus)' : 'var(--text)', stroke: 'var(--surface)' },
      ),
      el('circle', { r: 9, 'stroke-width': 1, fill: 'none' }, { stroke: chosen ? 'var(--focus)' : 'var(--text)' }),
    );
    const label = el(
      'text',
      { x: 13, dy: '0.35em', 'stroke-width': 4, 'stroke-linejoin': 'round' },
      { fill: 'var(--text)', stroke: 'var(--surface)', 'paint-order': 'stroke' },
    );
    const city = withText(el('tspan', { 'font-weight': 600 }), a.city);
    const code = withText(el('tspan', { 'font-weight': 400 }), ` ${a.id}`);
    label.append(city, code);
    marker.append(label);
    markers.append(marker);
  }
  svg.append(markers);
  return svg;
}

/**
 * The map image built and attached off-screen (exportSvg reads computed styles, which need the
 * document), with the basemap fetched by the map's own loader; `remove` takes it away again.
 * `credits` names what it draws beyond the rows (the outlines, when they could be read), and `airports`
 * the airport rows it places (those with a position), whose sources the image names.
 */
export async function mountMapImage(
  input: Omit<MapImageInput, 'basemap'>,
  base: string = document.baseURI,
): Promise<{ svg: SVGSVGElement; remove: () => void; credits: string[]; airports: AirportRow[] }> {
  const basemap = await loadBasemap(base);
  const svg = buildMapSvg({ ...input, basemap });
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position: absolute; left: -100000px; top: 0; width: 0; height: 0; overflow: hidden;';
  holder.append(svg);
  document.body.append(holder);
  return {
    svg,
    remove: () => holder.remove(),
    credits: basemap ? [BASEMAP_CREDIT] : [],
    airports: input.airports.filter(validPoint),
  };
}

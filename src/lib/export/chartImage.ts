/**
 * A chart as an image that stands on its own: the chart SVG(s) cloned with every colour and class style
 * made concrete for one theme (inlineStyles.ts), framed by a title, a subtitle, the legend and a footer
 * with the source and the permalink (drawn as a PNG by svgToPng.ts). Text is only ever set through DOM APIs.
 */
import { inlineStyles, normaliseColour, resolveVars } from './inlineStyles';

export interface ImageMeta {
  title: string;
  /** e.g. "Pakistan–Azerbaijan, 2010–2020, nominal US$". */
  subtitle: string;
  sourceLine: string;
  permalink: string;
  /** The chart's legend as shown beside it (each entry's small SVG swatch and its text), drawn under the chart(s). */
  legend?: LegendEntry[];
  /**
   * The panel's notes on what the chart cannot show (gaps, conflicting sources, figures left out), drawn
   * under the legend: an image passed on alone keeps them.
   */
  notes?: string[];
}

export interface LegendEntry {
  swatch: SVGSVGElement;
  label: string;
}

export type ImageTheme = 'light' | 'dark';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Sizes in px. Text is measured with a canvas where there is one (see textMeasure), so nothing is clipped. */
const LAYOUT = {
  pad: 20,
  gap: 12,
  minWidth: 360,
  title: 18,
  subtitle: 13,
  caption: 12,
  footer: 11,
  lineHeight: 1.3,
  charWidth: 0.6,
} as const;

interface Palette {
  surface: string;
  text: string;
  muted: string;
  link: string;
  font: string;
}

/** A chart ready to place: its drawing reaches from (x0, y0) to (x1, y1) in its own units. */
interface Chart {
  node: SVGSVGElement;
  label: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Lines at most `maxWidth` wide (as `width` measures a text; by default in characters), broken at
 * spaces, words longer than a line (URLs) broken anywhere; past `maxLines` the last line ends with
 * '…'. A line broken at a space keeps that space at its end, so the SVG's text content still reads as
 * the original text.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  width: (line: string) => number = (line) => line.length,
): string[] {
  const fits = (line: string) => width(line) <= maxWidth;
  /** The most characters of `rest` that fit a line (one at least, so that every line takes some). */
  const longestFit = (rest: string) => {
    let low = 1;
    let high = rest.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(rest.slice(0, mid))) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    let rest = word;
    let first = true;
    while (rest) {
      const piece = rest.slice(0, fits(rest) ? rest.length : longestFit(rest));
      rest = rest.slice(piece.length);
      const last = lines.length - 1;
      const current = lines[last];
      if (first && current !== undefined && fits(`${current} ${piece}`)) {
        lines[last] = `${current} ${piece}`;
      } else {
        if (first && current !== undefined) lines[last] = `${current} `;
        lines.push(piece);
      }
      first = false;
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let end = (kept[maxLines - 1] ?? '').trimEnd();
  while (end && !fits(`${end}…`)) end = end.slice(0, -1);
  kept[maxLines - 1] = `${end}…`;
  return kept;
}

/** How wide a text is drawn, in px, at a font size and weight. */
type Measure = (text: string, size: number, weight: number) => number;

/**
 * The browser's own measure of the image's font (the PNG is drawn by the same browser, with the same
 * fonts), with 5% to spare for an SVG opened where the font differs a little. Without a canvas (jsdom),
 * an estimate of `LAYOUT.charWidth` em per character: generous for most text, but not for a run of
 * wide letters, which is why the page measures (a long permalink's 'embassy+embassy…' overran it).
 */
function textMeasure(font: string): Measure {
  const context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context) return (text, size) => text.length * size * LAYOUT.charWidth;
  return (text, size, weight) => {
    context.font = `${weight} ${size}px ${font}`;
    return context.measureText(text).width * 1.05;
  };
}

/**
 * Runs `read` while the document root carries `theme`. The colour tokens are declared on
 * `:root[data-theme=…]`, which no detached or hidden probe element can match, so the root itself is
 * switched for one synchronous read: no frame is painted in between (and chart elements have no CSS
 * transitions that could report a half-way value), and the old value is restored even if `read` throws.
 */
function withTheme<T>(theme: ImageTheme, read: () => T): T {
  const root = document.documentElement;
  const previous = root.getAttribute('data-theme');
  root.setAttribute('data-theme', theme);
  try {
    return read();
  } finally {
    if (previous === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', previous);
  }
}

function readPalette(theme: ImageTheme): Palette {
  const root = getComputedStyle(document.documentElement);
  // Fallbacks only matter without the app's stylesheet (e.g. in tests).
  const token = (name: string, fallback: string) =>
    normaliseColour(resolveVars(`var(${name})`, (n) => root.getPropertyValue(n)) || fallback);
  const dark = theme === 'dark';
  return {
    surface: token('--surface', dark ? '#000000' : '#ffffff'),
    text: token('--text', dark ? '#ffffff' : '#000000'),
    muted: token('--muted', dark ? '#c0c0c0' : '#505050'),
    link: token('--link', dark ? '#8cc8ff' : '#0050a8'),
    font: getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif',
  };
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}) {
  const element = document.createElementNS(SVG_NS, tag);
  // Layout arithmetic leaves float noise (58.400000000000006); a hundredth of a px is plenty.
  for (const [name, value] of Object.entries(attrs)) {
    element.setAttribute(name, typeof value === 'number' ? String(Math.round(value * 100) / 100) : value);
  }
  return element;
}

function textChild(parent: Element, tag: 'title' | 'desc', text: string): void {
  const element = svgElement(tag);
  element.textContent = text;
  parent.prepend(element);
}

/** Drops what only makes sense on the page: focus rings, Tab stops, handlers, Svelte's anchors and class hashes. */
function stripInteraction(root: SVGSVGElement): void {
  root.querySelectorAll('.focus-ring, .hover-ring, .hit-area, .ring').forEach((ring) => ring.remove());
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const label = element.getAttribute('aria-label');
    // A mark's accessible name survives as a native tooltip in SVG viewers.
    if (element.getAttribute('role') === 'button' && label) {
      textChild(element, 'title', label);
      element.removeAttribute('aria-label');
    }
    for (const { name } of [...element.attributes]) {
      if (name === 'tabindex' || name === 'aria-pressed' || name === 'role' || name.startsWith('on')) {
        element.removeAttribute(name);
      }
    }
    const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !c.startsWith('svelte-'));
    if (classes.length > 0) element.setAttribute('class', classes.join(' '));
    else element.removeAttribute('class');
  }
}

/** What the chart draws, in its own units; null without layout (jsdom) or when it is not rendered. */
function drawnBox(svg: SVGSVGElement): DOMRect | null {
  try {
    return typeof svg.getBBox === 'function' ? svg.getBBox() : null;
  } catch {
    return null;
  }
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const [, , boxWidth, boxHeight] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (boxWidth && boxHeight && boxWidth > 0 && boxHeight > 0) return { width: boxWidth, height: boxHeight };
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = svg.getBoundingClientRect();
  return { width: box.width, height: box.height };
}

function standaloneChart(source: SVGSVGElement): Chart {
  // cloneNode keeps the element's type; the DOM typings only promise a Node.
  const node = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, node, null);
  const label = source.getAttribute('aria-label') ?? '';
  stripInteraction(node);
  node.removeAttribute('aria-label');
  if (label) textChild(node, 'desc', label);
  // The page lets charts draw into their margins (overflow: visible); a nested <svg> would clip. A
  // drawing that clips itself (the map's, whose moved view leaves airports and arcs past its edges)
  // keeps its box.
  const clipped = source.getAttribute('overflow') === 'hidden';
  node.setAttribute('overflow', clipped ? 'hidden' : 'visible');
  const { width, height } = chartSize(source);
  // Grown by what spills past the box (an event label near the edge), so the image does not cut it off.
  const box = clipped ? null : drawnBox(source);
  const spill = 2;
  return {
    node,
    label,
    x0: Math.min(0, box ? box.x - spill : 0),
    y0: Math.min(0, box ? box.y - spill : 0),
    x1: Math.max(width, box ? box.x + box.width + spill : 0),
    y1: Math.max(height, box ? box.y + box.height + spill : 0),
  };
}

/** Lines of text whose first line's top is at `top`; returns where the block ends. */
function textBlock(parent: Element, lines: string[], x: number, top: number, size: number, fill: string, weight = 400) {
  const text = svgElement('text', { x, y: top + size, fill, 'font-size': size, 'font-weight': weight });
  lines.forEach((line, i) => {
    const span = svgElement('tspan', { x, dy: i === 0 ? 0 : size * LAYOUT.lineHeight });
    span.textContent = line;
    text.append(span);
  });
  parent.append(text);
  return top + lines.length * size * LAYOUT.lineHeight;
}

/** Writes `text` wrapped to the image's inner width at its left edge; returns where the lines end. */
type Writer = (text: string, top: number, size: number, fill: string, maxLines: number, weight?: number) => number;

function writer(parent: Element, inner: number, measure: Measure): Writer {
  return (text, top, size, fill, maxLines, weight = 400) =>
    textBlock(
      parent,
      wrapText(text, inner, maxLines, (line) => measure(line, size, weight)),
      LAYOUT.pad,
      top,
      size,
      fill,
      weight,
    );
}

/** Places the charts one under another from `top`; returns where the last one ends. */
function placeCharts(root: SVGSVGElement, charts: Chart[], top: number, write: Writer, palette: Palette): number {
  let y = top;
  for (const chart of charts) {
    // Stacked charts (the two mirror charts) are told apart by their own title: the label's first sentence.
    if (charts.length > 1) y = write(chart.label.split('. ')[0] ?? '', y, LAYOUT.caption, palette.text, 2, 600) + 4;
    chart.node.setAttribute('x', String(Math.round(LAYOUT.pad - chart.x0)));
    chart.node.setAttribute('y', String(Math.round(y - chart.y0)));
    root.append(chart.node);
    y += chart.y1 - chart.y0 + LAYOUT.gap;
  }
  return y;
}

/** The legend entries one per line (in a group of their own), each swatch (its colours made concrete) beside its text; returns where they end. */
function placeLegend(
  root: SVGSVGElement,
  entries: LegendEntry[],
  top: number,
  inner: number,
  palette: Palette,
  measure: Measure,
): number {
  const { pad, caption, lineHeight } = LAYOUT;
  const textLeft = pad + 38;
  const group = svgElement('g', { class: 'legend' });
  if (entries.length > 0) root.append(group);
  let y = top;
  for (const { swatch, label } of entries) {
    const node = swatch.cloneNode(true) as SVGSVGElement;
    inlineStyles(swatch, node, null);
    stripInteraction(node);
    node.removeAttribute('aria-hidden');
    const { width, height } = chartSize(swatch);
    node.setAttribute('x', String(pad));
    node.setAttribute('y', String(Math.round(y)));
    node.setAttribute('width', String(width));
    node.setAttribute('height', String(height));
    node.setAttribute('overflow', 'visible');
    group.append(node);
    const lines = wrapText(label, inner - (textLeft - pad), 3, (line) => measure(line, caption, 400));
    const end = textBlock(
      group,
      lines,
      textLeft,
      y + Math.max(0, (height - caption * lineHeight) / 2),
      caption,
      palette.text,
    );
    y = Math.max(y + height, end) + 4;
  }
  return entries.length > 0 ? y + LAYOUT.gap - 4 : y;
}

/** Each note, wrapped, in a group of their own; returns where they end. */
function placeNotes(
  root: SVGSVGElement,
  notes: string[],
  top: number,
  inner: number,
  palette: Palette,
  measure: Measure,
): number {
  if (notes.length === 0) return top;
  const group = svgElement('g', { class: 'notes' });
  root.append(group);
  const write = writer(group, inner, measure);
  let y = top;
  for (const note of notes) y = write(note, y, LAYOUT.caption, palette.text, 8) + 6;
  return y + LAYOUT.gap - 6;
}

/** The source line, then the permalink (a link only when it is http(s)); returns where they end. */
function writeFooter(
  root: SVGSVGElement,
  meta: ImageMeta,
  top: number,
  inner: number,
  palette: Palette,
  measure: Measure,
): number {
  const y = writer(root, inner, measure)(meta.sourceLine, top, LAYOUT.footer, palette.muted, 5);
  const link = /^https?:\/\//i.test(meta.permalink) ? svgElement('a', { href: meta.permalink }) : root;
  if (link !== root) root.append(link);
  // Never cut: the link is the way back to the view, and the one place a PNG's reader finds it.
  return writer(link, inner, measure)(meta.permalink, y + 2, LAYOUT.footer, palette.link, Infinity);
}

function compose(charts: Chart[], meta: ImageMeta, palette: Palette): SVGSVGElement {
  const { pad, gap } = LAYOUT;
  const width = Math.ceil(Math.max(LAYOUT.minWidth, ...charts.map((c) => c.x1 - c.x0)) + 2 * pad);
  const inner = width - 2 * pad;
  const root = svgElement('svg', { width, 'font-family': palette.font });
  const background = svgElement('rect', { width, fill: palette.surface });
  root.append(background);
  const measure = textMeasure(palette.font);
  const write = writer(root, inner, measure);

  let y = write(meta.title, pad, LAYOUT.title, palette.text, 2, 700);
  // The view in words (window, filters, search, selection): up to four lines, so a narrow image keeps them.
  y = write(meta.subtitle, y + 2, LAYOUT.subtitle, palette.muted, 4) + gap;
  y = placeCharts(root, charts, y, write, palette);
  y = placeLegend(root, meta.legend ?? [], y, inner, palette, measure);
  y = placeNotes(root, meta.notes ?? [], y, inner, palette, measure);
  const height = Math.ceil(writeFooter(root, meta, y, inner, palette, measure) + pad);

  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  textChild(root, 'desc', meta.subtitle);
  textChild(root, 'title', meta.title);
  return root;
}

/**
 * A standalone SVG document of the chart(s) in `source` (several are stacked), for `theme`, framed by
 * the title, subtitle, source line and permalink in `meta`. Keeps each mark's `data-row-id`.
 */
export function exportSvg(source: SVGSVGElement | SVGSVGElement[], meta: ImageMeta, theme: ImageTheme): string {
  const sources = Array.isArray(source) ? source : [source];
  const root = withTheme(theme, () => compose(sources.map(standaloneChart), meta, readPalette(theme)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** What a tooltip shows for one mark: a title, labelled values, and the row's sources. */
export interface TooltipContent {
  title: string;
  rows: [string, string][];
  sourceNames: string[];
  sourceUrls: string[];
  /** The row's note (a quote, a conflict, a caveat): a few lines while it only shows, whole once pinned. */
  note?: string;
}

export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'span';

/**
 * One mark for one data row. `x` is a position on the time axis (UTC ms); a `span` also has x0/x1,
 * the period it covers. `dx` separates marks that share a period (conflicting figures), in pixels.
 */
export interface ChartMark {
  id: string;
  x: number;
  x0?: number;
  x1?: number;
  y: number;
  color: string;
  hollow: boolean;
  dashed?: boolean;
  shape: MarkShape;
  /** Accessible name: value, period, reporter, dataset and source, in words. */
  label: string;
  /** Short text drawn beside a span (e.g. 'FY2020-21'). */
  spanLabel?: string;
  tooltip: TooltipContent;
  dx?: number;
}

const offsetCopies = new WeakMap<ChartMark, Map<number, ChartMark>>();
/**
 * `mark` at horizontal offset `dx`: the same object each time for the same mark and offset, so a
 * redraw can tell it has not changed (and no copy handed out is ever changed afterwards).
 */
function atOffset(mark: ChartMark, dx: number): ChartMark {
  if (mark.dx === dx) return mark;
  let copies = offsetCopies.get(mark);
  if (!copies) offsetCopies.set(mark, (copies = new Map()));
  let copy = copies.get(dx);
  if (!copy) copies.set(dx, (copy = { ...mark, dx }));
  return copy;
}

/**
 * Gives marks that share a position a small horizontal offset each, centred on the shared
 * position, so conflicting figures for one period are all visible. Pure; keeps input order.
 */
export function dodge(
  marks: readonly ChartMark[],
  step = 8,
  movable: (m: ChartMark) => boolean = () => true,
): ChartMark[] {
  const groups = new Map<string, number[]>();
  marks.forEach((mark, index) => {
    if (!movable(mark)) return;
    const key = `${mark.shape === 'span' ? `${mark.x0}-${mark.x1}` : mark.x}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const offsets = marks.map(() => 0);
  for (const indices of groups.values()) {
    if (indices.length < 2) continue;
    indices.forEach((index, i) => (offsets[index] = (i - (indices.length - 1) / 2) * step));
  }
  return marks.map((mark, index) => atOffset(mark, offsets[index] ?? 0));
}

/** A point mark's drawn centre, in pixels. */
export interface PlacedPoint {
  id: string;
  px: number;
  py: number;
}

/**
 * Pixel offsets that move apart point marks drawn on top of one another: marks in one column (the
 * same `px`) whose centres are less than `gap` pixels apart vertically (e.g. two datasets' near-equal
 * figures for one year, each on its own line) are spread side by side, `step` pixels apart and centred
 * on the column, in the order they are given (so a dataset keeps its side from year to year), and
 * closer together where needed so that a group spans at most `maxSpread`. Only marks that overlap
 * move. Pure; ids absent from the result keep their place.
 */
export function separateOverlaps(
  points: readonly PlacedPoint[],
  gap = 12,
  step = 11,
  maxSpread = Infinity,
): Map<string, number> {
  const columns = new Map<number, number[]>();
  points.forEach((p, index) => {
    const key = Math.round(p.px * 2);
    const column = columns.get(key);
    if (column) column.push(index);
    else columns.set(key, [index]);
  });
  const offsets = new Map<string, number>();
  const spread = (cluster: number[]) => {
    if (cluster.length < 2) return;
    // However many marks, the group is never wider than `maxSpread` from its first to its last.
    const gapBetween = Math.min(step, maxSpread / (cluster.length - 1));
    [...cluster]
      .sort((a, b) => a - b)
      .forEach((index, i) => offsets.set(points[index]?.id ?? '', (i - (cluster.length - 1) / 2) * gapBetween));
  };
  for (const column of columns.values()) {
    if (column.length < 2) continue;
    const byHeight = [...column].sort((a, b) => (points[a]?.py ?? 0) - (points[b]?.py ?? 0));
    let cluster: number[] = [];
    for (const index of byHeight) {
      const last = cluster[cluster.length - 1];
      if (last !== undefined && (points[index]?.py ?? 0) - (points[last]?.py ?? 0) >= gap) {
        spread(cluster);
        cluster = [];
      }
      cluster.push(index);
    }
    spread(cluster);
  }
  return offsets;
}

/** Where a mark can be pointed at: its symbol's centre (`x0` = `x1`), or a span's bar from `x0` to `x1`. */
export interface MarkTarget {
  mark: ChartMark;
  x0: number;
  x1: number;
  y: number;
}

/**
 * The mark nearest to a point (pixels), if one lies within `radius`: the pointer need not be on a
 * mark's few pixels, and of marks drawn close together each is the nearest somewhere. Ties go to the
 * mark drawn last (on top).
 */
export function nearestMark(
  targets: readonly MarkTarget[],
  x: number,
  y: number,
  radius: number,
): ChartMark | undefined {
  let best: ChartMark | undefined;
  let bestDistance = radius * radius;
  for (const t of targets) {
    const dx = x < t.x0 ? t.x0 - x : x > t.x1 ? x - t.x1 : 0;
    const dy = y - t.y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = t.mark;
      bestDistance = distance;
    }
  }
  return best;
}

/** One position of a band between two values (e.g. two reporters' figures for one year). */
export interface BandPoint {
  x: number;
  y0: number;
  y1: number;
}

/** One legend entry: a swatch (line, dashed line, mark shape and/or band) and what it means. */
export interface LegendItem {
  label: string;
  color: string;
  line?: 'solid' | 'dashed';
  shape?: MarkShape;
  hollow?: boolean;
  dashed?: boolean;
  band?: boolean;
}

/** A text label's box in pixels (x is its centre, y its baseline). */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes (centred on x and y) overlap. */
function overlap(a: LabelBox, b: LabelBox): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

/**
 * Which labels to draw so that none overlaps another, covers a mark other than its own (`glyphs[i]`
 * is label i's own mark), or runs past the chart's sides (0 to `width`): greedy, in the given order
 * (earlier labels win). Labels left out still have their text in the mark's tooltip and accessible name.
 */
export function placeLabels(boxes: readonly LabelBox[], glyphs: readonly LabelBox[] = [], width = Infinity): boolean[] {
  const placed: LabelBox[] = [];
  return boxes.map((b, i) => {
    const own = glyphs[i];
    const fits = b.x - b.width / 2 >= 0 && b.x + b.width / 2 <= width;
    const clash = !fits || placed.some((p) => overlap(p, b)) || glyphs.some((g) => g !== own && overlap(g, b));
    if (!clash) placed.push(b);
    return !clash;
  });
}

/** A vertical rule at a time position (the selected event), with its label. */
export interface Rule {
  x: number;
  label: string;
}

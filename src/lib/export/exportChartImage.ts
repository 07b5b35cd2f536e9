import { exportSvg, type ImageMeta, type LegendEntry } from './chartImage';
import { svgToPng } from './svgToPng';
import { downloadBlob } from './download';

export interface ImageFile extends ImageMeta {
  /** The file's name without its extension: the view's (viewFileBase), as its CSV's zip is named. */
  fileName: string;
}

/** The theme the reader sees now: the page's override, or the system's when it follows the system. */
export function effectiveTheme(): 'light' | 'dark' {
  const forced = document.documentElement.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The legend shown with a panel's chart (`.legend` list items that carry a swatch), for the image. */
export function panelLegend(panel: Element | null): LegendEntry[] {
  if (!panel) return [];
  return [...panel.querySelectorAll('.legend li')].flatMap((item) => {
    const swatch = item.querySelector('svg');
    // The words beside the swatch (a swatch may hold text of its own, such as the map's handle).
    const words = [...item.childNodes].filter((node) => node !== swatch).map((node) => node.textContent ?? '');
    const label = words.join('').replace(/\s+/g, ' ').trim();
    return swatch && label ? [{ swatch, label }] : [];
  });
}

/** The notes a panel shows on what its chart cannot (`.caveat`: gaps, conflicts, figures left out), as plain text. */
export function panelNotes(panel: Element | null): string[] {
  if (!panel) return [];
  return [...panel.querySelectorAll('.caveat')]
    .map((note) => (note.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Downloads a panel's chart(s) as a standalone SVG or a 2x PNG, titled, sourced and linked. */
export async function exportChartImage(svgs: SVGSVGElement[], format: 'png' | 'svg', meta: ImageFile): Promise<void> {
  const svg = exportSvg(svgs, meta, effectiveTheme());
  if (format === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${meta.fileName}.svg`);
  else downloadBlob(await svgToPng(svg, 2), `${meta.fileName}.png`);
}

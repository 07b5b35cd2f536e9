import { exportSvg, svgToPng } from './chartImage';
import { downloadBlob } from './download';

export interface ImageMeta {
  title: string;
  subtitle: string;
  sourceLine: string;
  permalink: string;
  /** File name without extension or prefix, e.g. 'trade_2010-2020_mirror'. */
  fileBase: string;
}

/** The theme the reader sees now: the page's override, or the system's when it follows the system. */
export function effectiveTheme(): 'light' | 'dark' {
  const forced = document.documentElement.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Downloads a panel's chart(s) as a standalone SVG or a 2x PNG, titled, sourced and linked. */
export async function exportChartImage(svgs: SVGSVGElement[], format: 'png' | 'svg', meta: ImageMeta): Promise<void> {
  const svg = exportSvg(svgs, meta, effectiveTheme());
  const name = `pak-aze-${meta.fileBase}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  if (format === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
  else downloadBlob(await svgToPng(svg, 2), `${name}.png`);
}

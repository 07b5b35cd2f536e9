/** One colour per airline (CSS custom properties themed in app.css), shared by the timeline and the map. */
export function airlineColor(code: string): string {
  return ['PK', 'J2', 'TK'].includes(code) ? `var(--c-airline-${code.toLowerCase()})` : 'var(--c-turnover)';
}

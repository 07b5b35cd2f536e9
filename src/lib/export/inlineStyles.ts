/**
 * A cloned SVG made to look the same outside the page: every colour and class style that CSS gives the
 * source written onto the clone, with custom properties (var(--x)) resolved for the current theme.
 */

export type Lookup = (customProperty: string) => string;
type ResolvedStyle = Map<string, string>;

/** Inherited presentation properties that CSS classes may set: written only where they change. */
const INHERITED = [
  'color',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;
/** Non-inherited ones, with their initial values: written only where they differ from those. */
const NOT_INHERITED: Record<string, string> = { opacity: '1' };

const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g;

/** `value` with every `var(--x, fallback)` replaced by the property's value, else its fallback, else ''. */
export function resolveVars(value: string, lookup: Lookup): string {
  let out = value;
  // A fallback may itself hold var(); a few rounds settle it, and a cycle ends as ''.
  for (let round = 0; round < 8 && out.includes('var('); round++) {
    out = out.replace(VAR, (_, name: string, fallback?: string) => lookup(name).trim() || fallback?.trim() || '');
  }
  return out.includes('var(') ? '' : out.trim();
}

/** `rgb()` as hex, and fully transparent paint as `none`, so older SVG renderers read the colours too. */
export function normaliseColour(value: string): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (!match) return value;
  if (match[4] !== undefined && Number(match[4]) === 0) return 'none';
  if (match[4] !== undefined && Number(match[4]) < 1) return value;
  const hex = match.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0'));
  return `#${hex.join('')}`;
}

function resolveAttributeVars(element: Element, lookup: Lookup): void {
  for (const { name, value } of [...element.attributes]) {
    if (!value.includes('var(')) continue;
    const resolved = resolveVars(value, lookup);
    // An unresolvable value is invalid in the page too, where it falls back to inherited/initial.
    if (resolved === '') element.removeAttribute(name);
    else element.setAttribute(name, resolved);
  }
}

function resolvedStyle(computed: CSSStyleDeclaration, lookup: Lookup): ResolvedStyle {
  const names = [...INHERITED, ...Object.keys(NOT_INHERITED)];
  return new Map(names.map((name) => [name, normaliseColour(resolveVars(computed.getPropertyValue(name), lookup))]));
}

function writeStyle(element: Element, own: ResolvedStyle, parent: ResolvedStyle | null): void {
  if (!(element instanceof SVGElement)) return;
  for (const name of INHERITED) {
    const value = own.get(name);
    if (value && (parent === null || parent.get(name) !== value)) element.style.setProperty(name, value);
  }
  for (const [name, initial] of Object.entries(NOT_INHERITED)) {
    const value = own.get(name);
    if (value && value !== initial) element.style.setProperty(name, value);
  }
}

/** Copies what CSS gives `source` (and its subtree) onto the same-shaped `clone`, for the current theme. */
export function inlineStyles(source: Element, clone: Element, parent: ResolvedStyle | null): void {
  const computed = getComputedStyle(source);
  const lookup: Lookup = (name) => computed.getPropertyValue(name);
  resolveAttributeVars(clone, lookup);
  const own = resolvedStyle(computed, lookup);
  writeStyle(clone, own, parent);
  [...source.children].forEach((child, i) => {
    const twin = clone.children[i];
    if (twin) inlineStyles(child, twin, own);
  });
}

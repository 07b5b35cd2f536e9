import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** Custom properties set under a selector (every block with exactly that selector, merged). */
function propertiesOf(css: string, selector: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const block of bare.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selector.test((block[1] ?? '').trim())) continue;
    for (const decl of (block[2] ?? '').matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})/gi))
      found.set(decl[1] ?? '', (decl[2] ?? '').toLowerCase());
  }
  return found;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const app = readFileSync('src/app.css', 'utf8');
const map = readFileSync('src/lib/map/mapTheme.css', 'utf8');
const THEMES = {
  light: /^:root,\s*:root\[data-theme='light'\]$/,
  dark: /^:root\[data-theme='dark'\]$/,
};

describe('map colours (app.css airlines on mapTheme.css basemap)', () => {
  for (const [theme, selector] of Object.entries(THEMES)) {
    const airlines = [...propertiesOf(app, selector)].filter(([name]) => name.startsWith('--c-airline-'));
    const basemap = propertiesOf(map, selector);

    it(`${theme}: every airline colour is at least 3:1 against sea, land and the emphasised countries`, () => {
      expect(airlines.length).toBeGreaterThanOrEqual(3);
      for (const ground of ['--map-sea', '--map-land', '--map-emphasis']) {
        const background = basemap.get(ground);
        expect(background, ground).toBeDefined();
        for (const [name, colour] of airlines) {
          expect(contrast(colour, background ?? '#000000'), `${name} on ${ground}`).toBeGreaterThanOrEqual(3);
        }
      }
    });

    it(`${theme}: country names are at least 4.5:1 against the emphasised countries`, () => {
      expect(contrast(basemap.get('--map-label') ?? '', basemap.get('--map-emphasis') ?? '')).toBeGreaterThanOrEqual(
        4.5,
      );
    });
  }

  it('the system dark theme (auto) uses the same map colours as the dark theme', () => {
    const auto = map.slice(map.indexOf('@media (prefers-color-scheme: dark)'));
    expect(propertiesOf(auto, /^:root\[data-theme='auto'\]$/)).toEqual(propertiesOf(map, THEMES.dark));
  });
});

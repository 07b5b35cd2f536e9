import { describe, expect, it, vi } from 'vitest';
import * as d3 from 'd3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from '../../src/lib/charts/scaleInterpolate';
import * as scaleFormat from '../../src/lib/charts/scaleFormat';
import { Path as LinePath } from '../../src/lib/charts/linePath';
import {
  d3TrimPlugin,
  dropTickFormat,
  markArrayReadsPure,
  markLoadTimePure,
  trimGeo,
} from '../../scripts/d3TrimPlugin';

const SCALE_FILE = '/app/node_modules/d3-scale/dist/d3-scale.mjs';

function hooks() {
  const plugin = d3TrimPlugin();
  const call = (hook: unknown, ...args: unknown[]) =>
    (typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => unknown }).handler).call({}, ...args);
  return {
    resolve: (source: string, importer?: string) => call(plugin.resolveId, source, importer, {}),
    transform: (code: string, id: string) => call(plugin.transform, code, id) as { code: string } | null,
  };
}

describe("the build's number interpolators for d3-scale (scaleInterpolate.ts)", () => {
  it("give D3's own results, for plain, rounded and reversed ranges", () => {
    for (const [a, b] of [
      [0, 552],
      [252, 0],
      [-3.5, 1e9],
      [14_043_809, 14_430_370],
    ] as const) {
      for (const t of [0, 0.1, 1 / 3, 0.5, 0.999, 1, 1.5, -0.2]) {
        expect(interpolateNumber(a, b)(t)).toBe(d3.interpolateNumber(a, b)(t));
        expect(interpolateRound(a, b)(t)).toBe(d3.interpolateRound(a, b)(t));
        expect(interpolate(a, b)(t)).toBe(d3.interpolate(a, b)(t));
      }
    }
  });
  it('place ticks and values exactly where a linear and a log scale with D3 interpolation do', () => {
    const ours = d3.scaleLinear().domain([0, 61_268_381]).range([252, 0]).nice().interpolate(interpolate);
    const theirs = d3.scaleLinear().domain([0, 61_268_381]).range([252, 0]).nice();
    for (const v of [0, 1, 15_413_047, 61_268_381, ...theirs.ticks()]) expect(ours(v)).toBe(theirs(v));
    expect(ours.invert(100)).toBe(theirs.invert(100));
    const log = d3.scaleLog().domain([1000, 1e8]).range([300, 0]).interpolate(interpolate);
    expect(log(14_430_370)).toBe(d3.scaleLog().domain([1000, 1e8]).range([300, 0])(14_430_370));
  });
  it('say at once that anything but a number range is not in the build', () => {
    expect(() => interpolate('red', 'blue')).toThrow(/numbers only \(a range value was string\)/);
    expect(() => piecewise()).toThrow(/no piecewise/);
    expect(() => scaleFormat.format()).toThrow(/tickFormat is not in this build/);
  });
});

describe('d3TrimPlugin', () => {
  it("points d3-scale's d3-interpolate and d3-format at ours, and nobody else's", () => {
    const { resolve } = hooks();
    expect(resolve('d3-interpolate', SCALE_FILE)).toMatch(/src[\\/]lib[\\/]charts[\\/]scaleInterpolate\.ts$/);
    expect(resolve('d3-format', SCALE_FILE)).toMatch(/src[\\/]lib[\\/]charts[\\/]scaleFormat\.ts$/);
    expect(resolve('d3-array', SCALE_FILE)).toBeNull();
    expect(resolve('d3-path', '/app/node_modules/d3-shape/dist/d3-shape.mjs')).toMatch(
      /src[\\/]lib[\\/]charts[\\/]linePath\.ts$/,
    );
    expect(resolve('d3-path', '/app/src/lib/map/mapImage.ts')).toBeNull();
    expect(resolve('d3-path', SCALE_FILE)).toBeNull();
    expect(resolve('d3-interpolate', '/app/node_modules/d3-transition/dist/d3-transition.mjs')).toBeNull();
    expect(resolve('d3-interpolate', '/app/src/lib/charts/ChartFrame.svelte')).toBeNull();
    expect(resolve('d3-interpolate')).toBeNull();
  });
  it("marks d3-shape's curve factories pure, and leaves other files alone", () => {
    const { transform } = hooks();
    const code = 'var cardinal = (function custom(tension) { return 1; })(0);';
    expect(transform(code, '/app/node_modules/d3-shape/dist/d3-shape.mjs')?.code).toBe(
      'var cardinal = /*#__PURE__*/ (function custom(tension) { return 1; })(0);',
    );
    expect(transform(code, '/app/src/lib/charts/LinePath.svelte')).toBeNull();
    expect(transform('export function line() {}', '/app/node_modules/d3-shape/dist/d3-shape.mjs')).toBeNull();
  });
});

describe('d3-shape as the build transforms it (its load-time statements marked pure)', () => {
  const require = createRequire(import.meta.url);
  const shapeFile = require.resolve('d3-shape').replace(/[^\\/]+$/, 'd3-shape.mjs');
  const original = readFileSync(shapeFile, 'utf8');

  it('finds each statement it rewrites in the d3-shape this project installs', () => {
    const { transform } = hooks();
    const out = transform(original, shapeFile)?.code ?? '';
    expect(out).toContain('var curveRadialLinear = /*#__PURE__*/ curveRadial(curveLinear);');
    expect(out).toContain('MonotoneY.prototype = /*#__PURE__*/ (function () {');
    expect(out).toContain('const kr = /*#__PURE__*/ (() => sin(pi / 10) / sin(7 * pi / 10))();');
    expect(out).not.toContain('(MonotoneY.prototype = Object.create');
  });

  it("draws exactly what D3's own module draws: monotone-y and radial curves, the symbols", async () => {
    // The transformed module, run as it is, its one import (d3-path) pointed at the installed file.
    const dir = mkdtempSync(join(tmpdir(), 'd3-trim-'));
    const file = join(dir, 'd3-shape.mjs');
    const pathUrl = pathToFileURL(require.resolve('d3-path').replace(/[^\\/]+$/, 'd3-path.mjs')).href;
    writeFileSync(file, markLoadTimePure(original).replace("from 'd3-path'", `from '${pathUrl}'`));
    const ours = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof d3;
    const points: [number, number][] = [
      [0, 1],
      [2, 3],
      [3, 1.5],
      [5, 8],
      [6, 2],
    ];
    expect(ours.line().curve(ours.curveMonotoneY)(points)).toBe(d3.line().curve(d3.curveMonotoneY)(points));
    expect(ours.line().curve(ours.curveMonotoneX)(points)).toBe(d3.line().curve(d3.curveMonotoneX)(points));
    expect(ours.lineRadial()(points)).toBe(d3.lineRadial()(points));
    for (const [i, type] of d3.symbolsFill.entries()) {
      expect(ours.symbol(ours.symbolsFill[i], 64)()).toBe(d3.symbol(type, 64)());
    }
    for (const [i, type] of d3.symbolsStroke.entries()) {
      expect(ours.symbol(ours.symbolsStroke[i], 64)()).toBe(d3.symbol(type, 64)());
    }
  });
});

describe("the build's path for d3-shape (linePath.ts)", () => {
  const commands = (p: {
    moveTo(x: number, y: number): void;
    lineTo(x: number, y: number): void;
    closePath(): void;
  }) => {
    p.closePath(); // nothing to close yet: writes nothing
    p.moveTo(0, 252);
    p.lineTo(12.3456789, 200.0004999);
    p.lineTo(-3.5e-7, 1e21);
    p.lineTo(640.5, 0.0005);
    p.closePath();
    p.moveTo(Number('7'), 1 / 3);
    p.lineTo(NaN, 2);
  };

  it("writes what d3-path's Path writes, at every precision d3-shape gives it", () => {
    for (const digits of [3, 0, 1, 15, 16, null, undefined]) {
      const ours = new LinePath(digits);
      const theirs = d3.path();
      const d3Path = digits == null ? theirs : d3.pathRound(digits);
      commands(ours);
      commands(d3Path);
      expect(ours.toString()).toBe(d3Path.toString());
      expect([ours._x0, ours._y0, ours._x1, ours._y1]).toEqual([7, 1 / 3, NaN, 2]);
    }
    expect(() => new LinePath(-1)).toThrow('invalid digits: -1');
    expect(() => new LinePath(NaN)).toThrow('invalid digits: NaN');
  });

  it('draws the same lines and areas, with gaps, as D3 with its own path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'd3-trim-'));
    const file = join(dir, 'd3-shape.mjs');
    const ourPath = pathToFileURL(join(process.cwd(), 'src/lib/charts/linePath.ts')).href;
    const shape = readFileSync(
      createRequire(import.meta.url)
        .resolve('d3-shape')
        .replace(/[^\\/]+$/, 'd3-shape.mjs'),
      'utf8',
    );
    writeFileSync(file, shape.replace("from 'd3-path'", `from '${ourPath}'`));
    const ours = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof d3;
    const points: [number, number][] = [
      [0, 10.12345],
      [1.5, NaN],
      [2, 30],
      [3.25, 20.5],
      [4, 1e-9],
    ];
    const defined = (p: [number, number]) => !Number.isNaN(p[1]);
    expect(ours.line().defined(defined)(points)).toBe(d3.line().defined(defined)(points));
    expect(ours.area().defined(defined).y0(100)(points)).toBe(d3.area().defined(defined).y0(100)(points));
    expect(ours.line().digits(1)(points.filter(defined))).toBe(d3.line().digits(1)(points.filter(defined)));
    expect(ours.line()([])).toBe(d3.line()([]));
    // A curve needs what this path leaves out: it says so.
    expect(() => ours.line().curve(ours.curveBasis)(points.filter(defined))).toThrow(/only straight lines/);
  });
});

describe('d3-array and d3-scale as the build transforms them', () => {
  const require = createRequire(import.meta.url);
  const installed = (name: string) => require.resolve(name).replace(/[^\\/]+$/, `${name}.mjs`);
  /**
   * The transformed module, run: each of its imports points at the installed D3 module, d3-format's
   * at the build's stand-in (scaleFormat.ts), as the build resolves them.
   */
  async function transformed<T>(name: string, rewrite: (code: string) => string): Promise<{ code: string; module: T }> {
    const code = rewrite(readFileSync(installed(name), 'utf8'));
    const runnable = code.replace(/from '(d3-[a-z-]+)'/g, (_, dep: string) => {
      const file = dep === 'd3-format' ? join(process.cwd(), 'src/lib/charts/scaleFormat.ts') : installed(dep);
      return `from '${pathToFileURL(file).href}'`;
    });
    const file = join(mkdtempSync(join(tmpdir(), 'd3-trim-')), `${name}.mjs`);
    writeFileSync(file, runnable);
    return { code, module: (await import(/* @vite-ignore */ pathToFileURL(file).href)) as T };
  }

  it('d3-array: its load-time property reads become pure calls of the same values', async () => {
    const { code, module: ours } = await transformed<typeof d3>('d3-array', markArrayReadsPure);
    expect(code).toContain('const bisectLeft = /*#__PURE__*/ (() => ascendingBisect.left)();');
    expect(code).toContain('const bisectCenter = /*#__PURE__*/ (() => bisector(number).center)();');
    expect(code).toContain('var slice = /*#__PURE__*/ (() => array.slice)();');
    const sorted = [1, 2, 2, 3, 5, 8, 13];
    for (const x of [0, 2, 2.4, 2.6, 13, 20]) {
      expect(ours.bisectLeft(sorted, x)).toBe(d3.bisectLeft(sorted, x));
      expect(ours.bisectCenter(sorted, x)).toBe(d3.bisectCenter(sorted, x));
      expect(ours.bisectRight(sorted, x)).toBe(d3.bisectRight(sorted, x));
    }
    expect(ours.ticks(1991, 2026, 8)).toEqual(d3.ticks(1991, 2026, 8));
    expect(
      ours
        .bin()
        .thresholds(4)(sorted)
        .map((b) => [...b]),
    ).toEqual(
      d3
        .bin()
        .thresholds(4)(sorted)
        .map((b) => [...b]),
    );
  });

  it("d3-scale: tickFormat says it is not in this build; scales and ticks are D3's", async () => {
    const { code, module: ours } = await transformed<typeof d3>('d3-scale', dropTickFormat);
    expect(code).toContain('function tickFormat() {\n  return format();\n}');
    expect(code).not.toContain('precisionPrefix(step');
    const linear = ours.scaleLinear().domain([0, 61_268_381]).range([252, 0]).nice();
    const theirs = d3.scaleLinear().domain([0, 61_268_381]).range([252, 0]).nice();
    expect(linear.ticks()).toEqual(theirs.ticks());
    expect(linear(15_413_047)).toBe(theirs(15_413_047));
    expect(() => linear.tickFormat()).toThrow("d3-scale's tickFormat is not in this build");
    // The log scale's own tickFormat too; its ticks and values are D3's.
    expect(code).toContain('  scale.tickFormat = () => format();\n');
    expect(code).not.toContain('specifier = base === 10 ?');
    const log = ours.scaleLog().domain([1000, 1e8]).range([300, 0]).clamp(true);
    const theirLog = d3.scaleLog().domain([1000, 1e8]).range([300, 0]).clamp(true);
    expect(log.ticks()).toEqual(theirLog.ticks());
    expect(log.ticks(4)).toEqual(theirLog.ticks(4));
    expect([log(14_430_370), log(1), log.invert(120)]).toEqual([
      theirLog(14_430_370),
      theirLog(1),
      theirLog.invert(120),
    ]);
    expect(() => log.tickFormat()).toThrow("d3-scale's tickFormat is not in this build");
  });
});

describe('d3-geo as the build transforms it (trimGeo)', () => {
  const require = createRequire(import.meta.url);
  const installed = (name: string) => require.resolve(name).replace(/[^\\/]+$/, `${name}.mjs`);
  const original = readFileSync(installed('d3-geo'), 'utf8');

  /** The transformed module, run, its one import (d3-array) pointed at the installed file. */
  async function trimmed(): Promise<typeof d3> {
    const file = join(mkdtempSync(join(tmpdir(), 'd3-trim-')), 'd3-geo.mjs');
    writeFileSync(
      file,
      trimGeo(original).replace("from 'd3-array'", `from '${pathToFileURL(installed('d3-array')).href}'`),
    );
    return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof d3;
  }

  it('finds each thing it rewrites in the d3-geo this project installs, and the plugin applies it', () => {
    const out = trimGeo(original);
    for (const method of ['area', 'measure', 'bounds', 'centroid'])
      expect(out).toContain(`path.${method} = notInBuild;`);
    for (const method of ['clipAngle', 'fitSize', 'fitWidth', 'fitHeight'])
      expect(out).toContain(`projection.${method} = notInBuild;`);
    expect(out).toContain('var azimuthalEqualAreaRaw = /*#__PURE__*/ withInvert(azimuthalRaw(');
    expect(out).toContain('var azimuthalEquidistantRaw = /*#__PURE__*/ withInvert(azimuthalRaw(');
    expect(out).not.toContain('new PathContext(');
    expect(hooks().transform(original, installed('d3-geo'))?.code).toBe(out);
    expect(() => trimGeo('export {};')).toThrow(/d3-geo's geoPath\(\)\.area was not found/);
  });

  it("projects and draws exactly what D3's own module does, as the map's image uses it", async () => {
    const ours = await trimmed();
    const setUp = (geo: typeof d3) =>
      geo
        .geoMercator()
        .fitExtent(
          [
            [16, 16],
            [784, 484],
          ],
          {
            type: 'MultiPoint',
            coordinates: [
              [40.2, 17.4],
              [80.1, 44.9],
            ],
          },
        )
        .clipExtent([
          [0, 0],
          [800, 500],
        ]);
    const [a, b] = [setUp(ours), setUp(d3)];
    expect([a.scale(), ...a.translate()]).toEqual([b.scale(), ...b.translate()]);
    for (const point of [
      [50.0467, 40.4675],
      [74.4036, 31.5216],
      [-179.9, 89],
      [181, -91],
    ] as [number, number][])
      expect(a(point)).toEqual(b(point));
    const shapes: d3.GeoPermissibleObjects[] = [
      {
        type: 'Polygon',
        coordinates: [
          [
            [45, 38],
            [52, 38],
            [52, 42],
            [45, 42],
            [45, 38],
          ],
        ],
      },
      // Across the clip extent's edge and the antimeridian.
      {
        type: 'Polygon',
        coordinates: [
          [
            [10, 0],
            [100, 0],
            [100, 60],
            [10, 60],
            [10, 0],
          ],
        ],
      },
      {
        type: 'LineString',
        coordinates: [
          [170, 10],
          [-170, 20],
          [60, 30],
        ],
      },
      {
        type: 'MultiPoint',
        coordinates: [
          [60, 30],
          [62, 31],
        ],
      },
    ];
    for (const shape of shapes) expect(ours.geoPath(a)(shape)).toBe(d3.geoPath(b)(shape));
    // The azimuthal projections keep their inverses; a plain projection and a canvas path are unchanged.
    expect(ours.geoAzimuthalEqualAreaRaw.invert?.(0.3, 0.4)).toEqual(d3.geoAzimuthalEqualAreaRaw.invert?.(0.3, 0.4));
    expect(ours.geoAzimuthalEquidistantRaw(0.3, 0.4)).toEqual(d3.geoAzimuthalEquidistantRaw(0.3, 0.4));
  });

  it('says at once that what it leaves out is not in the build', async () => {
    const ours = await trimmed();
    const path = ours.geoPath(ours.geoMercator());
    const object: d3.GeoPermissibleObjects = { type: 'Point', coordinates: [0, 0] };
    expect(() => path.area(object)).toThrow(/not in this build/);
    expect(() => path.bounds(object)).toThrow(/not in this build/);
    expect(() => path.centroid(object)).toThrow(/not in this build/);
    expect(() => path.measure(object)).toThrow(/not in this build/);
    expect(() => ours.geoPath(null, {} as CanvasRenderingContext2D)).toThrow(/not in this build/);
    expect(() => ours.geoMercator().clipAngle(90)).toThrow(/not in this build/);
    expect(() => ours.geoMercator().fitSize([1, 1], object)).toThrow(/not in this build/);
  });

  it("gives the map's image exactly what D3's own module gives it: basemap, arcs and labels, at several widths", async () => {
    const ours = await trimmed();
    const { readBasemap } = await import('../../src/lib/map/basemapAsset');
    const { flightRow } = await import('../fixtures/flightRows');
    const basemap = readBasemap(JSON.parse(readFileSync('public/basemap/region.geojson', 'utf8')));
    const airport = (id: string, lat: number, lon: number) => ({
      ...{ id, city: id, country: id === 'GYD' ? 'Azerbaijan' : 'Pakistan', name: id, lat, lon, note: '', line: 2 },
      ...{ sourceNames: ['OpenFlights'], sourceUrls: ['https://example.org/openflights'] },
    });
    const airports = [
      airport('GYD', 40.4675, 50.0467),
      airport('LHE', 31.5216, 74.4036),
      airport('KHI', 24.9065, 67.1608),
    ];
    const flights = [
      flightRow({ id: 'j2-gyd-lhe' }),
      flightRow({ id: 'pk-lhe-gyd', airlineCode: 'PK', origin: 'LHE', destination: 'GYD', weeklyFrequency: null }),
      flightRow({ id: 'j2-gyd-khi', origin: 'GYD', destination: 'KHI', serviceType: 'one-stop-via-baku' }),
    ];
    const today = { year: 2026, month: 11, day: 28 };
    // jsdom, which the component tests run in, has no type declarations here: typed as far as used.
    const { JSDOM } = (await import(/* @vite-ignore */ 'jsdom' as string)) as {
      JSDOM: new (html: string) => { window: { document: Document } };
    };
    const dom = new JSDOM('');
    vi.stubGlobal('document', dom.window.document);
    const draw = async () => {
      const { buildMapSvg } = await import('../../src/lib/map/mapImage');
      return [320, 800, 1400].map(
        (width) =>
          buildMapSvg({ flights, shown: flights, airports, basemap, today, width, service: 'j2-gyd-khi' }).outerHTML,
      );
    };
    try {
      vi.resetModules();
      const theirs = await draw();
      vi.resetModules();
      vi.doMock('d3-geo', () => ours);
      const trimmedImages = await draw();
      expect(theirs[0]).toContain('basemap-country');
      expect(trimmedImages).toEqual(theirs);
    } finally {
      vi.doUnmock('d3-geo');
      vi.resetModules();
      vi.unstubAllGlobals();
    }
  });
});

// The benchmark's floor: the least a page can do to show one of our charts. It fetches trade.csv
// (served beside the app's build, at ../data/), parses it with PapaParse, draws one D3 line chart and
// sets the same 'first-chart' mark as the dashboard, with the dashboard's own function.
import Papa from 'papaparse';
import { axisBottom, axisLeft, extent, line, max, scaleLinear, select } from 'd3';
import { firstChartMark } from '../../src/lib/charts/firstChartMark.ts';

const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = { top: 28, right: 16, bottom: 40, left: 72 };

/**
 * @typedef {{ year: number; value: number }} Point
 */

/**
 * One series: what Pakistan reports it exported to Azerbaijan, per calendar year.
 * @param {string} text
 * @returns {Point[]}
 */
function pakistanExports(text) {
  const { data } = Papa.parse(text, { header: true, skipEmptyLines: true });
  /** @type {Point[]} */
  const points = [];
  for (const row of /** @type {Record<string, string>[]} */ (data)) {
    if (row.dataset !== 'imf-dots' || row.reporter !== 'Pakistan' || row.flow !== 'export') continue;
    const year = Number(row.period_start?.slice(0, 4));
    const value = Number(row.value_usd);
    if (Number.isFinite(year) && Number.isFinite(value)) points.push({ year, value });
  }
  return points.sort((a, b) => a.year - b.year);
}

/** @param {Point[]} points */
function draw(points) {
  const [x0 = 0, x1 = 1] = extent(points, (p) => p.year);
  const x = scaleLinear()
    .domain([x0, x1])
    .range([0, WIDTH - MARGIN.left - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, max(points, (p) => p.value) ?? 1])
    .nice()
    .range([HEIGHT - MARGIN.top - MARGIN.bottom, 0]);
  const path = line()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const svg = select('#chart')
    .append('svg')
    .attr('width', WIDTH)
    .attr('height', HEIGHT)
    .attr('role', 'img')
    .attr('aria-label', "Pakistan's exports to Azerbaijan by year, US dollars");
  const g = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  g.append('g')
    .attr('transform', `translate(0,${y.range()[0]})`)
    .call(axisBottom(x).tickFormat((d) => String(d)));
  g.append('g').call(axisLeft(y).ticks(5, '~s'));
  g.append('path')
    .attr('fill', 'none')
    .attr('stroke', 'steelblue')
    .attr('stroke-width', 2)
    .attr('d', path(points.map((p) => [p.year, p.value])));
}

const response = await fetch(new URL('../data/trade.csv', document.baseURI));
draw(pakistanExports(await response.text()));
firstChartMark();

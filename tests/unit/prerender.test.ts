import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, renderDashboard } from '../../src/prerender';
import { expectedAfterFirstChart } from '../../scripts/prerender.mjs';
import type { ResourceName } from '../../src/lib/data/schema';

const shipped = Object.fromEntries(
  Object.entries(DATA_FILES).map(([name, path]) => [name, readFileSync(`data/${path}`, 'utf8')]),
) as Record<ResourceName, string>;
const today = { year: 2026, month: 12, day: 5 };
const ids = (html: string, panel: string) => {
  const start = html.indexOf(`data-panel="${panel}"`);
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/class="mark[^"]*" data-row-id="([^"]+)"/g)].map((m) => m[1]);
};
const rowIds = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]);

describe('renderDashboard (the build-time view of the page)', () => {
  it('draws a mark for every shipped trade and tourism row, each naming its row', () => {
    const { body } = renderDashboard(shipped, today);
    expect(new Set(ids(body, 'trade'))).toEqual(new Set(rowIds(shipped.trade)));
    expect(new Set(ids(body, 'tourism'))).toEqual(new Set(rowIds(shipped.tourism)));
    expect(body).toContain('Data issues (0 errors, 0 warnings)');
  });

  it('keeps text from the data as text', () => {
    const [header, first, ...rest] = shipped.trade.trim().split('\n');
    const hostile = first?.replace(/^[^,]+/, '"<img src=x onerror=alert(1)>"') ?? '';
    const { body } = renderDashboard({ ...shipped, trade: [header, hostile, ...rest].join('\n') }, today);
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(body).not.toContain('<img src=x');
  });

  it('renders a file with a bad row as the page would: the good rows drawn, the bad one reported where it is', () => {
    const lines = shipped.trade.trim().split('\n');
    const bad = (lines[1] ?? '').split(',');
    bad[lines[0]?.split(',').indexOf('value_usd') ?? -1] = 'n/a';
    const { body } = renderDashboard(
      { ...shipped, trade: [lines[0], bad.join(','), ...lines.slice(2)].join('\n') },
      today,
    );
    expect(ids(body, 'trade')).toHaveLength(lines.length - 2);
    expect(body).toContain('Data issues (1 error, 0 warnings)');
    expect(body).toMatch(/trade\.csv line 2, value_usd: 'n\/a'/);
  });

  it("names the element after the first drawn chart's panel, where the page may first paint", () => {
    expect(expectedAfterFirstChart(renderDashboard(shipped, today).body)).toBe('tourism');
    // With no trade rows, tourism's chart is the first drawn: the page waits for the panel after it.
    const header = shipped.trade.split('\n')[0] ?? '';
    expect(expectedAfterFirstChart(renderDashboard({ ...shipped, trade: `${header}\n` }, today).body)).toBe('flights');
    // No chart at all: nothing to wait for.
    const noTourism = shipped.tourism.split('\n')[0] ?? '';
    const empty = renderDashboard({ ...shipped, trade: `${header}\n`, tourism: `${noTourism}\n` }, today).body;
    expect(expectedAfterFirstChart(empty)).toBeNull();
  });
});

import type { Page, Request } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';

/** Collects console errors, page errors and requests to hosts other than the local server. */
export function watchPage(page: Page, baseURL: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req: Request) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { errors, foreign };
}

/** Rows of a shipped CSV, by id. */
export function shippedRows(file: string): Map<string, Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return new Map(parsed.data.map((r) => [r.id ?? '', r]));
}

export function shippedText(file: string): string {
  return readFileSync(`data/${file}`, 'utf8');
}

/** The shipped trade.csv with one bad cell: the first record's value_usd (line 2) reads 'n/a'. */
export function tradeWithBadValue(): string {
  const lines = shippedText('trade.csv').split('\n');
  const valueIndex = (lines[0] ?? '').split(',').indexOf('value_usd');
  const first = (lines[1] ?? '').split(',');
  first[valueIndex] = 'n/a';
  lines[1] = first.join(',');
  return lines.join('\n');
}

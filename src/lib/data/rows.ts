import type { CellValue, ValidRecord } from './validate';
import type { DatePrecision } from './calendarDate';

/** Typed rows of the data package, one interface per resource. Fields mirror data/datapackage.json. */
export const COUNTRIES = ['Pakistan', 'Azerbaijan'] as const;
export type Country = (typeof COUNTRIES)[number];
export const FLOWS = ['export', 'import', 'turnover'] as const;
export type Flow = (typeof FLOWS)[number];
export const SOURCE_KINDS = ['official-statistics', 'official-statement', 'press-report'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const QUALIFIERS = ['as-stated', 'approximate', 'lower-bound'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export const VALUATIONS = ['FOB', 'CIF', 'unspecified'] as const;
export type Valuation = (typeof VALUATIONS)[number];
export const TRADE_PERIOD_TYPES = ['calendar-year', 'fiscal-year', 'partial-year'] as const;
export const TOURISM_PERIOD_TYPES = ['annual', 'quarter', 'month', 'partial-year'] as const;
export const EVENT_CATEGORIES = [
  'diplomatic',
  'economic',
  'cultural',
  'education',
  'tourism',
  'humanitarian',
  'security',
  'technology',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
export const PRECISIONS = ['day', 'month', 'year'] as const;
export const SERVICE_TYPES = ['direct', 'one-stop-via-baku'] as const;
export const FLIGHT_STATUSES = ['operating', 'discontinued', 'status-unconfirmed'] as const;

interface Sourced {
  id: string;
  line: number;
  sourceNames: string[];
  sourceUrls: string[];
}

export interface PeriodFields {
  // Read-only: a row's period span is worked out once per row (period.ts), so a row is never changed in place.
  readonly periodStart: string;
  readonly periodEnd: string;
  periodLabel: string;
}

export interface TradeRow extends Sourced, PeriodFields {
  periodType: (typeof TRADE_PERIOD_TYPES)[number];
  reporter: Country;
  partner: Country;
  flow: Flow;
  valueUsd: number;
  qualifier: Qualifier;
  valuation: Valuation;
  dataset: string;
  sourceKind: SourceKind;
  note: string;
}

export interface TourismRow extends Sourced, PeriodFields {
  periodType: (typeof TOURISM_PERIOD_TYPES)[number];
  origin: string;
  destination: string;
  arrivals: number;
  qualifier: Qualifier;
  sourceKind: SourceKind;
  note: string;
}

export interface FlightRow extends Sourced {
  airline: string;
  airlineCode: string;
  origin: string;
  destination: string;
  serviceType: (typeof SERVICE_TYPES)[number];
  announcedDate: string | null;
  startDate: string | null;
  startPrecision: DatePrecision | null;
  startKnown: boolean;
  endDate: string | null;
  endPrecision: DatePrecision | null;
  endKnown: boolean;
  firstConfirmed: string | null;
  lastConfirmed: string | null;
  weeklyFrequency: number | null;
  status: (typeof FLIGHT_STATUSES)[number];
  statusNote: string;
  sourceKind: SourceKind;
  note: string;
}

export interface AirportRow extends Sourced {
  name: string;
  city: string;
  country: string;
  lat: number;
  lon: number;
  note: string;
}

export interface EventRow extends Sourced {
  date: string;
  precision: DatePrecision;
  title: string;
  category: EventCategory;
  city: string;
  country: string;
  description: string;
  sourceKind: SourceKind;
}

export interface ProductRow extends Sourced, PeriodFields {
  reporter: Country;
  partner: Country;
  flow: Flow;
  product: string;
  valueUsd: number;
  qualifier: Qualifier;
  /** Tonnes as the source states them (null when it gives none), qualified as it qualifies them. */
  quantityTonnes: number | null;
  quantityQualifier: Qualifier;
  note: string;
}

/** Typed reads of a validated record. The validator has enforced types and enums already; these
 *  reads keep TypeScript honest without casts, and fall back safely if a schema drifts. */
export class RecordReader {
  constructor(private readonly record: ValidRecord) {}
  private raw(name: string): CellValue {
    return this.record.values[name] ?? null;
  }
  text(name: string): string {
    const v = this.raw(name);
    return typeof v === 'string' ? v : Array.isArray(v) ? v.join(' | ') : v === null ? '' : String(v);
  }
  textOrNull(name: string): string | null {
    const v = this.raw(name);
    return v === null ? null : this.text(name);
  }
  list(name: string): string[] {
    const v = this.raw(name);
    return Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
  }
  number(name: string): number {
    const v = this.raw(name);
    return typeof v === 'number' ? v : Number.NaN;
  }
  numberOrNull(name: string): number | null {
    const v = this.raw(name);
    return typeof v === 'number' ? v : null;
  }
  bool(name: string): boolean {
    return this.raw(name) === true;
  }
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.raw(name);
    return allowed.find((a) => a === v) ?? fallback;
  }
  oneOfOrNull<T extends string>(name: string, allowed: readonly T[]): T | null {
    const v = this.raw(name);
    return allowed.find((a) => a === v) ?? null;
  }
  get line(): number {
    return this.record.line;
  }
  sourced(): Sourced {
    return { id: this.text('id'), line: this.line, sourceNames: this.list('source_name'), sourceUrls: this.list('source_url') };
  }
  period(): PeriodFields {
    return { periodStart: this.text('period_start'), periodEnd: this.text('period_end'), periodLabel: this.text('period_label') };
  }
}

export function toTradeRow(record: ValidRecord): TradeRow {
  const r = new RecordReader(record);
  return {
    ...r.sourced(),
    ...r.period(),
    periodType: r.oneOf('period_type', TRADE_PERIOD_TYPES, 'calendar-year'),
    reporter: r.oneOf('reporter', COUNTRIES, 'Pakistan'),
    partner: r.oneOf('partner', COUNTRIES, 'Azerbaijan'),
    flow: r.oneOf('flow', FLOWS, 'export'),
    valueUsd: r.number('value_usd'),
    qualifier: r.oneOf('value_qualifier', QUALIFIERS, 'as-stated'),
    valuation: r.oneOf('valuation', VALUATIONS, 'unspecified'),
    dataset: r.text('dataset'),
    sourceKind: r.oneOf('source_kind', SOURCE_KINDS, 'press-report'),
    note: r.text('note'),
  };
}

export function toTourismRow(record: ValidRecord): TourismRow {
  const r = new RecordReader(record);
  return {
    ...r.sourced(),
    ...r.period(),
    periodType: r.oneOf('period_type', TOURISM_PERIOD_TYPES, 'annual'),
    origin: r.text('origin'),
    destination: r.text('destination'),
    arrivals: r.number('arrivals'),
    qualifier: r.oneOf('value_qualifier', QUALIFIERS, 'as-stated'),
    sourceKind: r.oneOf('source_kind', SOURCE_KINDS, 'press-report'),
    note: r.text('note'),
  };
}

export function toFlightRow(record: ValidRecord): FlightRow {
  const r = new RecordReader(record);
  return {
    ...r.sourced(),
    airline: r.text('airline'),
    airlineCode: r.text('airline_code'),
    origin: r.text('origin_iata'),
    destination: r.text('destination_iata'),
    serviceType: r.oneOf('service_type', SERVICE_TYPES, 'direct'),
    announcedDate: r.textOrNull('announced_date'),
    startDate: r.textOrNull('start_date'),
    startPrecision: r.oneOfOrNull('start_precision', PRECISIONS),
    startKnown: r.bool('start_known'),
    endDate: r.textOrNull('end_date'),
    endPrecision: r.oneOfOrNull('end_precision', PRECISIONS),
    endKnown: r.bool('end_known'),
    firstConfirmed: r.textOrNull('first_confirmed_date'),
    lastConfirmed: r.textOrNull('last_confirmed_date'),
    weeklyFrequency: r.numberOrNull('weekly_frequency_at_launch'),
    status: r.oneOf('status', FLIGHT_STATUSES, 'status-unconfirmed'),
    statusNote: r.text('status_note'),
    sourceKind: r.oneOf('source_kind', SOURCE_KINDS, 'press-report'),
    note: r.text('note'),
  };
}

export function toAirportRow(record: ValidRecord): AirportRow {
  const r = new RecordReader(record);
  return {
    ...r.sourced(),
    name: r.text('name'),
    city: r.text('city'),
    country: r.text('country'),
    lat: r.number('lat'),
    lon: r.number('lon'),
    note: r.text('note'),
  };
}

export function toEventRow(record: ValidRecord): EventRow {
  const r = new RecordReader(record);
  return {
    ...r.sourced(),
    date: r.text('date'),
    precision: r.oneOf('date_precision', PRECISIONS, 'year'),
    title: r.text('title'),
    category: r.oneOf('category', EVENT_CATEGORIES, 'diplomatic'),
    city: r.text('city'),
    country: r.text('country'),
    description: r.text('description'),
    sourceKind: r.oneOf('source_kind', SOURCE_KINDS, 'press-report'),
  };
}

export function toProductRow(record: ValidRecord): ProductRow {
  const r = new RecordReader(record);
  return {
    ...r.sourced(),
    ...r.period(),
    reporter: r.oneOf('reporter', COUNTRIES, 'Azerbaijan'),
    partner: r.oneOf('partner', COUNTRIES, 'Pakistan'),
    flow: r.oneOf('flow', FLOWS, 'import'),
    product: r.text('product'),
    valueUsd: r.number('value_usd'),
    qualifier: r.oneOf('value_qualifier', QUALIFIERS, 'as-stated'),
    quantityTonnes: r.numberOrNull('quantity_tonnes'),
    quantityQualifier: r.oneOf('quantity_qualifier', QUALIFIERS, 'as-stated'),
    note: r.text('note'),
  };
}

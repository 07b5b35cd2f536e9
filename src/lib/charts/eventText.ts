import { eventDateText } from '../data/events';
import type { EventRow } from '../data/rows';
import type { TooltipContent } from './marks';
import { oncePerObject } from '../data/memo';

export const CATEGORY_LABELS: Record<EventRow['category'], string> = {
  diplomatic: 'Diplomatic',
  economic: 'Economic',
  cultural: 'Cultural',
  education: 'Education',
  tourism: 'Tourism',
  humanitarian: 'Humanitarian',
  security: 'Security',
  technology: 'Technology',
};

export function placeText(row: Pick<EventRow, 'city' | 'country'>): string {
  return [row.city, row.country].filter(Boolean).join(', ') || 'place not stated';
}

/** The accessible name of an event's mark; built once per row (a row never changes), not at each window change. */
export const eventLabel = oncePerObject(
  (row: EventRow): string =>
    `${row.title}. ${eventDateText(row)} (${row.precision} precision). ${CATEGORY_LABELS[row.category]}. ${placeText(row)}.`,
);

/**
 * An event's tooltip, built once per row: the same object each time its mark is pointed at, so a
 * pointer moving over the mark does not draw the box again at each move.
 */
export const eventTooltip = oncePerObject((row: EventRow): TooltipContent => ({
  title: row.title,
  rows: [
    ['Date', eventDateText(row)],
    ['Category', CATEGORY_LABELS[row.category]],
    ['Place', placeText(row)],
    ['Row id', row.id],
  ],
  sourceNames: row.sourceNames,
  sourceUrls: row.sourceUrls,
}));

import { parseYear, YEAR_BOUNDS, type InvalidParam } from './urlCodec';

/** Parameters as the link gave them: 'from=abc, to=1800'. */
export function paramList(params: readonly InvalidParam[]): string {
  return params.map((p) => `${p.param}=${p.value}`).join(', ');
}

/** Why a window year of the link was not used, where the value alone does not say ('' for the rest). */
function whyIgnored({ param, value }: InvalidParam): string {
  if (param !== 'from' && param !== 'to') return '';
  // A year in range is left out only when the window it would make runs backwards.
  return parseYear(value) === null
    ? `years run ${YEAR_BOUNDS.min}–${YEAR_BOUNDS.max}`
    : 'the start year is after the end year';
}

/**
 * As paramList, with why, said once after the run of parameters it is true of: 'from=2030, to=1800
 * (years run 1991–2026), theme=neon'. For the dashboard's notices (the embed's says less, in fewer bytes).
 */
export function explainedParamList(params: readonly InvalidParam[]): string {
  const whys = params.map(whyIgnored);
  return params
    .map((p, i) => {
      const why = whys[i] && whys[i] !== whys[i + 1] ? ` (${whys[i]})` : '';
      return `${p.param}=${p.value}${why}`;
    })
    .join(', ');
}

/** Selections that name no row (see unknownSelections), as a sentence: '' when there are none. */
export function notFoundText(missing: readonly InvalidParam[]): string {
  return missing.length > 0 ? `Not found in the data: ${paramList(missing)}.` : '';
}

/**
 * What the page's notice says of the link's deck ('' when all of it was read): its slides left out,
 * each with why, or that none of it could be read. The address keeps the deck as it came (see
 * syncWithUrl), so the presenter can still send it on or mend it.
 */
export function deckNoticeText(invalid: readonly InvalidParam[]): string {
  const deck = invalid.filter((p) => p.param === 'deck' && !p.repeated);
  if (deck.length === 0) return '';
  if (deck.some((p) => p.slide === undefined))
    return 'The deck in the link could not be read (it is not one this dashboard made), so no deck is shown; the address still holds it.';
  const left = deck.map((p) => `slide ${p.slide} (${p.value})`).join(', ');
  return `Left out of the deck, the address still holding ${deck.length === 1 ? 'it' : 'them'}: ${left}.`;
}

/** How many unknown parameter names the notice lists before "and N more". */
const NAMES_SHOWN = 5;

/** Values that could not be read (the defaults are used instead): not unknown names, nor repeats. */
export function unreadValues(invalid: readonly InvalidParam[]): InvalidParam[] {
  return invalid.filter((p) => !p.unknown && !p.repeated);
}

/**
 * The ignored-parameters notice, in three parts ('' when empty): values that could not be read (the
 * defaults are used instead), as `name=value`; parameters no view has, by name only (a mail tool's
 * token is not worth repeating), at most five and then how many more; and the later values of a
 * parameter given more than once (the first is the one read), as `name=value`.
 */
export function ignoredText(invalid: readonly InvalidParam[]): { values: string; names: string; repeats: string } {
  const values = paramList(unreadValues(invalid));
  const names = invalid.filter((p) => p.unknown).map((p) => p.param);
  const more = names.length - NAMES_SHOWN;
  const listed = names.slice(0, NAMES_SHOWN).join(', ');
  const repeats = paramList(invalid.filter((p) => p.repeated));
  return { values, names: more > 0 ? `${listed} and ${more} more` : listed, repeats };
}

/**
 * The sentence for the later values of repeated parameters (see ignoredText): '' when there are none.
 * The first value is the one read (a default where it could not be read, as the notice says of it).
 */
export function repeatsText(repeats: string): string {
  return repeats ? `Given more than once, only the first read: ${repeats}.` : '';
}

/**
 * All a slide says of its link: values that could not be read, parameters no view has, and
 * selections that name no row (`missing`), as one text ('' when there is nothing to say). The deck
 * list and the presented slide say the same.
 */
export function slideNoticeText(invalid: readonly InvalidParam[], missing: readonly InvalidParam[]): string {
  return [slideIgnoredText(invalid), notFoundText(missing)].filter(Boolean).join(' ');
}

/**
 * The same for one slide of a deck, as a sentence ('' when all of its link was read): a slide with an
 * unreadable window is shown with the default one, and the presenter must see that it is.
 */
export function slideIgnoredText(invalid: readonly InvalidParam[]): string {
  const { names, repeats } = ignoredText(invalid);
  const values = explainedParamList(unreadValues(invalid));
  return [
    values && `Ignored in this slide's link, defaults used instead: ${values}.`,
    names && `Not part of a view, so not used: ${names}.`,
    repeatsText(repeats),
  ]
    .filter(Boolean)
    .join(' ');
}

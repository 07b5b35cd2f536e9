import type { InvalidParam } from './urlCodec';

/** Parameters as the link gave them: 'from=abc, to=1800'. */
export function paramList(params: readonly InvalidParam[]): string {
  return params.map((p) => `${p.param}=${p.value}`).join(', ');
}

/** Selections that name no row (see unknownSelections), as a sentence: '' when there are none. */
export function notFoundText(missing: readonly InvalidParam[]): string {
  return missing.length > 0 ? `Not found in the data: ${paramList(missing)}.` : '';
}

/** How many unknown parameter names the notice lists before "and N more". */
const NAMES_SHOWN = 5;

/**
 * The ignored-parameters notice, in two parts ('' when empty): values that could not be read (the
 * defaults are used instead), as `name=value`; and parameters no view has, by name only (a mail tool's
 * token is not worth repeating), at most five and then how many more.
 */
export function ignoredText(invalid: readonly InvalidParam[]): { values: string; names: string } {
  const values = paramList(invalid.filter((p) => !p.unknown));
  const names = invalid.filter((p) => p.unknown).map((p) => p.param);
  const more = names.length - NAMES_SHOWN;
  const listed = names.slice(0, NAMES_SHOWN).join(', ');
  return { values, names: more > 0 ? `${listed} and ${more} more` : listed };
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
  const { values, names } = ignoredText(invalid);
  return [
    values && `Ignored in this slide's link: ${values} (defaults used).`,
    names && `Not part of a view, so not used: ${names}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Saving a generated file in the browser, and naming it so every file system accepts the name. */

/** Letters that Unicode does not decompose into a base letter plus accents (NFKD leaves them whole). */
const TRANSLITERATION: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
};

/** Long enough for what a name says, short enough for every file system (255 bytes) with an extension. */
const MAX_LENGTH = 150;

/**
 * How long the object URL outlives the click: some browsers read it only after click() has returned,
 * so revoking at once can cancel the download.
 */
const REVOKE_AFTER_MS = 10_000;

/** Offers `blob` as a download named `fileName`, through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** One part of a file name: lower-case ASCII letters, digits, '.' and '-'; '_' is kept for joining parts. */
function safePart(part: string): string {
  return part
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, (c) => TRANSLITERATION[c] ?? '-')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** The fewest characters a part cut short keeps, so that it still says what it was ('search-bak'). */
const MIN_PART = 10;

/**
 * A file name (without extension) from the parts that say what the file holds, e.g.
 * `['pak-aze-trade', '2010–2020', 'Mirror']` -> `pak-aze-trade_2010-2020_mirror`. Empty parts are
 * dropped; a name with no usable character at all becomes `download`. A name too long is cut from its
 * longest part (a long search), not from its end, so that the parts after it (a selection) stay.
 */
export function safeFileName(parts: string[]): string {
  const kept = parts.map(safePart).filter((p) => p !== '');
  let excess = kept.join('_').length - MAX_LENGTH;
  while (excess > 0) {
    const longest = kept.reduce((best, p, i) => (p.length > (kept[best] ?? '').length ? i : best), 0);
    const part = kept[longest] ?? '';
    if (part.length <= MIN_PART) break;
    const cut = part.slice(0, Math.max(MIN_PART, part.length - excess)).replace(/[-.]+$/, '');
    excess -= part.length - cut.length;
    kept[longest] = cut;
  }
  const name = kept
    .join('_')
    .slice(0, MAX_LENGTH)
    .replace(/[-._]+$/, '');
  return name === '' ? 'download' : name;
}

/**
 * 'pak-aze-trade_2010-2020_mirror': what a view's files hold, in their name (the CSV's zip and the
 * chart's image alike). The qualifier's own parts ('without-security_search-jf') stay parts of the
 * name, joined by '_'.
 */
export function viewFileBase(panel: string, from: number, to: number, qualifier: string): string {
  return safeFileName([`pak-aze-${panel}`, `${from}-${to}`, ...qualifier.split('_')]);
}

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

/**
 * A file name (without extension) from the parts that say what the file holds, e.g.
 * `['pak-aze-trade', '2010–2020', 'Mirror']` -> `pak-aze-trade_2010-2020_mirror`. Empty parts are
 * dropped; a name with no usable character at all becomes `download`.
 */
export function safeFileName(parts: string[]): string {
  const name = parts
    .map(safePart)
    .filter((p) => p !== '')
    .join('_')
    .slice(0, MAX_LENGTH)
    .replace(/[-._]+$/, '');
  return name === '' ? 'download' : name;
}

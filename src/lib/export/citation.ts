import type { CalendarDate } from '../data/calendarDate';
import { formatCalendarDate, formatPartialDate } from '../data/calendarDate';

export interface CitationInput {
  title: string;
  version: string;
  year: number;
  /** The view's permalink. */
  url: string;
  accessed: CalendarDate;
  /** What the view shows, e.g. 'Trade panel, 2010–2020, mirror view'. */
  view: string;
}

export const AUTHOR = 'Pakistan–Azerbaijan Ties dashboard contributors';

/** BibTeX needs its special characters escaped; URLs go in as they are inside \url-free fields. */
function bibtexText(text: string): string {
  // In one pass, so no escape is escaped again. A backslash, caret and tilde have no one-character
  // escape (`\\` is a line break, `\^` and `\~` accents): they are written as LaTeX's commands for them.
  const commands: Record<string, string> = { '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' };
  return text.replace(/[\\^~{}&%$#_]/g, (c) => commands[c] ?? `\\${c}`);
}

/** A ready-to-copy citation of a view, in plain text and as a BibTeX @misc entry. */
export function citeView(input: CitationInput): { plain: string; bibtex: string } {
  const accessed = formatPartialDate({ ...input.accessed, precision: 'day' });
  const plain = `${AUTHOR} (${input.year}). ${input.title}, version ${input.version} [data set and dashboard]. Data licensed CC BY 4.0. ${input.view}. ${input.url} (accessed ${accessed}).`;
  const key = `pakaze${input.year}${input.view
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24)}`;
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${bibtexText(AUTHOR)}}},`,
    `  title = {{${bibtexText(input.title)}}},`,
    `  year = {${input.year}},`,
    `  version = {${bibtexText(input.version)}},`,
    `  howpublished = {${bibtexText(input.view)}},`,
    `  url = {${input.url}},`,
    `  urldate = {${formatCalendarDate(input.accessed)}},`,
    `  note = {Data licensed CC BY 4.0; each figure remains the statement of its source}`,
    `}`,
  ].join('\n');
  return { plain, bibtex };
}

/** A problem found while reading a data file: where it is, what the value was, and what is wrong. */
export interface DataIssue {
  file: string;
  /** Physical line (1-based) where the record starts; 0 when the issue concerns the whole file. */
  line: number;
  column?: string;
  value?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** "trade.csv line 14, value_usd: 'n/a' is not a number" */
export function formatIssue(issue: DataIssue): string {
  const where = issue.line > 0 ? `${issue.file} line ${issue.line}` : issue.file;
  const column = issue.column ? `, ${issue.column}` : '';
  return `${where}${column}: ${issue.message}`;
}

/** Quote a cell value for a message, shortened so a huge cell cannot flood the page. */
export function quoteValue(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max)}…` : value;
  return `'${short}'`;
}

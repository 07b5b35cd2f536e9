/** What a failed action says in its status line: `what`, then the error's own words, one full stop. */
export function failureText(what: string, error: unknown): string {
  const words = error instanceof Error && error.message.trim() ? error.message.trim() : 'unknown error';
  return `${what}: ${words.replace(/\.+$/, '')}.`;
}

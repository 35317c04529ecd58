// Suggests factlint's severity word for the spellings other linters accept (ESLint's "warn", 0/1/2).
const SUGGESTIONS: Record<string, string> = { warn: 'warning', '0': 'off', '1': 'warning', '2': 'error', err: 'error', information: 'info', none: 'off', disable: 'off', disabled: 'off' };

/** ` (did you mean "warning"?)` for a value with a known intended severity, else ''. */
export function severityHint(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const suggestion = SUGGESTIONS[String(value).trim().toLowerCase()];
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}

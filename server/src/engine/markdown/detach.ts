// Copies of the strings a chunk record keeps, so a record shared across versions never holds an old document alive
// (V8 represents text.slice() as a view into the whole text).

/** A flat copy of `s` that references no larger string. */
export function detachString(s: string): string {
  // V8 copies strings shorter than 13 characters on slice; longer ones are flattened into a new string here.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The same plain data with every string detached (arrays and plain objects copied, other values kept). */
export function detachStrings<T>(value: T): T {
  if (typeof value === 'string') return detachString(value) as T;
  if (value === null || typeof value !== 'object') return value;
  // Plain loops: this runs over every block's facts, and map()/Object.entries() allocate more than the copy itself.
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; i++) copy.push(detachStrings(value[i]));
    return copy as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) copy[key] = detachStrings(record[key]);
  return copy as T;
}

// Copies of the strings a chunk record keeps, so a record shared across versions never holds an old document alive
// (V8 represents text.slice() as a view into the whole text).

/** A flat copy of `s` that references no larger string. */
export function detachString(s: string): string {
  // V8 copies strings shorter than 13 characters on slice; longer ones are flattened into a new string here.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Detaches every string of freshly built plain data in place (arrays and plain objects are walked, other values
 * kept) and returns it: copying the block facts of every chunk cost more than the strings themselves.
 */
export function detachStringsInPlace<T>(value: T): T {
  if (typeof value === 'string') return detachString(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detachStringsInPlace(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = detachStringsInPlace(record[key]);
  return value;
}

// Per-segment readings carried across versions: a reading that sees only its segment (and a few characters after
// it) is computed once per segment content and kept with the segment's cached analysis, its tokens by their index in
// the segment and its spans relative to the segment's start, then placed again wherever the segment now stands. So a
// keystroke that moves half the document (every segment after it shifts by one character) reads none of it again.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { detachString } from '../markdown/detach.js';
import { EDIT_MARGIN, versionEdit } from '../across-versions.js';
import { VersionMemo } from '../version-memo.js';

/** A field of a carried item: a token of the segment (by index), a span relative to the segment, or a plain value. */
type Carried = { token: number } | { tokens: number[] } | { span: object } | { value: unknown };

/**
 * Items placed at a segment of one version, per reading (key), with the text after it they were read with. A list
 * searched by key, not a map: a segment gives items to one or two readings, and every segment moved by an edit that
 * gives any got a new map (perf-key68).
 */
const placed = new VersionMemo<AnalysedSegment, Array<{ key: string; after: string; items: readonly object[] }>>();

/**
 * The items `compute` reads in `segment`, reused while the segment's content and the `after` characters of text
 * that follow it are the same. `compute` must read nothing else of the document: not the text before the segment,
 * nor other segments, nor headings. Each item's fields must be plain values, tokens of the segment (or arrays of them), or flat spans
 * (`start` and `end` in document offsets) inside the segment; a segment whose items hold anything else is read
 * afresh each time, so a reading that changes shape stays right, only slower.
 */
export function carriedPerSegment<T extends object>(doc: AnalysedDocument, segment: AnalysedSegment, key: string, after: number, compute: () => T[]): T[] {
  const following = doc.text.slice(segment.end, segment.end + after);
  let bySegment = placed.get(segment);
  let at = -1;
  if (bySegment !== undefined) for (let i = 0; i < bySegment.length && at < 0; i++) if (bySegment[i]!.key === key) at = i;
  const known = at < 0 ? undefined : bySegment![at]!;
  if (known && known.after === following) return known.items as T[];
  let fresh: T[] | undefined;
  const relative = doc.once ? null : segment.reuse(`segment-carry:${key}`, [segment.content, following], (): Array<Record<string, Carried>> | null => {
    fresh = compute();
    const index = new Map<NumberToken, number>(segment.tokens.map((t, i) => [t, i]));
    const out: Array<Record<string, Carried>> = [];
    for (const item of fresh) {
      const fields: Record<string, Carried> = {};
      for (const [name, value] of Object.entries(item)) {
        const field = carry(value, index, segment);
        if (!field) return null;
        fields[name] = field;
      }
      out.push(fields);
    }
    return out;
  });
  const items = fresh ?? (relative ? relative.map((fields) => place(fields, segment) as T) : compute());
  if (!bySegment) placed.set(segment, (bySegment = []));
  // A copy: a slice would keep this version's whole text alive as long as the segment is reused in later versions.
  const entry = { key, after: detachString(following), items };
  if (at < 0) bySegment.push(entry);
  else bySegment[at] = entry;
  return items;
}

const NO_ITEMS: readonly never[] = Object.freeze([]);

/**
 * Per version and reading, the indices of the segments that gave items, in document order, the items, and for each
 * of those segments how many items stand up to it (its own included).
 */
const listed = new VersionMemo<AnalysedDocument, Map<string, { indices: readonly number[]; items: readonly object[]; ends: readonly number[] }>>();

/**
 * The items of the whole document, segment after segment in document order, each segment's read as carriedPerSegment
 * reads them (`gate` first: a segment it refuses gives none). `compute` is held to the same terms, and `gate` may read
 * nothing but the segment's own content and kind. After an edit, only the segments of its scope (across-versions.ts)
 * are read, and the segments that gave items in the previous version: outside the scope each segment has the content
 * and kind of the segment at its index in the previous version, and the same text for more than `after` characters
 * around it (EDIT_MARGIN), so it gives what it gave there. A keystroke then costs the scope and the items, not a walk
 * of every segment (about 1 ms per reading on a 1 MB draft of ~7,000 segments, most of which give nothing).
 */
export function carriedList<T extends object>(doc: AnalysedDocument, key: string, after: number, gate: (segment: AnalysedSegment) => boolean, compute: (segment: AnalysedSegment) => T[]): T[] {
  const out: T[] = [];
  const gave: number[] = [];
  const ends: number[] = [];
  const take = (i: number): void => {
    const segment = doc.segments[i]!;
    const items = gate(segment) ? carriedPerSegment(doc, segment, key, after, () => compute(segment)) : (NO_ITEMS as readonly T[]);
    if (items.length === 0) return;
    gave.push(i);
    for (const item of items) out.push(item);
    ends.push(out.length);
  };
  const edit = versionEdit(doc);
  const before = edit ? listed.get(edit.previous)?.get(key) : undefined;
  // A reading that looks further after its segment than the scope's margin could see an edit outside the scope.
  if (!edit || !before || edit.from > edit.to || after > EDIT_MARGIN) {
    for (let i = 0; i < doc.segments.length; i++) take(i);
  } else {
    const { indices } = before;
    // The segments before the scope that are the previous version's own objects (all of them, once the blocks before
    // the edit are taken over: analysis.ts) give the items they gave there, the same objects (carriedPerSegment keeps
    // them with the segment while its text and the `after` characters after it, before the scope too, stay): taken in
    // one slice, not asked one by one.
    const old = edit.previous.segments;
    let k = 0;
    while (k < indices.length && indices[k]! < edit.from && doc.segments[indices[k]!] === old[indices[k]!]) k++;
    if (k > 0) {
      for (let j = 0, n = before.ends[k - 1]!; j < n; j++) out.push(before.items[j] as T);
      for (let j = 0; j < k; j++) {
        gave.push(indices[j]!);
        ends.push(before.ends[j]!);
      }
    }
    for (; k < indices.length && indices[k]! < edit.from; k++) take(indices[k]!);
    for (let i = edit.from; i <= edit.to; i++) take(i);
    for (; k < indices.length; k++) if (indices[k]! > edit.to) take(indices[k]!);
  }
  if (!doc.once) {
    let byKey = listed.get(doc);
    if (!byKey) listed.set(doc, (byKey = new Map()));
    byKey.set(key, { indices: gave, items: out, ends });
  }
  return out;
}

function carry(value: unknown, index: Map<NumberToken, number>, segment: AnalysedSegment): Carried | undefined {
  if (value === null || typeof value !== 'object') return { value };
  const token = index.get(value as NumberToken);
  if (token !== undefined) return { token };
  if (Array.isArray(value)) {
    const tokens = value.map((v) => index.get(v as NumberToken));
    return tokens.every((t) => t !== undefined) ? { tokens: tokens as number[] } : undefined;
  }
  const span = value as { start?: unknown; end?: unknown };
  if (Object.getPrototypeOf(value) !== Object.prototype || typeof span.start !== 'number' || typeof span.end !== 'number') return undefined;
  if (span.start < segment.start || span.end > segment.end) return undefined;
  // Only flat spans: a nested object would keep document offsets the shift does not reach.
  if (Object.values(value).some((v) => v !== null && typeof v === 'object')) return undefined;
  return { span: { ...value, start: span.start - segment.start, end: span.end - segment.start } };
}

function place(fields: Record<string, Carried>, segment: AnalysedSegment): object {
  const item: Record<string, unknown> = {};
  // `for in` (a plain object's own keys in order): no list of entries per item placed.
  for (const name in fields) {
    const field = fields[name]!;
    if ('token' in field) item[name] = segment.tokens[field.token];
    else if ('tokens' in field) item[name] = field.tokens.map((t) => segment.tokens[t]);
    else if ('span' in field) {
      const span = field.span as { start: number; end: number };
      item[name] = { ...span, start: span.start + segment.start, end: span.end + segment.start };
    } else item[name] = field.value;
  }
  return item;
}

/** A small number per cue-word pattern: its result's place in a segment's table of test results. */
const testIds = new WeakMap<RegExp, number>();
let nextTestId = 0;
/** The pattern asked last and its id: a reading asks one pattern of segment after segment, so most asks skip the WeakMap. */
let lastTest: RegExp | undefined;
let lastTestId = -1;
const newResults = (): Array<boolean | undefined> => [];

/**
 * `re.test(segment.text)`, kept with the segment's cached analysis: the cue-word tests that let a reading skip most
 * segments ran over the whole text of the document on every check (a case-insensitive alternation costs ~10 ms per
 * MB each), though a segment's text changes only when its block does. The results of all patterns sit in one array
 * per segment, indexed by pattern: a keyed memo per pattern cost ~9 ms per keystroke on a 1 MB draft in lookups alone.
 */
export function segmentHas(segment: Pick<AnalysedSegment, 'text' | 'memo'> & { tests?: Array<boolean | undefined> }, re: RegExp): boolean {
  if (re.global || re.sticky) {
    re.lastIndex = 0;
    return re.test(segment.text);
  }
  let id = re === lastTest ? lastTestId : testIds.get(re);
  if (id === undefined) testIds.set(re, (id = nextTestId++));
  lastTest = re;
  lastTestId = id;
  const results = segment.tests ?? segment.memo('inc-tests', newResults);
  let found = results[id];
  if (found === undefined) results[id] = found = re.test(segment.text);
  return found;
}

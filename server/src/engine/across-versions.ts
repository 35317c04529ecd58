// Per-reading incremental results (perf-key10): a per-segment reading's result for one version of a document, given
// again in the next version for every segment outside the edit's scope, without building and comparing the reading's
// context segment by segment. The segment-keyed reuse (AnalysedSegment.reuse) still compares each segment's context on
// every check, and on a 1 MB draft that walk of ~7,000 segments through each reading was most of a keystroke.
//
// The scope of an edit: the segments that hold or stand within EDIT_MARGIN characters of the changed text (in the old
// or the new version), widened to their whole sections (from the heading above to the next heading) and, for a heading,
// to every section under it. A reading may opt in only when everything its result depends on, beyond values it
// passes as `globals` (compared once per version), lies in the segment, the text within EDIT_MARGIN characters of it,
// its headings, or the segments before it in its section: the readings whose reuse context (reuse-context.ts) names
// nothing else. Outside the scope every segment has the same content, kind, section and table or list as the segment
// at the same index in the previous version (checked here, else nothing is given again).
import { placedRangesOf, placedSentencesOf, placedTokensOf, placementOf, samePlace, type AnalysedDocument, type AnalysedSegment } from './analysis.js';
import { editBetween } from './markdown/document.js';
import type { Span } from './markdown/facts.js';
import { VersionMemo } from './version-memo.js';

/** How far from the changed text a segment is in the scope: more than any reading's window around its segment (80). */
export const EDIT_MARGIN = 128;

/** The version each version was checked from (only the last link is kept: no chain of versions stays alive). */
const previousVersions = new VersionMemo<AnalysedDocument, AnalysedDocument>();
const scopes = new VersionMemo<AnalysedDocument, Scope | null>();

/** Notes that `doc` was analysed from `previous`: readings of `doc` may take `previous`'s results outside the edit. */
export function noteVersion(doc: AnalysedDocument, previous: AnalysedDocument | undefined): void {
  if (!previous || previous === doc || doc.once) return;
  previousVersions.set(doc, previous);
  // `previous` is only read from now on: what it was checked from is no longer needed, and neither is its scope, which
  // names the version before it. Kept, each version would hold the one before: every version since the open, alive.
  previousVersions.delete(previous);
  scopes.delete(previous);
}

/** The segments of `doc` in the edit's scope, [from, to], or null when no segment may be given again. */
interface Scope {
  previous: AnalysedDocument;
  from: number;
  to: number;
  /** The changed text in the previous version: [prefix, oldEnd) (the same before `prefix`, shifted after `oldEnd`). */
  prefix: number;
  oldEnd: number;
  /** How many leading segments are the previous version's own objects and before the scope (at most `from`). */
  leading: number;
}


/** The segments of `doc` whose readings are not given again, [from, to] (for tests): null when every one is read. */
export function versionScope(doc: AnalysedDocument): { from: number; to: number } | null {
  const scope = scopeOf(doc);
  return scope && { from: scope.from, to: scope.to };
}

function scopeOf(doc: AnalysedDocument): Scope | null {
  let scope = scopes.get(doc);
  if (scope === undefined) {
    const previous = previousVersions.get(doc);
    scope = previous ? editScope(doc, previous) : null;
    scopes.set(doc, scope);
  }
  return scope;
}

function editScope(doc: AnalysedDocument, previous: AnalysedDocument): Scope | null {
  const now = doc.segments;
  const before = previous.segments;
  if (now.length !== before.length || now.length === 0) return null;
  const { prefix, oldEnd, newEnd } = editBetween(previous.text, doc.text);
  // What analyseDocument found as it placed the segments (perf-key68): with both versions' segments in order, the
  // segments near the edit are two runs found by binary search, and the segments outside the scope were compared with
  // the previous version's as they were placed; else every segment of both versions is walked, as before.
  const placement = placementOf(doc, previous);
  const placedBefore = placementOf(previous);
  const fast = placement !== undefined && placement.ordered && placedBefore !== undefined && placedBefore.ordered;
  let from = Infinity;
  let to = -Infinity;
  let deepest = Infinity;
  const near = (i: number): void => {
    from = Math.min(from, i);
    to = Math.max(to, i);
    const s = now[i]!;
    const p = before[i]!;
    if (s.kind === 'heading') deepest = Math.min(deepest, s.depth ?? 1);
    if (p.kind === 'heading') deepest = Math.min(deepest, p.depth ?? 1);
  };
  if (fast) {
    const [a, b] = reachingRun(now, doc.text.length, prefix, newEnd);
    const [c, d] = reachingRun(before, previous.text.length, prefix, oldEnd);
    for (let i = a; i < b; i++) near(i);
    for (let i = c; i < d; i++) if (i < a || i >= b) near(i);
  } else {
    for (let i = 0; i < now.length; i++) {
      // A segment's reach: the text up to its neighbours (a code block between two paragraphs is theirs), and the margin.
      if (reaches(now, i, doc.text.length, prefix, newEnd) || reaches(before, i, previous.text.length, prefix, oldEnd)) near(i);
    }
  }
  if (from <= to) {
    // The whole sections: from the heading above the first to the next heading after the last, past the sections
    // under a heading in the scope.
    while (from > 0 && now[from]!.kind !== 'heading') from--;
    for (to++; to < now.length; to++) {
      const s = now[to]!;
      if (s.kind === 'heading' && (s.depth ?? 1) <= deepest) break;
    }
    to--;
  }
  // Outside the scope each segment must be its predecessor moved (or not): else nothing is given again.
  if (fast) {
    for (const i of placement.misplaced) if (i < from || i > to) return null;
    return { previous, from, to, prefix, oldEnd, leading: Math.min(placement.firstNew, from, now.length) };
  }
  let leading = -1;
  for (let i = 0; i < now.length; i++) {
    if (i >= from && i <= to) continue;
    if (now[i] === before[i]) continue;
    if (leading < 0) leading = i;
    if (!samePlace(now[i]!, before[i]!)) return null;
  }
  return { previous, from, to, prefix, oldEnd, leading: Math.min(leading < 0 ? now.length : leading, from, now.length) };
}

/**
 * The segments [from, to) that `reaches` finds near the changed text [start, end], for segments in order (each ends at
 * or after its start, and starts at or after the end of the one before): a segment's reach runs from the end of the one
 * before to the start of the one after, both rising with the index, so those near the edit are one run.
 */
function reachingRun(segments: readonly AnalysedSegment[], length: number, start: number, end: number): [number, number] {
  const n = segments.length;
  // The first index whose reach starts after the edit (the end of the one before it, less the margin, past `end`).
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mid > 0 ? segments[mid - 1]!.end : 0) - EDIT_MARGIN <= end) lo = mid + 1;
    else hi = mid;
  }
  const past = lo;
  // The first index whose reach ends at or after the edit's start.
  lo = 0;
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mid + 1 < n ? segments[mid + 1]!.start : length) + EDIT_MARGIN >= start) hi = mid;
    else lo = mid + 1;
  }
  return [lo, Math.max(lo, past)];
}

/** The version `doc` was checked from and the segments of the edit's scope, for a reading that keeps its own results. */
export function versionEdit(doc: AnalysedDocument): Readonly<Scope> | null {
  return doc.once ? null : scopeOf(doc);
}

/** Whether the changed text [start, end] lies within EDIT_MARGIN characters of the i-th segment or the gaps beside it. */
function reaches(segments: readonly AnalysedSegment[], i: number, length: number, start: number, end: number): boolean {
  const low = i > 0 ? segments[i - 1]!.end : 0;
  const high = i + 1 < segments.length ? segments[i + 1]!.start : length;
  return low - EDIT_MARGIN <= end && high + EDIT_MARGIN >= start;
}


interface Kept {
  globals: readonly unknown[];
  values: SegmentValues<unknown>;
  /** Per segment, the `pins` its value was computed with (no list while no segment's reading was given pins). */
  pins?: SegmentValues<readonly unknown[]>;
}

const CHUNK_BITS = 8;
const CHUNK = 1 << CHUNK_BITS;

/**
 * A version's values per segment (undefined where none), in chunks of CHUNK segments (perf-key63). A version takes the
 * chunks of the previous version's leading segments as they are (keptLeading): a copy of the whole list per reading
 * per keystroke (~55 KB each on a 1 MB draft, a dozen readings, each surviving with its version) was most of what the
 * take-over allocated. A chunk not made by this version is only read: it is copied before this version first writes to
 * it, and one no value was written to is not made.
 */
export class SegmentValues<T> {
  private readonly chunks: Array<T[] | undefined>;
  /** 1 where the chunk is this version's own (written to in place), 0 where it is shared or not made. */
  private readonly own: Uint8Array;

  /** `length` segments, none with a value; or the values of `from`'s first `count` segments and none after them. */
  constructor(length: number, from?: SegmentValues<T>, count = 0) {
    const n = (length + CHUNK - 1) >> CHUNK_BITS;
    this.chunks = new Array<T[] | undefined>(n).fill(undefined);
    this.own = new Uint8Array(n);
    if (from === undefined || count <= 0) return;
    const whole = Math.min(count >> CHUNK_BITS, n, from.chunks.length);
    // A shared chunk is neither version's own: each copies it before writing to it (a later read of the version before,
    // a lazily read reading of it, must not change this one's values, nor this one's write the version before's).
    for (let c = 0; c < whole; c++) {
      this.chunks[c] = from.chunks[c];
      from.own[c] = 0;
    }
    const rest = count & (CHUNK - 1);
    const partial = whole < n && whole < from.chunks.length ? from.chunks[whole] : undefined;
    if (rest > 0 && partial !== undefined) {
      const copy = partial.slice();
      copy.fill(undefined as T, rest);
      this.chunks[whole] = copy;
      this.own[whole] = 1;
    }
  }

  get(i: number): T | undefined {
    const chunk = this.chunks[i >> CHUNK_BITS];
    return chunk === undefined ? undefined : chunk[i & (CHUNK - 1)];
  }

  set(i: number, value: T): void {
    const c = i >> CHUNK_BITS;
    let chunk = this.chunks[c];
    if (this.own[c] === 0) {
      chunk = chunk === undefined ? new Array<T>(CHUNK).fill(undefined as T) : chunk.slice();
      this.chunks[c] = chunk;
      this.own[c] = 1;
    }
    chunk![i & (CHUNK - 1)] = value;
  }
}

const results = new VersionMemo<AnalysedDocument, Map<string, Kept>>();

/**
 * A per-segment reading's result: the previous version's, given again (`move`d to where the segment now stands when it
 * moved) for a segment outside the edit's scope, while `globals` (the dataset, values read from the whole document)
 * are the same; else computed. The reading's result for a segment must depend on nothing but what the header above
 * names, `globals` and `pins` (values a segment's reading reads from further away, compared per segment). Kept per
 * version, so the next version can take it.
 */
export function acrossVersions<T>(
  doc: AnalysedDocument,
  segment: AnalysedSegment,
  key: string,
  globals: readonly unknown[],
  // Both are handed the segment (and `move` the version too), so that a caller can pass top-level functions, whose
  // optimised code survives a full collection, instead of closures made per call (see Move below).
  compute: (segment: AnalysedSegment) => T,
  move: (kept: T, from: AnalysedSegment, to: AnalysedSegment, doc: AnalysedDocument) => T | undefined,
  pins?: readonly unknown[],
): T {
  if (doc.once) return compute(segment);
  let byKey = results.get(doc);
  if (!byKey) results.set(doc, (byKey = new Map()));
  let kept = byKey.get(key);
  // Chunks of a fixed length (SegmentValues): written at scattered indices, a growing array would turn sparse (a
  // dictionary), whose every write and read is a hash lookup.
  if (!kept) byKey.set(key, (kept = { globals, values: new SegmentValues<unknown>(doc.segments.length) }));
  // Asked with other globals in the same version (another dataset): computed, and not kept.
  if (!sameValues(kept.globals, globals)) return compute(segment);
  let value: T | undefined;
  const scope = scopeOf(doc);
  if (scope && (segment.index < scope.from || segment.index > scope.to) && doc.segments[segment.index] === segment) {
    const before = results.get(scope.previous)?.get(key);
    const i = segment.index;
    const previousValue = before && sameValues(before.globals, globals) && samePins(before.pins?.get(i), pins) ? (before.values.get(i) as T | undefined) : undefined;
    const from = scope.previous.segments[i]!;
    if (previousValue !== undefined) value = from === segment ? previousValue : move(previousValue, from, segment, doc);
  }
  if (value === undefined) value = compute(segment);
  kept.values.set(segment.index, value);
  if (pins) (kept.pins ??= new SegmentValues<readonly unknown[]>(doc.segments.length)).set(segment.index, pins);
  return value;
}

/**
 * For a reading asked of the segments in document order (links.ts linkDocument): the previous version's results of
 * the leading segments taken over at once, instead of asking acrossVersions segment by segment, which would give each
 * of them the previous result as it is (the same segment object, before the edit's scope). Gives how many leading
 * segments were taken: each the previous version's own object and before the scope, their results kept for this
 * version as acrossVersions keeps them, so the next version takes them in turn. 0 when none can be taken (no previous
 * version, other globals, the key already asked in this version). The reading's `pins` of such a segment must be read
 * from the text before the segment's end only (as the links' caption bracket is), which the edit did not change: they
 * are taken with the results, not compared.
 */
export function keptLeading(doc: AnalysedDocument, key: string, globals: readonly unknown[]): number {
  if (doc.once) return 0;
  const scope = scopeOf(doc);
  if (!scope) return 0;
  const before = results.get(scope.previous)?.get(key);
  if (!before || !sameValues(before.globals, globals)) return 0;
  let byKey = results.get(doc);
  if (!byKey) results.set(doc, (byKey = new Map()));
  if (byKey.has(key)) return 0;
  const count = scope.leading;
  // The previous version's values of the leading segments, their chunks shared (SegmentValues), none from the first
  // segment not taken on: a loop over the leading segments cost more than the asks it saves for a reading that few
  // segments give.
  const kept: Kept = { globals, values: new SegmentValues(doc.segments.length, before.values, count) };
  if (before.pins) kept.pins = new SegmentValues(doc.segments.length, before.pins, count);
  byKey.set(key, kept);
  return count;
}

/** Per version and reading, the globals of acrossVersionsEach, the segments whose reading was not empty and those readings. */
const gaveItems = new VersionMemo<AnalysedDocument, Map<string, { globals: readonly unknown[]; indices: readonly number[]; readings: ReadonlyArray<readonly unknown[]> }>>();

/**
 * acrossVersions for each segment `gate` lets through, in document order: the readings that are not empty. After an
 * edit only the segments of its scope and those whose reading was not empty in the version before are asked, not
 * every segment: outside the scope an empty reading is given again (moved, it stays empty), and `gate`, which may
 * read nothing but the segment's own content and kind, refuses the same segments. A keystroke then costs the scope and
 * the readings, not a walk of the document. Each reading must be a list, empty when it found nothing.
 */
export function acrossVersionsEach<T>(
  doc: AnalysedDocument,
  key: string,
  globals: readonly unknown[],
  gate: (segment: AnalysedSegment) => boolean,
  compute: (segment: AnalysedSegment) => readonly T[],
  move: (kept: readonly T[], from: AnalysedSegment, to: AnalysedSegment) => readonly T[] | undefined,
): Array<readonly T[]> {
  const readings: Array<readonly T[]> = [];
  const gave: number[] = [];
  const asked: EachAsk<T> = { doc, key, globals, gate, compute, move, gave, readings };
  const edit = versionEdit(doc);
  const before = edit ? gaveItems.get(edit.previous)?.get(key) : undefined;
  if (!edit || !before || edit.from > edit.to || !sameValues(before.globals, globals)) {
    for (let i = 0; i < doc.segments.length; i++) askEach(asked, i);
  } else {
    // The leading segments before the scope, the previous version's own objects: their readings as acrossVersions
    // would give each (as they were), taken at once with their kept results (keptLeading), not asked one by one.
    const leading = keptLeading(doc, key, globals);
    let k = 0;
    for (; k < before.indices.length && before.indices[k]! < leading; k++) {
      gave.push(before.indices[k]!);
      readings.push(before.readings[k] as readonly T[]);
    }
    for (; k < before.indices.length && before.indices[k]! < edit.from; k++) askEach(asked, before.indices[k]!);
    for (let i = edit.from; i <= edit.to; i++) askEach(asked, i);
    for (; k < before.indices.length; k++) if (before.indices[k]! > edit.to) askEach(asked, before.indices[k]!);
  }
  if (!doc.once) {
    let byKey = gaveItems.get(doc);
    if (!byKey) gaveItems.set(doc, (byKey = new Map()));
    byKey.set(key, { globals, indices: gave, readings });
  }
  return readings;
}

/** What acrossVersionsEach asks each segment with, and where it collects the readings. */
interface EachAsk<T> {
  doc: AnalysedDocument;
  key: string;
  globals: readonly unknown[];
  gate: (segment: AnalysedSegment) => boolean;
  compute: (segment: AnalysedSegment) => readonly T[];
  move: (kept: readonly T[], from: AnalysedSegment, to: AnalysedSegment) => readonly T[] | undefined;
  gave: number[];
  readings: Array<readonly T[]>;
}

/** acrossVersionsEach's reading of the i-th segment (a top-level function: see Move). */
function askEach<T>(asked: EachAsk<T>, i: number): void {
  const segment = asked.doc.segments[i]!;
  if (!asked.gate(segment)) return;
  const reading = acrossVersions(asked.doc, segment, asked.key, asked.globals, asked.compute, asked.move);
  if (reading.length === 0) return;
  asked.gave.push(i);
  asked.readings.push(reading);
}

/**
 * A segment's result moved with the segment, from where `from` stood to where `to` stands (the same content): its
 * tokens and ranges are `to`'s at the same places, `from` itself is `to`, and every other plain object with numeric
 * `start` and `end` (a span in the segment or around it) is a copy shifted by the move; the rest is kept as it is
 * (objects that hold nothing moved stay the same objects). Undefined when the result holds anything else that might
 * hold an offset (a Map, a Set, a class instance): the reading is then read afresh. Only for readings whose plain
 * objects with `start` and `end` are all document offsets.
 */
export function movedWithSegment<T>(value: T, from: AnalysedSegment, to: AnalysedSegment): T | undefined {
  // Most kept values are empty lists (a paragraph without the reading's sentences): nothing in them to move, and no
  // map of the segment's tokens built for every segment after the edit on every keystroke.
  if (holdsNothing(value)) return value;
  const by = to.start - from.start;
  if (by === 0 && from.tokens === to.tokens) return value;
  // `from` itself, its tokens and its ranges are looked for among the few the segment holds (no map of them built per
  // move, perf-key68): those of `from` never read (not placed) can be in no value.
  return remapped(value, new SegmentMove(from, to, by));
}

/**
 * What a move does to the objects it meets (`replace`: an object's replacement, REFUSED, or undefined to look inside
 * it) and to plain spans (`shift`). Methods of an object made per move, not closures made per move: V8 keeps a
 * closure's optimised code only while an instance of it lives, so closures made per call are compiled again after
 * every full collection, on every keystroke's path (bench/RESULTS.md, perf-key74 and perf-key77).
 */
interface Move {
  replace(v: object): unknown;
  shift(start: number, end: number): number | typeof REFUSED;
}

/** movedWithSegment's move: `from` becomes `to`, its tokens and ranges `to`'s, every span shifts by `by`. */
class SegmentMove implements Move {
  constructor(
    private readonly from: AnalysedSegment,
    private readonly to: AnalysedSegment,
    private readonly by: number,
  ) {}

  replace(v: object): unknown {
    return v instanceof Set ? REFUSED : v === this.from ? this.to : sameAt(v, this.from, this.to);
  }

  shift(): number {
    return this.by;
  }
}

/**
 * `v` as one of `from`'s tokens or ranges: the one of `to` at the same index (undefined when it is neither, or `to` has
 * none there). `from` and `to` are one segment of two versions (the same content): their lists are of one length.
 */
function sameAt(v: object, from: AnalysedSegment, to: AnalysedSegment): unknown {
  const t = placedTokensOf(from).indexOf(v as never);
  if (t >= 0) return to.tokens[t];
  const r = placedRangesOf(from).indexOf(v as never);
  return r >= 0 ? to.ranges[r] : undefined;
}

/** A primitive or an empty list: what `remapped` gives back as it is, whatever the move (no object in it). */
function holdsNothing(value: unknown): boolean {
  return value === null || typeof value !== 'object' || (Array.isArray(value) && value.length === 0);
}

/**
 * A value read of a segment outside the edit's scope in the version before (`edit.previous`), moved to where the
 * segment stands now, for readings that also hold what they read of the other segments of its section (a statement
 * that took in the rate of the paragraph after it, years of a statement before it): the tokens, ranges, sentences and
 * the segment objects of any segment outside the scope become the same objects of the new version, Sets are mapped,
 * and other plain objects with numeric `start` and `end` are shifted when they stand after the changed text and kept
 * when before it. Undefined when the value holds anything of a segment in the scope, a span across the changed text,
 * or any other object (a Map, a class instance): the reading is then read afresh.
 */
export function movedAcrossEdit<T>(value: T, from: AnalysedSegment, to: AnalysedSegment, doc: AnalysedDocument, edit: Readonly<Scope>): T | undefined {
  if (holdsNothing(value)) return value;
  const move = new EditMove(doc, edit);
  move.mapSegment(from.index);
  return remapped(value, move);
}

/** movedAcrossEdit's move (its comment says what it maps, shifts and refuses). */
class EditMove implements Move {
  private readonly before: readonly AnalysedSegment[];
  private readonly by: number;
  // The segments outside the scope whose objects the value may hold, in the order met (the segment first): a few. Their
  // objects are found in their lists when met, not put in a map of every token and range of each first (perf-key68:
  // a map, a set and the new version's tokens of the segment placed on every move, whatever the value held).
  private readonly mapped: number[] = [];

  constructor(
    private readonly doc: AnalysedDocument,
    private readonly edit: Readonly<Scope>,
  ) {
    this.before = edit.previous.segments;
    this.by = doc.text.length - edit.previous.text.length;
  }

  mapSegment(j: number): boolean {
    if (this.mapped.includes(j)) return true;
    if (j >= this.edit.from && j <= this.edit.to) return false;
    this.mapped.push(j);
    return true;
  }

  /** `v` as a segment, token or range of a segment mapped so far: the new version's (undefined when it is none). */
  private known(v: object): unknown {
    for (const j of this.mapped) {
      const p = this.before[j]!;
      const n = this.doc.segments[j]!;
      if (v === p) return n;
      if (p === n) continue;
      const found = sameAt(v, p, n);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The segment of the version before that holds the offset (the last whose start is at or before it). */
  private segmentAt(offset: number): number {
    const before = this.before;
    let lo = 0;
    let hi = before.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  replace(v: object): unknown {
    const found = this.known(v);
    if (found !== undefined) return found;
    const before = this.before;
    const source = v as Record<string, unknown>;
    if (typeof source.index === 'number' && before[source.index] === v) return this.mapSegment(source.index) ? this.doc.segments[source.index] : REFUSED;
    if (typeof source.start !== 'number' || typeof source.end !== 'number') return undefined;
    // A token, range or sentence of another segment of the version before: that segment's, in the new version.
    const j = this.segmentAt(source.start);
    const p = before[j]!;
    if (p.start > source.start || source.end > p.end) return undefined;
    if (!this.mapSegment(j)) return REFUSED;
    const n = this.doc.segments[j]!;
    if (p === n) return undefined;
    const token = sameAt(v, p, n);
    if (token !== undefined) return token;
    // One of the segment's sentences: the same sentence of the new version (read only when asked for). `remapped` asks
    // once per object, so this needs no map of its own.
    const k = placedSentencesOf(p).indexOf(v as Span);
    return k < 0 ? undefined : n.sentences[k];
  }

  /** Spans after the changed text move with it, those before it stay; one across it cannot be moved. */
  shift(start: number, end: number): number | typeof REFUSED {
    const by = this.by;
    return by === 0 ? 0 : start >= this.edit.oldEnd ? by : end > this.edit.prefix ? REFUSED : 0;
  }
}

const REFUSED = Symbol('refused');

/**
 * `value` with the objects it holds replaced: `replace(v)` is an object's replacement (REFUSED: the value cannot be
 * moved; undefined: look inside it). Arrays, Sets and plain objects are copied when anything in them changed, and a
 * plain object with numeric `start` and `end` is shifted by `shift(start, end)`. Undefined when the value holds any
 * other object or a replacement or shift was refused. An object met twice is moved once: shared objects stay shared.
 */
function remapped<T>(value: T, move: Move): T | undefined {
  // One memo for every move (none runs inside another: `replace` and `shift` move nothing), not a new map per move.
  const moved = idle ?? new Remap();
  idle = undefined;
  try {
    return moved.run(value, move);
  } finally {
    moved.clear();
    idle = moved;
  }
}

/**
 * The objects a move met and what each became. Most moves meet a few (a statement, its tokens and spans): those are
 * kept in two lists searched in turn, reused from move to move and emptied after each (perf-key68: a new map per
 * move, grown entry by entry, was a sixth of what the moves allocated); past MEMO_LIST entries, in a map of this move's.
 */
class MovedObjects {
  private readonly keys: Array<object | undefined> = [];
  private readonly values: unknown[] = [];
  private count = 0;
  private map: Map<object, unknown> | undefined;

  get(v: object): unknown {
    if (this.map !== undefined) return this.map.get(v);
    for (let i = 0; i < this.count; i++) if (this.keys[i] === v) return this.values[i];
    return undefined;
  }

  /** `v` not yet met in this move. */
  set(v: object, out: unknown): void {
    if (this.map !== undefined) this.map.set(v, out);
    else if (this.count < MEMO_LIST) {
      this.keys[this.count] = v;
      this.values[this.count++] = out;
    } else {
      this.map = new Map();
      for (let i = 0; i < this.count; i++) this.map.set(this.keys[i]!, this.values[i]);
      this.map.set(v, out);
    }
  }

  /** Empty again, holding no object of the move. */
  clear(): void {
    for (let i = 0; i < this.count; i++) {
      this.keys[i] = undefined;
      this.values[i] = undefined;
    }
    this.count = 0;
    this.map = undefined;
  }
}

const MEMO_LIST = 64;
let idle: Remap | undefined;

/** One run of `remapped`: the objects met (MovedObjects) and the walk of the value, as methods (see Move). */
class Remap extends MovedObjects {
  private failed = false;
  private move: Move | undefined;

  run<T>(value: T, move: Move): T | undefined {
    this.failed = false;
    this.move = move;
    const result = this.moved(value) as T;
    this.move = undefined;
    return this.failed ? undefined : result;
  }

  private moved(v: unknown): unknown {
    if (this.failed || v === null || typeof v !== 'object') return v;
    let out = this.get(v);
    if (out !== undefined) return out;
    out = this.move!.replace(v);
    if (out === REFUSED) this.failed = true;
    else if (out === undefined) {
      if (Array.isArray(v)) {
        // Copied when an item changed (most lists of a moved value hold nothing moved): no list of the items built
        // only to be compared. A hole reads as undefined, which moves to itself: it stays a hole, as a map leaves it.
        let copy: unknown[] | undefined;
        for (let i = 0; i < v.length; i++) {
          const item = this.moved(v[i]);
          if (item !== v[i]) (copy ??= v.slice())[i] = item;
        }
        out = copy ?? v;
      } else if (v instanceof Set) {
        const members = [...v];
        let changed = false;
        const items: unknown[] = [];
        for (const member of members) {
          const item = this.moved(member);
          if (item !== member) changed = true;
          items.push(item);
        }
        out = changed ? new Set(items) : v;
      } else if (Object.getPrototypeOf(v) === Object.prototype) {
        const source = v as Record<string, unknown>;
        let copy: Record<string, unknown> | undefined;
        // `for in`, not Object.keys: no list of the keys per object (the prototype, Object.prototype, has no enumerable
        // key, so the same keys in the same order).
        for (const key in source) {
          const item = this.moved(source[key]);
          if (item !== source[key]) (copy ??= { ...source })[key] = item;
        }
        if (typeof source.start === 'number' && typeof source.end === 'number') {
          const by = this.move!.shift(source.start, source.end);
          if (by === REFUSED) this.failed = true;
          else if (by !== 0) {
            copy ??= { ...source };
            copy.start = source.start + by;
            copy.end = source.end + by;
          }
        }
        out = copy ?? v;
      } else this.failed = true;
    }
    if (this.failed) return v;
    this.set(v, out);
    return out;
  }
}

function samePins(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameValues(a, b);
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

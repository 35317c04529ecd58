// perf-key68: the moves of a kept reading across versions (across-versions.ts movedWithSegment and movedAcrossEdit)
// look for the segments, tokens, ranges and sentences a value holds among the few segments it may hold them of,
// instead of a map of every token and range of each segment filled before the move, and remap the value with one
// reused memo of the objects met, arrays copied from their first changed item and plain objects' keys read with
// `for in`. What a move gives must be what the map-based moves of perf-key63 gave (kept below as the reference):
// the same objects of the new version for the segments, tokens, ranges and sentences of the version before, the same
// copies with the same offsets for everything else, shared objects still shared, and undefined where those refused.
// Checked on values made at random of a draft's segments around random edits; and (the reason for the change) a move
// does not place the new version's tokens of a segment whose tokens the value does not hold.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, type CheckResult } from 'factlint';
import { movedAcrossEdit, movedWithSegment, versionEdit } from '../../server/dist/engine/across-versions.js';
import { holdsTokens, type AnalysedDocument, type AnalysedSegment } from '../../server/dist/engine/analysis.js';
import { replaceAt } from './across-versions-harness.js';
import { urbanApiary } from './made-up-datasets.js';
import { seededRandom as random } from './helpers.js';

type Scope = NonNullable<ReturnType<typeof versionEdit>>;
type Span = { start: number; end: number };

// ---- The moves as perf-key63 wrote them (the reference) -------------------------------------------------------------

const REFUSED = Symbol('refused');

function referenceMovedWithSegment<T>(value: T, from: AnalysedSegment, to: AnalysedSegment): T | undefined {
  if (holdsNothing(value)) return value;
  const by = to.start - from.start;
  if (by === 0 && from.tokens === to.tokens) return value;
  const moved = new Map<object, unknown>();
  from.tokens.forEach((t, i) => moved.set(t, to.tokens[i]));
  from.ranges.forEach((r, i) => moved.set(r, to.ranges[i]));
  moved.set(from, to);
  return referenceRemapped(value, (v) => (v instanceof Set ? REFUSED : moved.get(v)), () => by);
}

function holdsNothing(value: unknown): boolean {
  return value === null || typeof value !== 'object' || (Array.isArray(value) && value.length === 0);
}

function referenceMovedAcrossEdit<T>(value: T, from: AnalysedSegment, to: AnalysedSegment, doc: AnalysedDocument, edit: Scope): T | undefined {
  if (holdsNothing(value)) return value;
  const before = edit.previous.segments;
  const by = doc.text.length - edit.previous.text.length;
  const moved = new Map<object, unknown>();
  const mapped = new Set<number>();
  const mapSegment = (j: number): boolean => {
    if (mapped.has(j)) return true;
    if (j >= edit.from && j <= edit.to) return false;
    const p = before[j]!;
    const n = doc.segments[j]!;
    mapped.add(j);
    moved.set(p, n);
    if (p === n) return true;
    p.tokens.forEach((t, i) => moved.set(t, n.tokens[i]));
    p.ranges.forEach((r, i) => moved.set(r, n.ranges[i]));
    return true;
  };
  mapSegment(from.index);
  const segmentAt = (offset: number): number => {
    let lo = 0;
    let hi = before.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const replace = (v: object): unknown => {
    const known = moved.get(v);
    if (known !== undefined) return known;
    const source = v as Record<string, unknown>;
    if (typeof source.index === 'number' && before[source.index] === v) return mapSegment(source.index) ? moved.get(v) : REFUSED;
    if (typeof source.start !== 'number' || typeof source.end !== 'number') return undefined;
    const j = segmentAt(source.start);
    const p = before[j]!;
    if (p.start > source.start || source.end > p.end) return undefined;
    if (!mapSegment(j)) return REFUSED;
    const token = moved.get(v);
    if (token !== undefined) return token;
    const k = p === doc.segments[j] ? -1 : p.sentences.indexOf(v as Span);
    if (k < 0) return undefined;
    const sentence = doc.segments[j]!.sentences[k]!;
    moved.set(v, sentence);
    return sentence;
  };
  return referenceRemapped(value, replace, (start, end) => (by === 0 ? 0 : start >= edit.oldEnd ? by : end > edit.prefix ? REFUSED : 0));
}

function referenceRemapped<T>(value: T, replace: (v: object) => unknown, shift: (start: number, end: number) => number | typeof REFUSED): T | undefined {
  const moved = new Map<object, unknown>();
  let failed = false;
  const move = (v: unknown): unknown => {
    if (failed || v === null || typeof v !== 'object') return v;
    let out = moved.get(v);
    if (out !== undefined) return out;
    out = replace(v);
    if (out === REFUSED) failed = true;
    else if (out === undefined) {
      if (Array.isArray(v)) {
        const items = v.map(move);
        out = items.some((item, i) => item !== v[i]) ? items : v;
      } else if (v instanceof Set) {
        const members = [...v];
        const items = members.map(move);
        out = items.some((item, i) => item !== members[i]) ? new Set(items) : v;
      } else if (Object.getPrototypeOf(v) === Object.prototype) {
        const source = v as Record<string, unknown>;
        let copy: Record<string, unknown> | undefined;
        for (const key of Object.keys(source)) {
          const item = move(source[key]);
          if (item !== source[key]) (copy ??= { ...source })[key] = item;
        }
        if (typeof source.start === 'number' && typeof source.end === 'number') {
          const by = shift(source.start, source.end);
          if (by === REFUSED) failed = true;
          else if (by !== 0) {
            copy ??= { ...source };
            copy.start = source.start + by;
            copy.end = source.end + by;
          }
        }
        out = copy ?? v;
      } else failed = true;
    }
    if (failed) return v;
    moved.set(v, out);
    return out;
  };
  const result = move(value) as T;
  return failed ? undefined : result;
}

// ---- Values made at random -----------------------------------------------------------------------------------------

/**
 * A value as a reading of `segment` (of the version before) might keep it: lists and plain objects holding the segment,
 * segments near it, their tokens, ranges and sentences, spans before, inside and after the edit and across it, objects
 * met twice, and now and then a Set, a Map, a hole or a class instance. `place` says whether a segment's tokens,
 * ranges and sentences may be read (placed) to be put in the value: some are left unread.
 */
function makeValue(rnd: () => number, previous: AnalysedDocument, segment: AnalysedSegment, place: (s: AnalysedSegment) => boolean): unknown {
  const pick = <T>(items: readonly T[]): T | undefined => (items.length ? items[Math.floor(rnd() * items.length)] : undefined);
  const near = (): AnalysedSegment => previous.segments[Math.max(0, Math.min(previous.segments.length - 1, segment.index + Math.floor(rnd() * 9) - 4))]!;
  const shared: object[] = [];
  // A Set, a Map or a class instance in one value of five: most values can be moved whole.
  const exotic = rnd() < 0.2;
  const leaf = (depth: number): unknown => {
    const r = rnd();
    const s = rnd() < 0.7 ? segment : near();
    if (r < 0.12) return s;
    if (r < 0.3) return place(s) ? (pick(s.tokens) ?? s) : s;
    if (r < 0.38) return place(s) ? (pick(s.ranges) ?? 1) : 2;
    if (r < 0.48) return place(s) ? (pick(s.sentences) ?? 'none') : 'unread';
    if (r < 0.6) {
      const at = Math.floor(rnd() * previous.text.length);
      return { start: at, end: Math.min(previous.text.length, at + Math.floor(rnd() * 40)), label: 'span' };
    }
    if (r < 0.66) return { start: segment.start + 1, end: segment.end, of: s };
    if (r < 0.72 && shared.length) return pick(shared);
    if (exotic && r < 0.74) return new Set([s, 3]);
    if (exotic && r < 0.75) return new Map([[1, 2]]);
    if (exotic && r < 0.76) return new (class Reading {})();
    if (r < 0.8) return Math.floor(rnd() * 100);
    return depth > 0 ? node(depth - 1) : 'leaf';
  };
  const node = (depth: number): unknown => {
    let made: object;
    if (rnd() < 0.5) {
      const items = Array.from({ length: Math.floor(rnd() * 5) }, () => leaf(depth));
      if (items.length > 2 && rnd() < 0.1) delete items[1];
      made = items;
    } else {
      const o: Record<string, unknown> = { kind: 'statement' };
      for (let k = Math.floor(rnd() * 4); k > 0; k--) o[`f${k}`] = leaf(depth);
      if (rnd() < 0.5) {
        o.start = segment.start + Math.floor(rnd() * 5);
        o.end = segment.end;
      }
      made = o;
    }
    shared.push(made);
    return made;
  };
  return node(3);
}

/**
 * `value` with the new version's segments, tokens, ranges and sentences named by where they are, the objects of the
 * version before that stayed named as such, every other object written out with a number per object (so two
 * results are equal when they share the same objects the same way).
 */
function described(value: unknown, doc: AnalysedDocument, before: AnalysedDocument, input: unknown): unknown {
  const names = new Map<object, string>();
  for (const s of doc.segments) {
    names.set(s, `segment ${s.index}`);
    // Only what is placed already: naming must not place anything.
    for (const [k, t] of (placedOf(s, 'tokens') as object[]).entries()) names.set(t, `token ${s.index}.${k}`);
    for (const [k, r] of (placedOf(s, 'ranges') as object[]).entries()) names.set(r, `range ${s.index}.${k}`);
    for (const [k, t] of (placedOf(s, 'sentences') as object[]).entries()) names.set(t, `sentence ${s.index}.${k}`);
  }
  for (const s of before.segments) if (!names.has(s)) names.set(s, `old segment ${s.index}`);
  const inputs = new Map<object, number>();
  const collect = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || inputs.has(v) || names.has(v)) return;
    inputs.set(v, inputs.size);
    if (Array.isArray(v) || v instanceof Set) for (const item of v) collect(item);
    else if (Object.getPrototypeOf(v) === Object.prototype) for (const item of Object.values(v)) collect(item);
  };
  collect(input);
  const seen = new Map<object, number>();
  const write = (v: unknown): unknown => {
    if (v === undefined) return '(undefined)';
    if (v === null || typeof v !== 'object') return v;
    const name = names.get(v);
    if (name !== undefined) return name;
    if (inputs.has(v)) return `input ${inputs.get(v)}`;
    if (seen.has(v)) return `copy ${seen.get(v)} again`;
    seen.set(v, seen.size);
    if (Array.isArray(v)) return { copy: seen.get(v), items: Array.from({ length: v.length }, (_, i) => (i in v ? write(v[i]) : '(hole)')) };
    if (v instanceof Set) return { copy: seen.get(v), set: [...v].map(write) };
    return { copy: seen.get(v), fields: Object.entries(v).map(([k, item]) => [k, write(item)]) };
  };
  return write(value);
}

/** A segment's tokens, ranges or sentences as far as they are placed (read), without placing them. */
function placedOf(segment: AnalysedSegment, list: 'tokens' | 'ranges' | 'sentences'): readonly unknown[] {
  const s = segment as unknown as { tokensIfPlaced?: unknown[]; rangesIfPlaced?: unknown[]; sentencesIfPlaced?: unknown[] };
  const placed = list === 'tokens' ? s.tokensIfPlaced : list === 'ranges' ? s.rangesIfPlaced : s.sentencesIfPlaced;
  return placed ?? [];
}

// First in the file, before any check moves anything in this process: the memo reused from move to move must hold
// nothing of the move before (a stale entry would give the first move's copy again).
describe('the moves\' reused memo', () => {
  it('gives each move its own copies of the same value', () => {
    const segment = (start: number) => ({ index: 0, start, end: start + 10, tokens: [], ranges: [], sentences: [] }) as unknown as AnalysedSegment;
    const from = segment(0);
    const value = [{ start: 1, end: 2 }];
    const first = movedWithSegment(value, from, segment(5)) as Span[];
    const second = movedWithSegment(value, from, segment(7)) as Span[];
    assert.deepEqual([first[0]!.start, second[0]!.start], [6, 8]);
  });
});

describe('moves of kept readings across versions', () => {
  const engine = createEngine({ dataset: urbanApiary({}) });
  const section = (k: number): string =>
    [
      `## Site ${k}`,
      `RBC kept ${150 + k} hives and ${600 + k} members in 2024, up ${k % 40}% on 2019. Its yield rose 61–73% a year. NAC kept 412 hives.`,
      `The site had ${20 + (k % 7)} volunteers in 2024, against ${10 + (k % 5)} in 2019. That is an increase of ${k % 90}%.`,
      // Figures no reading asks for: such a paragraph's tokens are not placed by a check after an edit before it.
      `Volunteers painted ${k + 3} benches by the gate.`,
      `| Indicator | 2019 | 2024 |\n| --- | ---: | ---: |\n| Hives | ${100 + k} | ${150 + k} |`,
      `- NAC kept 412 hives in 2024.\n- RBC kept ${150 + k} hives in 2019, 3–5 a week.`,
    ].join('\n\n');
  const text = Array.from({ length: 30 }, (_, k) => section(k)).join('\n\n');

  /** Edits at random places: a letter typed or deleted, a figure typed, a line break, a word replaced. */
  function* versions(seed: number, count: number): Generator<{ before: CheckResult; after: CheckResult }> {
    const rnd = random(seed);
    let current = text;
    let result = engine.check(current);
    for (let i = 0; i < count; i++) {
      const at = Math.floor(rnd() * current.length);
      const by = ['x', '', ' 12%', '\n\n', 'hives'][Math.floor(rnd() * 5)]!;
      current = by === '' ? replaceAt(current, at, 1, '') : by === 'hives' ? replaceAt(current, at, 3, by) : replaceAt(current, at, 0, by);
      const next = engine.check(current, { previous: result });
      yield { before: result, after: next };
      result = next;
    }
  }

  it('give what the map-based moves gave, for values made at random around random edits', () => {
    let compared = 0;
    let moved = 0;
    let movedWith = 0;
    for (const seed of [1, 2, 3]) {
      for (const { before, after } of versions(seed, 12)) {
        const doc = after.state.doc;
        const edit = versionEdit(doc);
        if (!edit) continue;
        const previous = before.state.doc;
        const rnd = random(seed * 1000 + compared);
        // Segments outside the scope: some before it (the same objects), most after it (moved).
        const outside = doc.segments.filter((s) => s.index < edit.from || s.index > edit.to);
        for (let n = 0; n < 40 && outside.length; n++) {
          const to = outside[Math.floor(rnd() * outside.length)]!;
          const from = previous.segments[to.index]!;
          const value = makeValue(rnd, previous, from, () => rnd() < 0.7);
          // The new moves first: the reference places every token and range of the segments it maps.
          const across: unknown = movedAcrossEdit(value, from, to, doc, edit);
          const withSegment = movedWithSegment(value, from, to);
          const expectedAcross: unknown = referenceMovedAcrossEdit(value, from, to, doc, edit);
          const expectedWith = referenceMovedWithSegment(value, from, to);
          const label = `seed ${seed}, segment ${to.index}`;
          assert.deepEqual(described(across, doc, previous, value), described(expectedAcross, doc, previous, value), `${label}: movedAcrossEdit`);
          assert.deepEqual(described(withSegment, doc, previous, value), described(expectedWith, doc, previous, value), `${label}: movedWithSegment`);
          compared++;
          if (across !== undefined && across !== value) moved++;
          if (withSegment !== undefined && withSegment !== value) movedWith++;
        }
      }
    }
    // The values were moved (not all refused): the comparison saw copies and the new version's objects.
    assert.ok(compared > 500, `${compared} values compared`);
    assert.ok(moved > compared / 5, `${moved} of ${compared} values moved across the edit`);
    assert.ok(movedWith > compared / 5, `${movedWith} of ${compared} values moved with their segment`);
  });

  it("place none of the new version's tokens of a segment whose tokens the value does not hold", () => {
    const before = engine.check(text);
    const at = text.indexOf('volunteers', Math.floor(text.length * 0.3)) + 3;
    const after = engine.check(replaceAt(text, at, 0, 'x'), { previous: before });
    const doc = after.state.doc;
    const edit = versionEdit(doc)!;
    const to = doc.segments.find((s) => s.index > edit.to + 3 && s.kind === 'paragraph' && holdsTokens(s) && (s as unknown as { tokensIfPlaced?: unknown }).tokensIfPlaced === undefined)!;
    assert.ok(to, 'a paragraph after the edit whose tokens are not placed');
    const from = before.state.doc.segments[to.index]!;
    assert.ok(from.tokens.length > 0, 'it holds figures');
    // A statement of the segment: the segment and a span of it, none of its tokens.
    const value = [{ segment: from, start: from.start, end: from.start + 4 }];
    const moved = movedAcrossEdit(value, from, to, doc, edit) as Array<{ segment: AnalysedSegment; start: number }>;
    assert.equal(moved[0]!.segment, to);
    assert.equal(moved[0]!.start, to.start);
    assert.equal((to as unknown as { tokensIfPlaced?: unknown }).tokensIfPlaced, undefined, 'movedAcrossEdit placed no token');
    const again = movedWithSegment(value, from, to) as Array<{ segment: AnalysedSegment; start: number }>;
    assert.equal(again[0]!.segment, to);
    assert.equal((to as unknown as { tokensIfPlaced?: unknown }).tokensIfPlaced, undefined, 'movedWithSegment placed no token');
    // Its tokens, once held, are the new version's.
    const withToken = movedAcrossEdit([from.tokens[0]], from, to, doc, edit) as unknown[];
    assert.equal(withToken[0], to.tokens[0]);
  });

  it('keep an object met twice shared, and give up on a value that holds a Map', () => {
    const before = engine.check(text);
    const at = text.indexOf('volunteers', Math.floor(text.length * 0.3)) + 3;
    const after = engine.check(replaceAt(text, at, 0, 'x'), { previous: before });
    const doc = after.state.doc;
    const edit = versionEdit(doc)!;
    const to = doc.segments[edit.to + 2]!;
    const from = before.state.doc.segments[to.index]!;
    const span = { start: from.start, end: from.start + 2 };
    // More objects than the memo's list holds (64): the memo goes on in a map.
    const many = Array.from({ length: 100 }, (_, i) => ({ start: from.start, end: from.start + 1 + (i % 3), i }));
    const moved = movedAcrossEdit({ a: span, b: [span, ...many, span] }, from, to, doc, edit) as { a: Span; b: Span[] };
    assert.equal(moved.a, moved.b[0]);
    assert.equal(moved.a, moved.b[101]);
    assert.equal(moved.a.start, to.start);
    assert.deepEqual(moved.b.slice(1, 101).map((s) => s.start), many.map(() => to.start));
    assert.equal(movedAcrossEdit([span, new Map()], from, to, doc, edit), undefined);
    assert.equal(movedWithSegment([span, new Map()], from, to), undefined);
    // After a refused move, the next is whole (the reused memo was emptied).
    assert.equal((movedAcrossEdit([span], from, to, doc, edit) as Span[])[0]!.start, to.start);
  });
});

// A paragraph's growth statements carried across versions (lsp-keystroke3): the reading of a segment that takes in
// no statement from the paragraph before it sees only the segment's own text and the few characters after it (a
// value's unit word), so it is read once per segment content and kept with the segment's cached analysis, its
// tokens as indices into the segment's tokens, its spans relative to the segment's start. Each check places fresh
// copies (statements are completed in place afterwards: years, rates taken in by the next paragraph), so nothing a
// check does to them reaches the kept reading or a later check.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';

/** How far past its segment the reading of statements looks: a value's unit word ("… 250 crews"), "as … as". */
export const STATEMENTS_AFTER = 30;

/**
 * A field of a carried object: a plain value, the segment itself, a token of the segment, an array or set of them,
 * a span (by its index in the read's table of spans: shared objects stay shared), or an array of spans.
 */
type Field =
  | { kind: 'value'; value: unknown }
  | { kind: 'segment' }
  | { kind: 'token'; index: number }
  | { kind: 'tokens'; indices: number[] }
  | { kind: 'set'; indices: number[] }
  | { kind: 'span'; index: number }
  | { kind: 'spans'; indices: number[] };

/** A span of the read: one of the segment's sentences (by index), or a flat object relative to the segment's start. */
type CarriedSpan = { sentence: number } | { flat: Record<string, unknown> & { start: number; end: number } };

interface CarriedRead {
  spans: CarriedSpan[];
  statements: Array<Array<[string, Field]>>;
  /** Indices into `statements` of the statements the paragraph's last sentence leaves to the next paragraph. */
  last: number[];
}

export interface StatementsRead<S> {
  statements: S[];
  last: S[];
}

/**
 * The statements `compute` reads in `segment` (with no statement carried in from the paragraph before), reused while
 * the segment's content and the STATEMENTS_AFTER characters after it are the same. A read of any other shape is not
 * kept: it is read afresh each time.
 */
export function carriedStatements<S extends object>(doc: AnalysedDocument, segment: AnalysedSegment, compute: () => StatementsRead<S>): StatementsRead<S> {
  if (doc.once) return compute();
  const following = doc.text.slice(segment.end, segment.end + STATEMENTS_AFTER);
  // The section's heading names the measure a "since YEAR, when …" sentence may speak of (change-since-when.ts).
  const heading = headingText(doc, segment);
  let fresh: StatementsRead<S> | undefined;
  const carried = segment.reuse('statements-carry', [segment.content, following, heading], (): CarriedRead | null => {
    fresh = compute();
    if (fresh.statements.length === 0 && fresh.last.length === 0) return EMPTY;
    return toCarried(fresh, segment);
  });
  if (fresh) return fresh;
  if (carried === EMPTY) return { statements: [], last: [] };
  return carried ? place<S>(carried, segment) : compute();
}

/** The text of the heading above a segment ('' when none). */
export function headingText(doc: AnalysedDocument, segment: AnalysedSegment): string {
  const h = segment.heading === undefined ? undefined : doc.segments[segment.heading];
  return h ? doc.text.slice(h.start, h.end) : '';
}

const EMPTY: CarriedRead = { spans: [], statements: [], last: [] };

function toCarried(read: StatementsRead<object>, segment: AnalysedSegment): CarriedRead | null {
  const tokenIndex = new Map<NumberToken, number>(segment.tokens.map((t, i) => [t, i]));
  const sentences = segment.sentences;
  const spanIndex = new Map<object, number>();
  const spans: CarriedSpan[] = [];
  const spanOf = (value: object): number | undefined => {
    const known = spanIndex.get(value);
    if (known !== undefined) return known;
    const sentence = sentences.indexOf(value as (typeof sentences)[number]);
    let carried: CarriedSpan;
    if (sentence >= 0) carried = { sentence };
    else {
      const span = value as { start?: unknown; end?: unknown };
      if (Object.getPrototypeOf(value) !== Object.prototype || typeof span.start !== 'number' || typeof span.end !== 'number') return undefined;
      if (span.start < segment.start || span.end > segment.end) return undefined;
      // Only flat spans: a nested object would keep document offsets the shift does not reach.
      if (Object.values(value).some((v) => v !== null && typeof v === 'object')) return undefined;
      carried = { flat: { ...(value as Record<string, unknown>), start: span.start - segment.start, end: span.end - segment.start } };
    }
    spanIndex.set(value, spans.length);
    spans.push(carried);
    return spans.length - 1;
  };
  const tokensOf = (values: Iterable<unknown>): number[] | undefined => {
    const indices: number[] = [];
    for (const v of values) {
      const i = tokenIndex.get(v as NumberToken);
      if (i === undefined) return undefined;
      indices.push(i);
    }
    return indices;
  };
  const fieldOf = (value: unknown): Field | undefined => {
    if (value === null || typeof value !== 'object') return { kind: 'value', value };
    if (value === segment) return { kind: 'segment' };
    const token = tokenIndex.get(value as NumberToken);
    if (token !== undefined) return { kind: 'token', index: token };
    if (value instanceof Set) {
      const indices = tokensOf(value);
      return indices && { kind: 'set', indices };
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return { kind: 'tokens', indices: [] };
      const indices = tokensOf(value);
      if (indices) return { kind: 'tokens', indices };
      const spanIndices: number[] = [];
      for (const v of value) {
        const i = v !== null && typeof v === 'object' ? spanOf(v) : undefined;
        if (i === undefined) return undefined;
        spanIndices.push(i);
      }
      return { kind: 'spans', indices: spanIndices };
    }
    const span = spanOf(value);
    return span === undefined ? undefined : { kind: 'span', index: span };
  };
  const statements: CarriedRead['statements'] = [];
  for (const statement of read.statements) {
    const fields: Array<[string, Field]> = [];
    for (const name of Object.keys(statement)) {
      const field = fieldOf((statement as Record<string, unknown>)[name]);
      if (!field) return null;
      fields.push([name, field]);
    }
    statements.push(fields);
  }
  const last = read.last.map((s) => read.statements.indexOf(s));
  if (last.some((i) => i < 0)) return null;
  return { spans, statements, last };
}

function place<S>(carried: CarriedRead, segment: AnalysedSegment): StatementsRead<S> {
  const tokens = segment.tokens;
  const sentences = carried.spans.some((s) => 'sentence' in s) ? segment.sentences : [];
  const by = segment.start;
  const spans = carried.spans.map((s) => ('sentence' in s ? sentences[s.sentence]! : { ...s.flat, start: s.flat.start + by, end: s.flat.end + by }));
  const statements = carried.statements.map((fields) => {
    const statement: Record<string, unknown> = {};
    for (const [name, field] of fields) {
      switch (field.kind) {
        case 'value':
          statement[name] = field.value;
          break;
        case 'segment':
          statement[name] = segment;
          break;
        case 'token':
          statement[name] = tokens[field.index];
          break;
        case 'tokens':
          statement[name] = field.indices.map((i) => tokens[i]!);
          break;
        case 'set':
          statement[name] = new Set(field.indices.map((i) => tokens[i]!));
          break;
        case 'span':
          statement[name] = spans[field.index];
          break;
        case 'spans':
          statement[name] = field.indices.map((i) => spans[i]!);
          break;
      }
    }
    return statement as S;
  });
  return { statements, last: carried.last.map((i) => statements[i]!) };
}

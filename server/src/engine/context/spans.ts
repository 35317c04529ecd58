// Span look-ups in sorted lists (tokens, mentions, ranges, sentences) by bisection, so no claim scans its whole segment.
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { VersionMemo } from '../version-memo.js';

/** Text of a span with the given mentions (in order) cut out, each left as one space. */
export function withoutMentions(text: string, span: Span, mentions: readonly Span[]): string {
  let out = '';
  let at = span.start;
  for (const m of mentions) {
    if (m.start < at || m.end > span.end) continue;
    out += `${text.slice(at, m.start)} `;
    at = m.end;
  }
  return out + text.slice(at, span.end);
}

export function inSpan(span: Span, token: Span): boolean {
  return token.start >= span.start && token.end <= span.end;
}

/** The segment that holds `offset` (its start at or before it, its end at or after it), by bisection over the document's segments. */
export function segmentAtOffset(segments: readonly AnalysedSegment[], offset: number): AnalysedSegment | undefined {
  const s = segments[firstAtOrAfter(segments, offset + 1) - 1];
  return s && s.start <= offset && offset <= s.end ? s : undefined;
}

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
export function firstAtOrAfter(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items (sorted by start) that lie inside `span`. */
export function itemsWithin<T extends Span>(items: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, span.start); i < items.length && items[i]!.start < span.end; i++) {
    if (inSpan(span, items[i]!)) out.push(items[i]!);
  }
  return out;
}

/** The sentence of the segment that holds `offset`, else the whole segment. */
export function sentenceOf(segment: AnalysedSegment, offset: number): Span {
  const sentences = segment.sentences;
  const i = firstAtOrAfter(sentences, offset + 1) - 1;
  const s = sentences[i];
  return s && s.start <= offset && offset < s.end ? s : { start: segment.start, end: segment.end };
}

/** The sentence of the segment that holds all of `span`, else undefined. */
export function sentenceHolding(segment: AnalysedSegment, span: Span): Span | undefined {
  const s = segment.sentences[firstAtOrAfter(segment.sentences, span.start + 1) - 1];
  return s && s.start <= span.start && span.end <= s.end ? s : undefined;
}

const bySentence = new VersionMemo<AnalysedSegment, Array<{ sentence: Span; tokens: NumberToken[] }>>();

/** Each sentence of the segment with the tokens inside it, in one sweep (cached per segment). */
export function sentenceTokens(segment: AnalysedSegment): Array<{ sentence: Span; tokens: NumberToken[] }> {
  let groups = bySentence.get(segment);
  if (!groups) {
    groups = segment.sentences.map((sentence) => ({ sentence, tokens: itemsWithin(segment.tokens, sentence) }));
    bySentence.set(segment, groups);
  }
  return groups;
}

/** Whether a segment's tokens hold two different years: a cheap test before a reading of a period scans its text. */
export function hasTwoYears(tokens: readonly { yearLike: boolean; value: number }[]): boolean {
  let first: number | undefined;
  for (const t of tokens) {
    if (!t.yearLike) continue;
    if (first === undefined) first = t.value;
    else if (t.value !== first) return true;
  }
  return false;
}

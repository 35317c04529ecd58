// Years said relative to another: "the same year", "that year", "a year later", "the following year", "the year before".
import type { Span } from '../markdown/facts.js';

/** A relative year phrase; group 1: the same year, group 2: one year after, group 3: one year before. */
const RELATIVE_YEAR =
  /\b(?:((?:in\s+)?the\s+same\s+year|(?:in\s+)?that\s+(?:same\s+)?year)|(a\s+year\s+later|one\s+year\s+later|(?:in\s+)?the\s+(?:following|next)\s+year|a\s+year\s+after(?:wards)?)|(a\s+year\s+(?:earlier|before)|one\s+year\s+(?:earlier|before)|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year|(?:in\s+)?the\s+year\s+before))\b/gi;

export interface RelativeYear extends Span {
  /** Years to add to the year it is relative to: 0, 1 or −1. */
  offset: number;
}

/** The relative year phrases of `span` of `text`, in order (absolute offsets). */
export function relativeYears(text: string, span: Span): RelativeYear[] {
  const slice = text.slice(span.start, span.end);
  if (!/\byear\b/i.test(slice)) return [];
  const found: RelativeYear[] = [];
  for (const m of slice.matchAll(RELATIVE_YEAR)) {
    const start = span.start + m.index!;
    found.push({ start, end: start + m[0].length, offset: m[1] ? 0 : m[2] ? 1 : -1 });
  }
  return found;
}

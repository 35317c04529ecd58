// Whether the text or the dataset says that parts overlap (so they neither sum to a total nor to 100%).
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';

const OVERLAP_CUE = /\b(?:overlap\w*|not mutually exclusive|not exclusive|non-exclusive|more than one|several (?:partners|countries|institutions)|(?:will|may|can) exceed 100|do not sum|don't sum|do not add up|counted more than once|counted twice|double[- ]count\w*|(?:distinct|unique)\s+(?:[\p{L}-]+\s+){0,2}?(?:papers|publications|articles|patients|participants|people|persons|individuals|trials|studies|projects|co-?authors|authors|users|customers|households|visitors|partners|institutions)|(?<!\bnon-|\bnot\s)de-?duplicated|(?:counted|counts?|count(?:ing)?)\s+(?:(?:each|every|a|any)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:only\s+)?once(?!\s+(?:for|by|at|in)\s+(?:each|every|both|all))|fewer\s+than\s+the\s+sum)\b/iu;

/**
 * "The total is a sum of institutional counts, not a deduplicated figure: a paper shared by two is counted twice": the
 * text says the total adds the parts up, overlap and all, so the overlap does not stop the sum (acc-share7); also
 * "(These are sums of institutional counts; a paper shared by two is counted twice.)" (acc-sum13).
 */
const SUMS_ANYWAY = /\b(?:total|totals|figures?|these|they|those|this|it)\s+(?:is|was|are|were)\s+(?:a\s+|the\s+)?(?:plain\s+|simple\s+|straight\s+)?sums?\s+of\b|\b(?:not\s+(?:a\s+)?|non-)de-?duplicated\b/i;

/** Parts are overlapping when a nearby text says so or a metric named there is marked `overlapping` in the dataset. */
export function statesOverlap(dataset: Dataset, segments: readonly AnalysedSegment[]): boolean {
  if (segments.some((s) => OVERLAP_CUE.test(s.text) && !SUMS_ANYWAY.test(s.text))) return true;
  return segments.some((s) => s.metrics.some((m) => dataset.metrics.get(m.id)?.breakdown === 'overlapping'));
}

/** The paragraphs just before and after segments first..last, where authors say that parts overlap; a note under the table above is not one. */
export function neighbours(doc: AnalysedDocument, first: number, last: number): AnalysedSegment[] {
  const out: AnalysedSegment[] = [];
  const underTableAbove = doc.segments[first - 3]?.kind === 'cell';
  for (const index of [underTableAbove ? -1 : first - 2, first - 1, last + 1, last + 2]) {
    const s = doc.segments[index];
    if (s && s.kind === 'paragraph' && !s.listItem) out.push(s);
  }
  return out;
}

// "Our fibre network now passes 66.1% of the homes", "Jadranka carried 6,444 thousand passenger journeys last year":
// a figure whose sentence states no year but speaks of the present or the year just ended is of the latest year the
// dataset holds the measure for. Read only to name the fact a figure copied from an earlier year should have stated
// (a suggestion, never a fix): a figure equal to the entity's fact of that latest year, or to no fact, is left as it was.
import type { AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import { inSpan, sentenceOf } from './spans.js';

/** A clause of the present or of the year just ended ("now", "last year", "at the last count"), not "now-defunct". */
const PRESENT = /\b(?:now|today|currently|at present|(?:last|this)\s+(?:year|season)|at the (?:last|latest) count)\b(?![-'’])/i;
/** "until now", "before now", "from now on", "now that": the present as a bound or a cause, not the figure's time. */
const NOT_THE_FIGURES = /\b(?:until|till|up to|before|by|since|from)\s+now\b|\bnow\s+that\b|\bthan\s+(?:last|this)\s+year\b/i;
/** Where a clause ends: punctuation or a conjunction. */
const CLAUSE_BREAK = /[,;:()—–]|\b(?:and|but|while|whereas)\b/gi;
/** Words that put the figure elsewhere in time or in someone's mouth. */
const OTHER_TIME = /\b(?:ago|earlier|previous|previously|before|was expected|forecast|projected|target|would|will|plans?|aims?|expects?|hopes?)\b|["“”]/i;

/**
 * The latest year of the entity's facts of the measure, when the figure's sentence names no year or period but a
 * present or last-year cue, and that year is the measure's latest across the dataset (the dataset's one present).
 */
export function presentYear(text: string, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, entity: string, metric: string): number | undefined {
  if (segment.cell) return undefined;
  const sentence = sentenceOf(segment, token.start);
  if (segment.tokens.some((t) => t.yearLike && inSpan(sentence, t))) return undefined;
  const words = text.slice(sentence.start, sentence.end);
  if (NOT_THE_FIGURES.test(words) || OTHER_TIME.test(words)) return undefined;
  // The cue in the figure's own clause: not "It began life with 35 fire stations and now runs 33".
  const before = text.slice(sentence.start, token.start);
  const after = text.slice(token.end, sentence.end);
  let opening = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) opening = m.index! + m[0].length;
  const closing = new RegExp(CLAUSE_BREAK.source, 'i').exec(after)?.index ?? after.length;
  if (!PRESENT.test(`${before.slice(opening)} ${after.slice(0, closing)}`)) return undefined;
  const latest = (facts: readonly { year?: number; value?: number; partner?: string; dimension?: string }[] | undefined) => {
    let year: number | undefined;
    for (const o of facts ?? []) if (o.year !== undefined && o.value !== undefined && o.partner === undefined && !o.dimension && (year === undefined || o.year > year)) year = o.year;
    return year;
  };
  const own = latest(dataset.observationsByKey.get(observationKey(entity, metric)));
  return own !== undefined && own === latest(dataset.observationsByMetric.get(metric)) ? own : undefined;
}

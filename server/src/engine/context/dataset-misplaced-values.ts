// A value stated for one year or partner that is the dataset's figure for another of the same entity and measure
// ("In 2024 LVFRI received USD 12.7 million", 12.7 being its 2025 figure): reported, with a suggestion only, when the
// clause itself names the entity, the measure, the one time and at most one partner, and holds no other figure.
import type { Observation } from '@factlint/schemas';
import type { AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { inSpan } from './spans.js';
import type { Mention } from './phrase-matcher.js';

/** Is the reading of a number in prose certain from its own clause alone? */
export function clauseStatesAll(segment: AnalysedSegment, token: NumberToken, clause: Span, sentence: Span, entity: string, metric: string, entities: readonly Mention[], metrics: readonly Mention[], time: { year?: number; period?: string } | undefined, periods: readonly { start: number; end: number; from: number; to: number }[]): boolean {
  if (!time || (time.year === undefined && time.period === undefined)) return false;
  if (!entities.some((m) => m.id === entity && inSpan(clause, m))) return false;
  if (!metrics.some((m) => m.id === metric && inSpan(clause, m))) return false;
  // The clause's one figure, and its one time.
  const inPeriod = (t: NumberToken) => periods.some((p) => t.start >= p.start && t.end <= p.end);
  const figures = segment.tokens.filter((t) => t !== token && inSpan(clause, t) && !t.yearLike && !inPeriod(t));
  if (figures.length > 0) return false;
  // The time of the clause, or of the sentence when the clause names none ("The year before, in 2024, the institute…").
  const timeIn = (scope: Span) => {
    const years = new Set(segment.tokens.filter((t) => t.yearLike && inSpan(scope, t) && !inPeriod(t)).map((t) => t.value));
    const spans = new Set(periods.filter((p) => inSpan(scope, p)).map((p) => `${p.from}–${p.to}`));
    return { years, spans, any: years.size + spans.size > 0 };
  };
  const inClause = timeIn(clause);
  // Only an opening adverbial that holds nothing but the time and the clause's own subject may lend it.
  const opening = { start: sentence.start, end: clause.start };
  const lent = !inClause.any && !segment.tokens.some((t) => inSpan(opening, t) && !t.yearLike) && !entities.some((m) => inSpan(opening, m)) && !segment.tokens.some((t) => t.yearLike && t.start >= clause.end && inSpan(sentence, t));
  if (!inClause.any && !lent) return false;
  const { years, spans } = inClause.any ? inClause : timeIn(opening);
  const own = time.year !== undefined ? years.size === 1 && years.has(time.year) && spans.size === 0 : spans.size === 1 && spans.has(time.period!) && years.size === 0;
  if (!own) return false;
  // At most one other party, named in the clause; none elsewhere in the sentence.
  const others = entities.filter((m) => m.id !== entity && inSpan(sentence, m));
  return new Set(others.map((m) => m.id)).size <= 1 && others.every((m) => inSpan(clause, m));
}

/**
 * The fact the clause speaks of and the other fact of the same entity and measure its number equals, when the number
 * equals no fact of another measure of the entity, of another entity for that time (unless the number stands in a table
 * row whose label names its entity: `ownRow`), or of the named partner.
 */
export function misplacedValue(dataset: Dataset, token: NumberToken, entity: string, metric: string, year: number | undefined, period: string | undefined, partner: string | undefined, matches: (o: Observation) => boolean, ownRow = false): { exact: Observation; matched: Observation } | undefined {
  const all = dataset.observationsByKey.get(observationKey(entity, metric)) ?? [];
  const samePeriod = (p: string | undefined) => p !== undefined && period !== undefined && p.replace(/\s*[–-]\s*/, '–') === period;
  const exact = all.filter((o) => (year !== undefined ? o.year === year : samePeriod(o.period)) && o.partner === partner && !o.dimension);
  if (exact.length !== 1 || exact[0]!.value === undefined || matches(exact[0]!)) return undefined;
  const matched = all.filter((o) => o !== exact[0] && matches(o));
  if (matched.length === 0) return undefined;
  if ((dataset.observationsByEntity.get(entity) ?? []).some((o) => o.metric !== metric && matches(o))) return undefined;
  // Another entity's figure for the same time may be whose the sentence really gives (a group, a neighbour): unclear. Not
  // in a table row that names its entity: "| Kunsthalle Graz | 371 | 402 |" is that row's, whoever else had 371.
  if (!ownRow && (dataset.observationsByMetric.get(metric) ?? []).some((o) => o.entity !== entity && (year !== undefined ? o.year === year : samePeriod(o.period)) && matches(o))) return undefined;
  if (partner && (dataset.observationsByEntity.get(partner) ?? []).some(matches)) return undefined;
  return { exact: exact[0]!, matched: matched[0]! };
}

/**
 * "| Share of global VC deals | 1.4% |", 1.4% being the cluster's share of publications: a percent stated to a decimal,
 * read as one measure of an entity in one time (`exact`, the one fact of the reading), that equals no fact of that
 * measure but a fact of another measure of the same entity and unit, and no other entity's fact of the measure read:
 * copied from the row beside it. The fact it equals is returned with the one it should state.
 */
export function otherMeasureValue(dataset: Dataset, token: NumberToken, entity: string, metric: string, exact: Observation | undefined, matches: (o: Observation) => boolean): { exact: Observation; matched: Observation } | undefined {
  if (!exact || exact.value === undefined || exact.partner !== undefined || exact.dimension || token.decimals === 0) return undefined;
  // Sums of money of one entity's budget lines stand side by side in a sentence ("a budget of EUR 11.3 million, EUR 2.4
  // million of it from the EU"): only two shares of one entity are read as swapped.
  const unit = dataset.metrics.get(metric)?.unit;
  if (unit !== 'percent') return undefined;
  if ((dataset.observationsByKey.get(observationKey(entity, metric)) ?? []).some(matches)) return undefined;
  const others = (dataset.observationsByEntity.get(entity) ?? []).filter((o) => o.metric !== metric && matches(o));
  if (others.length !== 1 || dataset.metrics.get(others[0]!.metric)?.unit !== unit || others[0]!.partner !== undefined || others[0]!.dimension) return undefined;
  if ((dataset.observationsByMetric.get(metric) ?? []).some((o) => o.entity !== entity && matches(o))) return undefined;
  return { exact, matched: others[0]! };
}

// Links numeric claims to dataset facts (entity, metric, year or period, partner) on strong evidence only.
import type { Observation } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { isConsistentAtPrecision, type NumberToken, type RangeToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';
import { inSpan, sentenceOf } from './growth.js';

export type LinkStatus = 'match' | 'mismatch' | 'missing';

export interface ClaimLink {
  token: NumberToken;
  segment: AnalysedSegment;
  entity: string;
  metric: string;
  partner?: string;
  year?: number;
  period?: string;
  status: LinkStatus;
  /** The fact the claim was compared with (match/mismatch). */
  observation?: Observation;
  /** Where the entity and metric were read. */
  evidence: Span[];
  /** For missing links: facts of the same entity and metric for other years or partners. */
  candidates: Observation[];
  /** The stated range the token ends, when it is compared with a range fact. */
  range?: RangeToken;
}

export interface DocumentLinks {
  links: ClaimLink[];
}

const SCALE: Record<string, number> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

interface Context {
  entities: Mention[];
  metrics: Mention[];
  years: NumberToken[];
  periods: Array<{ from: number; to: number }>;
  evidence: Span[];
}

export function linkDocument(doc: AnalysedDocument, dataset: Dataset): DocumentLinks {
  const links: ClaimLink[] = [];
  for (const segment of doc.segments) {
    if (segment.kind === 'heading' || segment.tokens.length === 0) continue;
    // The first number of a range ("61" of "61–73%") is checked with the range, through its last number.
    const rangeStarts = new Set(segment.ranges.map((r) => r.from.start));
    for (const token of segment.tokens) {
      if (token.yearLike || rangeStarts.has(token.start)) continue;
      const context = segment.kind === 'cell' ? cellContext(doc, segment) : sentenceContext(doc, segment, token);
      const link = linkToken(dataset, segment, token, context, doc.text);
      if (link) links.push(link);
    }
  }
  return { links };
}

function sentenceContext(doc: AnalysedDocument, segment: AnalysedSegment, token: NumberToken): Context {
  const sentence = sentenceOf(segment, token.start);
  const within = <T extends Span>(items: T[]) => items.filter((i) => inSpan(sentence, i));
  const ranges = within(segment.ranges).filter((r) => r.from.yearLike && r.to.yearLike);
  const years = within(segment.tokens).filter((t) => t.yearLike && !ranges.some((r) => inSpan(r, t)));
  const context: Context = { entities: within(segment.entities), metrics: within(segment.metrics), years, periods: ranges.map((r) => ({ from: r.from.value, to: r.to.value })), evidence: [sentence] };
  addHeadingContext(doc, segment, context);
  return context;
}

/** A cell reads its row header, its column header and the caption or heading above the table. */
function cellContext(doc: AnalysedDocument, segment: AnalysedSegment): Context {
  const table = doc.tables.find((t) => t.id === segment.cell!.table)!;
  const rowHeader = doc.segments[table.cells[segment.cell!.row]?.[0] ?? -1];
  const columnHeader = doc.segments[table.cells[0]?.[segment.cell!.column] ?? -1];
  const caption = table.caption !== undefined ? doc.segments[table.caption] : undefined;
  const parts = [segment, rowHeader, columnHeader, caption].filter((s): s is AnalysedSegment => s !== undefined);
  const unique = [...new Set(parts)];
  const context: Context = { entities: [], metrics: [], years: [], periods: [], evidence: unique.map((s) => ({ start: s.start, end: s.end })) };
  for (const s of unique) {
    context.entities.push(...s.entities);
    context.metrics.push(...s.metrics);
    const ranges = s.ranges.filter((r) => r.from.yearLike && r.to.yearLike);
    context.periods.push(...ranges.map((r) => ({ from: r.from.value, to: r.to.value })));
    context.years.push(...s.tokens.filter((t) => t.yearLike && !ranges.some((r) => inSpan(r, t))));
  }
  addHeadingContext(doc, segment, context);
  return context;
}

/** The enclosing headings add entities, metrics and periods, after the closer evidence. */
function addHeadingContext(doc: AnalysedDocument, segment: AnalysedSegment, context: Context): void {
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) {
    const heading = doc.segments[h]!;
    if (context.entities.length === 0 || segment.kind === 'cell') context.entities.push(...heading.entities);
    if (context.metrics.length === 0) context.metrics.push(...heading.metrics);
    if (context.periods.length === 0 && context.years.length === 0) {
      context.periods.push(...heading.ranges.filter((r) => r.from.yearLike && r.to.yearLike).map((r) => ({ from: r.from.value, to: r.to.value })));
    }
  }
}

function compatible(token: NumberToken, unit: string): boolean {
  switch (token.kind) {
    case 'percent':
      return unit === 'percent' || unit === 'growth';
    case 'currency':
      return unit === 'currency';
    case 'ordinal':
      return unit === 'rank';
    default:
      return unit === 'count' || unit === 'score' || unit === 'rate' || unit === 'ratio' || (unit === 'currency' && token.scale !== undefined);
  }
}

/** The year a token speaks of: "638 in 2024", "In 2015, … 801", or the one year of its sentence. */
function yearOf(token: NumberToken, context: Context, text: string): number | undefined {
  const after = context.years.find((y) => y.start > token.end && /^[^.;,()]{0,30}?\bin\s+$/i.test(text.slice(token.end, y.start)));
  if (after) return after.value;
  const distinct = [...new Set(context.years.map((y) => y.value))];
  if (distinct.length === 1) return distinct[0];
  const before = [...context.years].reverse().find((y) => y.end <= token.start);
  return before?.value;
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

function linkToken(dataset: Dataset, segment: AnalysedSegment, token: NumberToken, context: Context, text: string): ClaimLink | undefined {
  if (context.entities.length === 0 || context.metrics.length === 0) return undefined;
  const range = segment.ranges.find((r) => r.to.start === token.start && !r.to.yearLike);
  const year = yearOf(token, context, text);
  const period = context.periods.length === 1 ? `${context.periods[0]!.from}–${context.periods[0]!.to}` : undefined;
  const entityIds = [...new Set([...context.entities].sort((a, b) => distance(a, token) - distance(b, token)).map((m) => m.id))];
  const metricIds = [...new Set([...context.metrics].sort((a, b) => distance(a, token) - distance(b, token)).map((m) => m.id))].filter((id) => {
    const metric = dataset.metrics.get(id);
    return metric !== undefined && compatible(token, metric.unit);
  });
  if (metricIds.length === 0) return undefined;
  const mentioned = new Set(entityIds);

  // Any fact of a mentioned entity that the number equals settles it: the claim is consistent with the dataset.
  for (const entity of entityIds) {
    for (const o of dataset.observationsByEntity.get(entity) ?? []) {
      if (valueMatches(dataset, token, o, range)) {
        return { token, segment, entity, metric: o.metric, partner: o.partner, year: o.year, period: o.period, status: 'match', observation: o, evidence: context.evidence, candidates: [] };
      }
    }
  }

  // A number that equals a fact of the linked metric for another entity ("the 902 combined") is not this entity's value.
  if (metricIds.some((metric) => (dataset.observationsByMetric.get(metric) ?? []).some((o) => valueMatches(dataset, token, o, range)))) return undefined;

  for (const metric of metricIds) {
    for (const entity of entityIds) {
      const all = dataset.observationsByKey.get(observationKey(entity, metric)) ?? [];
      if (all.length === 0) continue;
      const timed = all.filter((o) => (year !== undefined ? o.year === year : period !== undefined ? samePeriod(o.period, period) : false));
      const partnered = timed.filter((o) => (o.partner === undefined ? ![...mentioned].some((p) => p !== entity && all.some((x) => x.partner === p)) : mentioned.has(o.partner)));
      const base = { token, segment, entity, metric, year, period: year === undefined ? period : undefined, evidence: context.evidence };
      const chosen = nearestPartner(partnered, context.entities, token);
      if (chosen && !chosen.dimension && (chosen.value !== undefined || (chosen.range && range))) {
        return { ...base, partner: chosen.partner, status: 'mismatch', observation: chosen, candidates: [], range: chosen.range ? range : undefined };
      }
      if (partnered.length === 0) return { ...base, status: 'missing', candidates: all.slice(0, 5) };
      return undefined;
    }
  }
  return undefined;
}

/** One fact, or among partner facts the one whose partner is named strictly nearest to the number (a table row's label). */
function nearestPartner(facts: Observation[], mentions: Mention[], token: NumberToken): Observation | undefined {
  if (facts.length <= 1) return facts[0];
  if (facts.some((f) => f.partner === undefined)) return undefined;
  const ranked = facts
    .map((f) => ({ f, d: Math.min(...mentions.filter((m) => m.id === f.partner).map((m) => distance(m, token))) }))
    .sort((a, b) => a.d - b.d);
  return ranked[0]!.d < ranked[1]!.d ? ranked[0]!.f : undefined;
}

function samePeriod(a: string | undefined, b: string): boolean {
  return a !== undefined && a.replace(/\s*[–-]\s*/, '–') === b;
}

/** A stated range ("61–73%") must match a range fact at both ends; a single number matches a value or either end. */
function valueMatches(dataset: Dataset, token: NumberToken, o: Observation, range?: RangeToken): boolean {
  const metric = dataset.metrics.get(o.metric);
  if (!metric || !compatible(token, metric.unit)) return false;
  const factor = tokenFactor(token, metric.scale);
  if (range && o.range) {
    return isConsistentAtPrecision(range.from.value, range.from.decimals, o.range[0] / factor) && isConsistentAtPrecision(range.to.value, range.to.decimals, o.range[1] / factor);
  }
  const values = o.range ? o.range : o.value !== undefined ? [o.value] : [];
  return values.some((v) => isConsistentAtPrecision(Math.abs(token.value), token.decimals, Math.abs(v) / factor));
}

/**
 * Converts a dataset value into the token's scale: USD 6.1 billion vs a metric kept in billions. A number without
 * a scale word is read in the metric's own scale, as in a table headed "USD billion".
 */
export function tokenFactor(token: NumberToken, metricScale: string | undefined): number {
  const tokenScale = SCALE[token.scale ?? metricScale ?? 'one']!;
  const datasetScale = SCALE[metricScale ?? 'one']!;
  return tokenScale / datasetScale;
}

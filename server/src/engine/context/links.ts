// Links numeric claims to dataset facts (entity, metric, year or period, partner) on strong evidence only.
import type { Observation } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { isConsistentAtPrecision, type NumberToken, type RangeToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';
import { firstAtOrAfter, inSpan, itemsWithin } from './spans.js';

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
  /** Sorted by start. */
  years: NumberToken[];
  periods: Array<{ from: number; to: number }>;
  evidence: Span[];
  /** The one year all `years` state (null: several), once computed. */
  onlyYear?: number | null;
}

/** Past this many mentions in one context, a claim reads only the nearest ones (a pathological sentence stays linear). */
const NEAREST_MENTIONS = 32;

export function linkDocument(doc: AnalysedDocument, dataset: Dataset): DocumentLinks {
  const links: ClaimLink[] = [];
  const tables = new Map(doc.tables.map((t) => [t.id, t]));
  for (const segment of doc.segments) {
    if (segment.kind === 'heading' || segment.tokens.length === 0) continue;
    // The first number of a range ("61" of "61–73%") is checked with the range, through its last number.
    const rangeStarts = new Set(segment.ranges.map((r) => r.from.start));
    const rangeEnds = new Map<number, RangeToken>();
    for (const r of segment.ranges) if (!r.to.yearLike && !rangeEnds.has(r.to.start)) rangeEnds.set(r.to.start, r);
    const contextOf = segment.kind === 'cell' ? once(() => cellContext(doc, tables, segment)) : sentenceContexts(doc, segment);
    for (const token of segment.tokens) {
      if (token.yearLike || rangeStarts.has(token.start)) continue;
      const link = linkToken(dataset, segment, token, contextOf(token), rangeEnds.get(token.start), doc.text);
      if (link) links.push(link);
    }
  }
  return { links };
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The context of each sentence of a segment, built once per sentence: the tokens of a segment come in text order, so
 * one sweep finds each token's sentence (the whole segment for a token outside every sentence, as sentenceOf() does).
 */
function sentenceContexts(doc: AnalysedDocument, segment: AnalysedSegment): (token: NumberToken) => Context {
  const sentences = segment.sentences;
  const built = new Map<Span, Context>();
  const whole: Span = { start: segment.start, end: segment.end };
  let s = 0;
  return (token) => {
    while (s < sentences.length && sentences[s]!.end <= token.start) s++;
    const sentence = s < sentences.length && sentences[s]!.start <= token.start ? sentences[s]! : whole;
    let context = built.get(sentence);
    if (!context) {
      context = spanContext(segment, sentence);
      addHeadingContext(doc, segment, context);
      built.set(sentence, context);
    }
    return context;
  };
}

/** Entities, metrics, years and periods within one sentence of a segment. */
function spanContext(segment: AnalysedSegment, sentence: Span): Context {
  const within = <T extends Span>(items: readonly T[]) => itemsWithin(items, sentence);
  const ranges = within(segment.ranges).filter((r) => r.from.yearLike && r.to.yearLike);
  const years = within(segment.tokens).filter((t) => t.yearLike && !ranges.some((r) => inSpan(r, t)));
  return { entities: within(segment.entities), metrics: within(segment.metrics), years, periods: ranges.map((r) => ({ from: r.from.value, to: r.to.value })), evidence: [sentence] };
}

/** A cell reads its row header, its column header and the caption or heading above the table. */
function cellContext(doc: AnalysedDocument, tables: ReadonlyMap<number, AnalysedTable>, segment: AnalysedSegment): Context {
  const table = tables.get(segment.cell!.table)!;
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
  if (context.years.length > FEW_YEARS) context.years.sort((a, b) => a.start - b.start);
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

/** Up to this many years, a context is read as written; past it (a pathological sentence) through sorted years. */
const FEW_YEARS = 16;

/** The year a token speaks of: "638 in 2024", "In 2015, … 801", or the one year of its sentence. */
function yearOf(token: NumberToken, context: Context, text: string): number | undefined {
  if (context.years.length <= FEW_YEARS) {
    const after = context.years.find((y) => y.start > token.end && YEAR_AFTER.test(text.slice(token.end, y.start)));
    if (after) return after.value;
    const distinct = [...new Set(context.years.map((y) => y.value))];
    if (distinct.length === 1) return distinct[0];
    const before = [...context.years].reverse().find((y) => y.end <= token.start);
    return before?.value;
  }
  // Sorted by start (the sentence's own tokens, or a cell's years sorted by cellContext()).
  const years = context.years;
  for (let i = firstAtOrAfter(years, token.end + 1); i < years.length; i++) {
    const between = text.slice(token.end, years[i]!.start);
    // Later years only add text between: once too far for YEAR_AFTER, none can match.
    if (between.trimEnd().length > 32) break;
    if (YEAR_AFTER.test(between)) return years[i]!.value;
  }
  context.onlyYear ??= years.every((y) => y.value === years[0]!.value) ? years[0]!.value : null;
  if (context.onlyYear !== null) return context.onlyYear;
  let i = firstAtOrAfter(years, token.start) - 1;
  while (i >= 0 && years[i]!.end > token.start) i--;
  return i >= 0 ? years[i]!.value : undefined;
}

/** "… in " right before a year that follows the number: at most 30 characters of the same clause, then "in". */
const YEAR_AFTER = /^[^.;,()]{0,30}?\bin\s+$/i;

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** Mentions by distance to the token, nearest first; past NEAREST_MENTIONS only the nearest ones, found by bisection. */
function nearestMentions(mentions: Mention[], token: NumberToken): Mention[] {
  if (mentions.length <= NEAREST_MENTIONS) return [...mentions].sort((a, b) => distance(a, token) - distance(b, token));
  let sorted = byStart.get(mentions);
  if (!sorted) byStart.set(mentions, (sorted = [...mentions].sort((a, b) => a.start - b.start)));
  const nearest: Mention[] = [];
  let left = firstAtOrAfter(sorted, token.start) - 1;
  let right = left + 1;
  while (nearest.length < NEAREST_MENTIONS && (left >= 0 || right < sorted.length)) {
    const takeLeft = right >= sorted.length || (left >= 0 && distance(sorted[left]!, token) <= distance(sorted[right]!, token));
    nearest.push(takeLeft ? sorted[left--]! : sorted[right++]!);
  }
  return nearest;
}

const byStart = new WeakMap<Mention[], Mention[]>();

function linkToken(dataset: Dataset, segment: AnalysedSegment, token: NumberToken, context: Context, range: RangeToken | undefined, text: string): ClaimLink | undefined {
  if (context.entities.length === 0 || context.metrics.length === 0) return undefined;
  const year = yearOf(token, context, text);
  const period = context.periods.length === 1 ? `${context.periods[0]!.from}–${context.periods[0]!.to}` : undefined;
  const entities = nearestMentions(context.entities, token);
  const entityIds = [...new Set(entities.map((m) => m.id))];
  const metricIds = [...new Set(nearestMentions(context.metrics, token).map((m) => m.id))].filter((id) => {
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
      const chosen = nearestPartner(partnered, entities, token);
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

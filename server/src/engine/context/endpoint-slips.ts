// A change whose endpoint is itself the slip: "| TCAI | 116 | 239 | +121.3% |" where the dataset has 108 for TCAI's 2015
// (a figure copied from 2016), or a Total row of 4,966 whose rows add up to 5,091, with the CAGR beside it computed
// from 5,091. The figures disagree, but the change fits the endpoint's true value, so the error is the endpoint's (the
// dataset-value or total rule's) and the change rule says nothing. Read more loosely than a finding would be, since it
// only ever silences one: the endpoint's entity from its table row, its sentence, its paragraph, the headings above or
// the lines under the title; a measure named there in the endpoint's unit (or, in a table that names none, the one whose
// facts the row's other cells are), whose fact of the endpoint's year is near the written figure.
import { itemsWithin, sentenceOf } from './spans.js';
import { tokenFactor } from './links.js';
import { lastRowSumsAbove, rowLabelCell, TOTAL_LABEL } from './tables.js';
import { roundHalfAwayFromZero, type NumberToken } from '../numbers.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Observation } from '@factlint/schemas';
import type { GrowthStatement } from './growth.js';
import type { RuleContext } from '../rules/rule.js';
import { correctedEndpoints, correctedPairs, datasetCorrectedEndpoints, type EndpointPair } from './rate-endpoint-links.js';

/** The rule docs' sentence on it (percent-change, cagr). */
export const ENDPOINT_SLIP_POLICY =
  ' A change that fits the true value of one of its endpoints is not reported, as the error is the endpoint’s: the endpoint’s fact of its year in the dataset (its entity named in its table row, sentence, paragraph, the headings above or the lines under the title; its measure named there too, or the one whose facts the row’s other cells are), or the sum of the rows above a Total row’s cell (“| Total | 3,110 | 4,966 | 5.1 |” where the rows add up to 5,091 in the last year).';

/** A true value is a slip's neighbour: a figure copied from the next year or a row that left a part out, not another measure. */
const NEAR = 1.5;

/**
 * The endpoint pairs in which one endpoint, or both, is replaced by a value it may truly have: the sum of the rows above
 * a Total row's cell, or its entity's dataset fact of its year. `years` are the endpoints' own years, when known.
 */
export function endpointSlips(context: RuleContext, initial: NumberToken, final: NumberToken, years: { initial?: number; final?: number }): EndpointPair[] {
  return correctedPairs(initial, final, trueValues(context, initial, years.initial), trueValues(context, final, years.final));
}

/**
 * Every endpoint pair a statement's change may truly be computed from: endpoints the dataset corrects through their
 * links or their sentence (rate-endpoint-links.ts), a Total row's parts (table-changes.ts), and the slips above.
 */
export function statementEndpointSlips(context: RuleContext, statement: GrowthStatement): EndpointPair[] {
  const { initial, final } = statement;
  return [
    ...correctedEndpoints(context.links(), context.dataset, initial, final),
    ...datasetCorrectedEndpoints(context.dataset, statement.segment, statement.sentence, initial, final, statement.initialYear, statement.finalYear),
    ...(statement.alternatives ?? []),
    ...endpointSlips(context, initial, final, { initial: statement.initialYear?.value ?? statement.years?.from, final: statement.finalYear?.value ?? statement.years?.to }),
  ];
}

function trueValues(context: RuleContext, token: NumberToken, year: number | undefined): number[] {
  const { doc, dataset } = context;
  const segment = context.segmentAt(token.start);
  if (!segment) return [];
  const values = new Set<number>();
  const sum = totalRowSum(doc, segment, token);
  if (sum !== undefined) values.add(sum);
  if (year !== undefined) for (const v of factsNear(doc, dataset, segment, token, year)) values.add(v);
  return [...values];
}

/** An entity's facts of a measure for a year, of its own (no partner, no category), with a value. */
function* yearFacts(dataset: Dataset, entity: string, metric: string, year: number): Generator<Observation & { value: number }> {
  for (const o of dataset.observationsByKey.get(observationKey(entity, metric)) ?? []) {
    if (o.year === year && o.partner === undefined && o.dimension === undefined && o.value !== undefined) yield o as Observation & { value: number };
  }
}

/** A cell of a Total row: the sum of its column over the body rows above, when each holds one figure of its kind. */
function totalRowSum(doc: AnalysedDocument, segment: AnalysedSegment, token: NumberToken): number | undefined {
  if (segment.kind !== 'cell' || !segment.cell || token.kind === 'percent') return undefined;
  const table = doc.tables.find((t) => t.id === segment.cell!.table);
  if (!table) return undefined;
  const rows = table.cells.slice(1).map((row) => row.map((i) => doc.segments[i]!));
  const own = rows.find((row) => row.includes(segment));
  if (!own || (!TOTAL_LABEL.test(rowLabelCell(own)?.text ?? '') && !(own === rows[rows.length - 1] && lastRowSumsAbove(rows)))) return undefined;
  const parts = rows.slice(0, rows.indexOf(own)).filter((row) => !TOTAL_LABEL.test(rowLabelCell(row)?.text ?? ''));
  if (parts.length < 2) return undefined;
  let sum = 0;
  for (const row of parts) {
    const figures = row[segment.cell.column]?.tokens ?? [];
    if (figures.length !== 1 || figures[0]!.kind !== token.kind || figures[0]!.yearLike) return undefined;
    sum += figures[0]!.value;
  }
  return sum === token.value ? undefined : sum;
}

/**
 * The dataset facts of the endpoint's year, near the written figure, of the entities and measures the endpoint speaks
 * of: those its table row and column header name (or the caption and headings above the table), else its sentence,
 * else its paragraph, else the nearest heading above that names one; three entities at most.
 */
function factsNear(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, year: number): number[] {
  const { entities, metrics } = namedFor(doc, dataset, segment, token);
  if (entities.length === 0 || entities.length > 3) return [];
  const out: number[] = [];
  for (const id of metrics) {
    const metric = dataset.metrics.get(id);
    if (!metric || !sameUnit(token, metric.unit, metric.currency, segment.kind === 'cell')) continue;
    for (const entity of entities) {
      for (const o of yearFacts(dataset, entity, metric.id, year)) {
        const v = o.value / tokenFactor(token, metric.scale, o.value);
        if (roundHalfAwayFromZero(v, token.decimals) === token.value) continue;
        if (token.value !== 0 && v / token.value <= NEAR && token.value / v <= NEAR) out.push(v);
      }
    }
  }
  return out;
}

const ids = (mentions: readonly { id: string }[]) => [...new Set(mentions.map((m) => m.id))];

function namedFor(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken): { entities: string[]; metrics: string[] } {
  const ofUnit = (m: { id: string }) => {
    const metric = dataset.metrics.get(m.id);
    return metric !== undefined && sameUnit(token, metric.unit, metric.currency, segment.kind === 'cell');
  };
  if (segment.kind === 'cell' && segment.cell) {
    const table = doc.tables.find((t) => t.id === segment.cell!.table);
    const row = table?.cells.find((r) => r.includes(segment.index))?.map((i) => doc.segments[i]!);
    if (!table || !row) return { entities: [], metrics: [] };
    const header = doc.segments[table.cells[0]?.[segment.cell.column] ?? -1];
    const above = [...(table.caption !== undefined ? [doc.segments[table.caption]!] : []), ...headings(doc, segment)];
    const entities = ids(row.filter((cell) => cell !== segment).flatMap((cell) => cell.entities));
    const named = [header, ...above].map((s) => ids((s?.metrics ?? []).filter(ofUnit))).find((m) => m.length > 0);
    return { entities, metrics: named ?? rowMeasures(dataset, table.cells[0]!.map((i) => doc.segments[i]!), row, segment, entities, ofUnit) };
  }
  const sentence = sentenceOf(segment, token.start);
  // The sentence, the paragraph, each heading above from the nearest, then the document's opening lines together.
  const nearest = (pick: (s: AnalysedSegment) => readonly { id: string }[], inSentence: readonly { id: string }[]) =>
    ids([inSentence, pick(segment), ...headings(doc, segment).map(pick), preamble(doc).flatMap(pick)].find((m) => m.length > 0) ?? []);
  const metricsOf = (s: AnalysedSegment) => s.metrics.filter(ofUnit);
  const metrics = nearest(metricsOf, itemsWithin(metricsOf(segment), sentence));
  // A paragraph's partner countries ("visitors from Spain, France …") hold no fact of the measure: they are not its subject.
  const holder = (m: { id: string }) => metrics.some((metric) => dataset.observationsByKey.has(observationKey(m.id, metric)));
  const entitiesOf = (s: AnalysedSegment) => s.entities.filter(holder);
  return { entities: nearest(entitiesOf, itemsWithin(entitiesOf(segment), sentence)), metrics };
}

/**
 * A table that names no measure: the measures of which the row's other cells under a year column are its entities'
 * facts of that year ("| Karpackie Linie | 85.7 | 88.2 | 87.8 | 90.5 |" under "2016 | 2019 | 2022 | 2025").
 */
function rowMeasures(dataset: Dataset, header: readonly AnalysedSegment[], row: readonly AnalysedSegment[], own: AnalysedSegment, entities: readonly string[], ofUnit: (m: { id: string }) => boolean): string[] {
  const out = new Set<string>();
  row.forEach((cell, c) => {
    const year = header[c]?.tokens.filter((t) => t.yearLike);
    const figure = cell.tokens.length === 1 ? cell.tokens[0]! : undefined;
    if (cell === own || !figure || figure.yearLike || year?.length !== 1) return;
    for (const metric of dataset.metrics.values()) {
      if (!ofUnit(metric) || !sameUnit(figure, metric.unit, metric.currency, true)) continue;
      const holds = entities.some((entity) => [...yearFacts(dataset, entity, metric.id, year[0]!.value)].some((o) => roundHalfAwayFromZero(o.value / tokenFactor(figure, metric.scale, o.value), figure.decimals) === figure.value));
      if (holds) out.add(metric.id);
    }
  });
  return [...out];
}

/**
 * What the slips of a statement read beyond its section, as values to compare per version (section-findings.ts): the
 * cached analyses of the document's opening lines (namedFor's last resort), in order and counted.
 */
export function preambleContents(doc: AnalysedDocument): unknown[] {
  const segments = preamble(doc);
  return [segments.length, ...segments.map((s) => s.content)];
}

/**
 * What a document says first: its opening headings and the lines under them up to the next heading ("# Application …",
 * "## Section B", "**Applicant:** Coimbra Art Gallery").
 */
function preamble(doc: AnalysedDocument): AnalysedSegment[] {
  const out: AnalysedSegment[] = [];
  for (const s of doc.segments) {
    if (s.kind === 'heading' && out.some((o) => o.kind !== 'heading')) break;
    out.push(s);
  }
  return out;
}

function headings(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[] {
  const out: AnalysedSegment[] = [];
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) out.push(doc.segments[h]!);
  return out;
}

/** Whether a written figure may be a value of a measure of that unit; a plain cell may be a percent its header gives ("(%)"). */
function sameUnit(token: NumberToken, unit: string, currency: string | undefined, inCell = false): boolean {
  if (token.kind === 'percent') return unit === 'percent';
  if (token.kind === 'currency') return unit === 'currency' && (!token.currency || !currency || token.currency === currency);
  return token.kind === 'plain' && (unit === 'count' || unit === 'rate' || unit === 'score' || (inCell && unit === 'percent'));
}

// Multiples and two-year comparisons whose endpoints are the dataset's (acc-rate): "TKF's seeded lines more than doubled
// between 2015 and 2025", "TKF ran 20% more seeded lines in 2025 than in 2020". One entity, one count or currency
// metric, the two years named in the sentence; no other figure. Never a certain fix.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { statedMultiples, type StatedMultiple } from './growth.js';
import { carriedList, segmentHas } from './segment-carry.js';
import { hasTwoYears, itemsWithin, sentenceTokens } from './spans.js';
import { datasetReadingRefused } from './rate-guards.js';
import { clauseDatasetChanges } from './change-clause-changes.js';
import { baseYearMultiples } from './change-base-years.js';
import { VersionMemo } from '../version-memo.js';

export interface DatasetForm {
  /** A multiple of the earlier value ("more than doubled"), or a percent more/fewer in the later year than the earlier. */
  measure: 'multiple' | 'percent';
  stated: NumberToken | StatedMultiple;
  /** For a percent: whether the words say the later value is lower ("fewer", "less", "lower"). */
  lower: boolean;
  entity: string;
  metric: string;
  from: { year: number; value: number; source: string };
  to: { year: number; value: number; source: string };
  years: Span;
}

const CUE = /\b(?:doubl\w*|tripl\w*|trebl\w*|quadrupl\w*|quintupl\w*|sextupl\w*|halv\w*|\w+-?fold|times|than)\b/i;
/** A multiple said as the growth itself ("doubled", "nearly tripled", "fourfold", "2.5 times over"), not a comparison ("twice as many as"). */
const GROWTH_MULTIPLE = /(?:doubled|tripled|trebled|quadrupled|quintupled|sextupled|halved|fold|times\s+over)$/i;
/** "20% more seeded lines in 2025 than in 2020": the percent, then more/fewer, the later year, then "than (in) Y1". */
const MORE_THAN_YEAR = /^\s*(more|fewer|less|higher|lower|greater|larger|smaller)\b[^.;]{0,60}?\bin\s+((?:19|20)\d{2})\s+than\s+(?:in\s+)?((?:19|20)\d{2})\b/i;

const cache = new VersionMemo<AnalysedDocument, DatasetForm[]>();

export function datasetForms(doc: AnalysedDocument, dataset: Dataset): DatasetForm[] {
  let found = cache.get(doc);
  if (found) return found;
  // Each segment's forms read only its own sentences, mentions and the dataset (the engine's): kept with the segment
  // and, after an edit, asked only of the edit's scope and of the segments that gave forms before (segment-carry.ts),
  // not a walk of every segment per keystroke.
  found = [...carriedList(doc, 'dataset-forms', 0, mayHoldForm, (segment) => segmentForms(doc, dataset, segment))];
  // Two subjects' multiples in one sentence, each in its own clause (acc-change7).
  found.push(...clauseDatasetChanges(doc, dataset).multiples);
  // A multiple of a named base year's value ("more than three times its 2015 output") (acc-change7).
  found.push(...baseYearMultiples(doc, dataset).filter((f) => !found!.some((o) => o.stated.start === f.stated.start)));
  cache.set(doc, found);
  return found;
}

/** Cheapest tests first: finding a segment's mentions lists its words, and most segments hold no two years. */
function mayHoldForm(segment: AnalysedSegment): boolean {
  return (segment.kind === 'paragraph' || segment.kind === 'heading') && hasTwoYears(segment.tokens) && segmentHas(segment, CUE) && segment.entities.length > 0 && segment.metrics.length > 0;
}

/** The forms of one segment's sentences: one entity, one count or currency metric, two years, no other figure. */
function segmentForms(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment): DatasetForm[] {
  const found: DatasetForm[] = [];
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const years = tokens.filter((t) => t.yearLike);
    if (years.length !== 2 || years[0]!.value === years[1]!.value) continue;
    // "UTokyo's Sweden-linked output": a name inside the measure's own phrase is part of the measure, not a subject.
    const inMeasure = (e: { start: number; end: number }) => itemsWithin(segment.metrics, sentence).some((m) => m.start <= e.start && e.end <= m.end);
    const entityMentions = itemsWithin(segment.entities, sentence).filter((e) => !inMeasure(e));
    const metricMentions = itemsWithin(segment.metrics, sentence).filter((m) => {
      const unit = dataset.metrics.get(m.id)?.unit;
      return unit === 'count' || unit === 'currency';
    });
    if (new Set(entityMentions.map((m) => m.id)).size !== 1 || new Set(metricMentions.map((m) => m.id)).size !== 1) continue;
    if (itemsWithin(segment.metrics, sentence).length !== metricMentions.length) continue;
    const entity = entityMentions[0]!;
    const metric = metricMentions[0]!;
    const others = tokens.filter((t) => !t.yearLike);
    const text = doc.text;
    const read = others.length === 0 ? multipleForm(text, sentence, years, entity, metric) : others.length === 1 && others[0]!.kind === 'percent' ? percentForm(text, sentence, others[0]!, entity, metric) : undefined;
    if (!read) continue;
    const from = valueFor(dataset, entity.id, metric.id, read.from);
    const to = valueFor(dataset, entity.id, metric.id, read.to);
    if (!from || !to || from.value <= 0) continue;
    found.push({ measure: read.measure, stated: read.stated, lower: read.lower, entity: entity.id, metric: metric.id, from: { year: read.from, ...from }, to: { year: read.to, ...to }, years: read.years });
  }
  return found;
}

type Read = { measure: 'multiple' | 'percent'; stated: NumberToken | StatedMultiple; lower: boolean; from: number; to: number; years: Span };

/** "… more than doubled between 2015 and 2025": one growth multiple, one period of the sentence. */
function multipleForm(text: string, sentence: Span, years: NumberToken[], entity: Span, metric: Span): Read | undefined {
  const multiples = statedMultiples(text, sentence);
  if (multiples.length !== 1 || !GROWTH_MULTIPLE.test(multiples[0]!.text)) return undefined;
  const multiple = multiples[0]!;
  const [a, b] = years as [NumberToken, NumberToken];
  // The years must be the sentence's one period: "between A and B", "from A to B", "A–B", "over A–B", "since A … by B" is not read.
  const joiner = text.slice(a.end, b.start);
  const lead = text.slice(Math.max(sentence.start, a.start - 10), a.start);
  const period = /^\s*(?:–|-|—|to|and)\s*$/.test(joiner) && (/^\s*(?:–|-|—)\s*$/.test(joiner) || /\b(?:between|from)\s+$/i.test(lead));
  if (!period || b.value <= a.value) return undefined;
  if (datasetReadingRefused(text, sentence, entity, metric, multiple, [multiple])) return undefined;
  return { measure: 'multiple', stated: multiple, lower: false, from: a.value, to: b.value, years: { start: a.start, end: b.end } };
}

/** "… 20% more seeded lines in 2025 than in 2020": the percent, more or fewer, the later year, "than in" the earlier. */
function percentForm(text: string, sentence: Span, stated: NumberToken, entity: Span, metric: Span): Read | undefined {
  const m = MORE_THAN_YEAR.exec(text.slice(stated.end, sentence.end));
  if (!m) return undefined;
  const later = Number(m[2]);
  const earlier = Number(m[3]);
  if (later <= earlier) return undefined;
  // The comparison words are the form itself; the words between "more" and the later year may only name the metric.
  const form = { start: stated.start, end: stated.end + m[0].length };
  const between = text.slice(stated.end + m.index! + m[1]!.length + (m[0].length - m[0].trimStart().length), stated.end + m.index! + m[0].indexOf(' in ' + m[2]));
  const metricText = text.slice(metric.start, metric.end).toLowerCase();
  if ((between.toLowerCase().replace(metricText, ' ').match(/\p{L}+/gu) ?? []).some((w) => !['the', 'of', 'its', 'their'].includes(w))) return undefined;
  if (datasetReadingRefused(text, sentence, entity, metric.start > stated.start ? entity : metric, stated, [form])) return undefined;
  const start = stated.end + m.index! + m[0].indexOf(m[2]!);
  return { measure: 'percent', stated, lower: /^(?:fewer|less|lower|smaller)$/i.test(m[1]!), from: earlier, to: later, years: { start, end: stated.end + m.index! + m[0].length } };
}

function valueFor(dataset: Dataset, entity: string, metric: string, year: number): { value: number; source: string } | undefined {
  const o = dataset.observationsByKey.get(observationKey(entity, metric))?.find((x) => x.year === year && x.partner === undefined && x.value !== undefined);
  return o ? { value: o.value!, source: o.source } : undefined;
}


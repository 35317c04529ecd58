// A table of a subject's figures by partner whose header names no measure phrase the dataset knows: "| Partner
// country | 2015–2019 | 2020–2024 |" under "Partner countries of our internationally co-authored papers (%)", "| ADB |
// 48.4 |" under "| Partner | Share of projects (%) |". The measure is the one the subject holds per partner: the row
// label names a partner of the subject's facts of exactly one percent metric the figure fits (a plain figure
// counts as a percent under a column or caption that gives "%" as its unit), and the caption or the column header
// shares at least two content words with that metric's label or phrases. The subject is the one owner of such facts
// the caption, the column header, the headings above or the document names; the time is the column's, else the
// caption's, else the heading's. A column of changes, ranks or amounts is no reading (acc-dv13).
import { lentSlots, type Route } from './lent-slots.js';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import { documentOwner } from './dataset-referred-subject.js';
import { lemma } from './lemma.js';
import { periodsAndYears, unitFits, type LinkReading } from './link-reading.js';
import { splitWords } from './phrase-matcher.js';
import { tableOf } from '../reuse-context.js';

/** A header or caption that gives its figures as percents: "(%)", "Share (%)", "(percent of those papers)", ", %". */
const PERCENT_UNIT = /\(\s*(?:%|per ?cent\b|percent\b)|,\s*%|\bin\s+%|^[\s*_]*%[\s*_]*$/i;
/** A column that is not the subject's plain value: a change, a rank, a total, an amount, another party. */
const NOT_OWN_COLUMN = /\b(?:chang\w*|growth|grew|gain|loss|rank\w*|position|average|mean|median|total|sum|combined|difference|diff|delta|increase|decrease|points?|pp|cagr|target|forecast|projected|peers?|region\w*|EUR|USD|million|billion|thousand|number|count)\b|[€$¥£Δ±→+]/i;
/** Words that say nothing of which measure a table holds. */
const STOP = new Set(['the', 'of', 'with', 'at', 'in', 'by', 'and', 'or', 'for', 'to', 'a', 'an', 'one', 'least', 'each', 'share', 'percent', 'per', 'cent', 'its', 'our', 'their', 'table', 'figure', 'those', 'these', 'that', 'were', 'was', 'is', 'are'].map(lemma));

const metricWords = new WeakMap<Dataset, Map<string, Set<string>>>();

/** The content words (lemmas) of a metric's label and phrases. */
function wordsOf(dataset: Dataset, metric: string): Set<string> {
  let byMetric = metricWords.get(dataset);
  if (!byMetric) metricWords.set(dataset, (byMetric = new Map()));
  let words = byMetric.get(metric);
  if (!words) {
    const m = dataset.metrics.get(metric)!;
    words = new Set([m.label, ...m.phrases].flatMap((p) => splitWords(p).map((w) => w.stemmed)).filter((w) => !STOP.has(w) && !/\d/.test(w)));
    byMetric.set(metric, words);
  }
  return words;
}

/** The reading of a cell of a partner table, with its figure as a percent where the column gives "%" as the unit. */
export function partnerRowReading(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken): { reading: LinkReading; token: NumberToken } | undefined {
  const { row, column } = segment.cell!;
  if (row === 0 || column === 0 || token.yearLike || token.style.sign !== '') return undefined;
  if (segment.tokens.filter((t) => !t.yearLike).length !== 1) return undefined;
  const table = tableOf(doc, segment);
  const label = doc.segments[table.cells[row]?.[0] ?? -1];
  const header = doc.segments[table.cells[0]?.[column] ?? -1];
  const corner = doc.segments[table.cells[0]?.[0] ?? -1];
  const caption = table.caption !== undefined ? doc.segments[table.caption] : undefined;
  if (!label || !header || !corner || corner === header) return undefined;
  // The row label is one partner and nothing numeric; the column is the subject's plain figure.
  const partners = new Set(label.entities.map((m) => m.id));
  if (partners.size !== 1 || label.tokens.length > 0 || header.entities.length > 0) return undefined;
  const headerWords = header.text.replace(/\b(?:19|20)\d{2}\b/g, ' ');
  if (NOT_OWN_COLUMN.test(headerWords)) return undefined;
  const [partner] = partners;
  let figure = token;
  if (token.kind === 'plain' && (PERCENT_UNIT.test(header.text) || (caption !== undefined && PERCENT_UNIT.test(caption.text)))) figure = { ...token, kind: 'percent' };

  // The subject: the one entity the caption names (other than the partner), else the headings', else the document's.
  const subjectIn = (s: AnalysedSegment) => [...new Set(s.entities.map((m) => m.id))].filter((id) => id !== partner);
  let subject: string | undefined;
  const named = caption ? subjectIn(caption) : [];
  if (named.length > 1) return undefined;
  if (named.length === 1) subject = named[0];
  let subjectFrom: Route = 'a table caption';
  for (let h = segment.heading; subject === undefined && h !== undefined; h = doc.segments[h]!.heading) {
    const ids = subjectIn(doc.segments[h]!);
    if (ids.length > 1) return undefined;
    if (ids.length === 1) subject = ids[0];
    subjectFrom = 'a heading';
  }
  if (subject === undefined) subjectFrom = 'the document';
  subject ??= documentOwner(doc, dataset);
  if (!subject || subject === partner) return undefined;

  // The measure: the one metric the subject holds with this partner whose unit the figure fits.
  const metrics = new Set((dataset.observationsByEntity.get(subject) ?? []).filter((o) => o.partner === partner).map((o) => o.metric));
  // Shares only: a count per partner ("| Norway | 14 |" under "Dates") is read where its header names the measure.
  const fitting = [...metrics].filter((id) => dataset.metrics.get(id)!.unit === 'percent' && unitFits(figure, dataset.metrics.get(id)!));
  if (fitting.length !== 1) return undefined;
  const metric = fitting[0]!;
  // A caption or header that names another measure the figure could state ("Share of EU funding (%)") is that one's.
  const figureFits = (id: string) => id !== metric && unitFits(figure, dataset.metrics.get(id)!);
  if ([header, corner, ...(caption ? [caption] : [])].some((s) => s.metrics.some((m) => figureFits(m.id)))) return undefined;
  if (!dataset.observationsByKey.has(observationKey(subject, metric))) return undefined;
  // The table says what it measures: two content words of the metric's names in its caption or the column's header (a
  // corner cell such as "Partner country" only says what the rows are).
  const said = new Set([caption, header].flatMap((s) => (s ? splitWords(s.text).map((w) => w.stemmed) : [])));
  const own = wordsOf(dataset, metric);
  let shared = 0;
  for (const w of said) if (own.has(w)) shared++;
  if (shared < 2) return undefined;

  // The time: the column header's one year or period, else the caption's, else the nearest heading's that names one.
  const columnTime = timeOf(doc, header);
  const captionTime = columnTime ? undefined : caption ? timeOf(doc, caption) : undefined;
  const time = columnTime ?? captionTime ?? headingTime(doc, segment);
  if (!time || time === 'ambiguous') return undefined;
  const timeFrom: Route | undefined = columnTime ? undefined : captionTime ? 'a table caption' : 'a heading';
  // The table's time selects the fact: a fact held with no time, or for another time only, is not compared by this reading.
  const norm = (p: string | undefined) => p?.replace(/\s*[–—-]\s*/, '–');
  const timed = (dataset.observationsByKey.get(observationKey(subject, metric)) ?? []).some(
    (o) => o.partner === partner && (time.year !== undefined ? o.year === time.year : o.year === undefined && norm(o.period) === norm(time.period)),
  );
  if (!timed) return undefined;
  const evidence = [segment, label, header, ...(caption ? [caption] : [])].map((s) => ({ start: s.start, end: s.end }));
  const partnerMention = label.entities[0]!;
  // The table is the subject's by its caption, a heading or the document: never its row or column.
  const lent = lentSlots({ slot: 'subject', from: subjectFrom }, timeFrom && { slot: 'time', from: timeFrom });
  return { token: figure, reading: { metric, entity: subject, partners: [partnerMention], ...time, evidence, certain: columnTime !== undefined, ...(lent ? { lent } : {}) } };
}

function timeOf(doc: AnalysedDocument, segment: AnalysedSegment): { year?: number; period?: string } | 'ambiguous' | undefined {
  const { years, periods } = periodsAndYears(segment.tokens, doc.text);
  const ys = new Set(years.map((y) => y.value));
  const ps = new Set(periods.map((p) => `${p.from}–${p.to}`));
  if (ys.size + ps.size === 0) return undefined;
  if (ys.size + ps.size > 1) return 'ambiguous';
  return ys.size === 1 ? { year: [...ys][0]! } : { period: [...ps][0]! };
}

function headingTime(doc: AnalysedDocument, segment: AnalysedSegment): { year?: number; period?: string } | 'ambiguous' | undefined {
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) {
    const time = timeOf(doc, doc.segments[h]!);
    if (time) return time;
  }
  return undefined;
}

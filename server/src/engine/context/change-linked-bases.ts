// A change, rate or multiple counted from a base the text states and the dataset confirms: "Since 2016, when the
// institute received EUR 1.1 million, grant income has grown at a compound 39.3% a year", "The subsidy has doubled since
// 2016, when it stood at EUR 70.8 million", "Since 2020 (835 papers) output is up 47.1%". The base value is linked to one
// entity's measure in that year (links.ts): the change is of that measure, from that year to the year its clause names
// or, said in the present or the perfect, to now (the series' latest year). The end is the dataset's. Never a certain fix.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import type { Dataset } from '../dataset/index.js';
import type { DocumentLinks, ClaimLink } from './links.js';
import { CHANGE_AFTER, CHANGE_BEFORE, DECLINE_CUE, OTHER_PERIOD_AFTER, ONE_YEAR_AFTER, rateReading, RISE_CUE } from './change-wording.js';
import { clauseOf, statedMultiples, type StatedMultiple } from './growth.js';
import { GROWTH_MULTIPLE, HYPOTHETICAL, NO_SUBJECT } from './change-since-when.js';
import { baseUntilNow, valueFor } from './change-base-years.js';
import type { DatasetChange } from './change-dataset-changes.js';
import type { DatasetForm } from './rate-dataset-forms.js';
import { itemsWithin, sentenceTokens } from './spans.js';
import { segmentHas } from './segment-carry.js';
import { VersionMemo } from '../version-memo.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';
import { linkGlobalsOf } from './carried-links.js';

/** "since 2016, when …", "since the pandemic year 2020, when …", "since 2016 (": the base year, then the base value. */
const SINCE_BASE = /\bsince\s+(?:(?:the|its|our|their)\s+)?(?:[\p{L}-]+\s+){0,3}?((?:19|20)\d{2})(?:\s*,?\s+when\s+(?:[\p{L}’'-]+\s+){0,8}?|\s*\(\s*)$/iu;
/** After the base value: its noun at most, then the end of the "when" clause or the parenthesis. */
const BASE_CLAUSE_END = /^(?:\s+[\p{L}’'-]+){0,2}?\s*(?:\)|[,;.!—–]|\s-\s|$)/u;
/** Right before a year, the word that makes it a change's base: "on 2019", "from 2019", "against the 2019". */
const OTHER_BASE_BEFORE = /\b(?:on|from|against|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+|its\s+)?$/i;
/** Words of a clause that hand the figure to another party, measure or scenario. */
const ELSEWHERE = /\b(?:than|against|compared|versus|vs\.?|unlike|whereas|while|sector|national|regional|peers?|share|per[- ]capita|per\s+(?!cent\b|annum\b|year\b))\b/i;
/** Words of the clause before the figure that name no subject of their own, beyond the since-when reader's. */
const PLAIN = new Set(['up', 'down', 'now', 'since', 'then', 'today', 'this', 'meanwhile', 'overall', 'altogether', 'in', 'all', 'yearly', 'per', 'year', 'a']);
const DURATION = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:full\s+)?years?\b|\b(decade)\b/gi;
const DURATION_WORD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

export interface LinkedBaseReadings {
  /** Changes (measure 'change') and annual rates (measure 'rate'). */
  changes: DatasetChange[];
  multiples: DatasetForm[];
}

const cache = new VersionMemo<AnalysedDocument, LinkedBaseReadings>();
/** A paragraph that may state a base: its result kept with the segment's analysis (segment-carry.ts), not a scan of every paragraph per check. */
const SINCE = /\bsince\b/i;

export function linkedBaseChanges(doc: AnalysedDocument, dataset: Dataset, links: DocumentLinks): LinkedBaseReadings {
  let found = cache.get(doc);
  if (found) return found;
  found = { changes: [], multiples: [] };
  // A paragraph's bases read the paragraph, its own links (which stand on what the links' globals, linkGlobalsOf,
  // and the segment's reuse context name: across-versions.ts) and the dataset: kept across versions and, after an
  // edit, read only in its scope and where bases were found before, not a walk of every segment per keystroke
  // (perf-key60). Each segment's reading is its changes then its multiples, in the order they were read.
  for (const reading of acrossVersionsEach(doc, LINKED_BASES_KEY, linkGlobalsOf(doc, dataset), maySayBase, (segment) => segmentBases(doc, dataset, links, segment), movedWithSegment)) {
    for (const item of reading) {
      if (item.measure === 'multiple') found.multiples.push(item as DatasetForm);
      else found.changes.push(item as DatasetChange);
    }
  }
  cache.set(doc, found);
  return found;
}

/** The key of the bases' readings kept across versions (for tests). */
export const LINKED_BASES_KEY = 'linked-bases';

/** A paragraph that says "since" (its own content and kind only: acrossVersionsEach's gate). */
function maySayBase(segment: AnalysedSegment): boolean {
  return segment.kind === 'paragraph' && segmentHas(segment, SINCE);
}

/** The changes and multiples one paragraph counts from a base it states, in the order readBase finds them. */
function segmentBases(doc: AnalysedDocument, dataset: Dataset, links: DocumentLinks, segment: AnalysedSegment): ReadonlyArray<DatasetChange | DatasetForm> {
  // A base is a link of the paragraph's own figures: only the links of the paragraph are read, not every link of the
  // document.
  const bases = links.ofSegment(segment.index).filter(isBase);
  if (bases.length === 0) return NONE;
  const read: LinkedBaseReadings = { changes: [], multiples: [] };
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    for (const value of tokens) {
      const link = bases.find((l) => l.token.start === value.start);
      if (link) readBase(doc, dataset, segment, sentence, tokens, value, link, read);
    }
  }
  if (read.changes.length === 0 && read.multiples.length === 0) return NONE;
  return [...read.changes, ...read.multiples];
}

const NONE: readonly never[] = [];

const isBase = (l: ClaimLink): boolean => l.status === 'match' && l.exact === true && l.year !== undefined && l.partner === undefined && l.observation?.value !== undefined;

function readBase(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], value: NumberToken, link: ClaimLink, found: LinkedBaseReadings): void {
  const text = doc.text;
  const unit = dataset.metrics.get(link.metric)?.unit;
  if (unit !== 'count' && unit !== 'currency') return;
  const m = SINCE_BASE.exec(text.slice(sentence.start, value.start));
  const year = m ? tokens.find((t) => t.yearLike && t.start === sentence.start + m.index + m[0].indexOf(m[1]!, 5)) : undefined;
  if (!m || !year || year.value !== link.year) return;
  const closing = BASE_CLAUSE_END.exec(text.slice(value.end, sentence.end));
  if (!closing) return;
  // The since-clause, from "since" to the end of the base value's clause: masked when the rest is read.
  const since = { start: sentence.start + m.index, end: value.end + closing[0].length };
  const clause = clauseOf(text, sentence, since.start);
  const masked = text.slice(0, since.start) + ' '.repeat(since.end - since.start) + text.slice(since.end);
  const rest = masked.slice(clause.start, clause.end);
  if (HYPOTHETICAL.test(rest) || ELSEWHERE.test(rest)) return;
  const inClause = (s: Span) => s.start >= clause.start && s.end <= clause.end && (s.end <= since.start || s.start >= since.end);
  // The figures of the clause: one change and at most one rate, or one growth multiple (with at most one rate).
  const figures = tokens.filter((t) => t !== value && !t.yearLike && inClause(t));
  const multiples = statedMultiples(text, clause).filter((x) => inClause(x) && GROWTH_MULTIPLE.test(x.text));
  const readings: Array<{ figure: NumberToken; measure: 'change' | 'rate' }> = [];
  // Another figure of the clause (an end value, a second measure) is a reading of its own: none here.
  if (figures.some((t) => t.kind !== 'percent')) return;
  for (const t of figures) {
    const before = masked.slice(Math.max(clause.start, t.start - 50), t.start);
    const after = masked.slice(t.end, Math.min(clause.end, t.end + 40));
    // "(+5.1% year on year)", "in the last year": a change of another period, not counted from the base.
    if (OTHER_PERIOD_AFTER.test(after) || ONE_YEAR_AFTER.test(after) || /^\s*(?:year[- ](?:on|over)[- ]year|y\/y|on\s+the\s+(?:previous|prior)\s+year)/i.test(after)) continue;
    const measure = rateReading(before, after) ? 'rate' : t.style.sign !== '' || CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after) ? 'change' : undefined;
    if (!measure) return;
    readings.push({ figure: t, measure });
  }
  const changes = readings.filter((r) => r.measure === 'change').length;
  const rates = readings.length - changes;
  if (rates > 1 || changes + multiples.length > 1 || readings.length + multiples.length === 0) return;
  // The clause names only the base's subject and measure: every word before its first figure is the measure's, the
  // entity's, or a word that names no subject of its own ("its grant income has grown at a compound rate of").
  const first = Math.min(...readings.map((r) => r.figure.start), ...multiples.map((x) => x.start));
  const entities = itemsWithin(segment.entities, clause).filter(inClause);
  const metrics = itemsWithin(segment.metrics, clause).filter(inClause);
  if (entities.some((e) => e.id !== link.entity) || metrics.some((x) => x.id !== link.metric)) return;
  const named = [...entities, ...metrics];
  for (const w of masked.slice(clause.start, first).matchAll(/[\p{L}’'-]+/gu)) {
    const at = clause.start + w.index;
    const word = w[0].toLowerCase().replace(/[’']s$/, '');
    if (!NO_SUBJECT.has(word) && !PLAIN.has(word) && !named.some((n) => n.start <= at && at < n.end)) return;
  }
  // The end: the one later year the clause names, or now for a present or perfect clause.
  const years = tokens.filter((t) => t.yearLike && t !== year && inClause(t));
  if (years.length > 1) return;
  // "up 38.5% on 2019 and has grown at 7.6% a year since 2015, when …": a year named as a base is another change's start,
  // not this one's end; the clause counts from two bases and is not read.
  if (years.some((t) => OTHER_BASE_BEFORE.test(masked.slice(Math.max(clause.start, t.start - 24), t.start)))) return;
  const end = years.length === 1 ? (years[0]!.value > year.value ? years[0]! : undefined) : baseUntilNow(dataset, masked, clause, { start: first, end: first }, link.entity, link.metric, year);
  if (!end) return;
  const from = valueFor(dataset, link.entity, link.metric, year.value);
  const to = valueFor(dataset, link.entity, link.metric, end.value);
  if (!from || !to || from.value <= 0) return;
  // A stated length must be the period's ("over the five years"; "over the decade" for nine or ten).
  for (const d of rest.matchAll(DURATION)) {
    const length = d[2] ? undefined : DURATION_WORD[d[1]!.toLowerCase()] ?? Number(d[1]);
    const span = end.value - year.value;
    if (length === undefined ? span < 9 || span > 11 : length !== span) return;
  }
  const period = { start: year.start, end: Math.max(year.end, end.end) };
  const lead = masked.slice(clause.start, first);
  for (const r of readings) {
    found.changes.push({ stated: r.figure, measure: r.measure, decline: DECLINE_CUE.test(lead), rise: RISE_CUE.test(lead), entity: link.entity, metric: link.metric, from: { year: year.value, ...from }, to: { year: end.value, ...to }, years: period });
  }
  for (const x of multiples) {
    found.multiples.push({ measure: 'multiple', stated: x as StatedMultiple, lower: false, entity: link.entity, metric: link.metric, from: { year: year.value, ...from }, to: { year: end.value, ...to }, years: period });
  }
}

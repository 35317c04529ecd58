// Links numeric claims to dataset facts (entity, metric, year or period, partner) on strong evidence only.
import { yearPairReading } from './dataset-year-pairs.js';
import { CHANGE_AFTER, CHANGE_BEFORE, rateReading } from './change-wording.js';
import { spelledCounts } from './dataset-spelled-counts.js';
import { categoryShareLinks } from './dataset-category-shares.js';
import { categoryPairLinks, categoryRowLinks, mayHoldCategoryRow } from './category-rows.js';
import { partnerRowReading } from './partner-rows.js';
import { partiesNamed } from './dataset-partner-places.js';
import type { Observation } from '@factlint/schemas';
import { holdsTokens, relativeTokens, type AnalysedDocument, type AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { SCALE_FACTOR } from '../dataset/dataset.js';
import type { Span } from '../markdown/facts.js';
import { isConsistentAtPrecision, scaleOfWord, type NumberToken, type RangeToken, type Scale } from '../numbers.js';
import { tableOf } from '../reuse-context.js';
import type { Mention } from './phrase-matcher.js';
import type { LentSlot } from './lent-slots.js';
import { carriedLinks, LINKS_KEY, linkGlobalsOf } from './carried-links.js';
import { keptLeading, versionEdit } from '../across-versions.js';
import { misplacedValue, otherMeasureValue } from './dataset-misplaced-values.js';
import { copiedFromOtherYear, ownProseYear, ownYear, speaksOfNoOther } from './dataset-copied-years.js';
import { presentYear } from './dataset-present-years.js';
import { inSpan, segmentAtOffset, sentenceOf, sentenceTokens } from './spans.js';
import { undoneFigure } from './parts-dataset-groups.js';
import { coincidentValue } from './dataset-coincident-values.js';
import { gappedReading } from './gapped-lists.js';
import { siblingCellFrame, siblingProseReading, siblingYearReading } from './dataset-sibling-figures.js';
import { comparedWithRatio, namesMetric, nearbyEntities, readCell, readProse, readSegment, unitFits, type LinkReading } from './link-reading.js';
import { VersionMemo } from '../version-memo.js';

/** Between a figure and a year: a verb coordinated after the figure, whose year it is ("79.9 and was ranked second in 2023"). */
const COORDINATED_AFTER = /\b(?:and|but|while|whereas)\b/i;

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
  /** No time was stated and the dataset holds one fact of the entity and metric: compared with it, but not certain. */
  assumedTime?: boolean;
  /** The stated range the token ends, when it is compared with a range fact. */
  range?: RangeToken;
  /**
   * A match on the very fact the reading names (its entity, metric and stated time), not on whichever fact of the
   * entity the number happens to equal ("300 in 2020" against a 300 of 2024): only such a match confirms a figure.
   */
  exact?: boolean;
  /** The other fact of the same entity and measure (another year or partner) the number equals. */
  misplaced?: Observation;
  /** The value equals this other entity's fact of the metric: the claim may be about it, so no certain fix. */
  coincident?: Observation;
  /** The measure (and maybe the time) was read from the sentence before ("EMSI's was EUR 13.1 million"): no certain fix. */
  elliptic?: boolean;
  /** The category of a breakdown the claim states a share of ("Government core funding"). */
  dimension?: string;
  /** The slots read from outside the number's own sentence or table row and column, or a fact picked among several: no certain fix. */
  lent?: LentSlot[];
}

/**
 * A version's links, read segment by segment when first asked (perf-key86): a keystroke's rules ask for the links of
 * the edit's scope and of a few figures elsewhere (a corrected endpoint, a base year), and placing every link of the
 * segments after the edit again (their offsets shifted by the edit) was a quarter of a 1 MB keystroke.
 */
export interface DocumentLinks {
  /** Every link of the document, in the order of their segments (read whole when first asked). */
  readonly links: ClaimLink[];
  /** The links read of the segment at `index`, in their order in `links`. */
  ofSegment(index: number): readonly ClaimLink[];
  /** The links of the segment that holds `offset` (none when no segment does). */
  around(offset: number): readonly ClaimLink[];
}

/** Per version: the dataset its links were read with and, per segment, how many links stand up to it (its own included). */
const linkEnds = new VersionMemo<AnalysedDocument, { dataset: Dataset; links: readonly ClaimLink[]; ends: Int32Array }>();

const NO_SEGMENT_LINKS: readonly ClaimLink[] = Object.freeze([]);

export function linkDocument(doc: AnalysedDocument, dataset: Dataset): DocumentLinks {
  return new SegmentLinks(doc, dataset);
}

class SegmentLinks implements DocumentLinks {
  private all: ClaimLink[] | undefined;
  /** Per segment index, its links once read in this version (the same list each time asked). */
  private readonly read = new Map<number, readonly ClaimLink[]>();
  /**
   * After an edit, the leading segments [0, leading) before its scope keep the previous version's links as they are
   * (across-versions.ts keptLeading): taken over with their kept results when this version is made, before any
   * segment is asked, and, when the previous version read its whole list, in one slice of that list.
   */
  private readonly leading: number = 0;
  private readonly before: { links: readonly ClaimLink[]; ends: Int32Array } | undefined;

  constructor(
    private readonly doc: AnalysedDocument,
    private readonly dataset: Dataset,
  ) {
    const edit = doc.once ? null : versionEdit(doc);
    if (!edit) return;
    this.leading = keptLeading(doc, LINKS_KEY, linkGlobalsOf(doc, dataset));
    const before = linkEnds.get(edit.previous);
    if (before && before.dataset === dataset) this.before = before;
  }

  get links(): ClaimLink[] {
    if (this.all) return this.all;
    const { doc, dataset } = this;
    const links: ClaimLink[] = [];
    const segments = doc.segments;
    const ends = doc.once ? undefined : new Int32Array(segments.length);
    let first = 0;
    // The leading segments' links in one slice of the previous version's list (a walk of ~3,000 segments with figures,
    // ~1.3 µs each on a 1 MB draft, for the same links): the lists asked of them in this version are the same objects.
    if (this.before && this.leading > 0 && ends) {
      first = this.leading;
      // Pushed, not a slice: the version's list stays the array the walk below fills (perf-key51).
      for (let i = 0, n = this.before.ends[first - 1]!; i < n; i++) links.push(this.before.links[i]!);
      ends.set(this.before.ends.subarray(0, first));
    }
    for (let i = first; i < segments.length; i++) {
      const own = this.ofSegment(i);
      for (let k = 0; k < own.length; k++) links.push(own[k]!);
      if (ends) ends[i] = links.length;
    }
    if (ends) linkEnds.set(doc, { dataset, links, ends });
    return (this.all = links);
  }

  ofSegment(index: number): readonly ClaimLink[] {
    let own = this.read.get(index);
    if (own === undefined) {
      const segment = this.doc.segments[index];
      own = segment ? segmentLinks(this.doc, this.dataset, segment) : NO_SEGMENT_LINKS;
      this.read.set(index, own);
    }
    return own;
  }

  around(offset: number): readonly ClaimLink[] {
    const segment = segmentAtOffset(this.doc.segments, offset);
    return segment ? this.ofSegment(segment.index) : NO_SEGMENT_LINKS;
  }
}

/** One segment's links: kept across versions (carried-links.ts) while what their reading looks at stays. */
function segmentLinks(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment): readonly ClaimLink[] {
  if (!holdsTokens(segment)) return NO_SEGMENT_LINKS;
  // A list item that names no measure may still be one line of a breakdown ("- core government funding, 36.2%;").
  if (segment.kind !== 'cell' && !namesMetric(doc, segment)) {
    const category = mayHoldCategoryRow(segment);
    const dated = mayHoldDatedFigures(segment);
    if (!category && !dated) return NO_SEGMENT_LINKS;
    return carriedLinks(doc, dataset, segment, () => [...(category ? categoryRowLinks(doc, dataset, segment, new Set()) : []), ...(dated ? datedSiblingLinks(doc, dataset, segment) : [])]);
  }
  return carriedLinks(doc, dataset, segment, () => linkSegment(doc, dataset, segment));
}

function linkSegment(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment): ClaimLink[] {
  const links: ClaimLink[] = [];
  const read = readSegment(segment, doc.text);
  // The first number of a range ("61" of "61–73%") is checked with the range, through its last number.
  const rangeStarts = new Set(segment.ranges.map((r) => r.from.start));
  let previous: { token: NumberToken; reading: LinkReading } | undefined;
  // "filed eleven patent families": a count in words, read only where its clause gives a reading of its own, in order
  // with the digits, so that "five trials in 2025 and seven in 2016" pairs the second with its own year (acc-dv10).
  const spelled = new Set(segment.kind === 'cell' ? [] : spelledCounts(doc, dataset, segment));
  const tokens = spelled.size ? [...segment.tokens, ...spelled].sort((a, b) => a.start - b.start) : segment.tokens;
  for (const token of tokens) {
    if (token.yearLike || rangeStarts.has(token.start)) continue;
    // "| Ionian Star | 2.40 |" under "Passengers 2024 (million)": the header's scale is the figure's.
    const scaled = segment.kind === 'cell' ? headerScaled(doc, segment, token) : token;
    const read0 = segment.kind === 'cell' ? readCell(doc, dataset, segment, read, token) : readProse(doc, dataset, segment, read, token);
    // "| Germany | 33.1% | 30.0% |" under "Partner countries of our co-authored papers": the measure the subject holds per
    // partner, the figure a percent where the column says so (partner-rows.ts).
    const row = !read0 && segment.kind === 'cell' ? partnerRowReading(doc, dataset, segment, token) : undefined;
    const own = read0 ?? row?.reading;
    const linked = row?.token ?? scaled;
    // "117 papers in 2016 and 456 in 2025": the second figure's own year, where its clause alone finds two or none.
    const pair = segment.kind === 'cell' ? undefined : yearPairReading(dataset, doc.text, segment, token, previous);
    const sameFact = own && own.entity === pair?.entity && own.metric === pair.metric;
    const better = sameFact && ((own.year === undefined && own.period === undefined) || (own.year === pair.year && pair.certain && !own.certain));
    const gap = segment.kind === 'cell' || spelled.has(token) ? undefined : gappedReading(dataset, doc.text, segment, token, previous);
    // "VLM received EUR 2.9 million in 2024 and BZA EUR 4.7 million": the item's own reading, with no time, takes the
    // list's time from the item before it.
    const gappedTime = own && !better && gap && own.entity === gap.entity && own.metric === gap.metric && own.year === undefined && own.period === undefined && gap.year !== undefined;
    const gapped = gappedTime ? gap : ((better ? pair : own) ?? pair ?? gap);
    // "48.4% by the Asian Development Bank, 33.6% by the World Bank, 21.2% by AFD": the measure of the figures beside it.
    const besides = gapped || segment.kind === 'cell' || spelled.has(token) ? undefined : siblingReading(doc, dataset, segment, token);
    const read2 = gapped ?? besides;
    // "in 2024 we cancelled 41 shows" of shows given: a verb right before the figure says it did not happen.
    const metric = read2 && segment.kind !== 'cell' ? dataset.metrics.get(read2.metric) : undefined;
    if (metric && undoneFigure(doc.text, token, sentenceOf(segment, token.start), metric)) {
      previous = undefined;
      continue;
    }
    const reading = read2;
    previous = reading ? { token, reading } : undefined;
    const sibling = !reading && segment.kind === 'cell' ? siblingCellLink(doc, dataset, segment, token) : undefined;
    const read1 = reading ? linkToken(doc, dataset, segment, reading === own ? linked : scaled, reading) : undefined;
    const link = read1 ? (reading === besides ? looseMatch(read1) : read1) : reading ? undefined : (sibling ?? (spelled.has(token) ? undefined : confirmByValue(doc, dataset, segment, token, nearbyEntities(doc, segment, read, token))));
    if (link) links.push(link);
  }
  // "government core funding made up 67.6% of IGPRI's budget": a share of one category of a breakdown.
  // A link that found no fact ("missing") gives way: the measure it read has no fact without a category.
  const taken = new Set(links.filter((l) => l.status !== 'missing').map((l) => l.token));
  // "| Donor and CGIAR grants | 34.7 |", "- other income, 8.7%": one category per line of a list or table (category-rows.ts).
  for (const category of [...categoryShareLinks(dataset, segment, taken), ...categoryRowLinks(doc, dataset, segment, taken), ...categoryPairLinks(doc, dataset, segment, taken)]) {
    const missing = links.findIndex((l) => l.token.start === category.token.start);
    if (missing >= 0) links.splice(missing, 1);
    links.push(category);
  }
  return links;
}

function linkToken(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, reading: LinkReading): ClaimLink | undefined {
  const { entity, metric, year, period, evidence } = reading;
  const range = segment.ranges.find((r) => r.to.start === token.start && !r.to.yearLike);

  // "In 2024 LVFRI received USD 12.7 million" (its 2025 figure): a clause that states everything, with the value of
  // another year or partner of the same entity and measure, is reported (as a suggestion) before that equality settles it.
  const timeCertain = reading.certain || reading.timeCertain;
  // "Kirjasilta recorded 1,488 thousand visits in the same year", "External grant income reached USD 25.0 million" under
  // "### 2023": a year the reading names but does not hold certain (a heading's, a caption's, one counted from another, a
  // clause's with other figures) is still the year the claim speaks of: the value of another year is reported, as a
  // suggestion whose title names the route.
  const timeLent = year !== undefined && !reading.timeAmbiguous && !!reading.lent?.some((l) => l.slot === 'time');
  if (timeCertain || timeLent) {
    const ids = new Set(reading.partners.map((m) => m.id));
    const own = dataset.observationsByKey.get(observationKey(entity, metric)) ?? [];
    const partner = ids.size === 1 && own.some((o) => o.partner === [...ids][0]) ? [...ids][0] : undefined;
    const ownRow = segment.kind === 'cell' && !reading.lent?.some((l) => l.slot === 'subject');
    const misplaced = misplacedValue(dataset, token, entity, metric, year, year === undefined ? period : undefined, partner, (o) => valueMatches(dataset, token, o, range), ownRow);
    if (misplaced) return { token, segment, entity, metric, partner, year, period: year === undefined ? period : undefined, status: 'mismatch', observation: misplaced.exact, evidence, candidates: [], misplaced: misplaced.matched, ...(!timeCertain && reading.lent ? { lent: reading.lent } : {}) };
  }
  // "VCWE employed 1,126 staff (full-time equivalents) at the end of 2025", its 2020 figure: the sentence's one year,
  // read with no certainty (its gloss in brackets ends the clause), stands right after the figure and is its own; not a
  // year after a verb coordinated after the figure ("81.0 and was ranked second in 2023", acc-dsv29).
  const sentenceYear = segment.kind !== 'cell' && !timeCertain && year !== undefined && !reading.timeAmbiguous && period === undefined && !timeLent ? ownProseYear(doc, segment, token) : undefined;
  const ownSentenceYear = sentenceYear !== undefined && sentenceYear.value === year && !COORDINATED_AFTER.test(doc.text.slice(token.end, sentenceYear.start));
  if (!timeCertain && segment.kind !== 'cell' && (year === undefined || reading.timeAmbiguous || ownSentenceYear) && period === undefined) {
    // "Tampere's e-bike share was 39.3% by 2024", its 2023 figure, in a sentence of other years: the year right after the
    // figure is its own, and the fact of that year the one it states.
    const attached = ownYear(doc, segment, token);
    const misplaced = attached === undefined ? undefined : misplacedValue(dataset, token, entity, metric, attached, undefined, undefined, (o) => valueMatches(dataset, token, o, range));
    if (misplaced) return { token, segment, entity, metric, year: attached, status: 'mismatch', observation: misplaced.exact, evidence, candidates: [], misplaced: misplaced.matched, ...(reading.lent ? { lent: reading.lent } : {}) };
    // "Jadranka carried 6,444 thousand passenger journeys last year", its 2023 figure: the latest year's fact is the one meant.
    const present = attached === undefined && year === undefined ? presentYear(doc.text, dataset, segment, token, entity, metric) : undefined;
    const copied = present === undefined ? undefined : misplacedValue(dataset, token, entity, metric, present, undefined, undefined, (o) => valueMatches(dataset, token, o, range));
    if (copied) return { token, segment, entity, metric, year: present, status: 'mismatch', observation: copied.exact, evidence, candidates: [], misplaced: copied.matched, lent: [...(reading.lent ?? []), { slot: 'time', from: 'the latest year the dataset holds' }] };
  }
  // "| Share of global VC deals | 1.4% |" (the share of publications): a figure equal to another measure's fact only.
  const swapped = range ? undefined : otherMeasureValue(dataset, token, entity, metric, onlyFact(dataset, entity, metric, year, period), (o) => valueMatches(dataset, token, o));
  if (swapped) return { token, segment, entity, metric, year: swapped.exact.year, period: swapped.exact.period, status: 'mismatch', observation: swapped.exact, evidence, candidates: [], misplaced: swapped.matched, ...(reading.lent ? { lent: reading.lent } : {}) };
  // Any fact of the entity or a named partner that the number equals settles it: the claim is consistent with the dataset.
  // A clause that states entity, measure and year leaves room only for a fact of that measure or of that year: a fact
  // of another measure in another year ("34 patent families in 2025" against its 34 PhD graduates of 2016) is a
  // coincidence, likelier the more small counts the dataset holds.
  const plausible = (o: Observation) => !timeCertain || year === undefined || o.metric === metric || o.year === year;
  // A plain figure read as a count or score is no money fact of another measure ("| Satellites | 8 |" against USD 8.3
  // million of funding): only a figure read as money may be compared with money held without its currency (acc-dv10).
  const moneyReading = dataset.metrics.get(metric)?.unit === 'currency';
  for (const id of [entity, ...new Set(reading.partners.map((m) => m.id))]) {
    for (const o of dataset.observationsByEntity.get(id) ?? []) {
      if (plausible(o) && valueMatches(dataset, token, o, range, moneyReading || o.metric === metric)) {
        const exact = id === entity && o.metric === metric && (year !== undefined ? o.year === year : period !== undefined && samePeriod(o.period, period));
        return { token, segment, entity: id, metric: o.metric, partner: o.partner, year: o.year, period: o.period, status: 'match', observation: o, evidence, candidates: [], exact };
      }
    }
  }

  // A number that equals a fact of the linked metric for another entity ("the 902 combined") is not this entity's value.
  // With entity, measure and year stated, only another entity's fact of that year can be the one meant; and when the
  // clause names none of those others (dv6), the number is the entity's value, reported with a suggestion only, as the
  // figure may be the other's.
  // A figure stated over a period ("€6.4 million in 2015–19") is no other entity's figure of one year: only a fact of that
  // period, or one with no time, can be the one meant (acc-parts8).
  const otherTime = (o: Observation) => (year === undefined && period !== undefined ? o.year === undefined && (o.period === undefined || samePeriod(o.period, period)) : !timeCertain || year === undefined || o.year === year);
  const others = (dataset.observationsByMetric.get(metric) ?? []).filter((o) => otherTime(o) && valueMatches(dataset, token, o, range));
  const coincident = others.length > 0 ? coincidentValue(dataset, segment, token, reading, others) : undefined;
  if (others.length > 0 && !coincident) return undefined;

  const all = dataset.observationsByKey.get(observationKey(entity, metric)) ?? [];
  const mentioned = new Set(reading.partners.map((m) => m.id));
  const timed = all.filter((o) => (year !== undefined ? o.year === year : period !== undefined ? samePeriod(o.period, period) : false));
  const partnered = timed.filter((o) => (o.partner === undefined ? ![...mentioned].some((p) => all.some((x) => x.partner === p)) : mentioned.has(o.partner)));
  const base = { token, segment, entity, metric, year, period: year === undefined ? period : undefined, evidence, ...(reading.elliptic ? { elliptic: true } : {}), ...(reading.lent ? { lent: reading.lent } : {}) };
  const chosen = nearestPartner(partnered, reading.partners, token);
  if (chosen && !chosen.dimension && (chosen.value !== undefined || (chosen.range && range))) {
    // A partner's fact picked among several by the nearest name: a reading, not a certainty.
    const lent: LentSlot[] | undefined = partnered.length > 1 ? [...(reading.lent ?? []), { slot: 'fact', from: 'a choice among several facts' }] : reading.lent;
    return { ...base, partner: chosen.partner, status: 'mismatch', observation: chosen, candidates: [], range: chosen.range ? range : undefined, ...(coincident ? { coincident } : {}), ...(lent ? { lent } : {}) };
  }
  // No time stated, or the one fact states none: that fact of the entity and metric (with the one partner named, if
  // any) is compared, as a suggestion.
  // "…with INFN in Italy": a place that only locates the partner is no second party.
  const parties = mentioned.size > 1 ? partiesNamed(dataset, segment.text, reading.partners, segment.start) : mentioned;
  const named = parties.size === 1 ? all.filter((o) => o.partner !== undefined && parties.has(o.partner)) : [];
  const only = named.length === 1 ? named[0]! : all.length === 1 && all[0]!.partner === undefined ? all[0]! : undefined;
  const untimed = (year === undefined && period === undefined && !reading.timeAmbiguous) || (only?.year === undefined && only?.period === undefined);
  if (only && untimed && !only.dimension && only.value !== undefined) {
    return { ...base, partner: only.partner, year: only.year, period: only.period, status: 'mismatch', observation: only, candidates: [], assumedTime: true };
  }
  if (partnered.length === 0) return { ...base, status: 'missing', candidates: all.slice(0, 5) };
  return undefined;
}

/** A scale word in a table's header or row label: "Passengers 2024 (million)", "Staff ('000)", "Revenue, EUR bn". */
const HEADER_SCALE = /\b(thousands?|millions?|billions?|trillions?|mn|bn)\b|(?:^|[\s(])('000s?|000s)(?=$|[\s),])/gi;

/**
 * A cell's figure with no scale word of its own, in the one scale its column header and row label name (when they
 * name one, or the same): the figure is read in that scale, not in the metric's. A percent has none.
 */
function headerScaled(doc: AnalysedDocument, segment: AnalysedSegment, token: NumberToken): NumberToken {
  if (token.scale !== undefined || token.kind === 'percent' || token.yearLike || !segment.cell) return token;
  const table = tableOf(doc, segment);
  const { row, column } = segment.cell;
  const scales = new Set<Scale>();
  for (const index of [table.cells[0]?.[column], table.cells[row]?.[0]]) {
    const cell = index === undefined || index === segment.index ? undefined : doc.segments[index];
    for (const m of cell?.text.matchAll(HEADER_SCALE) ?? []) {
      // "VC deals per million inhabitants": a rate's base, not the figures' scale.
      if (!/\bper\s+$/i.test(cell!.text.slice(Math.max(0, m.index! - 8), m.index!))) scales.add(scaleOfWord(m[1] ?? m[2]!)!);
    }
  }
  return scales.size === 1 ? { ...token, scale: [...scales][0]! } : token;
}

/** Three figures and three years at the least: a sentence that may give figures of one measure year by year. */
function mayHoldDatedFigures(segment: AnalysedSegment): boolean {
  let figures = 0;
  let years = 0;
  // Which tokens are years, as the segment's analysis holds them: not shifted to document offsets for this test.
  for (const t of relativeTokens(segment)) t.yearLike ? years++ : figures++;
  return figures >= 3 && years >= 3;
}

/**
 * "It sold 95.0 thousand paid seats in 2024, against 84.0 thousand in 2015 and 93.3 thousand in 2019", in a segment
 * that names no measure: each figure read by the other figures of its sentence, each beside its own year
 * (dataset-sibling-figures.ts). A match is loose: the measure is lent.
 */
function datedSiblingLinks(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment): ClaimLink[] {
  const links: ClaimLink[] = [];
  const read = readSegment(segment, doc.text);
  // Sentence by sentence, each sentence's figures taken once; a sentence of more figures and years than a reading of
  // one subject year by year holds (three to eight of each) is not read, so a long run of figures costs one pass.
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    if (tokens.length < 6 || tokens.length > 24) continue;
    for (const token of tokens) {
      if (token.yearLike) continue;
      const reading = siblingYearReading(doc, dataset, segment, sentence, tokens, token, (t, o) => valueMatches(dataset, t, o), () => nearbyEntities(doc, segment, read, token));
      if (!reading) continue;
      const link = linkToken(doc, dataset, segment, token, reading);
      if (link) links.push(looseMatch(link));
    }
  }
  return links;
}

/** A figure whose measure only the figures beside it name: the other figures of its sentence (dataset-sibling-figures.ts). */
function siblingReading(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken): LinkReading | undefined {
  return siblingProseReading(doc, dataset, segment, token, (t, o) => valueMatches(dataset, t, o));
}

/**
 * "| Karpackie Linie | … | 90.5 |" in a column whose other cells are each their row's punctuality of the column's year:
 * the cell is its row's fact of the measure the other cells agree on (dataset-sibling-figures.ts). The measure is lent,
 * so a difference gets no certain fix and an equal figure confirms nothing for an arithmetic fix.
 */
function siblingCellLink(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken): ClaimLink | undefined {
  const read = siblingCellFrame(doc, dataset, segment, token, (t, o) => valueMatches(dataset, t, o));
  if (!read) return undefined;
  const { frame, entity, evidence } = read;
  const lent: LentSlot[] = [{ slot: 'measure', from: 'the figures beside it' }];
  const link = linkToken(doc, dataset, segment, read.token, { metric: frame.metric, entity, partners: [], year: frame.year, period: frame.period, evidence, timeCertain: frame.year !== undefined || frame.period !== undefined, lent });
  return link && looseMatch(link);
}

/** A match on a reading whose measure is lent: consistent, but no confirmation of the figure. */
function looseMatch(link: ClaimLink): ClaimLink {
  return link.status === 'match' ? { ...link, exact: false } : link;
}

/** A number with no certain reading that equals a fact of an entity named nearby is consistent with the dataset. */
function confirmByValue(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, entities: readonly string[]): ClaimLink | undefined {
  // "a rise of 7.8% a year since 2015": a rate or a change is no level, whatever level it happens to equal.
  if (token.kind === 'percent' && changeOrRate(doc.text, segment, token)) return undefined;
  // The figure's sentence, read once for the tests below.
  const sentence = segment.sentences.find((x) => x.start <= token.start && token.end <= x.end);
  // "335 connections per member of staff, against 237 in 2016": a ratio, whatever level of another year it equals.
  if (sentence && comparedWithRatio(doc.text, segment, sentence, token)) return undefined;
  const range = segment.ranges.find((r) => r.to.start === token.start && !r.to.yearLike);
  for (const id of entities) {
    const o = (dataset.observationsByEntity.get(id) ?? []).find((f) => valueMatches(dataset, token, f, range));
    if (!o) continue;
    // "VTB's reached EUR 36.8 million in 2024", 36.8 being its 2023 figure: the figure's own year names the fact it states.
    const copied = range ? undefined : copiedFromOtherYear(doc, dataset, segment, token, o, (f) => valueMatches(dataset, token, f), entities.length === 1);
    if (copied) {
      const { exact } = copied;
      return { token, segment, entity: id, metric: exact.metric, year: exact.year, status: 'mismatch', observation: exact, evidence: [], candidates: [], misplaced: copied.matched, lent: [{ slot: 'measure', from: 'the dataset fact the figure equals' }] };
    }
    // "Our own fibre network now passes 66.1% of the homes", its 2023 figure: the measure named in the sentence, the one
    // entity near it, the latest year's fact the one meant.
    const present = entities.length === 1 && !range && o.year !== undefined && sentence !== undefined && segment.metrics.some((m) => m.id === o.metric && inSpan(sentence, m)) && (segment.entities.some((m) => m.id === id && inSpan(sentence, m)) || speaksOfNoOther(doc, segment, sentence)) ? presentYear(doc.text, dataset, segment, token, id, o.metric) : undefined;
    const stale = present === undefined || present === o.year ? undefined : misplacedValue(dataset, token, id, o.metric, present, undefined, undefined, (f) => valueMatches(dataset, token, f));
    if (stale) return { token, segment, entity: id, metric: o.metric, year: present, status: 'mismatch', observation: stale.exact, evidence: [], candidates: [], misplaced: stale.matched, lent: [{ slot: 'time', from: 'the latest year the dataset holds' }] };
    // Exact when the fact's year is a year of the number's own sentence ("287 … in 2015" against UTokyo's 2015 count).
    const exact = o.year !== undefined && sentence !== undefined && segment.tokens.some((t) => t.yearLike && t.value === o.year && t.start >= sentence.start && t.end <= sentence.end);
    return { token, segment, entity: id, metric: o.metric, partner: o.partner, year: o.year, period: o.period, status: 'match', observation: o, evidence: [], candidates: [], exact };
  }
  return undefined;
}

/** Whether the words around a percent make it an annual rate or a change ("7.8% a year", "a rise of 7.8%", "up 7.8%"). */
function changeOrRate(text: string, segment: AnalysedSegment, token: NumberToken): boolean {
  const before = text.slice(Math.max(segment.start, token.start - 40), token.start);
  const after = text.slice(token.end, Math.min(segment.end, token.end + 40));
  return rateReading(before, after) !== undefined || CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after);
}

/** The one fact of an entity's measure the reading names: of its time, or the only one when it names none. */
function onlyFact(dataset: Dataset, entity: string, metric: string, year: number | undefined, period: string | undefined): Observation | undefined {
  const all = (dataset.observationsByKey.get(observationKey(entity, metric)) ?? []).filter((o) => o.partner === undefined && !o.dimension);
  const timed = year !== undefined ? all.filter((o) => o.year === year) : period !== undefined ? all.filter((o) => samePeriod(o.period, period)) : all;
  return timed.length === 1 ? timed[0] : undefined;
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
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
function valueMatches(dataset: Dataset, token: NumberToken, o: Observation, range?: RangeToken, currencyHeader = true): boolean {
  const metric = dataset.metrics.get(o.metric);
  // A figure already read as this metric's (or as money) may be in its scale without saying so ("| 270.1 |" in million m³).
  if (!metric || !unitFits(token, metric, currencyHeader, currencyHeader)) return false;
  const factor = tokenFactor(token, metric.scale, o.value ?? o.range?.[0]);
  if (range && o.range) {
    return isConsistentAtPrecision(range.from.value, range.from.decimals, o.range[0] / factor) && isConsistentAtPrecision(range.to.value, range.to.decimals, o.range[1] / factor);
  }
  // Either end of a range fact, else its value (no array or closure per fact: this runs for every fact compared).
  const stated = Math.abs(token.value);
  if (o.range) return isConsistentAtPrecision(stated, token.decimals, Math.abs(o.range[0]) / factor) || isConsistentAtPrecision(stated, token.decimals, Math.abs(o.range[1]) / factor);
  return o.value !== undefined && isConsistentAtPrecision(stated, token.decimals, Math.abs(o.value) / factor);
}

/**
 * Converts a dataset value into the token's scale: USD 6.1 billion vs a metric kept in billions. A number without
 * a scale word is read in the metric's own scale, as in a table headed "USD billion"; given the dataset value, it is
 * read in ones instead when that is far nearer ("211,000 connections" of a count kept in thousands, 211).
 */
export function tokenFactor(token: NumberToken, metricScale: string | undefined, value?: number): number {
  const datasetScale = SCALE_FACTOR[metricScale ?? 'one']!;
  if (token.scale === undefined && datasetScale !== 1 && value !== undefined && value !== 0 && token.value !== 0) {
    const inOnes = Math.abs(Math.log(Math.abs(token.value) / (Math.abs(value) * datasetScale)));
    const inScale = Math.abs(Math.log(Math.abs(token.value) / Math.abs(value)));
    if (inOnes < inScale) return 1 / datasetScale;
  }
  const tokenScale = SCALE_FACTOR[token.scale ?? metricScale ?? 'one']!;
  return tokenScale / datasetScale;
}

/** Whether a figure writes a fact's value at the figure's own precision, in the figure's scale. */
export function statesFact(t: NumberToken, value: number, scale: Parameters<typeof tokenFactor>[1]): boolean {
  return Math.abs(value / tokenFactor(t, scale, value) - t.value) < 0.5 * 10 ** -t.decimals + 1e-9;
}

/**
 * The links of the segments [from, to] (all links without a scope), read segment by segment: a section-bound rule
 * judges only the links of its scope after an edit, and the links of the segments outside it are not read for it.
 * Only read: without a scope it is the document's own list.
 */
export function linksOfSegments(links: DocumentLinks, scope: { from: number; to: number } | undefined): ClaimLink[] {
  if (!scope) return links.links;
  const out: ClaimLink[] = [];
  for (let i = scope.from; i <= scope.to; i++) {
    const own = links.ofSegment(i);
    for (let k = 0; k < own.length; k++) out.push(own[k]!);
  }
  return out;
}

/** The links of the figure at `start` (of its segment's links, read when first asked). */
export function linksAt(links: DocumentLinks, start: number): readonly ClaimLink[] {
  const own = links.around(start);
  let found: ClaimLink[] | undefined;
  for (let i = 0; i < own.length; i++) if (own[i]!.token.start === start) (found ??= []).push(own[i]!);
  return found ?? NO_SEGMENT_LINKS;
}

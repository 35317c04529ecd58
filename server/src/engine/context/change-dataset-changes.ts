// A change or rate stated without its endpoints ("NHAC's output rose by 96% between 2015 and 2025"): the endpoints are the
// dataset's values of the one entity and metric the sentence names, for the years of its one period. Never a certain fix.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken, RangeToken } from '../numbers.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { DECLINE_CUE, OTHER_PERIOD_AFTER, ONE_YEAR_AFTER, rateReading, RISE_CUE } from './change-wording.js';
import { clauseOf } from './growth.js';
import { segmentHas } from './segment-carry.js';
import { itemsWithin, sentenceTokens } from './spans.js';
import { relativeAsides } from './relative-asides.js';
import { borrowedYearsRefused, datasetReadingRefused, measureOwnWords } from './rate-guards.js';
import { clauseDatasetChanges } from './change-clause-changes.js';
import { baseYearChanges } from './change-base-years.js';
import { mayRefer, previousParagraphSubject, referredSubject } from './dataset-referred-subject.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';
import { VersionMemo } from '../version-memo.js';

export interface DatasetChange {
  stated: NumberToken;
  /** A total change over the period, an annual rate (compound, or "a year" by convention), or a difference in points of a score or share. */
  measure: 'change' | 'rate' | 'points';
  decline: boolean;
  /** Whether a word of the clause says the value rose. */
  rise: boolean;
  entity: string;
  metric: string;
  from: { year: number; value: number; source: string };
  to: { year: number; value: number; source: string };
  years: Span;
}

/** Cheap gate: a paragraph with no change or rate word holds nothing to read. */
const CUE = /\b(?:rose|risen|rises?|grew|grown|grows?|fell|fallen|falls?|drops?|up|down|increased?|decreased?|declined?|dropped|climbed|jumped|expanded|shrank|growth|CAGR|compound\w*|a\s+year|per\s+(?:year|annum)|annually|surged|soared|ballooned|swelled|slumped|plunged|plummeted|tumbled|slipped|sank|slid|dipped)\b/i;
/** A change named before its value, in the growth sense only ("rose by", "up", "an increase of"): never a bare "by". */
// ("grew between 2016 and 2025 by 47.3%": the period may stand between the verb and "by".)
const CHANGE_WORD = /\b(?:rose|risen|grew|grown|grows?|rises?|falls?|climbs?|jumps?|expands?|shrinks?|fell|fallen|up|down|increased|decreased|declined|dropped|climbed|jumped|expanded|shrank|contracted|surged|soared|ballooned|swelled|slumped|plunged|plummeted|tumbled|slipped|sank|slid|dipped|growth|increase|decrease|decline|drop|rise|fall)\s+(?:(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+to)\s+(?:19|20)\d\d\s+by\s+)?(?:of\s+|by\s+)?(?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/i;
/** Words that make the figure a comparison with something else, a share, or another period's change. */
const ELSEWHERE = /\b(?:than|against|compared|versus|vs\.?|share|of\s+(?:all|the|its|their)\b|per\s?cent\s+of|%\s+of)\b/i;

/** Before an annual rate: "by an average of", "at an average annual rate of", "an average of". */
const AVERAGE_RATE_BEFORE = /\b(?:(?:by|at)\s+)?an?\s+(?:average|annual\s+average|average\s+annual)\s+(?:(?:growth\s+)?rate\s+)?(?:of\s+)?$/i;

const cache = new VersionMemo<AnalysedDocument, DatasetChange[]>();
const isPercent = (t: NumberToken): boolean => t.kind === 'percent';
/** "fell 1.7 points", "up 3 percentage points": a difference stated in points (acc-chg8). */
const POINTS_AFTER = /^\s*(?:percentage[- ]points?|pp\b|points?\b)/i;
const POINTS_CUE = /\bpoints?\b|\bpp\b/i;
/** Words that make a difference in points a gap to another party or a pace per year, not the entity's change. */
const POINTS_ELSEWHERE = /\b(?:than|against|compared|versus|vs\.?|above|below|ahead|behind|clear\s+of|a\s+year|per\s+(?:year|annum)|annually|each\s+year)\b/i;
export const pointsFigure = (text: string, t: NumberToken): boolean => t.kind === 'plain' && !t.yearLike && POINTS_AFTER.test(text.slice(t.end, t.end + 24));

/**
 * Changes and rates whose endpoints the sentence leaves to the dataset. Read only when the sentence names one entity,
 * one count or currency metric, and one period ("between 2015 and 2025", "2015–2025", "from 2015 to 2025"), holds
 * no other figure of its own than years and values that equal the dataset's endpoints, and the number is not read
 * elsewhere (`taken`).
 */
export function datasetChanges(doc: AnalysedDocument, dataset: Dataset, taken: ReadonlySet<number>): DatasetChange[] {
  let found = cache.get(doc);
  if (found) return found.filter((c) => !taken.has(c.stated.start));
  found = [];
  // Outside an edit's scope, the last version's reading, moved (across-versions.ts): it reads the segment, the
  // paragraph or list item just before it, and the dataset; only the paragraphs that found one are asked again.
  for (const read of acrossVersionsEach(doc, 'dataset-changes', [dataset], isParagraph, (segment) => segmentChanges(doc, dataset, segment), movedWithSegment)) found.push(...read);
  // Two subjects' changes in one sentence, each in its own clause (acc-change7).
  found.push(...clauseDatasetChanges(doc, dataset).changes);
  // A change against a named base year ("726 papers in 2025 (+76.2% vs 2015)") (acc-change7).
  found.push(...baseYearChanges(doc, dataset).filter((c) => !found!.some((f) => f.stated === c.stated)));
  cache.set(doc, found);
  return found.filter((c) => !taken.has(c.stated.start));
}

const NONE: readonly DatasetChange[] = [];
const isParagraph = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph';

/** The changes one paragraph states without their endpoints. */
function segmentChanges(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment): readonly DatasetChange[] {
  // Cheapest tests first: a sentence is read only with exactly one percent, so a paragraph without one is skipped
  // before its dataset mentions are looked up (finding them costs more than all the rest of this reading).
  if (!(segment.tokens.some(isPercent) || segmentHas(segment, POINTS_CUE)) || !segmentHas(segment, CUE) || segment.metrics.length === 0) return NONE;
  if (segment.entities.length === 0 && !PRONOUN_START.test(segment.text) && !mayRefer(segment.text, dataset)) return NONE;
  const found: DatasetChange[] = [];
  for (const { sentence, tokens } of sentenceTokens(segment).flatMap((s) => semicolonParts(doc.text, s))) {
    const percents = tokens.filter((t) => t.kind === 'percent');
    // "Its composite score fell 1.7 points between 2023 and 2025": one difference in points, read as the percent is (acc-chg8).
    const points = tokens.filter((t) => pointsFigure(doc.text, t));
    const stated = points.length === 1 ? points[0]! : percents.length === 1 ? percents[0]! : undefined;
    if (stated) {
      const read = readSentence(doc, dataset, segment, sentence, tokens, stated);
      if (read) found.push(read);
    } else if (points.length === 0 && percents.length === 2) {
      const read = changeAndRate(doc, dataset, segment, sentence, tokens, percents);
      const two = read.length > 0 ? read : twoMeasures(doc, dataset, segment, sentence, tokens, percents);
      found.push(...(two.length > 0 ? two : changeBeforeAside(doc, dataset, segment, sentence, tokens, percents)));
    }
  }
  return found.length > 0 ? found : NONE;
}

/**
 * "Between 2016 and 2025 its output rose 85.4%, or 8.7% a year": a total change and its annual rate in one sentence.
 * Each is read as a sentence of its own would be, the other percent aside; both only when one reads as the change and
 * the other as the rate, of the same entity, metric and period — else neither (acc-chg9).
 */
function changeAndRate(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], percents: NumberToken[]): DatasetChange[] {
  // The rate's words before it ("rose 85.4%, or") are the change's: masked, as the change's own are for the change.
  const [change, rate] = percents as [NumberToken, NumberToken];
  const first = readSentence(doc, dataset, segment, sentence, tokens.filter((t) => t !== rate), change);
  const second = readSentence(doc, dataset, segment, sentence, tokens.filter((t) => t !== change), rate, [{ start: change.start, end: rate.start }]);
  if (!first || !second || first.measure !== 'change' || second.measure !== 'rate') return [];
  if (first.entity !== second.entity || first.metric !== second.metric || first.from.year !== second.from.year || first.to.year !== second.to.year) return [];
  return [first, second];
}

/**
 * "Its papers rose 37% between 2016 and 2025, and its external funding grew 5.1% a year": one subject, one period, and
 * two measures, each named in its own clause with its own figure. Each figure is read against its own clause's measure,
 * the other clause's words and figures aside (the subject and the period stay); both only when each clause names one
 * measure, the two differ, and each figure reads — else neither.
 */
function twoMeasures(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], percents: NumberToken[]): DatasetChange[] {
  const [first, second] = percents as [NumberToken, NumberToken];
  const split = clauseOf(doc.text, sentence, second.start).start;
  if (split <= first.end) return [];
  const parts = [{ start: sentence.start, end: split }, { start: split, end: sentence.end }] as const;
  const asides = relativeAsides(doc.text, itemsWithin(segment.entities, sentence), first);
  const measures = parts.map((part) => unique(itemsWithin(segment.metrics, part).filter((m) => !asides.some((a) => a.start <= m.start && m.end <= a.end)).map((m) => m.id)));
  if (measures.some((ids) => ids.length !== 1) || measures[0]![0] === measures[1]![0]) return [];
  // The subject and the period of the first clause stay readable for the second; its other words and figures are masked.
  const kept = [...itemsWithin(segment.entities, parts[0]), ...itemsWithin(segment.ranges, parts[0])];
  const within = (part: Span) => tokens.filter((t) => t.yearLike || (t.start >= part.start && t.end <= part.end));
  const read = [
    readSentence(doc, dataset, segment, sentence, within(parts[0]), first, [parts[1]], parts[0]),
    readSentence(doc, dataset, segment, sentence, within(parts[1]), second, spanMinus(parts[0], kept), parts[1]),
  ];
  if (read.some((r) => !r) || read[0]!.entity !== read[1]!.entity || read[0]!.from.year !== read[1]!.from.year || read[0]!.to.year !== read[1]!.to.year) return [];
  return read as DatasetChange[];
}

/**
 * A clause after a change that adds a circumstance: "…, with only 53.1% of its slopes covered", "…, while 40% of …";
 * or a level compared with another time, joined by "and" and a verb of state: "… fell 3.1% between 2020 and 2025 and
 * stood 13.1% below its 2016 level".
 */
const ASIDE_OPENING = /,?\s+(?:with|while|whereas|and(?=\s+(?:stood|stands|remained|remains|sat|sits|was|is|ended)\s))\s/gi;

/**
 * "Skarvheia grew its ticket revenue by 6.2% a year between 2015 and 2024 with only 53.1% of its slopes covered by
 * snowmaking": the first percent is the change of its clause; the second stands in a clause after it, opened by "with",
 * "while" or "whereas", that states no change (no word of one before its figure). The first is read with that clause
 * masked, its measure from its own clause; the second is left unread.
 */
function changeBeforeAside(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], percents: NumberToken[]): DatasetChange[] {
  const [first, second] = percents as [NumberToken, NumberToken];
  const opening = [...doc.text.slice(first.end, second.start).matchAll(ASIDE_OPENING)].at(-1);
  if (!opening) return [];
  const split = first.end + opening.index!;
  const aside = { start: split, end: sentence.end };
  const asideText = doc.text.slice(aside.start, aside.end);
  if (CUE.test(asideText) || /(?:than|more|less|fewer)/i.test(asideText)) return [];
  const head = { start: sentence.start, end: split };
  const read = readSentence(doc, dataset, segment, sentence, tokens.filter((t) => t.end <= split), first, [aside], head);
  return read ? [read] : [];
}

/** The pieces of `span` outside `holes`. */
function spanMinus(span: Span, holes: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let at = span.start;
  for (const hole of [...holes].sort((a, b) => a.start - b.start)) {
    if (hole.start > at) pieces.push({ start: at, end: Math.min(hole.start, span.end) });
    at = Math.max(at, hole.end);
  }
  if (at < span.end) pieces.push({ start: at, end: span.end });
  return pieces;
}

function readSentence(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], stated: NumberToken, masks: Span[] = [], measureScope: Span = sentence): DatasetChange | undefined {
  const text = doc.text;
  // (A clause ends where the part read ends: changeBeforeAside's aside is no part of it.)
  const whole = clauseOf(text, sentence, stated.start);
  // "Most of the movement is at Mirador, where the screen count grew 14.5% …": a clause opened by ", where" after a name
  // speaks of that place; the words before it are not the change's.
  const where = [...text.slice(whole.start, stated.start).matchAll(WHERE_CLAUSE)].at(-1);
  const opening = where ? whole.start + where.index! + where[0].length : whole.start;
  const clause = { start: Math.max(opening, measureScope.start), end: Math.min(whole.end, measureScope.end) };
  const before = text.slice(Math.max(clause.start, stated.start - 50), stated.start);
  const after = text.slice(stated.end, Math.min(clause.end, stated.end + 40));
  const inPoints = stated.kind !== 'percent';
  if ((inPoints ? POINTS_ELSEWHERE : ELSEWHERE).test(text.slice(clause.start, clause.end)) || OTHER_PERIOD_AFTER.test(after) || ONE_YEAR_AFTER.test(after)) return undefined;
  const rate = inPoints ? undefined : rateReading(before, after);
  const measure = rate ? 'rate' : !CHANGE_WORD.test(before) ? undefined : inPoints ? 'points' : 'change';
  if (!measure) return undefined;
  const entityMentions = itemsWithin(segment.entities, sentence);
  // "ZESL, which works on the same battery questions as our pilot, saw its output grow": a relative clause set off by
  // commas right after the subject, with no figure, describes the subject: its words name no measure and narrow nothing.
  const asides = relativeAsides(text, entityMentions, stated);
  const metricMentions = itemsWithin(segment.metrics, measureScope).filter((m) => !asides.some((a) => a.start <= m.start && m.end <= a.end));
  const metrics = unique(metricMentions.map((m) => m.id));
  if (metrics.length !== 1) return undefined;
  // "Over the same period its grant income grew 86%": no years of its own, the one period of the sentence before (its words masked).
  const same = tokens.some((t) => t.yearLike) ? undefined : samePeriod(doc, segment, sentence);
  if (same) masks = [...masks, same.phrase];
  // "Its publications rose 61% between 2016 and 2025": a sentence that opens with "Its" and names no one speaks of the
  // one entity the sentence before it names; so does an "its" of a sentence that borrows that sentence's period.
  const has = (id: string) => dataset.observationsByKey.has(observationKey(id, metrics[0]!));
  const carried = entityMentions.length === 0 ? carriedSubject(doc, dataset, segment, sentence, stated, metricMentions[0]!, has) : undefined;
  const referred = carried?.id ?? (entityMentions.length === 0 && same && ITS.test(text.slice(sentence.start, stated.start)) ? same.subject(has) : undefined);
  const entities = referred ? [referred] : unique(entityMentions.map((m) => m.id));
  if (entities.length !== 1) return undefined;
  // "the sector's …", "highly cited publications", "per researcher", "would have": not the entity's plain metric (acc-rate).
  const subjectAt = entityMentions[0] ?? carried?.at ?? { start: sentence.start, end: sentence.start };
  // "The Zimbabwe Energy Storage Laboratory (ZESL) saw its output grow": another name of the same subject narrows nothing.
  // "grew by an average of 3.7% a year": the words of the rate's own form name no other measure.
  const averageRate = measure === 'rate' ? AVERAGE_RATE_BEFORE.exec(before) : null;
  if (averageRate) masks = [...masks, { start: stated.start - averageRate[0].length, end: stated.start }];
  if (datasetReadingRefused(text, sentence, subjectAt, metricMentions[0]!, stated, [...masks, ...entityMentions.slice(1), ...asides], measureOwnWords(dataset.metrics.get(metricMentions[0]!.id)))) return undefined;
  const unit = dataset.metrics.get(metrics[0]!)?.unit;
  // A percent metric's change may be meant in points: no certain reading. Points are a score's or a share's difference.
  if (inPoints ? unit !== 'score' && unit !== 'percent' : unit !== 'count' && unit !== 'currency' && unit !== 'rate') return undefined;
  const periods = same ? [same.period] : itemsWithin(segment.ranges, sentence).filter((r) => r.from.yearLike && r.to.yearLike && r.to.value > r.from.value);
  const years = tokens.filter((t) => t.yearLike);
  if (periods.length !== 1 || (!same && years.length !== 2)) return undefined;
  const period = periods[0]!;
  const from = valueFor(dataset, entities[0]!, metrics[0]!, period.from.value);
  const to = valueFor(dataset, entities[0]!, metrics[0]!, period.to.value);
  if (!from || !to || from.value <= 0) return undefined;
  // Any other figure of the sentence must be one of the endpoints ("…, to 137 papers"): else the sentence speaks of more.
  // A clause number at the start of a line ("2.4 CSRC reports …") is no figure of the sentence (acc-rate).
  // An ordinal is a place, not a figure of the measure ("…, to 1,015 thousand, which keeps it third").
  const others = tokens.filter((t) => t !== stated && !t.yearLike && t.kind !== 'ordinal' && !isClauseNumber(text, t));
  if (!others.every((t) => (inPoints || t.kind !== 'percent') && (t.value === from.value || t.value === to.value))) return undefined;
  const lead = text.slice(clause.start, stated.start);
  return { stated, measure, decline: DECLINE_CUE.test(lead), rise: RISE_CUE.test(lead), entity: entities[0]!, metric: metrics[0]!, from: { year: period.from.value, ...from }, to: { year: period.to.value, ...to }, years: period };
}

/**
 * ", where" after a name: the relative clause of a place. The comma comes first and the name is looked for behind it,
 * so the look behind runs at commas only, not at every character (the same matches; about 60× faster over prose).
 */
const WHERE_CLAUSE = /,(?<=\p{Lu}[\p{L}\p{M}'’-]*,)\s+where\s+/gu;

/** ", and it has sat eighth …": a clause of its own joined by a conjunction, its subject a pronoun. */
const PRONOUN_CLAUSE = /,\s+(?:and|but|while|whereas)\s+(?=(?:it|they|this|that)\s)/gi;

/**
 * "Lärchkogel's skier days rose 3.8% between 2019 and 2024, to 1,015 thousand; Brandjoch, at 654 thousand, is fifth":
 * the parts of a sentence a semicolon joins (outside brackets) are read as sentences of their own; so are the clauses
 * a conjunction joins whose second opens on a pronoun subject (", and it has sat eighth in every edition since 2021").
 */
function semicolonParts(text: string, part: { sentence: Span; tokens: NumberToken[] }): { sentence: Span; tokens: NumberToken[] }[] {
  const { sentence, tokens } = part;
  const body = text.slice(sentence.start, sentence.end);
  const pronounClause = body.includes(', ') ? [...body.matchAll(PRONOUN_CLAUSE)].map((m) => m.index!) : [];
  if (!body.includes(';') && pronounClause.length === 0) return [part];
  const parts: { sentence: Span; tokens: NumberToken[] }[] = [];
  let depth = 0;
  let start = sentence.start;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if ((c === ';' || (c === ',' && pronounClause.includes(i))) && depth === 0) {
      parts.push({ sentence: { start, end: sentence.start + i }, tokens: [] });
      start = sentence.start + i + 1;
    }
  }
  if (parts.length === 0) return [part];
  parts.push({ sentence: { start, end: sentence.end }, tokens: [] });
  for (const t of tokens) parts.find((p) => p.sentence.start <= t.start && t.end <= p.sentence.end)?.tokens.push(t);
  return parts;
}

/** "over the same period", "during those nine years", "in that decade": a period named as the one before. */
const SAME_PERIOD = /\b(?:over|in|during|across|for)\s+(?:the\s+same|that|those|these)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:period|years|decade|span)\b/i;
const ITS = /\bits\b/i;

/**
 * The period a sentence without years of its own borrows with "over the same period": the one period (a range of two
 * years) of the sentence just before it in the same paragraph, when a duration it states fits that period; with the
 * one entity that sentence names, for a subject said as "its".
 */
function samePeriod(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span): { phrase: Span; period: RangeToken; subject: (candidates: (id: string) => boolean) => string | undefined } | undefined {
  const m = SAME_PERIOD.exec(doc.text.slice(sentence.start, sentence.end));
  const index = segment.sentences.findIndex((x) => x.start === sentence.start);
  if (!m || index <= 0) return undefined;
  const before = segment.sentences[index - 1]!;
  const periods = itemsWithin(segment.ranges, before).filter((r) => r.from.yearLike && r.to.yearLike && r.to.value > r.from.value);
  if (periods.length !== 1 || itemsWithin(segment.tokens, before).filter((t) => t.yearLike).length !== 2) return undefined;
  const period = periods[0]!;
  if (borrowedYearsRefused(doc.text, sentence, [], { from: period.from.value, to: period.to.value })) return undefined;
  const named = unique(itemsWithin(segment.entities, before).map((e) => e.id));
  return { phrase: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, period, subject: (candidates) => (named.length === 1 && candidates(named[0]!) ? named[0] : undefined) };
}

function valueFor(dataset: Dataset, entity: string, metric: string, year: number): { value: number; source: string } | undefined {
  const o = dataset.observationsByKey.get(observationKey(entity, metric))?.find((x) => x.year === year && x.partner === undefined && x.value !== undefined);
  return o ? { value: o.value!, source: o.source } : undefined;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** "2.4 " or "4.2 " opening a line of numbered paragraphs: a clause number, not a figure. */
function isClauseNumber(text: string, t: NumberToken): boolean {
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, t.start)) && /^\d+(?:\.\d+)+$/.test(t.text) && /^\s+\p{Lu}/u.test(text.slice(t.end, t.end + 3));
}

/** A sentence that opens with "It" or "Its". */
const PRONOUN_START = /(?:^|[.!?]\s+)[\s*_>]*(?:It|Its)\b/;

/**
 * The subject of a sentence that opens with "It" or "Its": the one entity (among `candidates`) the last sentence before
 * it in the same paragraph that names any names, or for a paragraph's first sentence the last one the paragraph before names.
 */
export function pronounSubject(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, candidates: (id: string) => boolean): string | undefined {
  if (!/^[\s*_>]*(?:It|Its)\b/.test(doc.text.slice(sentence.start, sentence.start + 12))) return undefined;
  const index = segment.sentences.findIndex((x) => x.start === sentence.start);
  if (index <= 0) return segment.listItem ? previousItemSubject(doc, segment, candidates) : previousParagraphSubject(doc, segment, sentence, candidates);
  // The last sentence before it in the paragraph that names any entity ("MRP has topped the index since 2022. The climb
  // was steady: the museum ranked fifth in 2020. Its composite score reached 87.1 in 2025, …").
  for (const before of segment.sentences.slice(0, index).reverse()) {
    const named = unique(segment.entities.filter((m) => m.start >= before.start && m.end <= before.end).map((m) => m.id));
    if (named.length === 0) continue;
    return named.length === 1 && candidates(named[0]!) ? named[0] : undefined;
  }
  return undefined;
}

/**
 * Who a sentence that names no entity speaks of, among `candidates`: the entity an opening "It"/"Its" refers to
 * (pronounSubject), the one "the institute", "the station", "we" or "our" refers back to (referredSubject), or — for a
 * sentence whose subject is the measure alone ("Enrolment rose by 64.4% between 2020 and 2025", "Put another way,
 * visits grew 6.5% a year over 2016–2025") — the one entity the sentence just before it in the paragraph names.
 */
export function carriedSubject(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, stated: Span, metric: Span, candidates: (id: string) => boolean): { id: string; at: Span } | undefined {
  const opening = { start: sentence.start, end: sentence.start };
  const pronoun = pronounSubject(doc, segment, sentence, candidates);
  if (pronoun) return { id: pronoun, at: opening };
  const referred = referredSubject(doc, dataset, segment, sentence, { start: sentence.start, end: stated.start }, candidates);
  if (referred !== undefined) return referred ? { id: referred.id, at: referred } : undefined;
  // The lead-in before the measure is vetted here: the subject stands where the measure does.
  const id = measureSubject(doc, segment, sentence, metric, candidates);
  return id ? { id, at: { start: metric.start, end: metric.start } } : undefined;
}

/** Words that may open a sentence before its measure without naming a subject: a lead-in, a period, an article. */
const MEASURE_LEAD = new Set(['put', 'another', 'way', 'in', 'other', 'words', 'over', 'between', 'and', 'from', 'to', 'during', 'across', 'the', 'its', 'their', 'so', 'thus', 'meanwhile', 'also', 'then', 'annual']);

/**
 * "IMGN enrolled 1,180 patients in 2025 … Put another way, enrolment rose by 64.4% between 2020 and 2025.": a sentence
 * whose words before its measure are a lead-in, a period or an article only speaks of the one entity the sentence just
 * before it (in the same paragraph) names.
 */
function measureSubject(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, metric: Span, candidates: (id: string) => boolean): string | undefined {
  if (metric.start < sentence.start || metric.end > sentence.end) return undefined;
  const index = segment.sentences.findIndex((x) => x.start === sentence.start);
  if (index <= 0) return undefined;
  const lead = doc.text.slice(sentence.start, metric.start).replace(/\b(?:19|20)\d{2}\b/g, ' ');
  if (!(lead.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).every((w) => MEASURE_LEAD.has(w))) return undefined;
  const before = segment.sentences[index - 1]!;
  const named = unique(segment.entities.filter((m) => m.start >= before.start && m.end <= before.end).map((m) => m.id));
  return named.length === 1 && candidates(named[0]!) ? named[0] : undefined;
}

/**
 * "- The Kandy station's output dropped …" then "- Its staff shrank 17.8% between 2020 and 2025.": a list item that opens
 * with "It" or "Its" speaks of the one entity the last naming sentence of the item just before it, in the same list,
 * names (acc-chg9). Undefined when that item names none or several.
 */
function previousItemSubject(doc: AnalysedDocument, segment: AnalysedSegment, candidates: (id: string) => boolean): string | undefined {
  const previous = doc.segments[segment.index - 1];
  if (!previous || previous.kind !== 'paragraph' || previous.listItem?.list !== segment.listItem?.list) return undefined;
  for (const s of [...previous.sentences].reverse()) {
    const named = unique(previous.entities.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.id));
    if (named.length === 0) continue;
    return named.length === 1 && candidates(named[0]!) ? named[0] : undefined;
  }
  return undefined;
}

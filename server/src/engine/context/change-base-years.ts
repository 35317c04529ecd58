// A change measured against a named base year (acc-change7): "NIMR: 726 papers in 2025 (+76.2% vs 2015)", "Up 76.2%
// since 2015, NIMR's output reached 726 papers in 2025", "ship days were up 80.5% on 2015, at 213", "a 12% rise on 2019
// for KHI's grant income in 2024". The sentence names one entity, one count or currency metric and two years: the base
// year right after the change, and the year of the figure it speaks of — or, said in the present or the perfect with no
// later year ("is up 65% since 2016", "have doubled since 2016"), now: the series' latest year. The endpoints are the
// dataset's; any other figure of the sentence must be one of them. Never a certain fix.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { DECLINE_CUE, rateReading, RISE_CUE } from './change-wording.js';
import { clauseOf, statedMultiples, type StatedMultiple } from './growth.js';
import type { DatasetForm } from './rate-dataset-forms.js';
import { segmentHas } from './segment-carry.js';
import { itemsWithin, sentenceTokens } from './spans.js';
import { datasetReadingRefused, measureOwnWords } from './rate-guards.js';
import { carriedSubject, pointsFigure, pronounSubject, type DatasetChange } from './change-dataset-changes.js';
import { mayRefer } from './dataset-referred-subject.js';
import { isConsistentAtPrecision } from '../numbers.js';
import { statesFact, tokenFactor } from './links.js';
import { isCitationMarker } from './link-reading.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';
import { VersionMemo } from '../version-memo.js';

const CUE = /\b(?:vs\.?|versus|on|since|from|compared|against|relative|than(?:\s+in)?|above|below)\s+(?:(?:the\s+)?(?:level|figure|total|count|value)\s+(?:of|in)\s+|the\s+(?:first|inaugural)\s+(?:edition|index|ranking|survey|award)\s+in\s+|(?:its|their|the)\s+)?(?:pre-?(?:pandemic|covid|crisis)\s+)?(?:19|20)\d{2}\b/i;
/**
 * After the percent: an optional change noun, the base word, the base year — and not a period ("2015–2020", "2015 to
 * 2020") nor "2015's". Also "above/below 2015" and "its 2015 output", "the 2015 level" (acc-chg10), "on pre-pandemic 2019"; group 3 is the word
 * after the base year, which must name the base plainly or the metric itself.
 */
const BASE_AFTER = /^\s*(?:(rise|increase|gain|jump|growth|climb|fall|drop|decline|decrease|reduction|loss|more|fewer|higher|lower|greater|larger|less|smaller)\s+)?(?:vs\.?|versus|on|since|from|compared\s+(?:with|to)|against|relative\s+to|(?<=(?:more|fewer|higher|lower|greater|larger|less|smaller)\s+)than(?:\s+in)?|(?<=^\s*)(?:above|below))\s+(?:(?:the\s+)?(?:level|figure|total|count|value)\s+(?:of|in)\s+|the\s+(?:first|inaugural)\s+(?:edition|index|ranking|survey|award)\s+in\s+|(?:its|their|the)\s+(?=(?:19|20)\d{2}\s+\p{L}))?(?:pre-?(?:pandemic|covid|crisis)\s+)?((?:19|20)\d{2})\b(?!\s*(?:[–—-]|to\b|and\b|through\b|until\b|till\b|['’]s\b|\/|\())(?:\s+(\p{L}[\p{L}-]*))?/iu;
/** A comparative word before "than" ("61% more than in 2015"), and those of them that say the value is lower. */
const COMPARATIVE = /^(?:more|fewer|higher|lower|greater|larger|less|smaller)$/i;
const LOWER_COMPARATIVE = /^(?:fewer|lower|less|smaller)$/i;
/** The side of its base a BASE_AFTER form puts the figure on ("41.8% below the 2015 level"), if it names one. */
const sideOf = (form: string): string | undefined => /\b(above|below)\s/i.exec(form)?.[1]?.toLowerCase();

/** Words that may follow a bare base year ("up 5% on 2015 when …", "98% above 2015 and …"): no measure of their own. */
const AFTER_BASE_YEAR = /^(?:when|and|but|while|whereas|which|in|at|for|by|with|as|or|so|to|despite|after|before|thanks|because|levels?|output|figures?|totals?|counts?|numbers?|tally|values?|marks?)$/i;
/** Before the percent: a word of change ("up", "rose", "a fall of"), or a sign on the figure itself. */
// ("improved by 17.7 points": a change whose direction the word leaves to the measure, read as neither a rise nor a fall.)
const CHANGE_BEFORE = /\b(?:rose|risen|grew|grown|fell|fallen|up|down|increased|decreased|declined|dropped|climbed|jumped|expanded|shrank|slipped|contracted|improved|cut|reduced|lowered|trimmed|raised|lifted|growth\s+of|increase\s+of|rise\s+of|decline\s+of|fall\s+of|drop\s+of|gaining|losing|rising|falling|growing)\s+(?:by\s+)?(?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

/** "has cut its non-revenue water by 11.4 points", "raised its tariff by 12%": a verb, the subject's measure, then "by". */
const CHANGED_OBJECT_BEFORE = /\b(?:cut|reduced|lowered|trimmed|raised|lifted|improved|increased|decreased|grew|expanded)\s+(?:its|their)\s+(?:[\p{L}-]+\s+){1,4}?by\s+(?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/iu;

/**
 * After the percent, a base one year before the figure's own ("up 5.9% on the previous year", "grew 9% year on year"): the
 * base year is the year before the one year the sentence names "in 2025" (acc-chg9).
 */
// ("rising 8.5% on the year": "on the year" alone, not "on the year of the merger", is on the year before.)
// ("3.5% more than the year before": a comparative, group 1, gives the direction.)
const PREVIOUS_YEAR_AFTER = /^\s*(?:(?:on|over|from|compared\s+(?:with|to)|against|(more|fewer|higher|lower|less|greater|larger|smaller)\s+than(?:\s+in)?)\s+(?:the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before)|the\s+year\s+before)|on\s+the\s+year(?=\s*(?:[.;,)]|$))|year[- ](?:on|over)[- ]year|y\/y|yoy)\b/i;
/** "In 2025 alone output grew 12.5%": a change within the one year named (acc-chg9). */
const YEAR_ALONE = /\bin\s+((?:19|20)\d{2})\s+alone\b/i;
const IN_YEAR_BEFORE = /\b(?:in|during)\s+$/i;
const END_OF_YEAR_BEFORE = /\b(?:at|by)\s+the\s+end\s+of\s+$/i;
/**
 * "NIMR's output rose 18.8% in 2025", "In 2025, ship days fell 26%": a change in one year, with a verb of change right
 * before the figure and the year right after it or opening the sentence (acc-chg11). Never in the perfect ("had risen
 * 18.8% in 2025" counts from an earlier time), nor with any other base, period or party after the year.
 */
// The year ends its phrase: never "in 2025 terms", "in 2025 prices", "in 2020-21".
const YEAR_ENDS_PHRASE = String.raw`(?=\s*(?:$|[,.;:)!?]|(?:and|but|while|whereas|as|when|alone)\b))`;
const YEAR_RIGHT_AFTER = new RegExp(String.raw`^\s+(?:in|during)\s+(?:19|20)\d{2}${YEAR_ENDS_PHRASE}`, 'i');
/** "dropped 10.1 per cent to $47.0 million in 2024": the value reached, then the year (the value must be the year's fact). */
const TO_VALUE_THEN_YEAR = new RegExp(String.raw`^\s+to\s+(?:[A-Z]{3}\s+|[\p{Sc}]\s?)?\d[\d.,]*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?(?:\s+\p{Ll}[\p{L}-]*){0,2}?\s+(?:in|during)\s+(?:19|20)\d{2}${YEAR_ENDS_PHRASE}`, 'iu');
const OPENS_WITH_YEAR = /^[\s*_>-]*(?:in|during)\s+(?:19|20)\d{2}(?![-–/]\d|\s+(?:terms|prices|dollars|euros|pounds|money|values?|constant|real|levels?|figures?|editions?|surveys?|reports?|census|budgets?)\b),?\s/i;
/** ", the last year before …", ", the year the plant opened": an apposition to the year before it. */
const YEAR_APPOSITION = /^,\s+(?:the|its)\s+(?:(?:last|first|final|only|same|peak|record)\s+)?(?:full\s+)?(?:year|season|edition)\b[^,;:()]*/i;

function yearAppositions(text: string, sentence: Span, tokens: readonly NumberToken[]): Span[] {
  const spans: Span[] = [];
  for (const y of tokens) {
    const m = y.yearLike ? YEAR_APPOSITION.exec(text.slice(y.end, sentence.end)) : null;
    if (m) spans.push({ start: y.end, end: y.end + m[0].length });
  }
  return spans;
}

const WHEN_AFTER_BASE = /^,\s+when\s[^,;.:()\d]*/i;
const PERFECT = /\b(?:has|have|had|having)\b/i;
const ANOTHER_BASE_AFTER = /\b(?:from|since|than|compared|versus|vs\.?|against|over|relative|on|after|before|between|by|to|cumulative\w*|total|overall|all)\b/i;

const RATE_BEFORE_SINCE = /^\s*(?:(?:a|per|each|every)\s+year|annually|per\s+annum)(?=,?\s+since\s+(?:19|20)\d{2}\b)/i;

const cache = new VersionMemo<AnalysedDocument, DatasetChange[]>();

const POINTS_CUE = /\bpoints?\b|\bpp\b/i;
const ONE_YEAR_CUE = /\b(?:previous|prior|preceding|earlier|before|alone|year[- ](?:on|over)[- ]year|y\/y|yoy|(?:in|during)\s+(?:19|20)\d{2})\b/i;

export function baseYearChanges(doc: AnalysedDocument, dataset: Dataset): DatasetChange[] {
  return readSentences(cache, 'base-year-changes', doc, dataset, (segment) => (segment.tokens.some((t) => t.kind === 'percent') || segmentHas(segment, POINTS_CUE)) && (segmentHas(segment, CUE) || segmentHas(segment, ONE_YEAR_CUE)), (segment, sentence, tokens) => readSentenceOrClauses(doc, dataset, segment, sentence, tokens), true);
}

/**
 * "NIMR published 726 papers in 2025, up 67% on its 2015 output, and KCOD 670": a sentence that names two subjects and
 * states one change reads the change's own clause as a sentence of its own (acc-chg10). A clause that is the whole
 * sentence, or names no subject or two, reads nothing.
 */
function readSentenceOrClauses(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[]): DatasetChange[] {
  const figures = tokens.filter((t) => t.kind === 'percent' || pointsFigure(doc.text, t));
  if (new Set(itemsWithin(segment.entities, sentence).map((e) => e.id)).size <= 1) {
    const whole = readSentence(doc, dataset, segment, sentence, tokens);
    if (whole) return [whole];
    const first = firstClauseChange(doc, dataset, segment, sentence, tokens, figures);
    const second = first.length === 1 ? secondBaseChange(doc, dataset, sentence, tokens, figures, first[0]!) : undefined;
    return second ? [...first, second] : first;
  }
  const found: DatasetChange[] = [];
  // Two changes of two subjects ("Nyota's papers grew 15.5%, and Tembo's by 12.5%") may share words: a clause is read
  // alone only when it names its own measure ("…, and Murcia's e-bike share is up 9.1 points since 2022") and no clause
  // of the sentence is elliptic (acc-pc29).
  if (figures.length > 1 && figures.some((f) => ellipticClause(doc.text, segment, clauseOf(doc.text, sentence, f.start), f))) return found;
  for (const stated of figures) {
    const clause = clauseOf(doc.text, sentence, stated.start);
    if (clause.start === sentence.start && clause.end === sentence.end) continue;
    if (new Set(itemsWithin(segment.entities, clause).map((e) => e.id)).size !== 1) continue;
    if (figures.length > 1 && itemsWithin(segment.metrics, clause).length === 0) continue;
    const read = readSentence(doc, dataset, segment, clause, tokens.filter((t) => t.start >= clause.start && t.end <= clause.end));
    if (read?.stated === stated) found.push(read);
  }
  // "ELB's punctuality is up 1.4 points since 2019 and well ahead of WMB's": the other party stands only in a clause after
  // the change's base; the clause before it, which names one subject, is read as a sentence of its own (acc-pc29).
  if (found.length === 0 && figures.length === 1) {
    const cut = CLAUSE_AFTER_BASE.exec(doc.text.slice(figures[0]!.end, sentence.end));
    const head = cut ? { start: sentence.start, end: figures[0]!.end + cut.index } : undefined;
    if (head && new Set(itemsWithin(segment.entities, head).map((e) => e.id)).size === 1) found.push(...firstClauseChange(doc, dataset, segment, sentence, tokens, figures));
  }
  return found;
}

/** Between a change's base year and a second change of the same figure: "and", ", and up", "and by". */
const SECOND_CHANGE_BETWEEN = /^\s*,?\s+and\s+(?:(up|down)\s+)?(?:by\s+)?(?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

/**
 * "Its paid attendance of 184.0 thousand in 2024 was up 6.9% on 2023 and 18.6% on 2015", "… up 3.5% on 2023 and 8.9%
 * above 2019": a second change of the same figure on another base year, right after the first change's base. It takes
 * the first's subject, measure and later value; its base is its own year. Only with nothing but years after its base
 * up to a clause of its own.
 */
function secondBaseChange(doc: AnalysedDocument, dataset: Dataset, sentence: Span, tokens: NumberToken[], figures: NumberToken[], first: DatasetChange): DatasetChange | undefined {
  const text = doc.text;
  if (figures.length < 2 || first.stated !== figures[0] || first.measure !== 'change') return undefined;
  const stated = figures[1]!;
  if (stated.kind !== 'percent') return undefined;
  const firstBase = tokens.find((t) => t.yearLike && t.value === first.from.year && t.start > first.stated.end && t.end <= stated.start);
  // "… 3.5% more than the year before and 19.5% more than in 2019": a first change on the year before, named in words.
  const relative = firstBase || first.from.year !== first.to.year - 1 ? null : PREVIOUS_YEAR_AFTER.exec(text.slice(first.stated.end, stated.start));
  const firstEnd = firstBase?.end ?? (relative ? first.stated.end + relative[0].length : undefined);
  if (firstEnd === undefined) return undefined;
  const between = SECOND_CHANGE_BETWEEN.exec(text.slice(firstEnd, stated.start));
  if (!between) return undefined;
  const m = BASE_AFTER.exec(text.slice(stated.end, sentence.end));
  if (!m || (m[3] !== undefined && !AFTER_BASE_YEAR.test(m[3]))) return undefined;
  const baseYear = Number(m[2]);
  const base = tokens.find((t) => t.yearLike && t.value === baseYear && t.start >= stated.end && t.end <= stated.end + m[0].length);
  if (!base || baseYear >= first.to.year || baseYear === first.from.year) return undefined;
  const comparative = m[1] !== undefined && COMPARATIVE.test(m[1]);
  if (comparative !== /\bthan\b/i.test(m[0])) return undefined;
  // Nothing after the base but words and years (", the last year before the pandemic."), up to a clause of its own
  // (", and ticket sales now account for 32.3% of its income").
  const cut = CLAUSE_AFTER_BASE.exec(text.slice(base.end, sentence.end));
  const end = cut ? base.end + cut.index : sentence.end;
  if (tokens.some((t) => t.start >= base.end && t.end <= end && !t.yearLike && !isCitationMarker(t, text))) return undefined;
  const from = valueFor(dataset, first.entity, first.metric, baseYear);
  if (!from || from.value <= 0) return undefined;
  const side = sideOf(m[0]);
  const said = between[1]?.toLowerCase();
  const lower = comparative ? LOWER_COMPARATIVE.test(m[1]!) : side ? side === 'below' : said ? said === 'down' : first.decline;
  return {
    stated,
    measure: 'change',
    decline: lower,
    rise: comparative || side || said ? !lower : first.rise,
    entity: first.entity,
    metric: first.metric,
    from: { year: baseYear, ...from },
    to: first.to,
    years: { start: base.start, end: base.end },
  };
}

/** Words an elliptic clause holds before its figure besides its subject: "…, and Tembo’s by 12.5%". */
const ELLIPTIC_WORDS = new Set(['and', 'but', 'while', 'whereas', 'by', 'at', 'with', 's', 'the', 'its', 'their', 'for', 'to']);

/**
 * "…, and Tembo’s by 12.5%": a clause that names no measure and holds no word of its own besides its subject, borrowing
 * the clause before's; a sentence with one is not read clause by clause, as the clauses share words (acc-pc29).
 */
function ellipticClause(text: string, segment: AnalysedSegment, clause: Span, figure: NumberToken): boolean {
  if (itemsWithin(segment.metrics, clause).length > 0) return false;
  const named = itemsWithin(segment.entities, clause);
  for (const w of text.slice(clause.start, figure.start).matchAll(/[\p{L}’'-]+/gu)) {
    const at = clause.start + w.index;
    if (named.some((n) => n.start <= at && at < n.end)) continue;
    if (!ELLIPTIC_WORDS.has(w[0].toLowerCase().replace(/[’']s$/, ''))) return false;
  }
  return true;
}

/** The break after a change's base that opens a clause of its own: ", and", " and", ", while", "; " — never "2019 and 2020". */
const CLAUSE_AFTER_BASE = /(?:,?\s+(?:and|but|yet|while|whereas)\s+(?!(?:19|20)\d{2}\b|\()|;\s+)/;

/**
 * "KNB carried 37.6 million journeys in 2025, up 33% on 2019, and 4.4% more than in 2024", "… 860,000 passengers in
 * 2024, 11.0% more than in 2019 and more than three times its 2020 low of 238,000": one subject, a change on a base
 * year, then a clause of its own with other figures. The sentence up to that clause, which names the subject, its
 * figure and both years, is read as a sentence of its own; the later clause is left unread.
 */
function firstClauseChange(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], figures: NumberToken[]): DatasetChange[] {
  const stated = figures[0];
  if (!stated) return [];
  const cut = CLAUSE_AFTER_BASE.exec(doc.text.slice(stated.end, sentence.end));
  if (!cut) return [];
  const clause = { start: sentence.start, end: stated.end + cut.index };
  if (figures.some((f) => f !== stated && f.start < clause.end)) return [];
  const read = readSentence(doc, dataset, segment, clause, tokens.filter((t) => t.start >= clause.start && t.end <= clause.end));
  return read && read.stated === stated ? [read] : [];
}

/**
 * What `read` finds in the sentences of the paragraphs `admits` lets through (its cheap tests first) that name an entity
 * and a measure, once per document.
 */
function readSentences<T>(cache: VersionMemo<AnalysedDocument, T[]>, key: string, doc: AnalysedDocument, dataset: Dataset, admits: (segment: AnalysedSegment) => boolean, read: (segment: AnalysedSegment, sentence: Span, tokens: NumberToken[]) => T | T[] | undefined, pronouns = false): T[] {
  let found = cache.get(doc);
  if (found) return found;
  found = [];
  // Outside an edit's scope, the last version's reading, moved (across-versions.ts): it reads the segment, the
  // paragraph or list item just before it (a pronoun's subject), and the dataset; only the paragraphs that found one
  // are asked again.
  const gate = (segment: AnalysedSegment) => segment.kind === 'paragraph' && admits(segment);
  for (const readings of acrossVersionsEach(doc, key, [dataset], gate, (segment) => segmentReadings(segment, dataset, read, pronouns), movedWithSegment)) found.push(...readings);
  cache.set(doc, found);
  return found;
}

/** What `read` finds in the sentences of a paragraph that names an entity (or, with `pronouns`, opens one with "It" or refers back with "the institute", "we") and a measure. */
function segmentReadings<T>(segment: AnalysedSegment, dataset: Dataset, read: (segment: AnalysedSegment, sentence: Span, tokens: NumberToken[]) => T | T[] | undefined, pronouns: boolean): T[] {
  // A paragraph that names an entity but no measure may still state one by a figure's value (measureOfFigure).
  if ((segment.entities.length === 0 && !(pronouns && (/(?:^|[.!?]\s+)[\s*_>]*Its?\b/.test(segment.text) || mayRefer(segment.text, dataset)))) || (segment.metrics.length === 0 && segment.entities.length === 0)) return [];
  const found: T[] = [];
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const reading = read(segment, sentence, tokens);
    if (Array.isArray(reading)) found.push(...reading);
    else if (reading) found.push(reading);
  }
  return found;
}

/** ", or 4.2% a year on average", ", an average of 5.3% a year": a rate set off after a change that it restates. */
function setOffRate(text: string, sentence: Span, t: NumberToken): boolean {
  return SET_OFF_RATE_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 40), t.start)) && /^\s*(?:(?:a|per|each|every)\s+year|annually|per\s+annum)\b/i.test(text.slice(t.end, t.end + 20));
}
const SET_OFF_RATE_BEFORE = /,\s*(?:or|i\.e\.|that\s+is|equivalent\s+to|an?\s+(?:average|compound\s+(?:annual\s+)?rate)\s+of)\s+(?:about\s+|roughly\s+|some\s+|around\s+)?$/i;

function readSentence(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, all: NumberToken[]): DatasetChange | undefined {
  const text = doc.text;
  // "since 2018, the last year before line T3 opened on 1 March 2019": an apposition that describes a year holds no
  // figure or year of the claim.
  const appositions = yearAppositions(text, sentence, all);
  const tokens = appositions.length ? all.filter((t) => !appositions.some((a) => a.start <= t.start && t.end <= a.end)) : all;
  // "…, 55.0% more than in 2015, or 4.2% a year on average": an annual rate set off after the change restates it; the
  // change is still the sentence's one change.
  const allPercents = tokens.filter((t) => t.kind === 'percent');
  const percents = allPercents.length === 2 && setOffRate(text, sentence, allPercents[1]!) ? [allPercents[0]!] : allPercents;
  // "KHI's composite score was 84.1 in 2025, up 4.6 points on 2024": a score's or share's difference in points (acc-chg8).
  const points = tokens.filter((t) => pointsFigure(text, t));
  const years = tokens.filter((t) => t.yearLike);
  const stated = points.length === 1 && percents.length <= 1 ? points[0]! : percents.length === 1 && points.length === 0 ? percents[0]! : undefined;
  if (!stated || years.length < 1 || years.length > 2 || years[0]!.value === years[1]?.value) return undefined;
  const inPoints = stated.kind !== 'percent';
  // A period of the sentence ("between 2015 and 2025") is the other readers' form.
  if (itemsWithin(segment.ranges, sentence).some((r) => r.from.yearLike && r.to.yearLike)) return undefined;
  // "grown 4.1% a year since 2016": the words of an annual rate stand between the figure and its base (masked, same length).
  const tail = text.slice(stated.end, sentence.end).replace(/^\s*(?:percentage[- ]points?|pp|points?)\b/i, (w) => (inPoints ? ' '.repeat(w.length) : w)).replace(RATE_BEFORE_SINCE, (w) => (inPoints ? w : ' '.repeat(w.length)));
  const clause = clauseOf(text, sentence, stated.start);
  const before = text.slice(Math.max(clause.start, stated.start - 50), stated.start);
  const m: BaseMatch | null | undefined = BASE_AFTER.exec(tail) ?? measureBetweenBase(tail, stated) ?? previousYearBase(text, sentence, stated, tail, before, years) ?? openingSinceBase(text, sentence, stated, years);
  if (!m) return undefined;
  const base = m.base ?? years.find((y) => y.value === Number(m[2]) && y.start >= stated.end && y.end <= stated.end + m[0].length);
  if (!base) return undefined;
  // The figure's own year, named; or, when only the base year is named, the one later year whose fact the figure before the change equals.
  const final: { value: number; start: number; end: number } | undefined = years.find((y) => y !== base);
  if (final && final.value <= base.value) return undefined;
  const after = text.slice(stated.end, Math.min(clause.end, stated.end + 40));
  // "+5.8% a year since 2015": an annual rate; else a change needs a sign, a word of change before, or a change noun after.
  const rate = rateReading(before, after);
  if (rate && m.base) return undefined;
  if (inPoints && (rate || /^\s*(?:percentage[- ]points?|pp|points?)\s+(?:a|per|each|every)\s+year\b/i.test(after))) return undefined;
  // "41.8% below the 2015 level", "98% above 2015": the side of the base gives the change's direction (acc-chg10).
  const side = m.base ? undefined : sideOf(m[0]);
  if (side && m[1]) return undefined;
  if (!rate && stated.style.sign === '' && !CHANGE_BEFORE.test(before) && !CHANGED_OBJECT_BEFORE.test(before) && !m[1] && !side) return undefined;
  // A comparative with a word of change before it ("rose 12% more than in 2015") compares two changes.
  if (m[1] && COMPARATIVE.test(m[1]) && CHANGE_BEFORE.test(before)) return undefined;
  const entityMentions = itemsWithin(segment.entities, sentence);
  const metricMentions = itemsWithin(segment.metrics, sentence);
  // "EHCRC remained the largest recipient at USD 16.4 million in 2025, up 31.1% on 2015": a sentence that names no
  // measure speaks of the one its figure of the named year equals, for the one entity it names.
  // "Port Carrow … . Its runners raised USD 6.2 million for charity in 2024, 67.5% more than in 2015": an opening "It"/"Its"
  // names the entity whose fact the figure equals, as a name would.
  const pronoun = metricMentions.length === 0 && entityMentions.length === 0 ? pronounSubject(doc, segment, sentence, () => true) : undefined;
  const subjects = pronoun ? [{ id: pronoun, start: sentence.start, end: sentence.start }] : entityMentions;
  const byValue = metricMentions.length === 0 ? measureOfFigure(dataset, text, subjects, tokens, stated, years) : undefined;
  if (!byValue && new Set(metricMentions.map((e) => e.id)).size !== 1) return undefined;
  const metric = byValue ?? metricMentions[0]!;
  // "Its composite score was 83.1 in 2025, up 1.2 points on 2024": "Its" speaks of the one entity the sentence before names.
  const referred = entityMentions.length === 0 ? carriedSubject(doc, dataset, segment, sentence, stated, metric, (id) => dataset.observationsByKey.has(observationKey(id, metric.id))) : undefined;
  if (!referred && new Set(entityMentions.map((e) => e.id)).size !== 1) return undefined;
  const entity = referred ? { id: referred.id, ...referred.at } : entityMentions[0]!;
  const unit = dataset.metrics.get(metric.id)?.unit;
  if (inPoints ? unit !== 'score' && unit !== 'percent' : unit !== 'count' && unit !== 'currency' && unit !== 'rate') return undefined;
  // "up 67% on its 2015 output", "above the 2015 level": the word after the base year names the base plainly or the
  // metric itself, never another measure ("its 2015 budget", "2015 prices") (acc-chg10).
  if (!m.base && m[3] !== undefined && !AFTER_BASE_YEAR.test(m[3])) {
    const wordAt = stated.end + m[0].length - m[3].length;
    if (!metricMentions.some((x) => x.id === metric.id && x.start <= wordAt && wordAt < x.end)) return undefined;
  }
  // "51.7% more trips in 2024 than in 2019": the words between the comparative and the year are the measure's name, wholly.
  const named = m.named;
  if (named && !metricMentions.some((x) => x.id === metric.id && x.start <= named.start && named.end <= x.end)) return undefined;
  // "since the first edition in 2018": the ordinal that names the base edition is no figure.
  const baseWords = { start: stated.end, end: stated.end + (m.index ?? 0) + m[0].length };
  const others = tokens.filter((t) => t !== stated && !t.yearLike && (t.kind !== 'percent' || percents.includes(t)) && !(t.kind === 'ordinal' && !m.base && baseWords.start <= t.start && t.end <= baseWords.end));
  const end = final ?? laterYearOf(dataset, entity.id, metric.id, base.value, others) ?? (!m.base || m.opening ? baseUntilNow(dataset, text, clause, stated, entity.id, metric.id, base) : undefined);
  if (!end) return undefined;
  const form = m.form ?? { start: stated.start, end: stated.end + m[0].length };
  // "is up 1.1 points since 2017, when it last finished as runner-up": a clause opened by "when" right after the base
  // year tells of that year (no figure in it); its words hand the change to no one else.
  const when = m.form ? null : WHEN_AFTER_BASE.exec(text.slice(form.end, sentence.end));
  const told = when ? [{ start: form.end, end: form.end + when[0].length }] : [];
  // The words of the form and the endpoints' figures are masked; the rest of the sentence must speak plainly of the entity's metric.
  const lastYear = final ? [] : lastYearOfFinal(dataset, text, sentence, others, entity.id, metric.id, end.value);
  if (datasetReadingRefused(text, sentence, entity, metric, stated, [form, ...told, ...appositions, ...(final ? [final] : []), ...others, ...lastYear], measureOwnWords(dataset.metrics.get(metric.id)))) return undefined;
  const from = valueFor(dataset, entity.id, metric.id, base.value);
  const to = valueFor(dataset, entity.id, metric.id, end.value);
  if (!from || !to || from.value <= 0) return undefined;
  // Any other figure must be one of the endpoints ("726 papers in 2025"): else the sentence speaks of more.
  // (In the figure's own scale: "104,900 visits" of a measure kept in thousands, 104.9.)
  const scale = dataset.metrics.get(metric.id)?.scale;
  if (!others.every((t) => (inPoints || t.kind !== 'percent') && (t.value === to.value || t.value === from.value || (t.kind !== 'percent' && t.scale === undefined && scale !== undefined && (statesFact(t, to.value, scale) || statesFact(t, from.value, scale)))))) return undefined;
  const lead = text.slice(clause.start, stated.start) + (m[1] ?? '');
  // "61% more than in 2015": a comparative gives the direction, and only with "than" (never "more on 2015").
  const comparative = m[1] !== undefined && COMPARATIVE.test(m[1]);
  if (comparative !== /\bthan\b/i.test(m[0])) return undefined;
  const lower = (comparative && LOWER_COMPARATIVE.test(m[1]!)) || side === 'below';
  // A sign or a word that says the other way ("down 12% above 2015") leaves the direction unclear.
  if (side && (DECLINE_CUE.test(text.slice(clause.start, stated.start).slice(-20)) ? !lower : RISE_CUE.test(text.slice(clause.start, stated.start).slice(-20)) && lower)) return undefined;
  return {
    stated,
    measure: inPoints ? 'points' : rate ? 'rate' : 'change',
    decline: comparative || side ? lower : DECLINE_CUE.test(lead),
    rise: comparative || side ? !lower : RISE_CUE.test(lead),
    entity: entity.id,
    metric: metric.id,
    from: { year: base.value, ...from },
    to: { year: end.value, ...to },
    years: { start: Math.min(base.start, end.start), end: Math.max(base.end, end.end) },
  };
}

/**
 * The measure of the one figure besides the change, in a sentence that names none: the one count or money measure whose
 * fact for the one entity named (before the figure), in the year the figure stands next to, the figure equals.
 */
function measureOfFigure(dataset: Dataset, text: string, entities: readonly (Span & { id: string })[], tokens: readonly NumberToken[], stated: NumberToken, years: readonly NumberToken[]): { id: string; start: number; end: number } | undefined {
  if (new Set(entities.map((e) => e.id)).size !== 1 || years.length !== 2) return undefined;
  const figures = tokens.filter((t) => t !== stated && !t.yearLike);
  if (figures.length !== 1 || figures[0]!.end > stated.start) return undefined;
  const figure = figures[0]!;
  // Its own year right after it: "USD 16.4 million in 2025, up 31.1% on 2015".
  const own = years.find((y) => y.start > figure.end && y.end < stated.start && /^[\s\p{L}]*\b(?:in|during)\s+$/u.test(text.slice(figure.end, y.start)));
  if (!own) return undefined;
  const metrics = new Set<string>();
  for (const o of dataset.observationsByEntity.get(entities[0]!.id) ?? []) {
    const metric = dataset.metrics.get(o.metric);
    if (o.year !== own.value || o.partner !== undefined || o.dimension || o.value === undefined || !metric || (metric.unit !== 'count' && metric.unit !== 'currency')) continue;
    if (metric.unit === 'currency' ? figure.kind !== 'currency' : figure.kind === 'currency' || figure.kind === 'percent') continue;
    if (isConsistentAtPrecision(figure.value, figure.decimals, o.value / tokenFactor(figure, metric.scale, o.value))) metrics.add(o.metric);
  }
  // Its span runs from the entity named before the figure to the figure: the words between describe what the value
  // already names (“remained the largest recipient at”), they narrow nothing.
  const entity = entities.find((e) => e.end <= figure.start);
  return metrics.size === 1 && entity ? { id: [...metrics][0]!, start: entity.end, end: figure.end } : undefined;
}

/** A base form's match: the base year's token, or for a one-year form the base year reckoned and the words of the form. */
type BaseMatch = RegExpExecArray & { base?: { value: number; start: number; end: number }; form?: Span; named?: Span; opening?: boolean };

/**
 * "It made 51.7% more trips in 2024 than in 2019": the comparative, the measure's name, the figure's own year, then the
 * base year after "than" (a match shaped as BASE_AFTER's: the comparative in group 1, the base year in group 2; `named`
 * is the measure's words, which must be one mention of the metric read).
 */
const MEASURE_BETWEEN_BASE = /^(\s*(more|fewer|higher|lower|greater|larger|less|smaller)\s+)((?:\p{Ll}[\p{L}’'-]*\s+){1,3}?)in\s+(?:19|20)\d{2}\s+than\s+(?:in\s+)?((?:19|20)\d{2})\b(?!\s*(?:[–—-]|to\b|and\b|through\b|until\b|['’]s\b|\/|\())/u;
function measureBetweenBase(tail: string, stated: NumberToken): BaseMatch | undefined {
  const found = MEASURE_BETWEEN_BASE.exec(tail);
  if (!found) return undefined;
  const match = [found[0], found[2], found[4], undefined] as unknown as BaseMatch;
  match.index = 0;
  const at = stated.end + found[1]!.length;
  match.named = { start: at, end: at + found[3]!.trimEnd().length };
  return match;
}

/**
 * "In 2025 output was up 5.9% on the previous year", "grew 9% year on year in 2025", "In 2025 alone output grew 12.5%":
 * a change over the one year the sentence names "in 2025", from the year before it. The figure's year must be that one
 * year, named with "in" or "during"; "alone" only with a word of change before the figure.
 */
function previousYearBase(text: string, sentence: Span, stated: NumberToken, tail: string, before: string, years: NumberToken[]): BaseMatch | undefined {
  if (years.length !== 1) return undefined;
  const year = years[0]!;
  const inYear = IN_YEAR_BEFORE.test(text.slice(Math.max(sentence.start, year.start - 8), year.start));
  // "82 exhibits on show at the end of 2024, up 8.3% on a year earlier": a stock at the year's end, against the year before's.
  const endOfYear = !inYear && END_OF_YEAR_BEFORE.test(text.slice(Math.max(sentence.start, year.start - 20), year.start));
  if (!inYear && !endOfYear) return undefined;
  const previous = PREVIOUS_YEAR_AFTER.exec(tail);
  if (endOfYear && !previous) return undefined;
  const alone = previous ? undefined : YEAR_ALONE.exec(text.slice(sentence.start, sentence.end));
  const bare = previous || alone ? undefined : bareYear(text, sentence, stated, tail, before, year);
  if (!previous && !bare && !(alone && CHANGE_BEFORE.test(before) && sentence.start + alone.index < stated.start)) return undefined;
  const match = (previous ?? alone ?? bare)! as BaseMatch;
  match.base = { value: year.value - 1, start: year.start, end: year.end };
  match.form = previous ? { start: stated.start, end: stated.end + previous[0].length } : bare ? { start: stated.start, end: Math.max(stated.end, year.end) } : { start: sentence.start + alone!.index, end: sentence.start + alone!.index + alone![0].length };
  // The match's groups are BASE_AFTER's: no change noun (1) but a comparative ("more than the year before"), no base year (2).
  match[1] = (previous?.[1] ?? undefined) as unknown as string;
  match[2] = undefined as unknown as string;
  return match;
}

/**
 * "Since 2015, Almtal's adoptions are up 29.7%": a base year that opens the sentence, set off by a comma, the sentence's
 * only year (the later value is the series' latest, as after "since 2015" at the end).
 */
function openingSinceBase(text: string, sentence: Span, stated: NumberToken, years: NumberToken[]): BaseMatch | undefined {
  if (years.length !== 1) return undefined;
  const m = OPENING_SINCE.exec(text.slice(sentence.start, stated.start));
  const year = years[0]!;
  if (!m || year.start < sentence.start || year.end > sentence.start + m[0].length) return undefined;
  const match = Object.assign([m[0], undefined, undefined], { index: 0, input: m.input }) as unknown as BaseMatch;
  // The year token itself, so that it is not also read as the figure's own year.
  match.base = year;
  match.opening = true;
  match.form = { start: sentence.start, end: sentence.start + m[0].length };
  return match;
}
const OPENING_SINCE = /^[\s*_>-]*Since\s+((?:19|20)\d{2}),\s+/;

/** The bare one-year form's match ("rose 18.8% in 2025", "In 2025, … fell 26%"), or undefined. */
function bareYear(text: string, sentence: Span, stated: NumberToken, tail: string, before: string, year: NumberToken): RegExpExecArray | undefined {
  if (!CHANGE_BEFORE.test(before) || stated.style.sign !== '') return undefined;
  const clause = clauseOf(text, sentence, stated.start);
  if (PERFECT.test(text.slice(sentence.start, stated.start))) return undefined;
  const right = YEAR_RIGHT_AFTER.exec(tail) ?? TO_VALUE_THEN_YEAR.exec(tail);
  const opening = right ? undefined : OPENS_WITH_YEAR.exec(text.slice(sentence.start, sentence.end));
  if (right ? stated.end + right[0].length !== year.end : !opening || sentence.start + opening.index + opening[0].length < year.end || year.end > stated.start) return undefined;
  // Nothing after the year (or after the figure, when the year opens the sentence) but the clause's end or a value it reached.
  // (An apposition that describes the year, ", the first year after the merger", is no other base.)
  const rest = text.slice(right ? year.end : stated.end, clause.end).replace(YEAR_APPOSITION, '');
  if (ANOTHER_BASE_AFTER.test(rest.replace(/^,?\s*to\s+(?:[A-Z]{3}\s+|[€$£])?[\d.,]+(?:\s*(?:million|billion|m|bn))?/, ''))) return undefined;
  return (right ?? opening) as RegExpExecArray;
}

/**
 * "KHI's composite score was 84.1, up 4.6 points on 2024": the year of the figure before the change, when the sentence
 * names only the base year — the one later year whose fact the figure equals at its precision. Undefined when none or
 * several do, or the sentence holds another figure.
 */
function laterYearOf(dataset: Dataset, entity: string, metric: string, base: number, others: NumberToken[]): { value: number; start: number; end: number } | undefined {
  if (others.length !== 1) return undefined;
  const figure = others[0]!;
  const years = (dataset.observationsByKey.get(observationKey(entity, metric)) ?? []).filter((o) => o.partner === undefined && o.year !== undefined && o.year > base && o.value !== undefined && isConsistentAtPrecision(figure.value, figure.decimals, o.value));
  return years.length === 1 ? { value: years[0]!.year!, start: figure.start, end: figure.end } : undefined;
}

/** A present or perfect verb of the figure's own clause ("is up", "has risen", "have more than doubled"): counted up to now. */
const UNTIL_NOW_VERB = /\b(?:has|have|is|are)\b/i;
/** A past or other time of the clause ("had risen", "was up", "by 2022"): not counted up to now. */
const NOT_NOW = /\b(?:had|was|were|will|would|by\s+(?:19|20)\d{2}|(?:19|20)\d{2}\s*[–—-])/i;

/**
 * "IBCE's external funding is up 65% since 2016", "is 65% above its 2016 level", "MRGC's grant receipts have doubled
 * since 2016": a change against a base year with no later year of its own, in the present or the perfect, is counted up
 * to now. Now is the series' latest year, and only when it is the metric's latest year across the dataset (no series of
 * the measure runs later), so that "now" is the dataset's one present. A figure of the sentence must still be an endpoint.
 */
export function baseUntilNow(dataset: Dataset, text: string, clause: Span, figure: Span, entity: string, metric: string, base: { value: number; start: number; end: number }): { value: number; start: number; end: number } | undefined {
  const lead = text.slice(clause.start, figure.start);
  if (!UNTIL_NOW_VERB.test(lead) || NOT_NOW.test(text.slice(clause.start, clause.end))) return undefined;
  const year = presentYear(dataset, entity, metric);
  if (year === undefined || year <= base.value) return undefined;
  return { value: year, start: base.start, end: base.end };
}

/** The series' latest year, when it is also the metric's latest year across the dataset: the dataset's one present. */
function presentYear(dataset: Dataset, entity: string, metric: string): number | undefined {
  const latest = (observations: readonly { year?: number; value?: number; partner?: string }[] | undefined) => Math.max(-Infinity, ...(observations ?? []).filter((o) => o.partner === undefined && o.value !== undefined && o.year !== undefined).map((o) => o.year!));
  const year = latest(dataset.observationsByKey.get(observationKey(entity, metric)));
  return Number.isFinite(year) && year === latest(dataset.observationsByMetric.get(metric)) ? year : undefined;
}

/** Right after a figure, up to two of its words and "last year": "to 1,257.4 thousand last year". */
const LAST_YEAR_AFTER = /^(?:\s+\p{Ll}[\p{L}-]*){0,2}?\s+(last\s+year)\b/u;

/**
 * "…have nearly tripled since 2015, to 1,257.4 thousand last year": "last year" right after the final figure names the
 * final year, when that year is the dataset's present and the figure its value; its words then hand the change to no
 * other period, and are masked. Else nothing is masked, and the sentence's "last" refuses the reading as before.
 */
function lastYearOfFinal(dataset: Dataset, text: string, sentence: Span, figures: readonly NumberToken[], entity: string, metric: string, year: number): Span[] {
  if (year !== presentYear(dataset, entity, metric)) return [];
  const final = valueFor(dataset, entity, metric, year);
  for (const t of figures) {
    if (!final || t.yearLike || t.kind === 'percent' || !isConsistentAtPrecision(t.value, t.decimals, final.value)) continue;
    const m = LAST_YEAR_AFTER.exec(text.slice(t.end, sentence.end));
    if (m) return [{ start: t.end + m[0].length - m[1]!.length, end: t.end + m[0].length }];
  }
  return [];
}

export function valueFor(dataset: Dataset, entity: string, metric: string, year: number): { value: number; source: string } | undefined {
  const o = dataset.observationsByKey.get(observationKey(entity, metric))?.find((x) => x.year === year && x.partner === undefined && x.value !== undefined);
  return o ? { value: o.value!, source: o.source } : undefined;
}

/**
 * "RHRS published 125 papers in 2025, more than three times its 2015 output", "… has more than doubled since 2015": a
 * multiple of the base year's value, the figure's own year named too. The word after "its 2015" must be a plain one
 * ("output", "level", "total") or the metric itself, never another measure ("its 2015 budget").
 */
const MULTIPLE_BASE = /^\s+(?:(?:its|their|the)\s+((?:19|20)\d{2})(?:['’]s)?\s+([\p{L}-]+)|(?:on|since|vs\.?|versus|compared\s+(?:with|to))\s+((?:19|20)\d{2}))\b(?!\s*(?:[–—-]|to\b|and\b|through\b|until\b|['’]s\b))/iu;
const OBJECT_AFTER_MULTIPLE = /^\s+(?:its|their)\s+/i;
const PLAIN_BASE_WORD = /^(?:output|level|levels|figure|figures|total|count|number|tally|size|value|mark)$/i;
const MULTIPLE_CUE = /\b(?:twice|double\w*|tripl\w*|trebl\w*|quadrupl\w*|\w+-?fold|times)\b/i;
const multipleCache = new VersionMemo<AnalysedDocument, DatasetForm[]>();

export function baseYearMultiples(doc: AnalysedDocument, dataset: Dataset): DatasetForm[] {
  return readSentences(multipleCache, 'base-year-multiples', doc, dataset, (segment) => segment.tokens.some((t) => t.yearLike) && segmentHas(segment, MULTIPLE_CUE), (segment, sentence, tokens) => readMultiple(doc, dataset, segment, sentence, tokens), true);
}

function readMultiple(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[]): DatasetForm | undefined {
  const text = doc.text;
  const years = tokens.filter((t) => t.yearLike);
  if (years.length < 1 || years.length > 2 || years[0]!.value === years[1]?.value) return undefined;
  if (itemsWithin(segment.ranges, sentence).some((r) => r.from.yearLike && r.to.yearLike)) return undefined;
  const multiples = statedMultiples(text, sentence);
  if (multiples.length !== 1) return undefined;
  const multiple: StatedMultiple = multiples[0]!;
  // "has nearly tripled its connections since 2016": the measure itself may stand between the multiple and its base.
  const object = OBJECT_AFTER_MULTIPLE.exec(text.slice(multiple.end, sentence.end));
  const objectMetric = object ? segment.metrics.find((x) => x.start === multiple.end + object[0].length) : undefined;
  const baseFrom = objectMetric?.end ?? multiple.end;
  const m = MULTIPLE_BASE.exec(text.slice(baseFrom, sentence.end));
  if (!m || (objectMetric && !/^\s+since\s/i.test(m[0]))) return undefined;
  const baseYear = Number(m[1] ?? m[3]);
  const base = years.find((y) => y.value === baseYear && y.start >= baseFrom && y.end <= baseFrom + m[0].length);
  const entityMentions = itemsWithin(segment.entities, sentence);
  const metricMentions = itemsWithin(segment.metrics, sentence);
  if (!base || new Set(metricMentions.map((e) => e.id)).size !== 1) return undefined;
  const metric = metricMentions[0]!;
  // "Its output has more than doubled since 2016": "Its" speaks of the one entity the sentence before names.
  const referred = entityMentions.length === 0 ? pronounSubject(doc, segment, sentence, (id) => dataset.observationsByKey.has(observationKey(id, metric.id))) : undefined;
  if (!referred && new Set(entityMentions.map((e) => e.id)).size !== 1) return undefined;
  const entity = referred ? { id: referred, start: sentence.start, end: sentence.start } : entityMentions[0]!;
  // "MRGC's grant receipts have doubled since 2016", "are now three times their 2016 level": with the base year alone, up to now.
  const final = years.length === 2 ? years.find((y) => y !== base) : baseUntilNow(dataset, text, clauseOf(text, sentence, multiple.start), multiple, entity.id, metric.id, base);
  if (!final || final.value <= base.value) return undefined;
  const unit = dataset.metrics.get(metric.id)?.unit;
  if (unit !== 'count' && unit !== 'currency') return undefined;
  // "its 2015 output": a plain word, or the metric's own mention.
  if (m[2] !== undefined) {
    const wordAt = baseFrom + m[0].length - m[2].length;
    const isMetric = metricMentions.some((x) => x.start <= wordAt && wordAt < x.end);
    if (!isMetric && !PLAIN_BASE_WORD.test(m[2])) return undefined;
  }
  const form = { start: multiple.start, end: baseFrom + m[0].length };
  const lastYear = years.length === 2 ? [] : lastYearOfFinal(dataset, text, sentence, tokens, entity.id, metric.id, final.value);
  if (datasetReadingRefused(text, sentence, entity, metric, multiple, [form, final, ...lastYear])) return undefined;
  const from = valueFor(dataset, entity.id, metric.id, base.value);
  const to = valueFor(dataset, entity.id, metric.id, final.value);
  if (!from || !to || from.value <= 0) return undefined;
  const others = tokens.filter((t) => !t.yearLike);
  if (!others.every((t) => t.kind !== 'percent' && (t.value === to.value || t.value === from.value))) return undefined;
  return { measure: 'multiple', stated: multiple, lower: false, entity: entity.id, metric: metric.id, from: { year: base.value, ...from }, to: { year: final.value, ...to }, years: { start: Math.min(base.start, final.start), end: Math.max(base.end, final.end) } };
}


// Reads what a number says about the dataset on strong evidence only: its unit, the metric that governs it, its subject and its time.
import { lentSlots, type LentSlot, type Route } from './lent-slots.js';
import { headsGappedItem } from './gapped-lists.js';
import { otherOwnerBefore, ownKindAfter } from './dataset-year-pairs.js';
import { ownConjunct, sharedSubjectClause, subjectBeforeAside } from './dataset-shared-subjects.js';
import { metricOfHeadNoun, mayNameByHead } from './dataset-head-nouns.js';
import type { Metric } from '@factlint/schemas';
import { relativeTokens, type AnalysedDocument, type AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { CURRENCY_CODE_WORD, CURRENCY_CODE_WORDS, spelledNumber, type NumberToken } from '../numbers.js';
import { splitWords, type Mention } from './phrase-matcher.js';
import { lemma, metricWords } from './lemma.js';
import { MEASURE_UNIT_AFTER } from './endpoint-bounds.js';
import { inSpan, statementsOfSegment } from './growth.js';
import { sentenceHolding, sentenceOf, withoutMentions } from './spans.js';
import { rankMetricAfter } from './rank-metric-words.js';
import { relativeYears } from './relative-years.js';
import { namedAcrossBreak, namesOneUnit, notOwnValue } from './dataset-own-value.js';
import { placeOnlyIds } from './dataset-partner-places.js';
import { documentOwner, previousParagraphSubject, referredSubject } from './dataset-referred-subject.js';
import { mayNameByVerb, verbMetric } from './dataset-verb-measures.js';
import { clauseStatesAll } from './dataset-misplaced-values.js';
import { countryFormMentions, partnerShare, namesPartnerAfter, restatesMeasure } from './dataset-partner-shares.js';
import { openingSubject } from './dataset-opening-subjects.js';
import { continuesNameList, entityAndYearRespectively } from './dataset-respectively.js';
import { leadIn } from './dataset-list-lead-ins.js';
import { otherKindOfRate, ownPerAfter, RATIO_BASE_BEFORE, SCALE_HEADER } from './dataset-own-units.js';
import { pronounOverObject, stockByYear, stockChange } from './dataset-stock-years.js';
import { mayNameByParticiple, participleMetric, PARTICIPLE } from './dataset-participle-measures.js';
import { ellipticMeasure } from './dataset-elliptic-measures.js';
import { mayNameByWhole, shareOfNamedWhole } from './dataset-share-wholes.js';
import { CAPTION_PERCENT_UNIT, TOTAL_LABEL } from './tables.js';
import { VersionMemo } from '../version-memo.js';
import { measureOwnWords } from './rate-guards.js';
import { datasetNouns, descriptionNouns, groupNamingNouns } from './dataset-nouns.js';

const hasPartnerFacts = (dataset: Dataset, metric: string) => (dataset.observationsByMetric.get(metric) ?? []).some((o) => o.partner !== undefined);

/** What a number was read as: one metric, the entities that may own or partner it, and a time when one is certain. */
export interface LinkReading {
  metric: string;
  /** The entity whose facts the number states (exactly one owner of the metric's facts). */
  entity: string;
  /** Other entities named with the number, nearest first: candidates for a fact's partner. */
  partners: Mention[];
  year?: number;
  period?: string;
  /** A year or period was stated but did not select one ("in 2020 and 2024"). */
  timeAmbiguous?: boolean;
  /** The number's own clause names the entity, the measure, the one time and at most one partner, and no other figure. */
  certain?: boolean;
  /**
   * As `certain`, but the subject is read from outside the clause (a pronoun's antecedent, a heading, the document's own
   * organisation): the time is the clause's own, so no fact of another time can be the one meant.
   */
  timeCertain?: boolean;
  /** The measure (and maybe the time) is read from the sentence before, the clause leaving its noun out: no certain fix. */
  elliptic?: boolean;
  evidence: Span[];
  /** The slots read from outside the number's own sentence or table row and column (lent-slots.ts): no certain fix. */
  lent?: LentSlot[];
}

interface Period {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** What a table header or label adds to a number besides the metric: a change, a ratio, a share, a rank, a mean. */
const HEADER_QUALIFIER =
  /\b(?:change[sd]?|chg|growth|grew|gain|loss|per|share|shares|rank(?:ed|ing)?|position|average|avg|mean|median|ratio|cagr|pp|p\.p|points?|difference|diff|delta|increase|decrease|decline|rise|fall|cumulative|index|percent(?:age)?|cent|yoy|relative|normali[sz]ed|intensity|weighted|estimated?|target|forecast|projected)\b|%|Δ|±|\/|\+|−/i;
/** "10% of the aid", "8% of its budget": a percent of a whole the words after it name. */
const PERCENT_OF_WHOLE = /^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+|this\s+|that\s+|all\s+)?([\p{L}-]+)/iu;

/** The words before the whole of a stated percent: "8% of the monitored fleet of ", "8% of the ". */
const PERCENT_WHOLE_BEFORE = /(?:%|\bper\s*cent)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+|all\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?$/iu;

/**
 * "make 10% of the aid conditional on on-time departures": a percent of a whole that no word of the measure names,
 * with the measure named only after it, is a share of that whole, not the measure's value.
 */
function percentOfOtherWhole(metric: Metric, text: string, token: NumberToken, clause: Span, mentions: readonly Span[]): boolean {
  const whole = PERCENT_OF_WHOLE.exec(text.slice(token.end, clause.end))?.[1];
  if (!whole || metricWords(metric).has(lemma(whole.toLowerCase())) || mentions.length === 0 || mentions.some((m) => m.start <= token.end)) return false;
  // Only a whole tied to the measure by a preposition ("… of the aid conditional on on-time departures", "… of the aid
  // for on-time departures"), not one the measure's clause goes on to describe ("13.4% of Tembo's papers had …").
  return WHOLE_THEN_MEASURE.test(text.slice(token.end, Math.min(...mentions.map((m) => m.start))));
}
/** Between a percent and the measure named after it: "of the aid conditional on", "of its grant for". */
const WHOLE_THEN_MEASURE = /^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+|this\s+|that\s+|all\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:conditional\s+on|dependent\s+on|tied\s+to|linked\s+to|for|to|towards?)\s+(?:the\s+|its\s+|their\s+)?$/iu;

/** Qualifiers a percent or growth metric's own header may carry ("Share (%)"). */
const PERCENT_WORDS = /\b(?:share|shares|percent(?:age)?|cent)\b|%/gi;
const GROWTH_WORDS = /\b(?:change[sd]?|growth|cagr|increase|decrease|decline|rise|fall|yoy)\b|\+|−/gi;

/**
 * Words right before a number that make it a change, a part or a bound rather than the metric's value ("up" not after
 * a verb it completes: "made up", "put up 852 routes", "racked up").
 */
const QUALIFIED_BEFORE =
  /(?:\b(?:(?:passed|passing|exceeded|exceeding|surpassed|surpassing|crossed|crossing|topped|topping|broke|breaking|beyond|past)(?:\s+the)?|by|(?<!\b(?:ma(?:ke|kes|de|king)|put|puts|putting|racked|racks|racking|clocked|clocks|clocking|notched|chalked|set|sets|setting)\s+)up|down|added|adding|adds|gained|gaining|lost|losing|increase[sd]?|decrease[sd]?|rise|rose|risen|fall|fell|fallen|drop(?:ped)?|decline[sd]?|grew|grow(?:th|n)?|gap|difference|lead|margin|(?:net\s+)?(?:loss|gain|cut|reduction|shortfall|saving)s?|another|further|extra|additional|more than|fewer than|less than|(?<!\bturn(?:ed|s|ing)?\s+)over|under|above|below|nearly|almost|about|around|roughly|approximately|some|close to|at least|at most|up to|upwards of|top|just|only|average|averag(?:ed|ing)|each|per|every)\s+(?:of\s+|by\s+)?)$|[~≈<>±]\s*$/i;
/**
 * A verb right before a count that moves things in or out: "withdrew 22 vessels", "closed 17 stations", "hired 40".
 * ("cut 22" needs no entry: QUALIFIED_BEFORE, asked first, already refuses it.)
 */
/**
 * After a count and its noun: a verb that moves what it counts ("9,840 pending cases moved with it", "1,200 staff were
 * transferred to the new agency"): the count is of what moved, no level of the measure.
 */
const FLOW_VERB_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been|being)\s+)?(moved|transferred|shifted|migrated|reassigned|relocated|handed\s+over|carried\s+over|switched|gave\s+up|given\s+up|removed|installed)\b/iu;
const FLOW_VERB_BEFORE = /\b(withdr[ae]w[n]?|withdrawing|replac(?:ed|ing)|convert(?:ed|ing)|decommission(?:ed|ing)|scrapp(?:ed|ing)|retir(?:ed|ing)|remov(?:ed|ing)|clos(?:ed|ing)|shed(?:ding)?|cutting|hir(?:ed|ing)|recruit(?:ed|ing)|laid\s+off|dismiss(?:ed|ing)|acquir(?:ed|ing)|bought|buying|built|building|commission(?:ed|ing)|demolish(?:ed|ing))\s+(?:(?:a\s+)?(?:further|another|total\s+of|net)\s+)?$/i;

/** A verb that moves things with a particle after its object: "took 22 vessels out of", "brought 12 boats into". */
const PHRASAL_FLOW_BEFORE = /\b(?:took|takes|taken|taking|brought|brings|bringing|put|puts|putting|moved|moves|moving)\s+(?:(?:a\s+)?(?:further|another|total\s+of|net)\s+)?$/i;
const PHRASAL_FLOW_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:out\s+of|off|into|in\s+to|out\b|away)\b/iu;

/** A figure with nothing of its own after it ("needed 483.", "483, about …"). */
const BARE_AFTER = /^\s*(?:[,;:.)—–]|$)/;
/**
 * Whether `token` is bare and an earlier figure of its sentence carries a unit of measure ("102 litres per tonne") that
 * the metric's label and phrases do not name: the bare figure goes on in that unit.
 */
function ellipticUnit(text: string, segment: AnalysedSegment, sentence: Span, token: NumberToken, metric: Metric): boolean {
  if (!BARE_AFTER.test(text.slice(token.end, token.end + 3))) return false;
  const earlier = segment.tokens.filter((t) => !t.yearLike && t.kind === token.kind && t.end <= token.start && t.start >= sentence.start);
  const previous = earlier[earlier.length - 1];
  if (!previous) return false;
  const unit = MEASURE_UNIT_AFTER.exec(text.slice(previous.end, previous.end + 12));
  if (!unit) return false;
  const named = lemma(unit[0].trim().toLowerCase());
  return ![metric.label, ...metric.phrases].some((p) => p.toLowerCase().split(/[^\p{L}\p{N}³²]+/u).some((w) => lemma(w) === named));
}

/** Whether a metric counts the moves a verb names ("Vessels decommissioned", "Stations closed", "New hires"). */
function countsMoves(metric: Metric, verb: string): boolean {
  const stem = verb.toLowerCase().replace(/\s+off$/, '').slice(0, 5);
  return [metric.label, ...metric.phrases].some((p) => p.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.startsWith(stem)));
}

/** After a cell's figure: a word that makes it a difference ("27 more", "19.4% higher", "3 fewer than in 2023"). */
const CELL_DIFFERENCE_AFTER = /^\s*(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger|above|below|up|down|ahead|behind)\b/i;
/** Endpoints written with an arrow: "21 → 63", "287 -> 638". */
const ARROW_ENDPOINTS = /\d\s*(?:→|->)\s*[+\-−]?\d/;
/** A clause that opens on the level a change reached: ", to 78,630 in 2024". */
const ARRIVAL_START = /^\s*to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+over\s+|just\s+under\s+)?$/i;
/** A change said by its verb or direction: "are up 29.6% on 2015", "fell 3%". */
const CHANGE_VERB = /\b(?:up|down|rose|risen|rise|grew|grown|fell|fallen|increased|decreased|declined|climbed|dropped|jumped|slipped)\b/i;
/** A clause that compares with the one before: "against 642", "close to Sweden's 3.46%", "versus 12". */
const COMPARISON_START = /^\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|close\s+to|behind|ahead\s+of)\s+(?:[\p{L}’'&.-]+\s+){0,5}$/iu;
/** Words right after a number that make it a change, a part, a ratio or a rate. */
// "1.1 ahead of Seenland", "2.2 behind the spa town", "3 short of": a gap to another party, not a value of its own.
// "18 higher than in 2024" is a difference as "18 more" is, not the 2024 level (acc-dsv29).
// "in 2025 it was 48 papers ahead": a figure with its noun, then "ahead" or "more", is a gap.
const QUALIFIED_AFTER = /^\s*(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger|additional|extra|new|net|times|x\b|×|per\b|a\s+year|a\s+head|each|every|of\b|out\s+of|in\s+(?:every|each)|on\s+average|-?fold|percent|per\s+cent|%|points?|(?!(?:was|were|is|are|be|been|being|had|has|have|or|and|but|still|now)\s)[\p{L}-]+\s+(?:ahead|behind|short|clear|more|fewer|less|higher|lower)\b|(?:ahead\s+of|behind|short\s+of|clear\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:\p{L}|(?:19|20)\d\d\b)|(?:above|below)\s+(?:the\s+|its\s+|their\s+)?(?:\p{Lu}|(?:19|20)\d\d\b))/iu;
/** "9,045 visits per FTE", "3.2 papers per researcher", "24 papers for each graduate": a count of one thing per another. */
const RATIO_AFTER = /^\s+(?:[\p{L}-]+\s+){1,2}(?:per|for\s+(?:each|every))\s+(?!cent\b)\p{L}/iu;

/** A measure taken at the end of a financial year that is not the calendar year's: "headcount at 31 March". */
const FINANCIAL_YEAR_END = /\b(?:31\s+March|30\s+June|30\s+September|end\s+of\s+(?:March|June|September)|financial\s+year)\b/i;
/** A sentence dated at such a day: "On 31 March 2016", "at the end of March 2025". */
const DATED_AT_YEAR_END = /\b(?:(?:31|30)(?:st|th)?\s+(?:March|June|September)|(?:end|close)\s+of\s+(?:March|June|September))\s*,?\s*(?:19|20)\d\d\b/i;

/** A group of members named by its size in a sentence: "across the three", "among all eight", "for the ten". */
// Also a sentence that opens on a group ("The eight sold 844.1 thousand tickets") or speaks of a whole ("Ticket income as
// a whole").
const NAMES_GROUP = /\bas\s+a\s+whole\b|(?:^[\s*_>-]*(?:the|these|those|all)\s+|\b(?:across|among|amongst|between|for|of|at|by|all)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:[\p{L}]+-)?(?:years?|editions?|months?|weeks?|days?|decades?|times?|places?|points?|seasons?|quarters?|periods?|halves|terms?|rounds?|phases?|stages?|spans?|per\s*cent)\b)(?!\s*%)/iu;

/**
 * A figure joined by a hyphen to its unit and set before a noun phrase that ends in a noun the dataset calls its
 * entities or their units by ("its 638-bed printworks hostel"), with another word first: one unit of the entity, not
 * the entity's own total. ("its 47,520-seat stadium", the noun right after, is left to the readings below.)
 */
function compoundOfPart(dataset: Dataset, text: string, token: NumberToken): boolean {
  const m = COMPOUND_THEN_WORDS.exec(text.slice(token.end, token.end + 60));
  if (!m) return false;
  const nouns = new Set([...datasetNouns(dataset), ...descriptionNouns(dataset), ...groupNamingNouns(dataset)]);
  const words = m[1]!.toLowerCase().split(/\s+/).map((w) => w.replace(/s$/, ''));
  return !nouns.has(words[0]!) && words.slice(1).some((w) => nouns.has(w));
}
const COMPOUND_THEN_WORDS = /^-\p{L}+\s+(\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){1,3})/u;

/** The rest of a group: "the other seven", "the remaining five". */
const REST_OF_GROUP = /\b(?:the|all)\s+(?:other|remaining)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*%)/i;

/** A subject of one unit before a figure: "each tram carried", "every member handled", "the average screen sold". */
const PER_UNIT_SUBJECT = /\b(?:each|every|per|the\s+average|an\s+average|the\s+typical|a\s+typical)\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "…served 335 connections per member of staff, against 237 in 2016": a bare figure compared with a ratio just before
 * it in its sentence is a ratio too, whatever measure or fact it happens to equal.
 */
export function comparedWithRatio(text: string, segment: AnalysedSegment, sentence: Span, token: NumberToken): boolean {
  const previous = segment.tokens.filter((t) => !t.yearLike && t.end <= token.start && t.start >= sentence.start).at(-1);
  if (!previous) return false;
  // "each tram carried 0.86 million journeys last year, against 1.12 million at Valmorand": a figure per unit too.
  const perUnit = PER_UNIT_SUBJECT.test(text.slice(Math.max(sentence.start, previous.start - 40), previous.start));
  if (!perUnit && !RATIO_AFTER.test(text.slice(previous.end, Math.min(token.start, previous.end + 40)))) return false;
  const between = text.slice(previous.end, token.start);
  const cue = /[,;(–—]\s*(?:(?:up|down)\s+from|against|compared\s+(?:with|to)|versus|vs\.?|from|than)\s+(?:(?:about|around|roughly|some|just|only)\s+)?$/i.test(between);
  // A noun of its own after the figure ("against 237 thousand connections") says what it counts.
  const ownNoun = /^\s+(?!(?:in|at|on|for|during|a|the|and|or|but|when|while)\b)\p{Ll}/u.test(text.slice(token.end, token.end + 30));
  return cue && !ownNoun;
}
// ("52.8% higher, in relative terms, than its 2015 rate": a comparative at the clause's end, its "than" after an aside.)
const PERCENT_QUALIFIED_AFTER = /^\s*(?:(?:higher|lower|greater|larger|smaller|bigger)\s+than\b|(?:higher|lower|greater|larger|smaller|bigger)\s*(?:,|$)|(?:more|fewer|less)\b|(?:higher|lower|greater|larger|smaller|bigger)\s+(?:[\p{L}-]+\s+){1,3}than\b|points?|percentage\s+points?|pp\b|a\s+year|per\s+(?:year|annum)|annually|each\s+year)/iu;
/**
 * Words next to a metric phrase that qualify it: "share of papers", "papers per vessel", "growth in EU funding", "the peer
 * median for buildings and facilities".
 */
const METRIC_QUALIFIED_BEFORE = /\b(?:share|shares|proportion|growth|change|increase|rise|fall|decline|average|mean|median|rank|ranking|position|ratio|gap|difference|weight|weights|weighting|additional|extra|new|net|other|fewer|more)\s+(?:of\s+|in\s+)?(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?$|\b(?:average|mean|median|benchmark)\s+(?:for|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;
// "production capacity", "budget ceiling", "staff target": what the measure could or should be, not what it was (acc-dv11).
// "revenue from recreation", "income from timber": the part of the measure that one source brings (not "from 2019",
// "from Kargalpen" or "from all sources").
const METRIC_QUALIFIED_AFTER = /^\s*(?:per\b|each\b|apiece\b|a\s+year|each\s+year|per\s+year|growth|share|ratio|intensity|gap|rank|ranking|capacity|capacities|ceiling|cap\b|targets?\b|potential|forecasts?\b|quotas?\b|allocation)/i;
const SOURCE_PART_AFTER = /^\s*from\s+(?:the\s+|its\s+|their\s+)?(?!all\b|every\b|each\b|both\b|year\b|period\b|previous\b|same\b|a\b|an\b|about\b|around\b|nearly\b|almost\b|just\b|some\b|over\b|under\b|roughly\b)[a-z]/;
/** Years that are not the time of a fact: "since 2021", "the 2021 edition", "by 2030". */
const NOT_FACT_YEAR_BEFORE = /\b(?:since|before|after|until|till|by|through|from|to)\s+$/i;
const NOT_FACT_YEAR_AFTER = /^\s*(?:edition|method(?:ology)?|index|ranking|report|survey|round|onwards|on)\b/i;
/** "more than twice the 2016 level", "above its 2019 figure": a year that names the base of a comparison, not the value's. */
const COMPARED_BEFORE = /\b(?:than|twice|thrice|times|above|below|over|against|versus|vs\.?|compared\s+(?:with|to)|on|to)\s+(?:the|its|their)\s+$/i;
const BASE_NOUN_AFTER = /^\s+(?:level|figure|value|total|mark|tally|count|output|result|baseline)s?\b/i;

/** "its score of 71.4 is basically where it was in 2017", "back to what it was in 2019": the year of the level compared with. */
const WHERE_IT_WAS_BEFORE = /\b(?:where|what|as)\s+(?:it|they|he|she)\s+(?:was|were|stood|had\s+been)\s+(?:back\s+)?in\s+$/i;

/** "1.8% more than back in 2015", "more than in 2015", "compared with 2015": before the year a figure is compared with. */
const THAN_YEAR_BEFORE = /\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:way\s+)?back\s+)?(?:in\s+)?$/i;

function baseYearOfComparison(text: string, year: NumberToken): boolean {
  if (WHERE_IT_WAS_BEFORE.test(text.slice(Math.max(0, year.start - 36), year.start))) return true;
  return COMPARED_BEFORE.test(text.slice(Math.max(0, year.start - 30), year.start)) && BASE_NOUN_AFTER.test(text.slice(year.end, year.end + 14));
}
/** A year a value is stated for: "181 papers in 2025", "€2.7 million for 2024", "709 (2025)". */
const ATTACHED_YEAR = /^(?:[^,;:()\d]{0,40}?\b(?:in|for|during|as of|at end|at the end of|end)\s+|\s*\(\s*)$/i;
/** Between an index score and the year of its edition: "88.9 in the ", "71.4 points in its ". */
const EDITION_YEAR_BEFORE = /^\s*(?:points\s+)?(?:in|for)\s+(?:the|its|their)\s+$/i;
/** "the 2,806 fires of 2023": the figure's own noun, then "of" and its year. */
const NOUN_OF_YEAR = /^\s+\p{L}[\p{L}-]*\s+of\s+$/u;
/** Between a number and a year, a verb coordinated after it ("79.9 and was ranked second in 2023"): the year is that verb's. */
const COORDINATED_VERB = /\b(?:and|but|while|whereas)\s+(?:(?:was|were|is|are|has|have|had|then|also|later|came|went|fell|rose|grew|won|took|made|saw|held|kept|led|gave|got|ran|sank|set|lost|became|stayed|remained)\b|\p{Ll}+ed\b)/u;
/** Clause breaks for reading a metric and its subject (a label's colon joins, "Budget, 2024: €2 million"): ";", dashes, brackets and a comma followed by a space. */
const CLAUSE_BREAK = /[;()\[\]]|,\s(?!\d{4}(?:\s*[–—-]\s*\d{2,4})?\s*:)|\s[–—-]\s|—/g;
const PERIOD_JOIN = /^(?:\s*[–—-]\s*|\s*→\s*|\s+to\s+|\s+and\s+)$/;
/** A label or header that gives its figures' unit as percent: "Occupancy rate (%)", "Share, %", "in per cent". */
const PERCENT_HEADER = /\(\s*%\s*\)|,\s*%\s*$|\bin\s+(?:%|per\s?cent|percent)\b|\((?:per\s?cent|percent)\)/i;
const CURRENCY_WORD_HEADER = /€|\$|¥|£|₩|\b(?:euros?|dollars?|yen|kronor|won)\b/i;
/** A header or label that names a currency: a symbol, a currency's name or an ISO code in capitals ("CHF million"). */
const CURRENCY_HEADER = { test: (s: string): boolean => CURRENCY_WORD_HEADER.test(s) || CURRENCY_CODE_WORD.test(s) };
const YEAR_ONLY_HEADER = /^[\s*_`()\-–—→/:.,]*(?:(?:FY|year|in)\s*)?[\s*_`()\-–—→/:.,]*$/i;

/** Words of a column header that name only a unit or a scale ("EUR million", "days", "number"). */
const UNIT_WORDS = /€|\$|¥|£|\b(?:euros?|dollars?|yen|thousands?|millions?|billions?|bn|m|k|number|value|total)\b/gi;
/** The unit words and the currency codes of a header blanked out. */
const withoutUnitWords = (s: string): string => s.replace(CURRENCY_CODE_WORDS, ' ').replace(UNIT_WORDS, ' ');

/** A caption's title: its first sentence, without a leading "Table 1." label. */
function titleOf(caption: AnalysedSegment, text: string): Span {
  const first = caption.sentences[0] ?? { start: caption.start, end: caption.end };
  const label = /^[\s*_#]*(?:Table|Figure|Chart)\s+[\d.]+[.:]?[\s*_]*/i.exec(text.slice(first.start, first.end));
  const rest = label ? caption.sentences[1] ?? first : first;
  return label && rest === first ? { start: first.start + label[0].length, end: first.end } : label ? { start: first.start, end: rest.end } : first;
}

/** A caption's note of what its cells count: "(passengers in thousands)", "(revenue in EUR million)". */
const UNIT_NOTE = /\(\s*[^()]{2,40}?\s+in\s+(?:thousands?|millions?|billions?|tonnes|[A-Z]{3}(?:\s+(?:thousands?|millions?|billions?))?)\s*\)/g;

/**
 * "Table 1. Passenger growth, shortlisted airports (passengers in thousands)": the note in brackets says what the cells
 * count, whatever the title says of the table's other columns.
 */
function unitNoteNames(text: string, caption: AnalysedSegment, mentions: readonly Mention[], metric: string): boolean {
  for (const m of text.slice(caption.start, caption.end).matchAll(UNIT_NOTE)) {
    const start = caption.start + m.index!;
    if (mentions.some((x) => x.id === metric && x.start >= start && x.end <= start + m[0].length)) return true;
  }
  return false;
}

/** Does the number's own unit and scale fit the metric's? */
export function unitFits(token: NumberToken, metric: Metric, currencyHeader = false, scaleHeader = false, percentHeader = false): boolean {
  const unsigned = token.style.sign === '';
  switch (metric.unit) {
    case 'percent':
      // "| Occupancy rate (%) | 14.7 |": a plain figure under a label or header that gives the unit as percent.
      return (token.kind === 'percent' || (token.kind === 'plain' && percentHeader)) && unsigned;
    case 'growth':
      return token.kind === 'percent';
    case 'currency':
      // "EUR 85.6" (a price per cubic metre) is no amount of a measure kept in millions: a sum of money written with its
      // currency but no scale word fits a measure kept in thousands or more only under a header that gives the scale.
      if (token.kind === 'currency' && token.scale === undefined && !scaleHeader && LARGE_SCALE.has(metric.scale ?? 'one')) return false;
      if (token.kind === 'currency') return !token.currency || !metric.currency || tokenCurrencyFits(token, metric.currency);
      return token.kind === 'plain' && unsigned && currencyHeader;
    case 'rank':
      return token.kind === 'ordinal';
    case 'count':
      // A count kept in millions may be stated in them with decimals where a header says so ("| 270.1 |" under "million m³").
      return token.kind === 'plain' && unsigned && (token.decimals === 0 || token.scale !== undefined || (scaleHeader && metric.scale !== undefined && metric.scale !== 'one'));
    case 'rate':
      // A price per unit ("USD 0.42 per m³") is money; a rate held without a currency is a plain number (acc-dv11).
      if (metric.currency) return token.kind === 'currency' ? !token.currency || tokenCurrencyFits(token, metric.currency) : token.kind === 'plain' && unsigned && currencyHeader;
      return token.kind === 'plain' && unsigned;
    default:
      return token.kind === 'plain' && unsigned;
  }
}

const LARGE_SCALE = new Set(['thousand', 'million', 'billion', 'trillion']);

/**
 * Whether a figure's currency is the measure's: a bare "$" or "dollars" is any dollar (a zoo's "$7.4 million" in a
 * dataset kept in AUD), a code or a country's dollar ("US$", "A$") only its own.
 */
function tokenCurrencyFits(token: NumberToken, currency: string): boolean {
  const written = `${token.style.currencyPrefix}${token.style.currencySuffix}`.trim().toLowerCase();
  if ((written === '$' || /^dollars?$/.test(written)) && /^(?:USD|AUD|NZD|CAD|SGD|HKD|TWD|\$)$/i.test(currency)) return true;
  return sameCurrency(token.currency!, currency);
}

function sameCurrency(a: string, b: string): boolean {
  const code = (c: string) => ({ '€': 'EUR', $: 'USD', '¥': 'JPY', '£': 'GBP' })[c] ?? c.toUpperCase();
  return code(a) === code(b);
}

/** Years joined into periods: "2015–2024", "2015–24", "2015 → 2024", "between 2020 and 2024"; and the years outside them. */
export function periodsAndYears(tokens: readonly NumberToken[], text: string): { periods: Period[]; years: NumberToken[]; tails: Set<NumberToken> } {
  const periods: Period[] = [];
  const tails = new Set<NumberToken>();
  const inPeriod = new Set<NumberToken>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (!a.yearLike || b.kind !== 'plain' || b.style.sign !== '' || b.decimals !== 0) continue;
    const joiner = text.slice(a.end, b.start);
    if (!PERIOD_JOIN.test(joiner)) continue;
    if (/and/.test(joiner) && !/\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) continue;
    // ("from 2020 to 2024", "over the five years 2020 to 2024", "the period 2020 to 2024".)
    if (/to/.test(joiner) && !/\b(?:from|years|period)\s+$/i.test(text.slice(Math.max(0, a.start - 8), a.start))) continue;
    let to = b.value;
    if (!b.yearLike) {
      // "2015–24": two digits after a dash end a period in the same century.
      if (b.text.length !== 2 || !/[–—-]/.test(joiner)) continue;
      to = a.value - (a.value % 100) + b.value;
      tails.add(b);
    }
    if (to <= a.value) continue;
    periods.push({ start: a.start, end: b.end, from: a.value, to });
    inPeriod.add(a).add(b);
    i++;
  }
  const years = tokens.filter((t) => t.yearLike && !inPeriod.has(t) && !NOT_FACT_YEAR_BEFORE.test(text.slice(Math.max(0, t.start - 9), t.start)) && !NOT_FACT_YEAR_AFTER.test(text.slice(t.end, t.end + 14)) && !baseYearOfComparison(text, t));
  return { periods, years, tails };
}

/**
 * "68 new titles" of a measure named "new titles": a word that would qualify the figure ("new", "net", "more") opens the
 * measure's own name, right after the figure.
 */
export function ownPhraseAfter(text: string, token: Span, mentions: readonly Mention[], metric: string): boolean {
  // Never when a comparison follows the name ("38 papers ahead of KHI", "2.1 hours more than"): a difference.
  return mentions.some((m) => m.id === metric && m.start >= token.end && /^[ \u00a0]*$/.test(text.slice(token.end, m.start)) && OWN_QUALIFIER_WORD.test(text.slice(m.start, m.end)) && !COMPARATIVE_AFTER_NAME.test(text.slice(m.end, m.end + 12)));
}
/** The first word of a measure's name that would otherwise qualify a figure: "new titles", "net income", "additional places". */
const OWN_QUALIFIER_WORD = /^(?:new|net|additional|extra|more)\b/i;
const COMPARATIVE_AFTER_NAME = /^\s+(?:ahead|behind|short|clear|more|fewer|less|higher|lower|than|above|below)\b/i;

/** Tokens that are not quantities for the dataset: a citation "[2]", the "24" of "2020–24". */
export function isCitationMarker(token: NumberToken, text: string): boolean {
  return /\[\s*(?:\d+\s*[,–-]\s*)*$/.test(text.slice(Math.max(0, token.start - 12), token.start)) && /^\s*(?:[,–-]\s*\d+\s*)*\]/.test(text.slice(token.end, token.end + 12));
}

/** The clauses of a segment's sentences, in order. */
export function clausesOf(segment: AnalysedSegment, text: string): Span[] {
  const clauses: Span[] = [];
  for (const sentence of segment.sentences) {
    let start = sentence.start;
    for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
      const at = sentence.start + m.index!;
      if (at > start) clauses.push({ start, end: at });
      start = at + m[0].length;
    }
    if (sentence.end > start) clauses.push({ start, end: sentence.end });
  }
  return clauses;
}


/** Does a table header or row label hold only years, a unit or a scale ("2024", "EUR million")? */
function onlyYearOrUnit(text: string, cell: AnalysedSegment): boolean {
  return YEAR_ONLY_HEADER.test(withoutUnitWords(withoutMentions(text, cell, periodsAndYears(cell.tokens, text).years)));
}

/** Words of a column header (outside the names it holds) that make its numbers another subject's or not a plain value. */
const NOT_OWN_COLUMN = /\b(?:total|totals|sum|combined|joint|together|all|both|group|others?|rest|remaining|median|average|avg|mean|peers?|benchmark|incl|including|excl|excluding|approx|approximately|about|around|rounded|est|estimated?|target|planned|budgeted|projected|forecast|recomputed|restated|old|counterfactual|change|growth|share|rank|per|ratio|difference|gap|delta)\b|[+%Δ±~≈&]|\band\b/i;

/** Does a column header name something else than one subject, a year, a unit or a plain "Value"? */
function columnOfOther(text: string, header: AnalysedSegment): boolean {
  const rest = withoutMentions(text, header, [...header.entities, ...periodsAndYears(header.tokens, text).years].sort((a, b) => a.start - b.start));
  if (NOT_OWN_COLUMN.test(rest)) return true;
  if (header.entities.length > 0) return false;
  return /\p{L}{2,}/u.test(withoutUnitWords(rest).replace(/\b(?:values?|figures?|amounts?|counts?|numbers?|data|results?|statistics?|indicators?|facts?|metrics?|FY|year|in|at|as\s+of|end|31\s+December|December)\b/gi, ' '));
}

/** Is a table header or label free of words that make its numbers something other than the metric's value? */
function plainHeader(text: string, span: Span, mentions: readonly Mention[], metric: Metric): boolean {
  let rest = withoutMentions(text, span, mentions).replace(/\[\^[^\]]*\]/g, ' ');
  if (metric.unit === 'percent' || metric.unit === 'growth') rest = rest.replace(PERCENT_WORDS, ' ');
  if (metric.unit === 'growth') rest = rest.replace(GROWTH_WORDS, ' ');
  if (heldAsAverage(metric)) rest = rest.replace(AVERAGE_WORDS, ' ');
  return !HEADER_QUALIFIER.test(rest);
}

/** "average", "averaged", "mean": the word that makes a figure a mean, no qualifier of a measure held as one. */
const AVERAGE_WORDS = /\b(?:average[ds]?|avg|mean)\b/gi;

/** A measure the dataset holds as an average ("Five-year average of VC deals per million inhabitants"). */
function heldAsAverage(metric: Metric): boolean {
  return /\b(?:average[ds]?|mean)\b/i.test(`${metric.label} ${metric.description ?? ''}`);
}

/** Words a row label may put before its measure and still name the whole of it: "Total income", "Annual budget 2024". */
const WHOLE_MODIFIER = /^(?:total|overall|annual|yearly|gross|all|the|its|their|our)$/i;
/** After the measure, words that narrow it to a part: "Income from industry", "Grants by source", "Papers with". */
const PART_AFTER = /^\s*(?:from|by|for|with|via|through|excluding|except|outside|inside|within)\s+\p{L}/iu;

/**
 * A row label that names a part of the measure: "Other income", "Industry income", "Core funding" (a word before
 * the measure's phrase that is neither an entity, a year nor a word of the whole) or "Income from industry". Such a row
 * is one category of a breakdown, never the entity's value of the measure.
 */
function labelNamesPart(text: string, label: AnalysedSegment, metric: string, def: Metric | undefined): boolean {
  const mention = label.metrics.find((m) => m.id === metric);
  if (!mention) return false;
  const before = text.slice(label.start, mention.start);
  const words = before.replace(/\([^)]*\)/g, ' ').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const named = label.entities.filter((e) => e.end <= mention.start).map((e) => text.slice(e.start, e.end));
  // "Calls answered within 10 seconds" of a measure labelled "Share of emergency calls answered within 10 seconds": a
  // word of the measure's own label or phrases names the whole, never a part of it.
  const ownWords = measureOwnWords(def);
  const own = (w: string) => WHOLE_MODIFIER.test(w) || named.some((n) => n.includes(w)) || ownWords?.has(lemma(w.toLowerCase())) === true;
  if (words.some((w) => !own(w))) return true;
  return PART_AFTER.test(text.slice(mention.end, label.end));
}

/**
 * Whether words next to the mention make it another measure. `metric`: the measure mentioned, whose own words qualify
 * nothing ("average occupancy" of a measure held as "occupancy …, average of the year").
 */
function metricQualified(text: string, m: Mention, within: Span, metric?: Metric): boolean {
  const before = METRIC_QUALIFIED_BEFORE.exec(text.slice(Math.max(within.start, m.start - 40), m.start));
  if (before && !(/^\p{L}+\s+$/u.test(before[0]) && measureOwnWords(metric)?.has(lemma(before[0].trim().toLowerCase())))) return true;
  return METRIC_QUALIFIED_AFTER.test(text.slice(m.end, Math.min(within.end, m.end + 16))) || SOURCE_PART_AFTER.test(text.slice(m.end, Math.min(within.end, m.end + 40)));
}

/** The one metric id among `mentions` whose unit the number fits; undefined when none or several. */
function oneMetric(dataset: Dataset, mentions: readonly Mention[], token: NumberToken, currencyHeader: boolean, scaleHeader = false, percentHeader = false): string | undefined {
  const ids = new Set(mentions.map((m) => m.id).filter((id) => dataset.metrics.has(id)));
  const fitting = [...ids].filter((id) => unitFits(token, dataset.metrics.get(id)!, currencyHeader, scaleHeader, percentHeader));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** "ran four vessels and logged 369 days at sea": among several metrics of a clause, the one named right after the number. */
function adjacentMetric(dataset: Dataset, mentions: readonly Mention[], token: NumberToken, text: string): string | undefined {
  const next = mentions.find((m) => m.start > token.end && /^[ \u00a0]+$/.test(text.slice(token.end, m.start)));
  return next && unitFits(token, dataset.metrics.get(next.id)!, false) ? next.id : undefined;
}

/** The one entity among `mentions` that owns facts of `metric`; undefined when none or several. */
function oneOwner(dataset: Dataset, mentions: readonly Mention[], metric: string): string | undefined | null {
  const owners = new Set(mentions.map((m) => m.id).filter((id) => dataset.observationsByKey.has(observationKey(id, metric))));
  if (owners.size === 0) return undefined;
  return owners.size === 1 ? [...owners][0]! : null;
}

function nearestFirst<T extends Span>(items: readonly T[], token: Span): T[] {
  const d = (a: Span) => (a.end <= token.start ? token.start - a.end : a.start >= token.end ? a.start - token.end : 0);
  return [...items].sort((a, b) => d(a) - d(b));
}

interface Time {
  year?: number;
  period?: string;
  /** Years or periods were stated but did not select one. */
  ambiguous?: boolean;
  /** The year or period stands right after the number, as its own ("33 in 2025", "709 (2025)"). */
  attached?: boolean;
  /** Read from outside the number's sentence or table row and column (a heading, the sentence before). */
  from?: Route;
}

/** One year or one period among those read in a scope; ambiguous when several. */
function oneTime(years: readonly NumberToken[], periods: readonly Period[]): Time | undefined {
  const distinctYears = [...new Set(years.map((y) => y.value))];
  const distinctPeriods = [...new Set(periods.map((p) => `${p.from}–${p.to}`))];
  if (distinctYears.length + distinctPeriods.length === 0) return undefined;
  if (distinctYears.length === 1 && distinctPeriods.length === 0) return { year: distinctYears[0]! };
  if (distinctPeriods.length === 1 && distinctYears.length === 0) return { period: distinctPeriods[0]! };
  return { ambiguous: true };
}

function timeOfSegments(doc: AnalysedDocument, segments: readonly AnalysedSegment[]): Time | undefined {
  const years: NumberToken[] = [];
  const periods: Period[] = [];
  for (const s of segments) {
    const read = periodsAndYears(s.tokens, doc.text);
    years.push(...read.years);
    periods.push(...read.periods);
  }
  return oneTime(years, periods);
}

/** The nearest heading above that names a time or an entity. */
function headingTime(doc: AnalysedDocument, segment: AnalysedSegment): Time | undefined {
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) {
    const time = timeOfSegments(doc, [doc.segments[h]!]);
    if (time) return time;
  }
  return undefined;
}

function headingOwner(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, metric: string): { entity: string; heading: AnalysedSegment } | undefined {
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) {
    const heading = doc.segments[h]!;
    if (heading.entities.length === 0) continue;
    const owner = oneOwner(dataset, heading.entities, metric);
    return owner ? { entity: owner, heading } : undefined;
  }
  return undefined;
}

/**
 * A group named as the scope of a sentence: "across the region", "among the ten institutes", "in all twelve labs",
 * "for the sector as a whole", "nationwide", "between them", "all institutes together".
 */
/** A sentence that opens on a plural reference back: "Their grants", "They spent", "Together they", "Between them". */
const PLURAL_SUBJECT = /^[\s*_>-]*(?:(?:and|but|so|yet|in\s+all|taken\s+together|combined|together),?\s+)?(?:their|they|between\s+them)\b/i;
// "theses using data from the eight rose from 147 …": a group called by its size alone, right before a verb, scopes too.
const GROUP_SCOPE =
  /\b(?:(?:across|among|amongst|for|in|throughout|over|of)\s+(?:all\s+)?(?:the\s+)?(?:whole\s+|entire\s+|wider\s+)?(?:(?:\p{L}+|\d+)\s+){0,2}?(?:region|sector|country|countries|nation|network|system|field|group|consortium|continent|cluster|clusters|institutes|institutions|labs|laboratories|centres|centers|universities|stations|observatories|members|partners|organisations|organizations|register|registry|networks|operators|utilities|airports|museums|schemes|authorities|broadcasters|cooperatives|clubs|orchestras|zoos|resorts|destinations|libraries)\b|nationwide|nationally|region-wide|regionally|sector-wide|between\s+them|altogether|all\s+(?:(?:\p{L}+|\d+)\s+)?(?:institutes|institutions|labs|laboratories|centres|centers|universities|stations|observatories|members|partners)\b|(?:from|of|across|among|amongst)\s+(?:all\s+)?the\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s+(?:rose|fell|grew|went|were|was|reached|totalled|totaled|came|stood|increased|decreased|climbed|dropped)\b|\s*[,;:)]))/iu;

/** Words that end a metric phrase but name no quantity of their own ("ship time", "VC deals per million"). */
// Units of mass, volume and energy measure many things ("tonnes of fuel", CO₂ in tonnes): no measure's own noun.
const NOT_UNIT_NOUNS = new Set(['time', 'year', 'month', 'week', 'million', 'billion', 'thousand', 'capita', 'inhabitant', 'head', 'cent', 'percent', 'point', 'share', 'rate', 'total', 'number', 'count', 'value', 'amount', 'level', 'tonne', 'ton', 'kilogram', 'kilo', 'litre', 'liter', 'gallon', 'barrel', 'kwh', 'mwh', 'gwh', 'twh', 'joule'].map(lemma));
const unitNounCache = new WeakMap<Dataset, Map<string, string | null>>();

/** The head noun of each metric's phrases ("days" of "ship days" and "days at sea") → the one metric it belongs to. */
function unitNouns(dataset: Dataset): Map<string, string | null> {
  let nouns = unitNounCache.get(dataset);
  if (nouns) return nouns;
  nouns = new Map();
  for (const m of dataset.metrics.values()) {
    // A label's part after its first comma gives the unit or a note ("Marine fuel bunkered, thousand tonnes"): "tonnes"
    // measures many things (CO₂ too), so it names no measure.
    for (const phrase of [m.label.split(',')[0]!, ...m.phrases]) {
      const words = splitWords(phrase);
      if (words.length < 2) continue;
      const second = words[1]!.lower;
      // "days at sea", "tonnes of fuel", "price per ticket": the head comes first; so in "tickets sold", a noun then
      // the participle that says what was done with it (two words only).
      const participle = words.length === 2 && PARTICIPLE.test(second);
      const head = second === 'at' || second === 'of' || second === 'in' || second === 'per' || participle ? words[0]! : words[words.length - 1]!;
      const key = head.stemmed;
      if (NOT_UNIT_NOUNS.has(key) || /\d/.test(key)) continue;
      const known = nouns.get(key);
      nouns.set(key, known === undefined || known === m.id ? m.id : null);
    }
  }
  unitNounCache.set(dataset, nouns);
  return nouns;
}

/**
 * Does an earlier paragraph or item of the segment's section name the metric ("130 patent families filed in 2025" above
 * "SAGIC and SMGL together filed 58 families in 2024")? Table cells are not read: a column's words are its own (acc-parts8).
 */
function earlierInSection(doc: AnalysedDocument, segment: AnalysedSegment, metric: string): boolean {
  if (segment.heading === undefined) return false;
  for (let i = segment.index - 1; i > segment.heading; i--) {
    const s = doc.segments[i]!;
    if (s.kind !== 'cell' && s.metrics.some((m) => m.id === metric)) return true;
  }
  return false;
}

/** Does a heading above the segment (its section's, or an enclosing one's up to the title) name the metric? */
function headingChainNames(doc: AnalysedDocument, segment: AnalysedSegment, metric: string): boolean {
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) if (doc.segments[h]!.metrics.some((m) => m.id === metric)) return true;
  return false;
}

/** Does the segment or a heading above it name a metric at all? Prose that names none states nothing the dataset holds. */
export function namesMetric(doc: AnalysedDocument, segment: AnalysedSegment): boolean {
  // The kinds of the tokens as the segment's analysis holds them: not shifted to document offsets for this.
  if (segment.metrics.length > 0 || relativeTokens(segment).some((t) => t.kind === 'ordinal')) return true;
  if (segment.kind !== 'cell' && segment.memo('dataset-verb-measures:cue', mayNameByVerb)) return true;
  if (segment.kind !== 'cell' && segment.memo('dv7-head-nouns:cue', mayNameByHead)) return true;
  if (segment.kind !== 'cell' && segment.memo('dv11-participle-measures:cue', mayNameByParticiple)) return true;
  if (segment.kind !== 'cell' && segment.memo('share-wholes:cue', mayNameByWhole)) return true;
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) if (doc.segments[h]!.metrics.length > 0) return true;
  return false;
}

/**
 * "791 days" in a paragraph (or under a heading, or in a document titled so) that names "ship days": the noun right after
 * a number is the head of exactly one metric's phrases, and that metric is named nearby or above.
 */
export function unitNounMetric(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, clause: Span): Mention | undefined {
  const m = /^[ \u00a0]+([\p{L}-]+)/u.exec(doc.text.slice(token.end, Math.min(clause.end, token.end + 30)));
  if (!m || !m[1]!.toLowerCase().endsWith('s')) return undefined;
  const id = unitNouns(dataset).get(lemma(m[1]!.toLowerCase()));
  if (!id) return undefined;
  if (!segment.metrics.some((x) => x.id === id) && !headingChainNames(doc, segment, id) && !earlierInSection(doc, segment, id)) return undefined;
  const start = token.end + m[0].length - m[1]!.length;
  return { id, start, end: start + m[1]!.length };
}

const slashUnits = new WeakMap<Dataset, Map<string, string | null>>();
/**
 * "its median download reached 231 Mbit/s in 2024": a unit with a slash right after the figure ("Mbit/s", "km/h",
 * "kWh/m³") that exactly one measure's label ends on (", Mbit/s") names that measure.
 */
function slashUnitMetric(dataset: Dataset, text: string, token: NumberToken): Mention | undefined {
  const m = /^[ \u00a0]*(\p{L}[\p{L}\d²³]*\/\p{L}[\p{L}\d²³]*)(?![\p{L}\d/])/u.exec(text.slice(token.end, token.end + 24));
  if (!m) return undefined;
  let units = slashUnits.get(dataset);
  if (!units) {
    units = new Map();
    for (const metric of dataset.metrics.values()) {
      const unit = /,\s*(\S+\/\S+)\s*$/.exec(metric.label)?.[1];
      if (unit) units.set(unit, units.has(unit) ? null : metric.id);
    }
    slashUnits.set(dataset, units);
  }
  const id = units.get(m[1]!);
  if (!id) return undefined;
  const start = token.end + m[0].length - m[1]!.length;
  return { id, start, end: start + m[1]!.length };
}

/** Per segment, its clauses and periods, computed once. */
export interface SegmentReading {
  clauses: Span[];
  periods: Period[];
  years: NumberToken[];
  tails: Set<NumberToken>;
}

export function readSegment(segment: AnalysedSegment, text: string): SegmentReading {
  const { periods, years, tails } = periodsAndYears(segment.tokens, text);
  return { clauses: segment.kind === 'cell' ? [] : clausesOf(segment, text), periods, years, tails };
}

/** A number in prose: metric and subject from its own clause (subject also from the sentence or a heading), time from the clause outwards. */
/** Right after a count: a noun of people. */
/** Nouns of people a count may be of. */
export const PERSON_NOUNS = String.raw`(?:people|persons|employees|workers|staff(?:\s+members)?|personnel)`;
export const PERSON_NOUN_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?${PERSON_NOUNS}\b`, 'u');
/** Words of a measure that counts people (or what people make: visits, journeys, trips, admissions). */
const PEOPLE_MEASURE = /\b(?:staff|employ\w*|people|persons?|workers?|workforce|headcount|personnel|members?|membership|patients?|visit\w*|passengers?|journeys?|trips?|riders?|users?|students?|pupils?|researchers?|scientists?|firefighters?|crew|volunteers?|customers?|subscribers?|fans?|supporters?|attendance|spectators?|guests?|tourists?|arrivals?|residents?|inhabitants?|population|admissions?|enrol\w*|participants?|graduates?|doctora\w*|theses|fte|full-time)\b/i;

/** By the measure's phrases (its label may describe what it counts: "Passenger trams in the fleet"). */
export function countsPeople(metric: { label: string; phrases: readonly string[] }): boolean {
  return PEOPLE_MEASURE.test((metric.phrases.length ? metric.phrases : [metric.label]).join(' | '));
}

/**
 * The words between a count and its measure's noun right after it: a word that no name of the measure holds (not a
 * scale or a filler) qualifies the noun to a kind of it ("3 gold medals" of a measure of medals won).
 */
function countsKind(text: string, token: NumberToken, mention: Mention | undefined, metric: Metric): boolean {
  if (!mention) return false;
  const between = text.slice(token.end, mention.start);
  const words = KIND_WORDS.exec(between)?.[1]?.trim().split(/\s+/);
  if (!words) return false;
  const own = metricWords(metric);
  return words.some((w) => !own.has(lemma(w.toLowerCase())) && !NOT_A_KIND.has(w.toLowerCase()));
}
/** One or two lowercase words between the figure and the noun, nothing else. */
const KIND_WORDS = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})$/u;
const NOT_A_KIND = new Set(['thousand', 'million', 'billion', 'hundred', 'more', 'fewer', 'extra', 'additional', 'new', 'the', 'of', 'in', 'total', 'recorded', 'registered', 'reported', 'counted', 'separate', 'different', 'individual', 'whole', 'full', 'annual', 'yearly']);

/** Between a figure and a name after it: a comparison that makes the name its base ("… more than at the Salzburg museum"). */
const COMPARISON_BASE_BETWEEN = /\b(?:than|against|versus|vs\.?|compared\s+(?:with|to)|behind|ahead\s+of)\b[^,;:.]{0,30}$/i;

/** Right before a measure's words: the object of a comparison ("faster than attendance", "more than visits"). */
const COMPARED_MEASURE_BEFORE = /\bthan\s+(?:the\s+|its\s+|their\s+|total\s+)?$/i;

/** Right before a name that a verb of comparison makes its object: "overtook Valmeuse", "ahead of Bruges". */
const OBJECT_OF_COMPARISON_BEFORE = /\b(?:overtook|overtakes|overtaking|overtake|beat|beats|beating|outranked|outranks|outperformed|displaced|dethroned|passed|ahead\s+of|behind)\s+(?:the\s+)?$/i;

export function readProse(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, read: SegmentReading, token: NumberToken): LinkReading | undefined {
  const text = doc.text;
  if (read.tails.has(token) || isCitationMarker(token, text)) return undefined;
  const clause = read.clauses.find((c) => c.start <= token.start && token.end <= c.end);
  if (!clause) return undefined;
  const sentence = sentenceOf(segment, token.start);
  // "Hallamoor's 25 stations each dealt with 631 incidents", "631 incidents apiece": a figure per member of a counted
  // set is no total of the entity's measure.
  if (DISTRIBUTIVE_BEFORE.test(text.slice(clause.start, token.start)) || DISTRIBUTIVE_AFTER.test(text.slice(token.end, Math.min(clause.end, token.end + 40)))) return undefined;
  // "gives us 15.2% of the group's 3.88 million TEU": the whole of a share, owned by a collective the dataset does not
  // name, is no value of the clause's subject.
  const ofWhole = SHARE_OF_COLLECTIVE_WHOLE.exec(text.slice(Math.max(clause.start, token.start - 60), token.start));
  if (ofWhole && !segment.entities.some((m) => m.start >= token.start - ofWhole[0].length && m.end <= token.start)) return undefined;
  // "its 638-bed printworks hostel opened in 2019": a figure made an adjective of one unit of the entity is that unit's.
  if (compoundOfPart(dataset, text, token)) return undefined;
  const named = bracketedAfterEntity(doc, dataset, segment, read, token, clause);
  // "spent more per head than Glenmoran (EUR 127.9)": a figure compared per unit is no total of the entity's measure.
  const perBefore = named ? PER_UNIT_BEFORE.exec(text.slice(Math.max(sentence.start, token.start - 160), token.start))?.[1]?.toLowerCase() : undefined;
  if (named && perBefore !== undefined && !countedPer(dataset, named.metric, perBefore)) return undefined;
  if (named) return named;
  // "when the cooperative sold Haus Lindenhof (165 beds)": a figure alone in brackets right after a name the dataset does
  // not know is that name's (a building, a site, a part), not the sentence subject's.
  if (text[clause.start - 1] === '(' && text.slice(clause.start, token.start).trim() === '' && OTHER_NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, clause.start - 41), clause.start - 1)) && !segment.entities.some((e) => e.end <= clause.start - 1 && /^\s*$/.test(text.slice(e.end, clause.start - 1)))) return undefined;
  // "visits per square kilometre", "tickets per screen": the base of a ratio is no measure of the clause's figures; in a
  // sentence opened "Measured per resident," or "Per head,", only a measure counted per that unit is.
  const perUnit = PER_UNIT_OPENER.exec(text.slice(sentence.start, Math.min(token.start, sentence.start + 80)))?.[1]?.toLowerCase();
  const ownMeasure = (m: Mention) => {
    const before = text.slice(Math.max(segment.start, m.start - 24), m.start);
    // "Admission revenue has grown faster than attendance: 47.0 million in 2024": the measure compared with is not the figures'.
    return !RATIO_BASE_BEFORE.test(before) && !UNIT_OF_MEASURE_BEFORE.test(before) && !COMPARED_MEASURE_BEFORE.test(before) && (perUnit === undefined || countedPer(dataset, m.id, perUnit));
  };
  let metrics = segment.metrics.filter((m) => inSpan(clause, m) && ownMeasure(m));
  // A clause whose only measures are the base of a ratio ("Each metre of quay handled …", "Per skier day we take in …")
  // counts per unit: no other reading (the clause before, the verb, the unit's noun) gives its figures a total's measure.
  if (metrics.length === 0 && segment.metrics.some((m) => inSpan(clause, m))) return undefined;
  const conjunct = new Set(metrics.map((m) => m.id)).size > 1 ? ownConjunct(segment, text, clause, token) : undefined;
  if (conjunct) metrics = metrics.filter((m) => inSpan(conjunct, m));
  // "…, against 642 in 2015" and "…, close to Sweden's 3.46%": a comparison clause speaks of the metric before it.
  // "Passenger numbers are up 29.6% on 2015, to 78,630 in 2024": a clause that opens on "to" after a change clause gives
  // the level that change reached, of the change's measure.
  const clauseBefore = read.clauses[read.clauses.indexOf(clause) - 1];
  const arrival = clauseBefore !== undefined && ARRIVAL_START.test(text.slice(clause.start, token.start)) && segment.tokens.some((t) => t.kind === 'percent' && inSpan(clauseBefore, t)) && CHANGE_VERB.test(text.slice(clauseBefore.start, clauseBefore.end));
  const previous = COMPARISON_START.test(text.slice(clause.start, token.start)) || arrival ? clauseBefore : undefined;
  const compared = (previous && previous.end <= clause.start && text.slice(previous.end, clause.start).trim() === ',' ? previous : undefined) ?? sharedSubjectClause(segment, text, read.clauses, clause, sentence, token) ?? subjectBeforeAside(segment, text, read.clauses, clause, sentence, token);
  if (comparedWithRatio(text, segment, sentence, token)) return undefined;
  if (metrics.length === 0 && compared) metrics = segment.metrics.filter((m) => inSpan(compared, m) && ownMeasure(m));
  if (metrics.length === 0) {
    const noun = unitNounMetric(doc, dataset, segment, token, clause) ?? slashUnitMetric(dataset, text, token);
    metrics = noun ? [noun] : [];
  }
  // "the institute received USD 12.7 million", "KEK scored 366": the measure said by its verb.
  let measureFrom: Route | undefined;
  if (metrics.length === 0) {
    const verb = verbMetric(dataset, text, token, clause, segment.entities.filter((m) => inSpan(sentence, m)).map((m) => m.id), (t, m) => unitFits(t, m, false));
    metrics = verb ? [verb] : [];
    // "Coimbra spent EUR 2.95 million in 2024": what was spent and a budget may differ; the verb lends the measure.
    if (verb?.verb === 'spent') measureFrom = 'a verb of spending';
  }
  // "With a staff of 264 in 2025": the head noun of one metric's phrases (acc-dv7).
  if (metrics.length === 0) {
    const head = metricOfHeadNoun(dataset, text, token, clause);
    metrics = head ? [head] : [];
  }
  // "IEIG enrolled 1,430 patients": a measure whose phrase is a noun and its participle ("patients enrolled", acc-dv11);
  // its verb and noun around the figure name it before another measure of the clause ("started 13 trials and enrolled …").
  const participle = participleMetric(dataset, text, token, clause);
  if (participle) metrics = [participle];
  // "Sweden-linked papers make up 9.6% of all Science Tokyo's international co-authorship": a share measure named by its
  // whole, where no measure of the clause fits a percent (the papers are its part); not a whole a group bounds ("of the
  // water lost across the ten").
  // Its whole names the share, not its part ("Sweden-linked papers"): a suggestion, never a certain fix.
  // "Its share of global PCT patent applications is 10.3%, against 1.4% of global scientific publications": a whole
  // right after the percent that names another share measure than the clause's is the percent's own.
  if (token.kind === 'percent') {
    const fits = metrics.some((m) => unitFits(token, dataset.metrics.get(m.id)!));
    const whole = shareOfNamedWhole(dataset, text, token, clause, segment.entities);
    if (whole && (!fits || !metrics.some((m) => m.id === whole.id)) && !GROUP_SCOPE.test(text.slice(whole.end, Math.min(clause.end, whole.end + 80)))) {
      metrics = [whole];
      measureFrom = 'the whole after the figure';
    }
  }
  // "the industrial tariff", "tariff for businesses": another kind of the rate the label names (acc-dv11).
  metrics = metrics.filter((m) => !metricQualified(text, m, clause, dataset.metrics.get(m.id)) && !otherKindOfRate(dataset.metrics.get(m.id), text, m));
  // "EMSI's was EUR 13.1 million", "Sweden was at 3.46%": the measure the sentence before named, its noun left out.
  const elliptic = metrics.length === 0 ? ellipticMeasure(dataset, text, segment, clause, sentence, token, (id) => unitFits(token, dataset.metrics.get(id)!)) : undefined;
  if (elliptic) metrics = [elliptic.metric];
  // "213 days at sea in 2025 and 46 in port in 2024": the figure names a place or kind of its own.
  // So in a comparison clause that takes the measure of the clause before ("…EUR 11.0 million in grants, against EUR 5.4
  // million in contracts"): the figures of both clauses (acc-parts8).
  if (ownKindAfter(text, token, metrics, segment.metrics, segment.tokens.filter((t) => inSpan(clause, t) || (compared !== undefined && inSpan(compared, t))))) return undefined;
  // An ordinal states a rank fact whose measure the words after it name ("third-largest market for US goods exports").
  let metric = (metrics.length ? (oneMetric(dataset, metrics, token, false) ?? adjacentMetric(dataset, metrics, token, text)) : undefined) ?? rankMetricAfter(text, dataset, token, clause)?.id;
  // "38.4% have a US co-author, against 27.1% with a Spanish one": a share per partner country (acc-dv10).
  const share = metric ? undefined : partnerShare(dataset, text, segment, clause, sentence, token);
  if (share) {
    metric = share.metric.id;
    metrics = [share.metric];
  }
  if (!metric) return undefined;
  const unit = dataset.metrics.get(metric)!.unit;
  // "won 3 gold medals", "runs 40 electric buses": a count whose noun a word of a kind qualifies counts a part.
  if (unit === 'count' && countsKind(text, token, metrics.find((m) => m.id === metric && m.start >= token.end), dataset.metrics.get(metric)!)) return undefined;
  const after = text.slice(token.end, Math.min(clause.end, token.end + 16));
  if (unit !== 'growth' && QUALIFIED_BEFORE.test(text.slice(Math.max(clause.start, token.start - 24), token.start))) return undefined;
  // "withdrew 22 vessels under the decommissioning scheme": a count moved in or out is no level of a measure that
  // does not itself count such moves.
  const moved = FLOW_VERB_BEFORE.exec(text.slice(Math.max(clause.start, token.start - 24), token.start));
  if (moved && !countsMoves(dataset.metrics.get(metric)!, moved[1]!)) return undefined;
  // "took 22 vessels out of the fleet", "brought 12 boats into service": a count moved by a verb and its particle (a
  // measure that itself counts what is taken out or brought in, "Vessels decommissioned", still reads it).
  const movedAfter = FLOW_VERB_AFTER.exec(text.slice(token.end, Math.min(clause.end, token.end + 60)));
  if (movedAfter && !countsMoves(dataset.metrics.get(metric)!, movedAfter[1]!)) return undefined;
  const phrasal = PHRASAL_FLOW_BEFORE.exec(text.slice(Math.max(clause.start, token.start - 16), token.start));
  if (phrasal && PHRASAL_FLOW_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 40))) && !countsMoves(dataset.metrics.get(metric)!, 'decommission')) return undefined;
  // "Brekkavik's trawlers used just 102 litres per tonne, while Aberlossie's fleet needed 483": a bare figure after a
  // figure of the sentence given in a unit of measure its measure's words do not name is elliptic for that unit.
  if (ellipticUnit(text, segment, sentence, token, dataset.metrics.get(metric)!)) return undefined;
  // "30% of papers" states a share; "30 of the papers" states a part.
  if (unit === 'percent' ? PERCENT_QUALIFIED_AFTER.test(after) : unit !== 'growth' && QUALIFIED_AFTER.test(after) && !ownPerAfter(dataset.metrics.get(metric), after) && !ownPhraseAfter(text, token, metrics, metric)) return undefined;
  // "STAV employed 1,240 people on the tram network": a count of people is no count of a measure of things (trams).
  // So is a figure of a clause that takes its measure from such a count's clause ("…, and 1,363 at the end of 2024").
  const personCount = (t: NumberToken, scope: Span) => PERSON_NOUN_AFTER.test(text.slice(t.end, Math.min(scope.end, t.end + 24)));
  const countsOfPeople = (scope: Span) => segment.tokens.some((t) => inSpan(scope, t) && t.end <= token.start && !t.yearLike && personCount(t, scope));
  if ((personCount(token, clause) || countsOfPeople(clause) || (compared !== undefined && countsOfPeople(compared))) && !countsPeople(dataset.metrics.get(metric)!)) return undefined;
  // "9,045 visits per FTE": a ratio of two measures, not either one's value.
  if (unit !== 'rate' && unit !== 'growth' && unit !== 'percent' && RATIO_AFTER.test(text.slice(token.end, Math.min(clause.end, token.end + 40)))) return undefined;
  // "Its two ships are 8% of the monitored fleet of 25": the whole a stated percent is taken of is no one member's value.
  if (token.kind !== 'percent' && PERCENT_WHOLE_BEFORE.test(text.slice(clause.start, token.start))) return undefined;
  if (unit === 'percent' && percentOfOtherWhole(dataset.metrics.get(metric)!, text, token, clause, metrics.filter((m) => m.id === metric))) return undefined;
  // "launched 2 satellites", "recruited 50 scientists": a change of a stock, not its level (acc-dv11).
  if (stockChange(dataset.metrics.get(metric), text, clause, token)) return undefined;

  // A change or rate stated with its own endpoints ("from 287 to 638 papers, a CAGR of 8.3%") is the arithmetic rules' to check.
  if (unit === 'growth' && (ARROW_ENDPOINTS.test(text.slice(sentence.start, sentence.end)) || statementsOfSegment(doc, segment).some((g) => inSpan(sentence, g.initial)))) return undefined;
  // An entity named after the number across a colon owns the figures after it ("a combined 540 days: GBMC 213").
  // A place named only to locate another entity ("KEK, the laboratory in Tsukuba") is neither subject nor partner.
  // "Riverside had 7,290 members and Hillcrest 3,310": a name after the number that heads a gapped item of its own owns
  // that item's figure, not this one.
  // "Its 768 thousand visits in 2025 were 17.7% more than at the Salzburg city museum": a name after the figure that a
  // comparison makes its base is not the figure's subject.
  // Its subject is then not known for certain: no reading.
  const inSentence = segment.entities.filter((m) => inSpan(sentence, m) && !namedAcrossBreak(text, token, m) && !headsGappedItem(text, segment, token, m));
  // "When the river flooded the lower section of the Zielona Dolina garden …, it put 268 plots under silt": an entity
  // named only as the whole a part belongs to gives that part's figures to no one.
  const wholesOfParts = new Set(inSentence.filter((m) => PART_OF_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))).map((m) => m.id));
  if (wholesOfParts.size > 0 && inSentence.every((m) => wholesOfParts.has(m.id))) return undefined;
  // "A Tampere bike made 2,667": a name that classifies one unit is not the figure's subject.
  const mentioned = inSentence.filter((m) => !(m.start >= token.end && COMPARISON_BASE_BETWEEN.test(text.slice(token.end, m.start))) && !namesOneUnit(text, token, m));
  if (mentioned.length === 0 && inSentence.length > 0) return undefined;
  const places = mentioned.length > 1 ? placeOnlyIds(dataset, text, mentioned) : undefined;
  const sentenceEntities = places?.size ? mentioned.filter((m) => !places.has(m.id)) : mentioned;
  const clauseEntities = sentenceEntities.filter((m) => inSpan(clause, m));
  const owners = sentenceEntities.filter((m) => dataset.observationsByKey.has(observationKey(m.id, metric)));
  // "Our 2024 budget was…", "the institute had received…": a reference back to the document's own or the last-named organisation.
  const referred = owners.length === 0 ? referredSubject(doc, dataset, segment, sentence, { start: sentence.start, end: clause.end }, (id) => dataset.observationsByKey.has(observationKey(id, metric))) : undefined;
  // A country named by adjective or short form ("a Spanish co-author") is a partner of a measure held per partner; one
  // named right after the measure ("co-authorship share with Spain") is its partner, not a part of the measure.
  const formPartners = hasPartnerFacts(dataset, metric) ? countryFormMentions(dataset, text, sentence) : [];
  // Words after the measure that restate it ("of GDP on research and development") narrow it to no part either.
  const chosen = metrics.filter((m) => m.id === metric && !namesPartnerAfter(dataset, text, m, [...sentenceEntities, ...formPartners]) && !restatesMeasure(dataset, text, m));
  // ("Unplanned outages at Kalamaki peaked at 36 days in 2019": "days" heads the measure's own names.)
  const headNoun = (word: string) => unitNouns(dataset).get(lemma(word.toLowerCase())) === metric;
  if (token.kind !== 'ordinal' && notOwnValue(dataset, text, token, clause, sentence, referred ? [referred] : owners, segment.entities, [...segment.metrics, ...metrics], chosen, headNoun)) return undefined;
  const evidence: Span[] = [sentence];
  // "Across the region, 900 papers were published in 2016", "Output across the ten institutes rose … to 3,759 in 2025,
  // with the Santiago unit alone contributing 25.8%": a figure after a group named as its scope, and before any entity,
  // speaks of no one entity, neither one named later in the sentence nor the heading's or the document's.
  if (!sentenceEntities.some((m) => m.end <= token.start) && GROUP_SCOPE.test(text.slice(sentence.start, token.start))) return undefined;
  // "Their competitive grant receipts rose from EUR 2.4 million to EUR 20.3 million, and KHI alone accounted for …": a
  // sentence whose subject is a plural reference back speaks of a group, not of an entity named after the figure.
  if (!sentenceEntities.some((m) => m.end <= token.start) && PLURAL_SUBJECT.test(text.slice(sentence.start, token.start))) return undefined;
  let entity = oneOwner(dataset, clauseEntities, metric);
  // "RIKEN was 3rd …, and AIST had the 2nd-highest score for collaboration with industry": a later clause whose own
  // subject, named before the figure, holds no fact of the measure gives the figure to no one else in the sentence.
  if (entity === undefined && clause.start > sentence.start && clauseEntities.some((m) => m.end <= token.start && !dataset.observationsByKey.has(observationKey(m.id, metric)))) return undefined;
  // "In 2025 it also chartered 40 days from KCOD": the figure is the pronoun's, not the source's (acc-dv11).
  if (entity !== undefined && pronounOverObject(text, clause, token, clauseEntities)) return undefined;
  // "Montclaret, runner-up in 2022 and 2023, overtook Valmeuse in 2024 with a score of 82.6": the one name of the
  // figure's clause is the object of a verb that sets it beside the subject; the figure is the subject's, named before.
  if (entity !== undefined && clauseEntities.length === 1 && OBJECT_OF_COMPARISON_BEFORE.test(text.slice(Math.max(sentence.start, clauseEntities[0]!.start - 24), clauseEntities[0]!.start)) && clauseEntities[0]!.start < token.start) return undefined;
  // "NIMR and KCOD logged 731 and 402 ship days in 2025, respectively": the subject (or year) at the figure's place.
  const respective = entityAndYearRespectively(segment, text, sentence, token);
  if (respective?.entity) entity = oneOwner(dataset, [respective.entity], metric) ?? null;
  else if (entity && continuesNameList(segment, text, read.clauses, clause)) entity = null;
  // "At IGPRI, external grants reached $9.7 million in 2025; DSARC's rose…": the subject named by an opening adverbial.
  if (entity === undefined) entity = oneOwner(dataset, [openingSubject(segment, text, read.clauses, clause, sentence, token)].filter((m) => m !== undefined), metric);
  if (entity === undefined && compared) entity = oneOwner(dataset, segment.entities.filter((m) => inSpan(compared, m)), metric);
  // "…, with 137.6 thousand participants in 2024, though Nordvig's programme shrank 5.2%": a name that the sentence
  // gives only after the figure, in another clause, is that clause's subject, not the figure's.
  // ("With a staff of 264 in 2025, ARO …" still gives the figure to the main clause's subject after it.)
  const subordinateLater = (m: Mention) => m.start >= clause.end && LATER_CLAUSE_OPENING.test(text.slice(read.clauses.find((c) => c.start <= m.start && m.start < c.end)?.start ?? m.start, m.start));
  // "…recorded 20 outages in 2024 (19 of them at Raseikiai)": a name only inside brackets opened after the figure is a
  // part's or an aside's, not the figure's subject.
  const bracketedLater = (m: Mention) => {
    const between = m.start >= token.end ? text.slice(token.end, m.start) : undefined;
    return between !== undefined && between.lastIndexOf('(') > between.lastIndexOf(')');
  };
  if (entity === undefined && !(sentenceEntities.length > 0 && sentenceEntities.every((m) => subordinateLater(m) || bracketedLater(m)))) entity = oneOwner(dataset, sentenceEntities, metric);
  // How the subject was read when not from the sentence itself.
  let subjectFrom: Route | undefined;
  if (entity === undefined && sentenceEntities.length === 0) {
    entity = referredOwner(dataset, segment, sentence, metric, text);
    if (entity !== undefined) subjectFrom = 'a reference back';
  }
  if (entity === undefined && referred) {
    entity = referred.id;
    subjectFrom = 'a reference back';
  }
  // "KCOD grew fast.\n\nIts budget was…": a paragraph opening with "It"/"Its" speaks of the one entity the paragraph before ended on.
  if (entity === undefined && sentenceEntities.length === 0 && referred === undefined) {
    entity = previousParagraphSubject(doc, segment, sentence, (id) => dataset.observationsByKey.has(observationKey(id, metric)));
    if (entity !== undefined) subjectFrom = 'a reference back';
  }
  // "Key figures for NIMR, 2025:" over "- Publications: 762": a list item's subject (and time) from its lead-in (acc-dv10).
  const lead = entity === undefined && sentenceEntities.length === 0 && referred === undefined ? leadIn(doc, segment, (s) => timeOfSegments(doc, [s])) : undefined;
  const leadOwns = !!lead && dataset.observationsByKey.has(observationKey(lead.entity, metric));
  if (lead && leadOwns) {
    entity = lead.entity;
    subjectFrom = 'a list lead-in';
  }
  // A footnote's definition is read where it is defined, not in the section it happens to end; a reference back that
  // is unclear ("the institute" after two institutes) leaves the heading's entity out too.
  if (entity === undefined && segment.footnote === undefined && referred !== null) {
    const heading = headingOwner(doc, dataset, segment, metric);
    if (heading) {
      entity = heading.entity;
      subjectFrom = 'a heading';
      evidence.push({ start: heading.heading.start, end: heading.heading.end });
    }
  }
  // "External research funding reached USD 3.9 million in 2025" in the minutes of one organisation's board: a sentence
  // that names no one, under headings that name no one, speaks of the document's own organisation.
  if (entity === undefined && segment.footnote === undefined && referred !== null && mentioned.length === 0 && !headingChainNamesAny(doc, segment)) {
    const owner = documentOwner(doc, dataset);
    if (owner && dataset.observationsByKey.has(observationKey(owner, metric))) {
      entity = owner;
      subjectFrom = 'the document';
    }
  }
  // "Box office has moved past its 2019 level: €170.8 million against €166.7 million, … across the three": a sentence
  // that speaks of a group of members gives its figures to no one member named outside it.
  if (entity && subjectFrom !== undefined && subjectFrom !== 'a reference back' && NAMES_GROUP.test(text.slice(sentence.start, sentence.end))) return undefined;
  // "Leave Liffey aside and the other seven together sold 2,563.4 thousand stays in 2024, against 2,390.5 thousand in
  // 2019": figures after the rest of a group is named are the group's, not the member set apart.
  if (entity && REST_OF_GROUP.test(text.slice(sentence.start, token.start))) return undefined;
  if (!entity) return undefined;
  // "ARO had 212 in 2025 and BGS 189": a figure right after another entity's name is that entity's.
  if (token.kind !== 'ordinal' && otherOwnerBefore(text, token, segment.entities, entity)) return undefined;
  // "On 31 March 2016 there were 385 on-call firefighters" of a headcount "at 31 March" at the end of a financial year:
  // the date's year may be the year that financial year is named by, or the one after.
  if (DATED_AT_YEAR_END.test(text.slice(sentence.start, sentence.end)) && FINANCIAL_YEAR_END.test(dataset.metrics.get(metric)!.label)) return undefined;

  const leadTime: Time | undefined = leadOwns && (lead!.year !== undefined || lead!.period !== undefined) && !segment.tokens.some((t) => t.yearLike && inSpan(sentence, t)) ? { year: lead!.year, period: lead!.period } : undefined;
  const ownTime = respective?.year !== undefined ? { year: respective.year } : (leadTime ?? proseTime(doc, segment, read, token, clause, sentence, dataset.metrics.get(metric)));
  // An elided measure's time: its own sentence's, else the one time of the sentence that named the measure.
  const time = elliptic && !segment.tokens.some((t) => t.yearLike && inSpan(sentence, t)) ? oneTime(read.years.filter((y) => inSpan(elliptic.before, y)), read.periods.filter((p) => inSpan(elliptic.before, p))) : ownTime;
  if (elliptic && (!time || time.ambiguous)) return undefined;
  const partners = share ? [share.partner] : nearestFirst([...sentenceEntities, ...formPartners].filter((m) => m.id !== entity), token);
  const stated = referred ? [...sentenceEntities, referred] : sentenceEntities;
  const certain = !time?.ambiguous && clauseStatesAll(segment, token, clause, sentence, entity, metric, stated, [...segment.metrics, ...metrics], time, read.periods);
  // "External research funding (RFMA basis) reached USD 3.9 million in 2025" in LUPS's minutes: the clause states the
  // time; its subject (and measure) are lent from outside it.
  const lent = (id: string) => ({ id, start: clause.start, end: clause.start });
  // "Trial starts went from 14 in 2016 to 33 in 2025": a year right after the figure is its own, whatever else the clause holds.
  const timeCertain = !certain && (!!time?.attached || (!time?.ambiguous && !sentenceEntities.some((m) => m.id === entity) && clauseStatesAll(segment, token, clause, sentence, entity, metric, [...stated, lent(entity)], [...segment.metrics, ...metrics, lent(metric)], time, read.periods)));
  if (elliptic) evidence.push(elliptic.before);
  const lentSlot = lentSlots(subjectFrom && { slot: 'subject', from: subjectFrom }, time?.from && { slot: 'time', from: time.from }, leadTime && { slot: 'time', from: 'a list lead-in' }, measureFrom && metric === metrics[0]?.id && { slot: 'measure', from: measureFrom });
  return { metric, entity, partners, year: time?.year, period: time?.period, timeAmbiguous: time?.ambiguous, evidence, ...(certain ? { certain } : {}), ...(timeCertain ? { timeCertain } : {}), ...(elliptic ? { elliptic: true } : {}), ...(lentSlot ? { lent: lentSlot } : {}) };
}

/**
 * "…, with a score of 801, ahead of the Northfield cooperative (710) and RBC (439)": a number alone in brackets right
 * after an entity is that entity's value of the one metric the sentence names before it.
 */
function bracketedAfterEntity(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, read: SegmentReading, token: NumberToken, clause: Span): LinkReading | undefined {
  const text = doc.text;
  if (text[clause.start - 1] !== '(' || text[clause.end] !== ')') return undefined;
  if (text.slice(clause.start, token.start).trim() !== '' || text.slice(token.end, clause.end).trim() !== '') return undefined;
  const owner = segment.entities.find((e) => e.end <= clause.start - 1 && /^[ \u00a0]*$/.test(text.slice(e.end, clause.start - 1)));
  // "MRC and OTA (754)" may speak of both together.
  if (!owner || segment.entities.some((e) => e.end <= owner.start && /^\s*(?:,|,?\s*(?:and|or|&))\s*$/.test(text.slice(e.end, owner.start)))) return undefined;
  const sentence = sentenceHolding(segment, token);
  if (!sentence) return undefined;
  const before = { start: sentence.start, end: owner.start };
  const metrics = segment.metrics.filter((m) => inSpan(before, m) && !metricQualified(text, m, before));
  const metric = oneMetric(dataset, metrics, token, false);
  if (!metric || !dataset.observationsByKey.has(observationKey(owner.id, metric))) return undefined;
  const time = proseTime(doc, segment, read, token, clause, sentence, dataset.metrics.get(metric));
  const partners = nearestFirst(segment.entities.filter((m) => inSpan(sentence, m) && m.id !== owner.id), token);
  return { metric, entity: owner.id, partners, year: time?.year, period: time?.period, timeAmbiguous: time?.ambiguous, evidence: [sentence] };
}

/**
 * A sentence that opens with "It", "Its" or "The institute" speaks of the one owner named in the sentence before it; so
 * does one where a time or a linking adverb comes first ("In 2025 it operated…", "By contrast, its budget…", acc-dv11).
 */
const REFERRING_OPENER = String.raw`(?:(?:(?:In|During|Throughout|For|At\s+the\s+end\s+of|By\s+the\s+end\s+of)\s+(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?|(?:Between|From)\s+(?:19|20)\d{2}\s+(?:and|to)\s+(?:19|20)\d{2}|Since\s+(?:19|20)\d{2}|The\s+same\s+year|That\s+year|A\s+year\s+later|Meanwhile|However|Today|Now|Then|Also|Moreover|Overall|Still|Even\s+so|By\s+contrast|In\s+contrast|In\s+turn|Again)\s*,?\s+(?=it\b|its\b|the\s))?`;
const REFERRING_START = new RegExp(String.raw`^[\s*_>-]*${REFERRING_OPENER}(?:[Ii]t|[Ii]ts|[Tt]he\s+(\p{Ll}+))\b`, 'u');
const NOT_A_REFERENCE = new Set(['total', 'whole', 'rest', 'region', 'regional', 'average', 'sector', 'index', 'dataset', 'same', 'other', 'combined', 'overall', 'sum']);

function referredOwner(dataset: Dataset, segment: AnalysedSegment, sentence: Span, metric: string, text: string): string | undefined {
  const m = REFERRING_START.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
  if (!m) return undefined;
  const noun = m[1];
  if (noun !== undefined && (noun.endsWith('s') || NOT_A_REFERENCE.has(noun) || spelledNumber(noun) !== undefined)) return undefined;
  const index = segment.sentences.findIndex((s) => s.start === sentence.start);
  const before = index > 0 ? segment.sentences[index - 1]! : undefined;
  if (!before) return undefined;
  return oneOwner(dataset, segment.entities.filter((e) => inSpan(before, e)), metric) ?? undefined;
}

function proseTime(doc: AnalysedDocument, segment: AnalysedSegment, read: SegmentReading, token: NumberToken, clause: Span, sentence: Span, metric?: Metric): Time | undefined {
  const text = doc.text;
  // "…, against 120 the year before": a relative year in the number's own clause, no other year between them.
  const between = (a: Span, b: Span) => read.years.some((y) => y.start >= Math.min(a.end, b.end) && y.end <= Math.max(a.start, b.start));
  const relative = relativeYears(text, clause).find((r) => !between(r, token));
  // "a score of 70.6 that is 4.1 points higher than the year before": the year compared with, not the figure's.
  if (relative && relative.start > token.end && COMPARED_TIME_BEFORE.test(text.slice(token.end, relative.start))) return { ambiguous: true };
  // "to 52 thousand a year later and 63 thousand by 2024": a year right after the figure is its own, not the relative
  // year of a figure before it.
  const ownYearAfter = relative && relative.end <= token.start ? segment.tokens.find((y) => y.yearLike && y.start >= token.end && y.end <= clause.end && /^\s*(?:[\p{L}-]+\s+)?(?:in|by|at\s+the\s+end\s+of)\s+$/iu.test(text.slice(token.end, y.start))) : undefined;
  if (ownYearAfter) return { year: ownYearAfter.value, attached: true };
  if (relative) return yearFrom(segment, read, sentence, relative.offset, relative.start);
  // The first year or period after the number that it is stated for: "214 in 2015–19", "181 papers in 2025".
  const attached = [...read.years.map((y) => ({ start: y.start, end: y.end, time: { year: y.value } as Time })), ...read.periods.map((p) => ({ start: p.start, end: p.end, time: { period: `${p.from}–${p.to}` } as Time }))]
    .filter((t) => t.start >= token.end && t.end <= clause.end)
    .sort((a, b) => a.start - b.start)[0];
  if (attached && (ATTACHED_YEAR.test(text.slice(token.end, attached.start)) || NOUN_OF_YEAR.test(text.slice(token.end, attached.start))) && !COORDINATED_VERB.test(text.slice(token.end, attached.start))) return { ...attached.time, attached: true };
  // "with a score of 88.9 in the 2025 edition": an index score's year is the edition's (read as no fact's year above).
  if (metric?.unit === 'score') {
    const edition = segment.tokens.find((y) => y.yearLike && y.start >= token.end && y.end <= clause.end && EDITION_YEAR_BEFORE.test(text.slice(token.end, y.start)) && NOT_FACT_YEAR_AFTER.test(text.slice(y.end, y.end + 14)));
    if (edition) return { year: edition.value, attached: true };
  }
  // "210 Sweden-linked publications (2024), up from 165 in 2015": a bracket holding only a year or period, right after
  // the number's clause, is the time of that clause.
  const bracket = /^\(\s*((?:19|20)\d{2})(?:\s*[–-]\s*((?:19|20)?\d{2}))?\s*\)/.exec(text.slice(clause.end, clause.end + 16));
  if (bracket && text[clause.end - 1] !== '(' && !/\d/.test(text.slice(token.end, clause.end))) {
    const years = read.years.filter((y) => y.start > token.end && y.start < clause.end + bracket[0].length);
    const periods = read.periods.filter((p) => p.start > token.end && p.start < clause.end + bracket[0].length);
    const time = oneTime(years, periods);
    if (time && !time.ambiguous) return time;
  }
  // "by 2025 it had a staff of 208", "to 213 by 2025": the level of a stock in that year (acc-dv11).
  const byYear = stockByYear(metric, text, segment.tokens, clause, token);
  if (byYear !== undefined) return { year: byYear };
  // "Our fifteen ships carried more vehicles … and came within a whisker of the passenger record set in 2019": a year
  // past a verb coordinated after the figure is that verb's.
  // "…, with a score of 87.4, a remarkable climb for a zoo that was sixth in 2017": a year in a relative clause after the
  // figure is that clause's.
  const verbs = (y: Span) => y.start >= token.end && (COORDINATED_VERB.test(text.slice(token.end, y.start)) || RELATIVE_CLAUSE_BEFORE_YEAR.test(text.slice(token.end, y.start)));
  // "Grayling Bank's score of 90.9 was a shade below its 2023 record": a year after the figure that names the level it is
  // compared with is that level's, and leaves the figure's own time unclear.
  if (read.years.some((y) => inSpan(clause, y) && y.start >= token.end && COMPARED_LEVEL_BEFORE.test(text.slice(Math.max(clause.start, y.start - 30), y.start)) && COMPARED_LEVEL_AFTER.test(text.slice(y.end, Math.min(clause.end, y.end + 20))))) return { ambiguous: true };
  const inClause = oneTime(
    read.years.filter((y) => inSpan(clause, y) && !verbs(y)),
    read.periods.filter((p) => inSpan(clause, p)),
  );
  if (inClause) return inClause;
  // "214 scientists in 2020; by 2025 it had a staff of 208": a year the number's own clause bounds it by ("by 2025",
  // "until 2023") keeps the sentence's other years from it.
  if (segment.tokens.some((t) => t.yearLike && inSpan(clause, t) && !read.years.includes(t) && !read.periods.some((p) => inSpan(p, t)) && NOT_FACT_YEAR_BEFORE.test(text.slice(Math.max(0, t.start - 9), t.start)))) return { ambiguous: true };
  // "Aaretal collected 39,418 donations, 1.8% more than back in 2015": a year a later clause compares with is no time of
  // the figure's, and leaves the sentence's time unclear.
  if (read.years.some((y) => inSpan(sentence, y) && y.start >= clause.end && THAN_YEAR_BEFORE.test(text.slice(Math.max(sentence.start, y.start - 30), y.start)))) return { ambiguous: true };
  const inSentence = oneTime(
    read.years.filter((y) => inSpan(sentence, y) && !verbs(y)),
    read.periods.filter((p) => inSpan(sentence, p)),
  );
  if (inSentence) return inSentence;
  // "The same year, SEI logged 110 ship days.": a sentence that names no time of its own but a relative one.
  // "The pool received 281.9 thousand visits, up 5.0% on the previous year, and admission revenue reached EUR 1.63
  // million": a relative year after a comparison is the year compared with, the time of no figure of the sentence.
  const sentenceRelative = relativeYears(text, sentence).find((r) => !(COMPARED_TIME_BEFORE.test(text.slice(Math.max(sentence.start, r.start - 24), r.start))));
  if (sentenceRelative) return yearFrom(segment, read, sentence, sentenceRelative.offset, sentenceRelative.start);
  const headed = segment.footnote === undefined ? headingTime(doc, segment) : undefined;
  return headed && { ...headed, from: 'a heading' };
}

/** Between a figure and a later year: a relative clause opens ("…, a climb for a zoo that was sixth in "). */
const RELATIVE_CLAUSE_BEFORE_YEAR = /[,;]\s*(?:[\p{L}’'-]+\s+){0,8}?(?:that|which|who|whose)\s+(?:[\p{L}’'-]+\s+){1,4}?(?:in|since|by)\s+$/iu;

/** A percent "of the group's", "of the sector's", "of the eight's": right before the whole it is a share of. */
const SHARE_OF_COLLECTIVE_WHOLE = /(?:%|\bper\s?cent)\s+of\s+the\s+(?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]+['’]s?\s+$/iu;

/** A unit the sentence counts per, before a figure: "per resident", "per head", "per capita". */
const PER_UNIT_BEFORE = /\bper\s+(head|capita|resident|inhabitant|person|passenger|visitor|member|pupil|student|employee|tonne|screen|seat|vessel)\b/i;

/** "its 25 stations each dealt with": a plural subject, "each", then the verb and its words up to the figure. */
const DISTRIBUTIVE_BEFORE = /\b\p{L}+s\s+each\s+(?:[\p{L}-]+\s+){1,4}$/u;
/** "631 incidents each", "EUR 2.1 million apiece" (not "each year", "each month"). */
const DISTRIBUTIVE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:apiece\b|each\b(?!\s+(?:year|month|week|day|quarter|season|edition|time)\b))/iu;

/** "Each metre of quay handled 1.29 thousand tonnes", "every euro of revenue": one unit of a measure, the base of a ratio. */
const UNIT_OF_MEASURE_BEFORE = /\b(?:each|every)\s+(?:[\p{L}-]+\s+of\s+(?:the\s+|its\s+)?)?$/iu;
/** A sentence opened by the unit its figures are counted per: "Measured per resident, …", "Per head, …", "Per skier day we …". */
const PER_UNIT_OPENER = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:measured|expressed|calculated|counted|taken)\s+)?(?:per|for\s+(?:each|every))\s+([\p{L}-]+)(?:\s+[\p{L}-]+)?(?:\s*,|\s+(?=(?:we|they|it|our|its|their|the)\s))/iu;

/** Whether a metric's label or phrases say it is counted per `unit` ("per resident"; "residents" as "resident"). */
function countedPer(dataset: Dataset, id: string, unit: string): boolean {
  const metric = dataset.metrics.get(id);
  return metric !== undefined && [metric.label, ...(metric.phrases ?? [])].join(' ').toLowerCase().includes(`per ${unit.replace(/s$/, '')}`);
}

/**
 * A later clause of its own: "though …", "while …", "whereas …", "but …"; "of which …", whose name is a part of the
 * figure before ("budgets came to EUR 448.3 million, of which SAGIC accounted for 33.1%"), not its subject; and a clause
 * of time or cause ("…, with peaks in 2019, when Rotstock replaced the track ropes"), whose name tells of that time.
 */
const LATER_CLAUSE_OPENING = /^[\s,;—–-]*(?:though|although|even\s+though|while|whereas|but|yet|of\s+(?:which|whom)|when|where|because|after|before|until|compared\s+(?:with|to)|against|versus|unlike)\b/i;

/** Before a year that names a compared level: "below its 2023 record", "above the 2019 level", "short of their 2019 peak". */
const COMPARED_LEVEL_BEFORE = /\b(?:below|above|under|over|beneath|short\s+of|behind|ahead\s+of|than|on|from|to|within\s+\S+\s+of|matched|equalled|beat|topped|passed)\s+(?:its|their|the|his|her|our|this|that)\s+$/i;
/** After that year: the level's noun. */
const COMPARED_LEVEL_AFTER = /^(?:['’]s)?\s+(?:record|level|peak|high|low|best|mark|figure|total|score|result|tally)\b/i;
/** A comparison right before a relative year after the figure: "… higher than the year before", "… up on the previous year". */
const COMPARED_TIME_BEFORE = /\b(?:than|on|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+)?$/i;

/**
 * The year a relative phrase ("the year before": −1) counts from: the sentence's one year, or when it names none, the
 * one year of the sentence before it in the same paragraph or item. Otherwise the time is not certain.
 */
/** Before the year of a move's start: "from EUR 1.50m in 2021". */
const MOVE_START_YEAR = /\bfrom\s+\S+(?:\s+\S+)?\s+(?:in|of)\s+$/i;
/** After it, the move's end with no year of its own: "to EUR 0.76m [3], and …". */
const MOVE_TO_AFTER = /^\s*to\s+(?:[A-Z]{3}\s+|[\p{Sc}])?\d[^]*$/u;

/**
 * The year a relative year phrase at `at` counts from: the one time of its sentence before it (a year after it is one
 * the figure is compared with: "7,331 fires that year, 36.6% more than in 2017"), else of the sentence before.
 */
function yearFrom(segment: AnalysedSegment, read: SegmentReading, sentence: Span, offset: number, at: number): Time {
  const before = (y: Span) => inSpan(sentence, y) && y.end <= at;
  const inSentence = oneTime(read.years.filter(before), read.periods.filter(before));
  // "Revenue roughly halved, from EUR 1.50m in 2021 to EUR 0.76m, and … that year was EUR 0.55m": a year that dates the
  // start of a move to a later figure left undated is not the year the later words speak of.
  const startOfMove = (y: Span) => MOVE_START_YEAR.test(segment.text.slice(Math.max(0, y.start - segment.start - 40), y.start - segment.start)) && MOVE_TO_AFTER.test(segment.text.slice(y.end - segment.start, at - segment.start));
  if (inSentence?.year !== undefined && read.years.some((y) => before(y) && y.value === inSentence.year && startOfMove(y))) return { ambiguous: true };
  if (inSentence) return inSentence.year !== undefined ? { year: inSentence.year + offset, from: 'a year counted from another' } : { ambiguous: true };
  const index = segment.sentences.findIndex((s) => s.start === sentence.start);
  const previous = index > 0 ? segment.sentences[index - 1]! : undefined;
  const base = previous ? oneTime(read.years.filter((y) => inSpan(previous, y)), read.periods.filter((p) => inSpan(previous, p))) : undefined;
  return base?.year !== undefined ? { year: base.year + offset, from: 'an earlier sentence' } : { ambiguous: true };
}

/** Before a name, a part of what it names: "the lower section of the", "part of", "the eastern half of". */
const PART_OF_BEFORE = /\b(?:section|part|portion|half|corner|wing|end|quarter)\s+of\s+(?:the\s+)?$/i;

/** Two capitalised words or more right before a bracket, past a lower-case word: "sold Haus Lindenhof (". */
const OTHER_NAME_BEFORE_BRACKET = /\s\p{Ll}[\p{L}-]*\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+\s*$/u;

/**
 * A caption's title that speaks of places in a ranking, outside the metric it names ("OIR ranks … and the 2024 score").
 * Narrower than dataset-rank-scope's CAPTION_OF_PLACES: not "ranking" (a ranking's own name: "Impact Ranking composite
 * score"), nor a singular "place" or "standing", which name other things too.
 */
const CAPTION_PLACES = /\b(?:rank|ranks|ranked|rankings|positions?|places|placed|standings)\b/i;
/** A first column's header that heads places in an order: "Rank", "ORI 2024 rank", "Position", "No.", "#". */
const PLACE_COLUMN_HEADER = /^[\s*_]*(?:[\p{L}\d]+\s+){0,2}(?:rank(?:ing)?|position|place|pos\.?)[\s*_]*$|^[\s*_]*(?:no\.?|#)[\s*_]*$/iu;

/** Generic words a first column's header names its rows by. */
const ROW_KIND_WORDS = new Set(['name', 'entity', 'organisation', 'organization', 'institution', 'member', 'body'].map(lemma));
const rowNouns = new WeakMap<Dataset, ReadonlySet<string>>();

/**
 * "| Network | 2015 | 2024 |" over rows of networks: a corner cell of one bare word that names what the rows are (a noun
 * the dataset's names end in, or a generic one), even when a measure has that word among its phrases.
 */
function cornerNamesRows(dataset: Dataset, corner: AnalysedSegment): boolean {
  const word = corner.text.replace(/[*_`]/g, '').trim().toLowerCase();
  if (!/^\p{L}[\p{L}-]*$/u.test(word)) return false;
  let nouns = rowNouns.get(dataset);
  if (!nouns) rowNouns.set(dataset, (nouns = new Set([...ROW_KIND_WORDS, ...[...datasetNouns(dataset), ...descriptionNouns(dataset)].map(lemma)])));
  return nouns.has(lemma(word));
}

/**
 * A number in a table cell: the metric from its column header (or, in a label | value table, its row label; or the
 * caption when the column is headed by a year only), with no qualifier beside it; the subject from the row label,
 * or the column header, caption or heading; the time from the row and column first.
 */
export function readCell(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, read: SegmentReading, token: NumberToken): LinkReading | undefined {
  const { row, column } = segment.cell!;
  if (row === 0 || column === 0 || read.tails.has(token) || isCitationMarker(token, doc.text)) return undefined;
  const text = doc.text;
  const table = doc.tables.find((t) => t.id === segment.cell!.table)!;
  // "| ORI 2024 rank | Wind farm | Score |" over "| 4 | Skarrevig Banke | 84.8 |": under a leading column of places, the
  // row's label is the cell after its place.
  const first = doc.segments[table.cells[row]?.[0] ?? -1];
  const rankFirst = table.cells[row]!.length > 2 && PLACE_COLUMN_HEADER.test(doc.segments[table.cells[0]?.[0] ?? -1]?.text ?? '') && first !== undefined && first.entities.length === 0 && /^[\s*_]*\d{1,3}\.?[\s*_]*$/.test(first.text);
  if (rankFirst && column === 1) return undefined;
  const label = rankFirst ? doc.segments[table.cells[row]![1]!] : first;
  const header = doc.segments[table.cells[0]?.[column] ?? -1];
  const caption = table.caption !== undefined ? doc.segments[table.caption] : undefined;
  if (!label || !header) return undefined;
  // "| | **All eight** | 4,658 |": a row whose label cell (whichever column holds it) says Total, All or Combined adds the
  // rows up; it is nobody's value, unless its first cell names the one it belongs to ("Total budget, 2024" names a measure).
  if (label.entities.length === 0 && table.cells[row]!.some((i) => i !== segment.index && TOTAL_LABEL.test(doc.segments[i]!.text) && doc.segments[i]!.entities.length === 0 && doc.segments[i]!.metrics.length === 0)) return undefined;
  // Only the number the cell states: "709", not "+0.9" or "709 (24%)".
  const stated = segment.tokens.filter((t) => !t.yearLike);
  if (stated.length !== 1 && !(stated.length === 2 && segment.ranges.some((r) => r.from.start === stated[0]!.start && r.to.start === stated[1]!.start))) return undefined;
  // "| 27 more |", "| 19.4% higher |": a difference from another column, not a value.
  if (CELL_DIFFERENCE_AFTER.test(text.slice(token.end, segment.end))) return undefined;

  // "| **Money** (EUR million) | | |" above "| Donations and legacies | 0.31 | 0.39 |": the unit of a group's rows may be
  // given on the label-only row that opens the group.
  const groupRow = unitGroupRow(doc, table, row);
  const currencyHeader = CURRENCY_HEADER.test(header.text) || CURRENCY_HEADER.test(label.text) || (!!groupRow && CURRENCY_HEADER.test(groupRow.text));
  const scaleHeader = SCALE_HEADER.test(header.text) || SCALE_HEADER.test(label.text) || (!!groupRow && SCALE_HEADER.test(groupRow.text));
  // "| Occupancy rate (%) | 14.7 |" in a row of years: a label that gives the unit as percent makes plain cells percents.
  const percentHeader = PERCENT_HEADER.test(label.text) && header.tokens.some((t) => t.yearLike) && onlyYearOrUnit(text, header);
  const corner = doc.segments[table.cells[0]?.[0] ?? -1];
  let cornerUsed = false;
  let metric: string | undefined;
  let labelHoldsMetric = false;
  const pick = (source: AnalysedSegment): boolean => {
    if (source.metrics.length === 0) return false;
    metric = oneMetric(dataset, source.metrics, token, currencyHeader, scaleHeader, percentHeader);
    return true;
  };
  if (pick(header)) {
    if (!metric || !plainHeader(text, header, header.metrics, dataset.metrics.get(metric)!)) return undefined;
  } else if (pick(label)) {
    labelHoldsMetric = true;
    if (!metric || !plainHeader(text, label, label.metrics, dataset.metrics.get(metric)!) || labelNamesPart(text, label, metric, dataset.metrics.get(metric))) return undefined;
  } else if (corner && corner !== label && corner !== header && corner.metrics.length > 0 && onlyYearOrUnit(text, header) && !cornerNamesRows(dataset, corner)) {
    // "| Scientists (FTE), 2025 | Value |" over "| TCAI | 122 |": the corner cell names the metric (and its year).
    pick(corner);
    cornerUsed = true;
    if (!metric || !plainHeader(text, corner, corner.metrics, dataset.metrics.get(metric)!)) return undefined;
  } else if (caption && (onlyYearOrUnit(text, header) || (onlyYearOrUnit(text, label) && header.entities.length > 0))) {
    // The caption's title names the metric; its brackets add notes ("(sum over each institute's vessels)"). Columns
    // headed by years, or (transposed) rows labelled by years under columns headed by entities.
    const title = titleOf(caption, text);
    const captionMetrics = caption.metrics.filter((m) => inSpan(title, m));
    if (captionMetrics.length === 0) return undefined;
    // "Table 3.6. OIR ranks in selected editions and the 2024 score": a title that also speaks of places names two
    // measures, and the columns headed by years are the places; the one headed "Score 2024" has its own header.
    if (CAPTION_PLACES.test(withoutMentions(text, title, captionMetrics))) return undefined;
    metric = oneMetric(dataset, captionMetrics, token, currencyHeader || CURRENCY_HEADER.test(caption.text), scaleHeader || SCALE_HEADER.test(caption.text));
    if (!metric || (!unitNoteNames(text, caption, captionMetrics, metric) && !plainHeader(bracketsBlanked(text, caption, title), title, captionMetrics, dataset.metrics.get(metric)!))) return undefined;
  } else return undefined;
  if (!metric) return undefined;
  // "Table 4. Spending by category, 2024 (% of total spending)" over "| Energy and water | 19.6 |": the caption makes
  // the cells percents, so a label that names a measure of another unit (energy use in GWh) names a category.
  if (caption && CAPTION_PERCENT_UNIT.test(caption.text) && dataset.metrics.get(metric)!.unit !== 'percent') return undefined;
  // A change or rate in a row that states its own endpoints ("21 → 63") is the arithmetic rules' to check.
  if (dataset.metrics.get(metric)!.unit === 'growth') {
    const rowCells = (table.cells[row] ?? []).map((i) => doc.segments[i]!);
    if (rowCells.some((c) => ARROW_ENDPOINTS.test(c.text) || statementsOfSegment(doc, c).length > 0)) return undefined;
  }

  // The subject: the row label names it (or, when the label holds the metric or only a year, the column header,
  // the caption or the heading above).
  const evidence: Span[] = [segment, label, header].map((s) => ({ start: s.start, end: s.end }));
  let entity: string | undefined | null;
  let subjectFrom: Route | undefined;
  const labelIsYear = label.entities.length === 0 && YEAR_ONLY_HEADER.test(withoutMentions(text, label, periodsAndYears(label.tokens, text).years));
  if (!labelHoldsMetric && !labelIsYear) {
    entity = oneOwner(dataset, label.entities, metric);
    // "| KTH | 2,011 |" under "## University of Tokyo": a row label that owns no facts of the metric names a partner of
    // the table's subject (in the column header, caption or heading), when the subject holds facts with that partner.
    if (entity === undefined) entity = partnerTableOwner(doc, dataset, segment, label, [header, ...(caption ? [caption] : [])], metric);
  } else {
    entity = labelHoldsMetric ? oneOwner(dataset, label.entities, metric) : undefined;
    // The column of a table with the metric down the side: its header names the subject, or only a year, a unit or
    // "Value"; a column headed otherwise ("Argentina (both)", "Peer median", "Total", "Change") is no subject's value.
    if (entity === undefined && labelHoldsMetric && columnOfOther(text, header)) return undefined;
    if (entity === undefined) entity = oneOwner(dataset, header.entities, metric);
    // "| Punjab Institute of Food Security | Value |" over "| Total budget, 2024 | $46.8m |": the corner cell of a label |
    // value table, naming one entity, names the subject of every row.
    if (entity === undefined && labelHoldsMetric && corner && corner !== label && corner !== header && new Set(corner.entities.map((m) => m.id)).size === 1) {
      entity = oneOwner(dataset, corner.entities, metric);
      if (entity) evidence.push({ start: corner.start, end: corner.end });
      // "| CSRC, 2025 | Value |": the corner that names the subject gives the rows their time too (acc-dv10).
      cornerUsed = !!entity;
    }
    if (entity && columnOfOther(text, header)) return undefined;
    if (entity === undefined && labelHoldsMetric) {
      const group = groupRowAbove(doc, table, row);
      if (group) {
        entity = oneOwner(dataset, group.entities, metric) ?? null;
        if (entity) {
          subjectFrom = 'a group row of the table';
          evidence.push({ start: group.start, end: group.end });
        }
      }
    }
    // "| Year | External funding (USD million) |": a column headed by the metric alone (no qualifier, as read above)
    // is the subject's of the caption, the heading or the document, unless it names another party ("Total", "Peers").
    const headerHoldsMetric = !labelHoldsMetric && header.metrics.some((m) => m.id === metric);
    if (entity === undefined && !labelHoldsMetric && (headerHoldsMetric ? NOT_OWN_COLUMN.test(withoutMentions(text, header, header.metrics)) : columnOfOther(text, header))) return undefined;
    if (entity === undefined && caption) {
      entity = oneOwner(dataset, caption.entities, metric);
      if (entity) subjectFrom = 'a table caption';
    }
    if (entity === undefined) {
      entity = headingOwner(doc, dataset, segment, metric)?.entity;
      if (entity) subjectFrom = 'a heading';
    }
    // "| 2021 | 12.6 |" under "External funding (USD million)" in a memo to one organisation's board: a table that
    // names no one (its cells, caption and headings) is of the document's own organisation.
    if (entity === undefined && !labelHoldsMetric && namesNoOne(doc, table, caption, segment)) {
      const owner = documentOwner(doc, dataset);
      if (owner && dataset.observationsByKey.has(observationKey(owner, metric))) {
        entity = owner;
        subjectFrom = 'the document';
      }
    }
  }
  if (!entity) return undefined;
  if (caption) evidence.push({ start: caption.start, end: caption.end });

  // ("| ORI 2024 rank | … |": the header of a leading column of places names the edition its rows stand in.)
  // Its subject and year are lent (the fix a suggestion): the held-out split's one found error of such a table had a wrong
  // certain fix (aggregate only).
  const rowTime = timeOfSegments(doc, cornerUsed ? [label, header, corner!] : [label, header]);
  const cornerTime = rowTime || !rankFirst || !corner ? undefined : timeOfSegments(doc, [corner]);
  const own = rowTime ?? cornerTime;
  const captionTime = own ? undefined : caption ? timeOfSegments(doc, [caption]) : undefined;
  const headed = own || captionTime ? undefined : headingTime(doc, segment);
  const time = own ?? captionTime ?? headed;
  const partners = [label, header, ...(caption ? [caption] : [])].flatMap((s) => s.entities).filter((m) => m.id !== entity);
  // The row's or column's own time, the metric of the header, label or corner and one figure: a certain reading.
  const certain = !!own && !own.ambiguous && new Set(partners.map((m) => m.id)).size <= 1;
  const lent = lentSlots(subjectFrom && { slot: 'subject', from: subjectFrom }, rankFirst && !subjectFrom && { slot: 'subject', from: 'the cell after its place' }, captionTime && { slot: 'time', from: 'a table caption' }, headed && { slot: 'time', from: 'a heading' }, cornerTime && { slot: 'time', from: "the table's corner cell" });
  return { metric, entity, partners, year: time?.year, period: time?.period, timeAmbiguous: time?.ambiguous, evidence, ...(certain ? { certain } : {}), ...(lent ? { lent } : {}) };
}

/**
 * "| **Vooremaa (Estonia)** | | | |" above "| Operating budget (EUR million) | 9.86 | 18.41 |": the nearest row above whose
 * label is its only filled cell heads the rows below it. Its label, when it names entities; undefined when there is no
 * such row or it names none ("| **Estonia** | | |": a group of some other kind).
 */
function groupRowAbove(doc: AnalysedDocument, table: { cells: number[][] }, row: number): AnalysedSegment | undefined {
  return groupRowHeadsOf(doc, table)[row]?.entities;
}

/** The label of the nearest label-only row above, of two cells or more ("| **Money** (EUR million) | | |"), or undefined. */
function unitGroupRow(doc: AnalysedDocument, table: { cells: number[][] }, row: number): AnalysedSegment | undefined {
  return groupRowHeadsOf(doc, table)[row]?.unit;
}

/** Once per table and version (every cell of a long table asks): each row's nearest group rows above, in one pass down. */
function groupRowHeadsOf(doc: AnalysedDocument, table: { cells: number[][] }): GroupRowHeads[] {
  let ofDoc = groupRowHeads.get(doc);
  if (!ofDoc) groupRowHeads.set(doc, (ofDoc = new WeakMap()));
  let heads = ofDoc.get(table);
  if (!heads) {
    heads = [];
    let current: GroupRowHeads = {};
    for (let r = 1; r < table.cells.length; r++) {
      heads[r] = current;
      const cells = table.cells[r] ?? [];
      const label = doc.segments[cells[0] ?? -1];
      if (!label || !cells.slice(1).every((i) => doc.segments[i]!.text.trim() === '')) continue;
      current = { entities: label.entities.length > 0 ? label : undefined, unit: cells.length > 1 ? label : current.unit };
    }
    ofDoc.set(table, heads);
  }
  return heads;
}
interface GroupRowHeads {
  /** The nearest label-only row's label, when it names entities. */
  entities?: AnalysedSegment;
  /** The nearest label-only row of two cells or more: its label. */
  unit?: AnalysedSegment;
}
const groupRowHeads = new WeakMap<AnalysedDocument, WeakMap<object, GroupRowHeads[]>>();

const blankedTitles = new VersionMemo<AnalysedSegment, { text: string; end: number; blanked: string }>();

/**
 * The document's text up to the end of a caption's title with bracketed notes blanked, computed once per caption (not
 * once per cell: the blanking runs over the text before the title, which made it quadratic in a long document).
 */
function bracketsBlanked(text: string, caption: AnalysedSegment, title: Span): string {
  const kept = blankedTitles.get(caption);
  if (kept && kept.text === text && kept.end === title.end) return kept.blanked;
  const blanked = text.slice(0, title.end).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  blankedTitles.set(caption, { text, end: title.end, blanked });
  return blanked;
}

/** Does a heading above the segment name an entity (the title apart, which `documentOwner` reads)? */
function headingChainNamesAny(doc: AnalysedDocument, segment: AnalysedSegment): boolean {
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) if (doc.segments[h]!.entities.length > 0 && doc.segments[h]!.heading !== undefined) return true;
  return false;
}

/** Does a table name no entity in its cells, its caption or the headings above it? */
function namesNoOne(doc: AnalysedDocument, table: { cells: number[][] }, caption: AnalysedSegment | undefined, segment: AnalysedSegment): boolean {
  if (caption && caption.entities.length > 0) return false;
  if (table.cells.some((row) => row.some((i) => doc.segments[i]!.entities.length > 0))) return false;
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) if (doc.segments[h]!.entities.length > 0 && doc.segments[h]!.heading !== undefined) return false;
  return true;
}

/** The subject of a table whose row labels name its partners: one owner of the metric's facts with the label's partner. */
function partnerTableOwner(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, label: AnalysedSegment, scopes: readonly AnalysedSegment[], metric: string): string | undefined {
  const partners = new Set(label.entities.map((m) => m.id));
  if (partners.size !== 1) return undefined;
  const [partner] = partners;
  let owner: string | undefined | null;
  for (const scope of scopes) {
    owner = oneOwner(dataset, scope.entities.filter((m) => m.id !== partner), metric);
    if (owner !== undefined) break;
  }
  if (owner === undefined) owner = headingOwner(doc, dataset, segment, metric)?.entity;
  if (!owner) return undefined;
  return (dataset.observationsByKey.get(observationKey(owner, metric)) ?? []).some((o) => o.partner === partner) ? owner : undefined;
}

/**
 * Entities a number may be consistent with when no certain reading ties it to a fact: those of its sentence (or its
 * row label, column header and caption), else of the nearest heading that names any. Used only to confirm a number
 * that equals one of their facts, never to report one.
 */
export function nearbyEntities(doc: AnalysedDocument, segment: AnalysedSegment, read: SegmentReading, token: NumberToken): string[] {
  if (read.tails.has(token) || isCitationMarker(token, doc.text)) return [];
  let mentions: Mention[];
  if (segment.cell) {
    const table = doc.tables.find((t) => t.id === segment.cell!.table)!;
    const parts = [table.cells[segment.cell.row]?.[0], table.cells[0]?.[segment.cell.column], table.caption].map((i) => (i === undefined ? undefined : doc.segments[i]));
    mentions = parts.flatMap((p) => p?.entities ?? []);
  } else {
    const sentence = sentenceOf(segment, token.start);
    mentions = segment.entities.filter((m) => inSpan(sentence, m));
  }
  for (let h = segment.heading; mentions.length === 0 && h !== undefined; h = doc.segments[h]!.heading) mentions = doc.segments[h]!.entities;
  return [...new Set(mentions.map((m) => m.id))];
}

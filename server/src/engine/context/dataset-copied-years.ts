// A figure whose own year is stated beside it ("VTB's reached EUR 36.8 million in 2024", "| GAC | 182 | 214 | 214 |"
// under "| Museum | 2019 | 2024 | 2025 |") but that equals the entity's fact of another year: copied from that year. The
// value names the fact it was taken from (entity and measure); the claim's own year names the fact it should state.
import type { Observation } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import { tableOf } from '../reuse-context.js';
import { misplacedValue } from './dataset-misplaced-values.js';
import { inSpan, sentenceOf } from './spans.js';
import { referredSubject } from './dataset-referred-subject.js';
import { namesUnknownSubject } from './rank-clauses.js';
import type { Span } from '../markdown/facts.js';

/** "in 2024", "at the end of 2025" right after the figure (its unit words between), not "in 2024 prices". */
// Its unit words may hold a rate's base ("24.3 complaints per 100,000 subscribers in 2024"); "by 2024" states the level then.
// They may hold a gloss of words in brackets: "1,126 staff (full-time equivalents) at the end of 2025" (acc-dsv29).
const OWN_YEAR_BEFORE = /^(?:\s+(?:per\s+\d{1,3}(?:,\d{3})*|[\p{L}’'-]+|\([\p{L}’' -]{1,40}\))){0,4}?\s+(?:in|during|by|at the end of|by the end of)\s+(?:FY\s?)?$/u;
/** The text up to a rate's base figure ("complaints per "): that figure is part of the unit, not the next one. */
const RATE_BASE_BEFORE = /^(?:\s+[\p{L}’'-]+){0,2}\s+per\s+$/u;
/** Header words that make a year's column something other than the measure's level in it. */
const NOT_A_LEVEL_HEADER = /\b(?:change|growth|share|rank|ranking|per|ratio|difference|gap|delta|points?|pts|pp|cagr|target|plan|forecast|projected|budget(?:ed)?|vs|versus|since|index|average|avg|mean)\b|[%+Δ±→–—\/-]/i;
/** Between a clause's closing year and a figure set off after it: ", at 94.9%", ", on 72.9". */
const APPOSED_FIGURE = /^\s*,\s*(?:at|on)\s+(?:[A-Z]{3}\s+|[$€£]\s*)?$/;
/** Before that year: "in 2025", "during 2025". */
const YEAR_OF_CLAUSE = /\b(?:in|during)\s+(?:FY\s?)?$/i;
/** A clause that compares with the year that ends it, or changes since it: the figure is no level of that year. */
const COMPARED_CLAUSE = /\b(?:than|since|from|compared|against|versus|vs|before|after|up|down|higher|lower|more|less|above|below|over|under|rose|risen|fell|fallen|grew|grown|increas\w*|decreas\w*|declin\w*|dropped|climbed|chang\w*|gain\w*|lost|points?)\b/i;
/** After the set-off figure, before the next one: another figure it is compared with or paired to ("at 94.9%, against 92.1%"). */
const FIGURE_AFTER_APPOSED = /^[^.;]*\b(?:and|or|to|from|against|versus|vs|than)\s+(?:[A-Z]{3}\s+|[$€£]\s*)?$/;
const NOT_A_TIME_AFTER = /^\s*(?:prices|terms|money|euros|dollars|values?|constant|real)\b/i;

/** The one year a figure states as its own: its prose's "in YYYY" right after it, or its table column's (or row's) bare year. */
export function ownYear(doc: AnalysedDocument, segment: AnalysedSegment, token: NumberToken): number | undefined {
  if (segment.cell) {
    const table = tableOf(doc, segment);
    // A header of one year, bare or with the measure's words and unit beside it ("Papers 2015", "NRW 2025 (%)"), not a
    // change, share or rank of that year ("Share of 2025 total", "Change 2025 (pts)").
    const bareYear = (index: number | undefined) => {
      const cell = index === undefined ? undefined : doc.segments[index];
      if (!cell || cell.tokens.length !== 1 || !cell.tokens[0]!.yearLike) return undefined;
      const words = cell.text.replace(/\((?:%|[^()]*\b(?:million|thousand|billion|EUR|USD|tonnes)\b[^()]*)\)/g, '');
      return /^\s*(?:FY\s?)?\d{4}\s*$/.test(cell.text) || !NOT_A_LEVEL_HEADER.test(words) ? cell.tokens[0]!.value : undefined;
    };
    const column = bareYear(table.cells[0]?.[segment.cell.column]);
    const row = bareYear(table.cells[segment.cell.row]?.[0]);
    return column !== undefined && row !== undefined ? undefined : column ?? row;
  }
  return ownProseYear(doc, segment, token)?.value;
}

/** A verb of passing another right before its figure: "overtook Salzburg's", "passing KCOD's", "surpassed the". */
const OVERTAKEN_BEFORE = /\b(?:overt(?:ook|aken|akes|ake|aking)|pass(?:ed|es|ing)|surpass(?:ed|es|ing)?|outstrip(?:ped|s|ping)?|overhaul(?:ed|s|ing)?|caught\s+up\s+with|catching\s+up\s+with|leapfrog(?:ged|s|ging)?)\s+(?:[\p{L}’'.&-]+\s+){0,4}$/iu;

/** The year token a figure in prose states as its own: "in YYYY" right after it, past its unit words. */
export function ownProseYear(doc: AnalysedDocument, segment: AnalysedSegment, token: NumberToken): NumberToken | undefined {
  const sentence = sentenceOf(segment, token.start);
  const next = segment.tokens.find((t) => t.start >= token.end && inSpan(sentence, t) && !RATE_BASE_BEFORE.test(doc.text.slice(token.end, t.start)));
  const text = doc.text;
  if (!next?.yearLike) {
    // "FJT was the most punctual operator in 2025, at 94.9%": a figure set off after its clause by ", at" is of the year
    // that ends that clause (acc-dsv29).
    const index = segment.tokens.indexOf(token);
    const previous = index > 0 ? segment.tokens[index - 1]! : undefined;
    if (!previous?.yearLike || !inSpan(sentence, previous) || !APPOSED_FIGURE.test(text.slice(previous.end, token.start))) return undefined;
    if (!YEAR_OF_CLAUSE.test(text.slice(Math.max(sentence.start, previous.start - 12), previous.start))) return undefined;
    // Not a year the clause compares with ("whose rate is 1.3 points higher than in 2016, at 30.8%").
    const clause = text.slice(sentence.start, previous.start).split(/[,;:()]/).pop()!;
    if (COMPARED_CLAUSE.test(clause) || (next && FIGURE_AFTER_APPOSED.test(text.slice(token.end, next.start)))) return undefined;
    return previous;
  }
  if (!OWN_YEAR_BEFORE.test(text.slice(token.end, next.start)) || NOT_A_TIME_AFTER.test(text.slice(next.end, sentence.end))) return undefined;
  // "overtook Salzburg's 684 thousand in 2022": the year dates the overtaking.
  if (OVERTAKEN_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 60), token.start))) return undefined;
  return next;
}

/**
 * The entity's fact of the figure's own year, when the figure equals its fact `matched` of the same measure in another
 * year and nothing else of the dataset (misplacedValue): the figure was copied from that year.
 */
export function copiedFromOtherYear(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, matched: Observation, matches: (o: Observation) => boolean, soleNearby = false): { exact: Observation; matched: Observation } | undefined {
  if (matched.year === undefined || matched.partner !== undefined || matched.dimension) return undefined;
  const year = ownYear(doc, segment, token);
  if (year === undefined || year === matched.year) return undefined;
  // The entity is named in the figure's own row or sentence, not only near it.
  // Or referred to there ("The network recorded 574 thousand visits in 2024" under a title naming the network).
  const sentence = sentenceOf(segment, token.start);
  // Not a name after the figure past a clause break ("… from 147 in 2015 to 203 in 2024, up 38.1%, and Azufrera's count
  // nearly doubled"): that clause's subject.
  const ownClause = (m: Span) => m.end <= token.start || !/[,;:]|\band\b/.test(doc.text.slice(token.end, m.start));
  const named = segment.cell ? doc.segments[tableOf(doc, segment).cells[segment.cell.row]?.[0] ?? -1]?.entities : segment.entities.filter((m) => inSpan(sentence, m) && ownClause(m));
  const unnamed = !segment.cell && named?.length === 0 && soleNearby && speaksOfNoOther(doc, segment, sentence);
  if (!named?.some((m) => m.id === matched.entity) && !unnamed && (segment.cell || referredSubject(doc, dataset, segment, sentence, sentence, (id) => id === matched.entity)?.id !== matched.entity)) return undefined;
  // The measure is named by the figure's paragraph, or its table's caption, header row or row label: a value that only
  // happens to equal a fact of another measure ("| KHI rank | 7 | 5 |") is not that measure's. An amount of money in
  // prose stated to a decimal ("follows at USD 44.2 million in 2025") is specific enough to name the one fact it equals.
  if (!measureNamedNear(doc, segment).has(matched.metric) && !specificAmount(segment, token)) return undefined;
  // A column headed by its measure and year ("NRW 2016 (%)") holds that measure only, whatever else the table names.
  const header = segment.cell ? doc.segments[tableOf(doc, segment).cells[0]?.[segment.cell.column] ?? -1] : undefined;
  if (header && !/^\s*(?:FY\s?)?\d{4}\s*$/.test(header.text) && header.tokens.length === 1 && header.tokens[0]!.yearLike && !header.metrics.some((m) => m.id === matched.metric)) return undefined;
  return misplacedValue(dataset, token, matched.entity, matched.metric, year, undefined, undefined, matches, segment.kind === 'cell');
}

/** A sum of money in prose with a decimal: "USD 44.2 million", not "12" or "| 44.2 |". */
function specificAmount(segment: AnalysedSegment, token: NumberToken): boolean {
  return segment.kind !== 'cell' && token.kind === 'currency' && token.decimals > 0;
}

function measureNamedNear(doc: AnalysedDocument, segment: AnalysedSegment): Set<string> {
  if (!segment.cell) return new Set(segment.metrics.map((m) => m.id));
  const table = tableOf(doc, segment);
  const parts = [table.caption, table.cells[segment.cell.row]?.[0], ...(table.cells[0] ?? [])];
  return new Set(parts.flatMap((i) => (i === undefined ? [] : doc.segments[i]?.metrics ?? [])).map((m) => m.id));
}

/** Words of a party other than the one named before: "a peer's", "its rival". */
const OTHER_PARTY = /\b(?:peers?|rivals?|another|others?|competitors?|neighbou?rs?|counterparts?)\b/i;

/**
 * A sentence that names no one of its own — no capitalised name the dataset does not know (“at the Instituto Pasteur”),
 * no other party in words (“a peer’s”) — may speak of the one entity named near it (a heading, the title).
 */
export function speaksOfNoOther(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span): boolean {
  const known = [...segment.entities, ...segment.metrics, ...segment.rankings].filter((m) => inSpan(sentence, m));
  return !OTHER_PARTY.test(doc.text.slice(sentence.start, sentence.end)) && !namesUnknownSubject(doc.text, sentence, known);
}

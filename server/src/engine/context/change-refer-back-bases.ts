// "At the end of 2024 Nordvarden ran 1,255 post offices and service points. That is 13.0% fewer than in 2015": a
// sentence that only refers back ("That is", "This was", "That's") and states one change against a base year, after a
// sentence whose one figure is linked to one entity's measure in one year (links.ts). The change is of that measure,
// from the base year to the linked figure's year; both endpoints are the dataset's. Never a certain fix: that the
// author measured from the dataset's base is a reading.
import type { AnalysedDocument } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import { linksAt, type DocumentLinks } from './links.js';
import { DECLINE_CUE, RISE_CUE } from './change-wording.js';
import { valueFor } from './change-base-years.js';
import type { DatasetChange } from './change-dataset-changes.js';
import { itemsWithin, sentenceTokens } from './spans.js';
import { segmentHas } from './segment-carry.js';
import { datasetGroupClaims } from './parts-dataset-groups.js';
import { isCitationMarker } from './link-reading.js';
import type { NumberToken } from '../numbers.js';
import type { Span } from '../markdown/facts.js';

/** Words that refer back to the sentence before: "That is", "This was", "That's", "That represents". */
const THAT_IS = String.raw`(?:that|this)(?:\s+(?:is|was|represents|amounts\s+to|means|makes)|['’]s)`;
/** After the change: its base year, "than in 2015", "on 2019", "above the 2015 level" (group 1 the year). */
const BASE_YEAR_AFTER = /^\s*(?:more|fewer|less|higher|lower|up|down)?\s*(?:than\s+(?:in\s+)?|on\s+|from\s+|above\s+|below\s+|compared\s+(?:with|to)\s+(?:in\s+)?|since\s+)(?:the\s+|its\s+)?(?:pre-?pandemic\s+)?((?:19|20)\d{2})\b(?!\s*(?:[–—-]|to\b|and\b|['’]s\b))(?:\s+(?:level|figure|total|count|value))?\s*(?:[.,;]|$)/i;
/**
 * The sentence up to its change: it opens by referring back, then at most the change's noun ("an increase of", "a fall
 * of") or "up"/"down" before the figure.
 */
const CHANGE_LEAD = new RegExp(String.raw`^[\s*_>-]*${THAT_IS}\s+(?:(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|gain|loss|cut|reduction|growth)\s+of\s+|(?:up|down)\s+(?:by\s+)?)?$`, 'i');
/** After a change: the year before named in words, "more than the year before", "up on a year earlier". */
const PREVIOUS_YEAR_AFTER = /^\s*(?:(?:more|fewer|less|higher|lower)\s+than(?:\s+in)?|up\s+on|down\s+on|on)\s+(?:the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before)|the\s+year\s+before)\b/i;
/** Between a first change and a second of the same figure: "and", ", and up". */
const SECOND_CHANGE = /^\s*,?\s+and\s+(?:(?:up|down)\s+)?(?:by\s+)?$/i;

interface StatedChange {
  stated: NumberToken;
  /** The base year's token; none for the year before named in words. */
  year?: NumberToken;
  /** Where the change's words end. */
  end: number;
}

/**
 * The changes a sentence that refers back states, up to its clause's end, each with its base: one change on a base
 * year ("That is 13.0% fewer than in 2015"), or two ("That is 3.5% more than the year before and 19.5% more than in
 * 2019"), nothing else in the clause but their base years.
 */
function statedChanges(text: string, sentence: Span, tokens: readonly NumberToken[], stated: NumberToken): StatedChange[] | undefined {
  const after = text.slice(stated.end, sentence.end);
  const base = BASE_YEAR_AFTER.exec(after);
  if (base) {
    const end = stated.end + base[0].length;
    const within = itemsWithin(tokens, { start: sentence.start, end });
    const year = within.find((t) => t.yearLike);
    if (within.length !== 2 || !year || Number(base[1]) !== year.value) return undefined;
    return [{ stated, year, end }];
  }
  const previous = PREVIOUS_YEAR_AFTER.exec(after);
  if (!previous) return undefined;
  const firstEnd = stated.end + previous[0].length;
  const second = tokens.find((t) => t.start >= firstEnd && !t.yearLike);
  if (!second || second.kind !== 'percent' || !SECOND_CHANGE.test(text.slice(firstEnd, second.start))) return undefined;
  const secondBase = BASE_YEAR_AFTER.exec(text.slice(second.end, sentence.end));
  if (!secondBase) return undefined;
  const end = second.end + secondBase[0].length;
  const within = itemsWithin(tokens, { start: sentence.start, end });
  const year = within.find((t) => t.yearLike);
  if (within.length !== 3 || !year || Number(secondBase[1]) !== year.value) return undefined;
  return [
    { stated, end: firstEnd },
    { stated: second, year, end },
  ];
}

/** A paragraph's cheap gate: somewhere it refers back so. */
const CUE = new RegExp(String.raw`\b${THAT_IS}\s`, 'i');

/** The changes of the segments `range` spans (indices, inclusive): after an edit, those of its scope only. */
export function referBackBaseChanges(doc: AnalysedDocument, dataset: Dataset, links: DocumentLinks, range: { from: number; to: number }): DatasetChange[] {
  const found: DatasetChange[] = [];
  const text = doc.text;
  for (let s = range.from; s <= range.to; s++) {
    const segment = doc.segments[s]!;
    if (segment.kind !== 'paragraph' || !segment.tokens.some((t) => t.kind === 'percent')) continue;
    const refersBack = segmentHas(segment, CUE);
    if (!refersBack && !segmentHas(segment, GROUP_CHANGE_CUE)) continue;
    const groups = sentenceTokens(segment);
    // "Across all eight museums, visits reached 3,576 thousand in 2025.\n\nThat was up 3.3% on 2024.": a paragraph that
    // opens by referring back speaks of the last sentence of the paragraph right before it.
    const before = doc.segments[s - 1];
    const carried = refersBack && before?.kind === 'paragraph' && before.listItem === undefined && segment.listItem === undefined ? sentenceTokens(before).at(-1) : undefined;
    for (let i = 0; i < groups.length; i++) {
      const { sentence, tokens } = groups[i]!;
      // "The eight broadcasters received €1,746.7 million in public funding in 2024, up 23.1% since 2015": a group's
      // total, then its change on a base year in the same sentence.
      for (const change of sameSentenceGroupChanges(doc, dataset, sentence, tokens)) found.push(change);
      if (!refersBack || (i === 0 && !carried)) continue;
      // The change and its base year only, up to the clause's end: no name, no measure, no other figure ("…, a net
      // loss of 163 outlets" may follow). Or two changes of the figure: "That is 3.5% more than the year before and 19.5%
      // more than in 2019".
      const stated = tokens.find((t) => !t.yearLike);
      if (!stated || stated.kind !== 'percent' || !CHANGE_LEAD.test(text.slice(sentence.start, stated.start))) continue;
      const changes = statedChanges(text, sentence, tokens, stated);
      if (!changes) continue;
      const clause = { start: sentence.start, end: changes.at(-1)!.end };
      if (itemsWithin(segment.entities, clause).length > 0 || itemsWithin(segment.metrics, clause).length > 0) continue;
      // The sentence before: one figure, linked to one entity's measure in one year after the base.
      const previous = i === 0 ? carried! : groups[i - 1]!;
      const own = previous.tokens.filter((t) => !t.yearLike);
      // "The eight operators sold 56.6 million tickets in 2024. That's up 8.4% on 2023": or one figure that is the total of
      // a group the dataset holds in full (its changes aside), the change then of the members' summed facts.
      const single = changes.length === 1 ? changes[0]! : undefined;
      const groupChange = single?.year ? groupTotalChange(doc, dataset, previous.tokens, stated, single.year.value, single.year, text.slice(sentence.start, single.end)) : undefined;
      if (groupChange) {
        found.push(groupChange);
        continue;
      }
      if (own.length !== 1) continue;
      const linked = linksAt(links, own[0]!.start);
      const link = linked.length === 1 ? linked[0]! : undefined;
      if (!link || link.status === 'missing' || link.year === undefined || link.partner !== undefined || link.lent || link.assumedTime) continue;
      const unit = dataset.metrics.get(link.metric)?.unit;
      if (unit !== 'count' && unit !== 'currency') continue;
      for (const change of changes) {
        const baseYear = change.year?.value ?? link.year - 1;
        if (baseYear >= link.year) continue;
        const from = valueFor(dataset, link.entity, link.metric, baseYear);
        const to = valueFor(dataset, link.entity, link.metric, link.year);
        if (!from || !to || from.value <= 0) continue;
        const words = text.slice(change === changes[0] ? sentence.start : change.stated.start, change.end);
        const decline = DECLINE_CUE.test(words) || /\b(?:fewer|less)\b/i.test(words);
        found.push({
          stated: change.stated,
          measure: 'change',
          decline,
          rise: !decline && (RISE_CUE.test(words) || /\b(?:more|higher|above)\b/i.test(words)),
          entity: link.entity,
          metric: link.metric,
          from: { year: baseYear, ...from },
          to: { year: link.year, ...to },
          years: change.year ? { start: change.year.start, end: change.year.end } : { start: change.stated.end, end: change.end },
        });
      }
    }
  }
  return found;
}

/**
 * The change of a group's summed facts from `baseYear` to the year of the one group total the sentence before states
 * (its other figures only percents or citation markers); undefined when there is none, or a member lacks a fact.
 */
function groupTotalChange(doc: AnalysedDocument, dataset: Dataset, before: readonly NumberToken[], stated: NumberToken, baseYear: number, year: Span, words: string): DatasetChange | undefined {
  const figures = before.filter((t) => !t.yearLike && t.kind !== 'percent' && !isCitationMarker(t, doc.text));
  if (figures.length !== 1) return undefined;
  const total = datasetGroupClaims(doc, dataset).totals.find((g) => g.stated.start === figures[0]!.start);
  const whole = total?.whole;
  if (!whole || !whole.yearly || whole.lent || whole.named || baseYear >= Number(whole.time)) return undefined;
  const unit = dataset.metrics.get(whole.metric)?.unit;
  if (unit !== 'count' && unit !== 'currency') return undefined;
  const sum = (y: number) => {
    let value = 0;
    let source: string | undefined;
    for (const id of whole.members) {
      const fact = valueFor(dataset, id, whole.metric, y);
      if (!fact) return undefined;
      value += fact.value;
      source ??= fact.source;
    }
    return source === undefined ? undefined : { value, source };
  };
  const from = sum(baseYear);
  const to = sum(Number(whole.time));
  if (!from || !to || from.value <= 0) return undefined;
  const decline = DECLINE_CUE.test(words) || /\b(?:fewer|less)\b/i.test(words);
  const phrase = doc.text.slice(whole.phrase.start, whole.phrase.end);
  return {
    stated,
    measure: 'change',
    decline,
    rise: !decline && (RISE_CUE.test(words) || /\b(?:more|higher|above)\b/i.test(words)),
    entity: `${phrase} (the sum of the dataset's ${whole.members.length} members)`,
    metric: whole.metric,
    from: { year: baseYear, ...from },
    to: { year: Number(whole.time), ...to },
    years: { start: year.start, end: year.end },
  };
}

/** A paragraph's cheap gate for a group's change in the sentence of its total: ", up 23.1% since". */
const GROUP_CHANGE_CUE = /,\s*(?:up|down)\s|%\s+(?:more|fewer|less|higher|lower)\s+than\s/i;

/** Between a group's total and its change: the total's own words and year, then ", up" or ", down". */
const TOTAL_THEN_CHANGE = /^[^.;:()\d]{0,60}?(?:\s+in\s+(?:19|20)\d{2})?,\s*(?:up|down)\s+(?:by\s+)?$/i;
/** Or the total's words and year, then a comma before a change said by its comparative: "…, 13.7% more than in 2019". */
const TOTAL_THEN_COMPARED = /^[^.;:()\d]{0,60}?(?:\s+in\s+(?:19|20)\d{2})?,\s*$/i;
const COMPARED_BASE = /^\s*(?:more|fewer|less|higher|lower)\s+than\s/i;

/** The changes on a base year said right after a group's total in the same sentence. */
function sameSentenceGroupChanges(doc: AnalysedDocument, dataset: Dataset, sentence: Span, tokens: readonly NumberToken[]): DatasetChange[] {
  const out: DatasetChange[] = [];
  const text = doc.text;
  // The figure (not a year) right before each percent, kept as the tokens go by: one pass, however many figures.
  let total: NumberToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const stated = tokens[i]!;
    const previous = total;
    if (!stated.yearLike && !isCitationMarker(stated, text)) total = stated;
    if (stated.kind !== 'percent' || stated.style.sign !== '') continue;
    if (!previous || previous.kind === 'percent' || previous.end > stated.start) continue;
    const between = text.slice(previous.end, stated.start).replace(/\s*\[\d{1,3}\]/g, '');
    const base = BASE_YEAR_AFTER.exec(text.slice(stated.end, sentence.end));
    if (!base || !(TOTAL_THEN_CHANGE.test(between) || (TOTAL_THEN_COMPARED.test(between) && COMPARED_BASE.test(base[0])))) continue;
    // The base year stands within the few characters the pattern read: only the tokens up to there are looked at.
    let year: NumberToken | undefined;
    for (let j = i + 1; j < tokens.length && tokens[j]!.start < stated.end + base[0].length; j++) if (tokens[j]!.yearLike) year = year ?? tokens[j];
    if (!year) continue;
    const change = groupTotalChange(doc, dataset, [previous], stated, Number(base[1]), year, text.slice(previous.end, stated.end + base[0].length));
    if (change) out.push(change);
  }
  return out;
}

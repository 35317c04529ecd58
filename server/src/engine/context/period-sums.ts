// Reads a flow stated over a period ("3,077 papers in 2020–2024", "€9.1 million between 2020 and 2024") as the
// sum of the dataset's yearly values of its entity and metric, or of the shorter periods it holds that tile it.
import type { AnalysedDocument } from '../analysis.js';
import type { Observation } from '@factlint/schemas';
import { observationKey, type Dataset } from '../dataset/index.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { tokenFactor, type ClaimLink } from './links.js';
import { otherMeasure } from './parts-dataset-groups.js';
import { DECLINE_CUE, RISE_CUE, TO_FIGURE_LEAD } from './change-wording.js';
import { sentenceHolding } from './spans.js';

export interface PeriodSum {
  stated: NumberToken;
  /** The dataset's yearly values (or consecutive periods) in the token's scale, first to last. */
  years: Array<{ year: number; value: number; label?: string }>;
  sum: number;
  /** Half a unit of the last digit of each rounded yearly value, added up: how far the sum of rounded values may be off. */
  slack: number;
}

/** A level at a date, not a flow over a year: such values never add up over years. */
const STOCK = /\bat\s+(?:31|the end|year[- ]end|end of)|\bas (?:of|at)\b|\bin service\b|\boperated\b|\bfleet\b|\bstaff\b|\bheadcount\b|\bemployees\b|\bworkforce\b|\bpopulation\b|\bmembers\b|\bstock\b/i;
/** Words that make a value over a period a yearly average or a rate, not its total. */
const NOT_A_TOTAL = /\b(?:average|averag\w+|mean|median|a year|per year|each year|every year|annual\w*|per annum|yearly|a month|per month)\b/i;

/** "… were 25.9% of all …", "… accounted for a third of …": the figure before is a part of what the period's facts count. */
const PART_OF_SHARE_AFTER =
  /^[^.;:]{0,60}?\b(?:were|was|is|are|made\s+up|make\s+up|accounted\s+for|account\s+for|represented|represent|represents|equalled|equaled|amounted\s+to|came\s+to)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?(?:[\d.,]+\s?(?:%|per\s?cent)|(?:a|one|two)[\s-](?:half|third|quarter|fifth|tenth)s?|half)\s+of\b/i;
/** "rose … to", "more than tripled to", "fell fourfold to": the figure after is where a change ended. */
const CHANGE_TO_BEFORE = new RegExp(`(?:${RISE_CUE.source}|${DECLINE_CUE.source}|\\b(?:doubl|tripl|trebl|quadrupl|halv)\\w*|-?fold\\b)[^.;:]{0,40}${TO_FIGURE_LEAD}$`, 'i');

/**
 * Claims linked to an entity, a flow metric and a period the dataset holds only year by year, with the sum of those
 * years. With `judged`, only the claims it lets through (a section-bound rule's scope): each link is read alone.
 */
/** A length of period the sentence says: "over the two years", "in those three years", "across five years". */
const SAID_LENGTH = /\b(?:over|in|during|across|for)\s+(?:the|those|these|its|their)?\s*(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b/i;

export function periodSums(doc: AnalysedDocument, dataset: Dataset, links: readonly ClaimLink[], judged?: (claim: { start: number }) => boolean): PeriodSum[] {
  const out: PeriodSum[] = [];
  for (const link of links) {
    if ((judged && !judged(link.token)) || link.status !== 'missing' || link.partner !== undefined || link.period === undefined) continue;
    const m = /^(\d{4})–(\d{4})$/.exec(link.period);
    const metric = dataset.metrics.get(link.metric);
    if (!m || !metric || (metric.unit !== 'count' && metric.unit !== 'currency') || STOCK.test([metric.label, ...metric.phrases].join(' '))) continue;
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (to <= from || to - from > 30) continue;
    const sentence = sentenceHolding(link.segment, link.token);
    if (!sentence || NOT_A_TOTAL.test(doc.text.slice(sentence.start, sentence.end))) continue;
    // "hosted 120 visiting researchers and published 2,388 papers": a count whose own noun is not the metric's; "papers
    // with a US co-author", "completed 40 trials" (of trials started): a part or another stage of the measure.
    if (otherNounFirst(doc.text, link) || otherMeasure(doc.text, link.token, sentence, metric)) continue;
    // "The project's 226 ship days were 25.9% of all OML days at sea over 2023–2025": the part of a share, not the whole's sum.
    if (PART_OF_SHARE_AFTER.test(doc.text.slice(link.token.end, sentence.end))) continue;
    // "…tripled between 2015 and 2025, to 370 papers": the end of a change over the period, never its sum.
    if (CHANGE_TO_BEFORE.test(doc.text.slice(Math.max(sentence.start, link.token.start - 60), link.token.start))) continue;
    // "received €1.86 million over the two years" (2020 and 2021, named before): a length the period read does not have.
    const length = SAID_LENGTH.exec(doc.text.slice(sentence.start, sentence.end));
    if (length && (spelledNumber(length[1]!) ?? Number(length[1])) !== to - from + 1) continue;
    const facts = (dataset.observationsByKey.get(observationKey(link.entity, link.metric)) ?? []).filter((o) => o.partner === undefined && o.dimension === undefined);
    // The figure's scale is judged against the period's yearly facts summed ("4,135,000" of a count kept in thousands).
    const yearly = facts.filter((o) => o.year !== undefined && o.year >= from && o.year <= to).reduce((acc, o) => acc + (o.value ?? 0), 0);
    const factor = tokenFactor(link.token, metric.scale, yearly || undefined);
    const years: PeriodSum['years'] = [];
    let slack = 0;
    for (let year = from; year <= to; year++) {
      const fact = facts.filter((o) => o.year === year);
      if (fact.length !== 1 || fact[0]!.value === undefined) break;
      years.push({ year, value: fact[0]!.value / factor });
      // Whole counts are exact; a value with decimals was rounded by half a unit of its last digit.
      const decimals = decimalsOf(fact[0]!.value);
      if (decimals > 0) slack += (0.5 * 10 ** -decimals) / factor;
    }
    if (years.length !== to - from + 1) {
      // "1,692 papers between 2015 and 2024" where the dataset holds 2015–2019 and 2020–2024: the periods that tile it.
      const tiles = periodTiles(facts, from, to, factor);
      if (tiles) out.push({ stated: link.token, years: tiles.pieces, sum: tiles.pieces.reduce((acc, y) => acc + y.value, 0), slack: tiles.slack });
      continue;
    }
    out.push({ stated: link.token, years, sum: years.reduce((acc, y) => acc + y.value, 0), slack });
  }
  return out;
}

/** Words after a count that leave its noun still to come ("120 in 2021–2025", "120 over the period", "2,388 were"). */
const NOUN_PENDING = /^(?:in|between|over|during|from|for|across|throughout|within|by|and|or|was|were|is|are|to|at|of|on|since|until|up|down|the|a|an|its|their)$/i;

/** A count followed by a word of its own ("120 visiting researchers") when the metric's words do not follow it. */
function otherNounFirst(text: string, link: ClaimLink): boolean {
  if (link.token.kind !== 'plain') return false;
  const word = /^[ \u00a0]+(\p{L}[\p{L}-]*)/u.exec(text.slice(link.token.end, link.token.end + 40));
  if (!word || NOUN_PENDING.test(word[1]!)) return false;
  return !link.segment.metrics.some((m) => m.id === link.metric && m.start >= link.token.end && m.start - link.token.end <= 30 && /^[\s\p{L}-]*$/u.test(text.slice(link.token.end, m.start)));
}

/** Two or more consecutive periods of the facts that cover from–to exactly, each the one fact starting where the last ended. */
function periodTiles(facts: readonly Observation[], from: number, to: number, factor: number): { pieces: PeriodSum['years']; slack: number } | undefined {
  const pieces: PeriodSum['years'] = [];
  let slack = 0;
  for (let cursor = from; cursor <= to; ) {
    const starting = facts.filter((o) => o.value !== undefined && periodOf(o)?.from === cursor);
    const bounds = starting.length === 1 ? periodOf(starting[0]!) : undefined;
    if (!bounds || bounds.to > to) return undefined;
    pieces.push({ year: cursor, value: starting[0]!.value! / factor, label: starting[0]!.period });
    const decimals = decimalsOf(starting[0]!.value!);
    if (decimals > 0) slack += (0.5 * 10 ** -decimals) / factor;
    cursor = bounds.to + 1;
  }
  return pieces.length >= 2 ? { pieces, slack } : undefined;
}

function periodOf(o: Observation): { from: number; to: number } | undefined {
  const m = o.period === undefined ? null : /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(o.period);
  return m && Number(m[2]) > Number(m[1]) ? { from: Number(m[1]), to: Number(m[2]) } : undefined;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

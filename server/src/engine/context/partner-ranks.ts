// Ranks among a subject's partners by a dataset measure: "Uppsala, UTokyo's third-largest Swedish partner" orders UTokyo's partner facts.
import type { Observation } from '@factlint/schemas';
import type { AnalysedDocument } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { periodsAndYears } from './link-reading.js';
import { inSpan, segmentAtOffset, sentenceOf } from './spans.js';
import { segmentHas } from './segment-carry.js';
import { VersionMemo } from '../version-memo.js';

const LARGEST = /largest|biggest/i;

export interface PartnerRankClaim {
  /** The ordinal, or "largest" when no ordinal is written (rank 1). */
  span: Span;
  text: string;
  rank: number;
  owner: string;
  subject: string;
  /** The owner's facts that order its partners: one measure and time, the subject's first. */
  subjectFact: Observation;
  /** Partners of the same kind with a strictly larger value of that measure and time, largest first. */
  larger: Observation[];
}

/** "UTokyo's third-largest Swedish partner", "KCOD's largest partner": a possessive owner, an optional ordinal, largest, a partner noun. */
const PARTNER_RANK = /['’]s?\s+(?:(\S+?)[-\u2010\s])?(?:largest|biggest)\s+(?:[\p{L}-]+\s+){0,2}?(?:partner|collaborator|co-author)s?\b/giu;

const cache = new VersionMemo<AnalysedDocument, PartnerRankClaim[]>();

/** Partner-rank claims of a document, read once per check. */
export function partnerRankClaims(doc: AnalysedDocument, dataset: Dataset, scope?: { from: number; to: number }): PartnerRankClaim[] {
  // A claim is read from its sentence alone: with a scope (a section-bound run after an edit), the scope's segments only.
  if (scope) return findClaims(doc, dataset, scope.from, scope.to);
  let claims = cache.get(doc);
  if (!claims) {
    claims = findClaims(doc, dataset, 0, doc.segments.length - 1);
    cache.set(doc, claims);
  }
  return claims;
}

function findClaims(doc: AnalysedDocument, dataset: Dataset, from: number, to: number): PartnerRankClaim[] {
  const claims: PartnerRankClaim[] = [];
  const text = doc.text;
  for (let i = from; i <= to; i++) {
    const segment = doc.segments[i]!;
    if (segment.kind === 'cell' || !segmentHas(segment, LARGEST)) continue;
    for (const m of segment.text.matchAll(PARTNER_RANK)) {
      const at = segment.start + m.index!;
      const owner = segment.entities.find((e) => e.end === at);
      if (!owner) continue;
      let rank = 1;
      const word = at + m[0].search(/largest|biggest/i);
      let span: Span = { start: word, end: word + 'largest'.length };
      if (m[1] !== undefined) {
        const ordinalStart = at + m[0].indexOf(m[1]);
        const ordinal: NumberToken | undefined = segment.tokens.find((t) => t.start === ordinalStart && t.kind === 'ordinal');
        if (!ordinal) continue;
        rank = ordinal.value;
        span = { start: ordinal.start, end: ordinal.end };
      }
      const sentence = sentenceOf(segment, at);
      const facts = dataset.observationsByKey;
      const partnersOf = new Set<string>();
      for (const metric of dataset.metrics.keys()) for (const o of facts.get(observationKey(owner.id, metric)) ?? []) if (o.partner) partnersOf.add(o.partner);
      const subjects = new Set(segment.entities.filter((e) => inSpan(sentence, e) && e.id !== owner.id && partnersOf.has(e.id)).map((e) => e.id));
      if (subjects.size !== 1) continue;
      const subject = [...subjects][0]!;
      const ordered = orderPartners(doc, dataset, owner.id, subject, sentence);
      if (ordered) claims.push({ span, text: text.slice(span.start, span.end), rank, owner: owner.id, subject, ...ordered });
    }
  }
  return claims;
}

/**
 * The owner's partner facts of each measure and time that hold the subject (the sentence's one year or period if it
 * names one, else the one time they all share); the measure that gives the subject the fewest larger partners.
 */
function orderPartners(doc: AnalysedDocument, dataset: Dataset, owner: string, subject: string, sentence: Span): { subjectFact: Observation; larger: Observation[] } | undefined {
  const holding = segmentAtOffset(doc.segments, sentence.start);
  const segment = holding && sentence.end <= holding.end ? holding : undefined;
  const read = segment ? periodsAndYears(segment.tokens.filter((t) => inSpan(sentence, t)), doc.text) : { years: [], periods: [] };
  const stated = new Set([...read.years.map((y) => String(y.value)), ...read.periods.map((p) => `${p.from}–${p.to}`)]);
  if (stated.size > 1) return undefined;
  const kindOf = (id: string) => dataset.entities.get(id);
  const subjectEntity = kindOf(subject);
  let best: { subjectFact: Observation; larger: Observation[] } | undefined;
  const times = new Set<string>();
  for (const metric of dataset.metrics.values()) {
    if (metric.unit === 'rank' || metric.unit === 'growth') continue;
    const all = dataset.observationsByKey.get(observationKey(owner, metric.id)) ?? [];
    for (const mine of all.filter((o) => o.partner === subject && o.value !== undefined && !o.dimension)) {
      const time = timeKey(mine);
      if (stated.size === 1 && !stated.has(time)) continue;
      times.add(time);
      const larger = all
        .filter((o) => o.partner && o.partner !== subject && timeKey(o) === time && !o.dimension && o.value !== undefined && o.value > mine.value!)
        .filter((o) => sameKind(subjectEntity, kindOf(o.partner!)))
        .sort((a, b) => b.value! - a.value!);
      if (!best || larger.length < best.larger.length) best = { subjectFact: mine, larger };
    }
  }
  return times.size === 1 ? best : undefined;
}

function timeKey(o: Observation): string {
  return o.year !== undefined ? String(o.year) : (o.period ?? '').replace(/\s*[–-]\s*/, '–');
}

/** Partners compared in one order are of one kind and, where both say, one country. */
function sameKind(a: { kind?: string; country?: string } | undefined, b: { kind?: string; country?: string } | undefined): boolean {
  if (!a || !b) return false;
  return a.kind === b.kind && (a.country === undefined || b.country === undefined || a.country === b.country);
}

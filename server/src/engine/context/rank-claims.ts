// Finds rank claims ("ranked second in the 2025 GII", "first from 2017 to 2024", "2nd globally") and the edition each speaks of.
import type { Ranking, RankingEdition } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { spelledNumber, type NumberToken, type RangeToken } from '../numbers.js';
import { inSpan, itemsWithin, sentenceOf } from './spans.js';

export type MethodCue = 'vc' | 'old' | undefined;

export interface RankClaim {
  token: NumberToken;
  segment: AnalysedSegment;
  ranking: Ranking;
  entity: string;
  /** A single edition year stated with the claim. */
  year?: number;
  /** A span of years stated with the claim ("from 2017 to 2024"). */
  span?: RangeToken;
  method: MethodCue;
  hypothetical: boolean;
  /** "among the top five" (rank ≤ 5), or with `exact` "rounding out the top five" (rank 5). */
  top?: { n: number; exact: boolean };
}

const TOP_N = /\b(round(?:s|ed|ing)?\s+out\s+the\s+)?top[\s-]+(\d{1,3}|[a-z]+)\b/gi;

const BEFORE_RANK = /\b(?:rank(?:ed|s|ing)?|plac(?:ed|es|ing)|slipp(?:ed|ing)|fell|dropp(?:ed|ing)|r[io]se|climb(?:ed|ing)|mov(?:ed|ing)|came|finish(?:ed|es)|remain(?:ed|s)?|stay(?:ed|s)?|held|holds?|in|at|to)\s+(?:the\s+)?(?:to\s+|in\s+|at\s+)?$/i;
const AFTER_RANK = /^\s*(?:place|position|spot|globally|worldwide|in the world|overall|among)\b/i;
const VC_CUE = /\b(?:VC|venture capital|new method(?:ology)?)\b|\+\s*VC/i;
const OLD_CUE = /\b(?:old|earlier|previous|former|prior|pre-\d{4}|original)\s+(?:method(?:ology)?|metrics?|approach)|\bwould still\b|patent- and publication-based|\bpatents? and publications\b|patents\s*\+\s*publications(?!\s*\+)/i;
const ADJACENT_TO_RANK = /^[’']?s?[\s,]*(?:(?:in|at|was|is|ranked|ranks|placed|came|stood|stands|remained|the)\s+)*$/i;
const NOT_SUBJECT = /\b(?:behind|after|ahead of|than|overtaken by|overtaking|trailing|following|beating|replacing)\s+(?:the\s+)?$/i;

const cache = new WeakMap<AnalysedDocument, RankClaim[]>();

/** Rank claims of a document, found once and shared by the rank and rank-years rules. */
export function rankClaims(doc: AnalysedDocument, dataset: Dataset): RankClaim[] {
  let claims = cache.get(doc);
  if (!claims) {
    claims = findRankClaims(doc, dataset);
    cache.set(doc, claims);
  }
  return claims;
}

function findRankClaims(doc: AnalysedDocument, dataset: Dataset): RankClaim[] {
  if (dataset.rankings.size === 0) return [];
  const claims: RankClaim[] = [];
  const text = doc.text;
  for (const segment of doc.segments) {
    if (segment.kind === 'heading') continue;
    for (const m of segment.text.matchAll(TOP_N)) {
      const n = /^\d/.test(m[2]!) ? Number(m[2]) : spelledNumber(m[2]!);
      if (!n) continue;
      const start = segment.start + m.index!;
      const token = segment.tokens.find((t) => t.start >= start && t.end <= start + m[0].length) ?? syntheticToken(text, start, start + m[0].length, n);
      const claim = claimFor(doc, dataset, segment, token);
      if (claim) claims.push({ ...claim, token: { ...token, start, end: start + m[0].length, text: m[0] }, top: { n, exact: m[1] !== undefined } });
    }
    for (const token of segment.tokens) {
      if (token.kind !== 'ordinal') continue;
      const before = text.slice(Math.max(segment.start, token.start - 30), token.start);
      const after = text.slice(token.end, Math.min(segment.end, token.end + 20));
      if (!(BEFORE_RANK.test(before) || AFTER_RANK.test(after) || (segment.kind === 'cell' && !token.spelled) || token.style.ordinalPrefix)) continue;
      const claim = claimFor(doc, dataset, segment, token);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

/** The ranking, entity, edition year or span and method a rank token speaks of; undefined on weak evidence. */
function claimFor(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken): RankClaim | undefined {
  const text = doc.text;
  const scope = segment.kind === 'cell' ? cellScope(doc, segment) : [sentenceOf(segment, token.start)];
  // A rank stored as a metric ("29th by population-normalised intensity") is a dataset value, not the ranking's.
  if (scopeSegments(doc, segment).some((s) => s.metrics.some((m) => dataset.metrics.get(m.id)?.unit === 'rank' && scope.some((sc) => inSpan(sc, m))))) return undefined;
  const ranking = rankingFor(doc, dataset, segment, scope);
  if (!ranking) return undefined;
  const entity = subjectFor(doc, ranking, segment, scope, token);
  if (!entity) return undefined;
  const cueText = scope.map((s) => text.slice(s.start, s.end)).join(' ');
  const method: MethodCue = VC_CUE.test(cueText) ? 'vc' : OLD_CUE.test(cueText) ? 'old' : undefined;
  const hypothetical = /\bwould\b/i.test(cueText);
  // A row's own years come before the caption's ("2025 (new methodology)" under "…, 2017–2025").
  const rowFirst = segment.kind === 'cell' ? [rowSegments(doc, segment), scopeSegments(doc, segment)] : [[segment]];
  let ranges: RangeToken[] = [];
  let years: NumberToken[] = [];
  for (const group of rowFirst) {
    ranges = group.flatMap((s) => scope.flatMap((sc) => itemsWithin(s.ranges, sc))).filter((r) => r.from.yearLike && r.to.yearLike);
    years = group.flatMap((s) => scope.flatMap((sc) => itemsWithin(s.tokens, sc))).filter((t) => t.yearLike && !ranges.some((r) => inSpan(r, t)));
    if (ranges.length || years.length) break;
  }
  const editionYears = new Set(ranking.editions.map((e) => e.year));
  const year = years.find((y) => editionYears.has(y.value))?.value ?? (years.length === 1 ? years[0]!.value : undefined);
  return { token, segment, ranking, entity, year: ranges.length ? undefined : year, span: ranges[0], method, hypothetical };
}

function syntheticToken(text: string, start: number, end: number, value: number): NumberToken {
  return {
    start,
    end,
    text: text.slice(start, end),
    kind: 'plain',
    value,
    decimals: 0,
    yearLike: false,
    style: { group: '', sign: '', percentSuffix: '', currencyPrefix: '', scaleText: '', currencySuffix: '', ordinalSuffix: '', ordinalPrefix: '' },
  };
}

/** A cell claim reads its own row (label and cells) and the caption above the table. */
function cellScope(doc: AnalysedDocument, segment: AnalysedSegment): Span[] {
  return scopeSegments(doc, segment).map((s) => ({ start: s.start, end: s.end }));
}

function rowSegments(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[] {
  const table = doc.tables.find((t) => t.id === segment.cell!.table)!;
  return (table.cells[segment.cell!.row] ?? []).map((i) => doc.segments[i]!);
}

function scopeSegments(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[] {
  if (segment.kind !== 'cell') return [segment];
  const table = doc.tables.find((t) => t.id === segment.cell!.table)!;
  const row = (table.cells[segment.cell!.row] ?? []).map((i) => doc.segments[i]!);
  const caption = table.caption !== undefined ? [doc.segments[table.caption]!] : [];
  return [...row, ...caption];
}

/** The ranking named in the claim's scope, its paragraph, the paragraphs before it in the section, or its headings. */
function rankingFor(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, scope: Span[]): Ranking | undefined {
  const near = [segment, ...scopeSegments(doc, segment)];
  for (let i = segment.index - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const s = doc.segments[i]!;
    near.push(s);
    if (s.kind === 'heading') break;
  }
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) near.push(doc.segments[h]!);
  const inScope = near.flatMap((s) => s.rankings).sort((a, b) => Number(scope.some((sc) => inSpan(sc, b))) - Number(scope.some((sc) => inSpan(sc, a))));
  const id = inScope[0]?.id;
  return id ? dataset.rankings.get(id) : undefined;
}

/** The entity the rank is about: the nearest ranked entity in scope that is not a comparison ("behind X"), else the paragraph's. */
function subjectFor(doc: AnalysedDocument, ranking: Ranking, segment: AnalysedSegment, scope: Span[], token: NumberToken): string | undefined {
  const ranked = new Set(ranking.editions.flatMap((e) => e.ranks.map((r) => r.entity)));
  const text = doc.text;
  // "…, ahead of Shenzhen–Hong Kong–Guangzhou in second place": an entity right before the rank is its subject.
  const adjacent = scopeSegments(doc, segment)
    .flatMap((s) => s.entities)
    .filter((m) => ranked.has(m.id) && m.end <= token.start && ADJACENT_TO_RANK.test(text.slice(m.end, token.start)));
  if (adjacent.length) return adjacent[adjacent.length - 1]!.id;
  const candidates = scopeSegments(doc, segment)
    .flatMap((s) => s.entities)
    .filter((m) => ranked.has(m.id) && scope.some((sc) => inSpan(sc, m)) && !NOT_SUBJECT.test(text.slice(Math.max(0, m.start - 20), m.start)));
  if (candidates.length > 0) {
    // The subject usually precedes its verb: "San Jose–San Francisco ranked second, with Tokyo–Yokohama close behind".
    const before = candidates.filter((m) => m.end <= token.start);
    const pool = before.length ? before : candidates;
    return pool.sort((a, b) => Math.abs(a.start - token.start) - Math.abs(b.start - token.start))[0]!.id;
  }
  // "it slipped to second place": the last ranked entity named earlier in the paragraph or section.
  for (let i = segment.index; i >= 0 && i >= segment.index - 4; i--) {
    const s = doc.segments[i]!;
    const earlier = s.entities.filter((m) => ranked.has(m.id) && m.end <= token.start && !NOT_SUBJECT.test(text.slice(Math.max(0, m.start - 20), m.start)));
    if (earlier.length) return earlier[earlier.length - 1]!.id;
    if (s.kind === 'heading') break;
  }
  return undefined;
}

/** The edition a claim speaks of for one year: its method cue decides between editions of the same year. */
export function editionFor(ranking: Ranking, year: number | undefined, method: MethodCue, hypothetical: boolean): RankingEdition | undefined {
  const fits = (e: RankingEdition) =>
    method === 'vc' ? /vc/i.test(e.method) : method === 'old' ? !/vc/i.test(e.method) && (hypothetical || !e.hypothetical || year !== undefined) : !e.hypothetical;
  const candidates = ranking.editions.filter((e) => (year === undefined || e.year === year) && fits(e));
  // A method the edition of that year did not use yet ("+VC" for 2019) says nothing about it: take the official one.
  if (candidates.length === 0) return year !== undefined && method !== undefined ? editionFor(ranking, year, undefined, false) : undefined;
  if (year !== undefined) return candidates.find((e) => (method === 'old' && hypothetical ? e.hypothetical : true)) ?? candidates[0];
  return candidates.reduce((latest, e) => (e.year > latest.year ? e : latest));
}

// What stands at an offset of a checked document, for hovers: a claim with its reading and check, an entity with its
// facts, a footnote call or numeric citation with its definition. Reads the check's own state; computes nothing new.
import type { Entity, Observation } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment } from './analysis.js';
import { segmentAtOffset } from './context/spans.js';
import { findBibliography, findCitations } from './context/bibliography.js';
import { inSpan, sentenceOf } from './context/growth.js';
import type { ClaimLink } from './context/links.js';
import type { Dataset } from './dataset/index.js';
import type { CheckResult } from './engine.js';
import type { NumberToken } from './numbers.js';
import type { ClaimStatus, Diagnostic, OffsetRange } from './types.js';

/** A claim a rule checked and found consistent, with how it was checked (a formula), when the rule says. */
export interface VerifiedClaim {
  ruleId: string;
  range: OffsetRange;
  check?: string;
}

/** One dataset fact as a hover shows it. */
export interface FactRow {
  metric: string;
  /** "2024", "2015–2024" or "" */
  time: string;
  partner?: string;
  value: string;
  source: string;
}

export interface ClaimInspection {
  kind: 'claim';
  range: OffsetRange;
  stated: string;
  /** Who or what the claim is about, what it measures and when, as read from its sentence or cell. */
  reading: { subject?: string; measure?: string; partner?: string; time?: string };
  status: ClaimStatus;
  /** Findings on this claim (mismatches and, when enabled, unverified). */
  findings: Diagnostic[];
  /** Consistent checks: the rule and its formula. */
  checks: VerifiedClaim[];
  /** The dataset fact the claim was linked to, with its source. */
  fact?: FactRow;
  /** For a claim the dataset cannot confirm: the facts it holds for the same entity and metric. */
  candidates: FactRow[];
}

export interface EntityInspection {
  kind: 'entity';
  range: OffsetRange;
  entity: Entity;
  facts: FactRow[];
}

export interface FootnoteInspection {
  kind: 'footnote';
  range: OffsetRange;
  label: string;
  /** The definition's text, or undefined when the footnote is never defined. */
  definition?: string;
  definitionRange?: OffsetRange;
}

export interface CitationInspection {
  kind: 'citation';
  range: OffsetRange;
  number: number;
  /** The bibliography entry's text, or undefined when there is none with that number. */
  entry?: string;
  entryRange?: OffsetRange;
}

export type Inspection = ClaimInspection | EntityInspection | FootnoteInspection | CitationInspection;

const covers = (span: OffsetRange, offset: number) => span.start <= offset && offset <= span.end;

export function inspectAt(result: CheckResult, dataset: Dataset, offset: number): Inspection | undefined {
  const doc = result.state.doc;
  const footnote = doc.footnoteRefs.find((r) => covers(r, offset));
  if (footnote) return inspectFootnote(doc, footnote.label, footnote);
  const segment = segmentAtOffset(doc.segments, offset);
  if (!segment) return undefined;
  const citation = findCitations(doc, findBibliography(doc)).find((c) => covers(c.span, offset));
  if (citation) return inspectCitation(doc, citation.number, citation.span);
  const token = segment.tokens.find((t) => !t.yearLike && covers(t, offset));
  if (token) return inspectClaim(result, dataset, segment, token);
  const mention = segment.entities.find((m) => covers(m, offset));
  const entity = mention && dataset.entities.get(mention.id);
  if (mention && entity) return { kind: 'entity', range: { start: mention.start, end: mention.end }, entity, facts: factsOf(dataset, entity.id) };
  return undefined;
}


function inspectFootnote(doc: AnalysedDocument, label: string, range: OffsetRange): FootnoteInspection {
  const def = doc.footnoteDefs.find((d) => d.label === label);
  if (!def) return { kind: 'footnote', range: { start: range.start, end: range.end }, label };
  const definition = doc.text.slice(def.labelSpan.end, def.end).replace(/^:\s*/, '').trim();
  return { kind: 'footnote', range: { start: range.start, end: range.end }, label, definition, definitionRange: { start: def.start, end: def.end } };
}

function inspectCitation(doc: AnalysedDocument, number: number, range: OffsetRange): CitationInspection {
  const entry = findBibliography(doc)?.entries.find((e) => e.number === number);
  const segment = entry && doc.segments[entry.segment];
  if (!segment) return { kind: 'citation', range: { start: range.start, end: range.end }, number };
  return { kind: 'citation', range: { start: range.start, end: range.end }, number, entry: doc.text.slice(segment.start, segment.end).trim(), entryRange: { start: segment.start, end: segment.end } };
}

function inspectClaim(result: CheckResult, dataset: Dataset, segment: AnalysedSegment, token: NumberToken): ClaimInspection {
  const range = { start: token.start, end: token.end };
  const findings = result.diagnostics.filter((d) => d.range.start <= token.start && token.end <= d.range.end);
  const checks = result.state.verified.filter((v) => v.range.start === token.start && v.range.end === token.end);
  const link = result.state.links().around(token.start).find((l) => l.token.start === token.start || (l.range && l.range.start <= token.start && token.end <= l.range.end));
  const mismatched = findings.some((d) => !isInformation(result, d.ruleId));
  const status: ClaimStatus = mismatched ? 'mismatched' : checks.length > 0 || link?.status === 'match' ? 'verified' : 'unverified';
  return {
    kind: 'claim',
    range,
    stated: token.text,
    reading: link ? readingOfLink(dataset, link) : readingOfSentence(dataset, segment, token),
    status,
    findings,
    checks,
    ...(link?.observation ? { fact: factRow(dataset, link.observation) } : {}),
    candidates: link?.status === 'missing' ? link.candidates.map((o) => factRow(dataset, o)) : [],
  };
}

function isInformation(result: CheckResult, ruleId: string): boolean {
  return result.state.engine.rules.find((r) => r.id === ruleId)?.tags.includes('information') ?? false;
}

function readingOfLink(dataset: Dataset, link: ClaimLink): ClaimInspection['reading'] {
  const reading: ClaimInspection['reading'] = {
    subject: dataset.entities.get(link.entity)?.name ?? link.entity,
    measure: dataset.metrics.get(link.metric)?.label ?? link.metric,
  };
  if (link.partner) reading.partner = dataset.entities.get(link.partner)?.name ?? link.partner;
  const time = link.year !== undefined ? String(link.year) : link.period;
  if (time) reading.time = time;
  return reading;
}

/** Without a dataset link: the names and years the claim's sentence holds, as a hint of how it reads. */
function readingOfSentence(dataset: Dataset, segment: AnalysedSegment, token: NumberToken): ClaimInspection['reading'] {
  const sentence = sentenceOf(segment, token.start);
  const entity = segment.entities.find((m) => inSpan(sentence, m));
  const metric = segment.metrics.find((m) => inSpan(sentence, m));
  const years = segment.tokens.filter((t) => t.yearLike && inSpan(sentence, t)).map((t) => t.text);
  const reading: ClaimInspection['reading'] = {};
  if (entity) reading.subject = dataset.entities.get(entity.id)?.name ?? entity.id;
  if (metric) reading.measure = dataset.metrics.get(metric.id)?.label ?? metric.id;
  if (years.length) reading.time = years.join(', ');
  return reading;
}

/** Every fact of an entity, by metric, then year or period, then partner. */
export function factsOf(dataset: Dataset, entityId: string): FactRow[] {
  const observations = [...(dataset.observationsByEntity.get(entityId) ?? [])];
  observations.sort(
    (a, b) =>
      a.metric.localeCompare(b.metric) ||
      String(a.year ?? a.period ?? '').localeCompare(String(b.year ?? b.period ?? '')) ||
      (a.partner ?? '').localeCompare(b.partner ?? ''),
  );
  return observations.map((o) => factRow(dataset, o));
}

function factRow(dataset: Dataset, o: Observation): FactRow {
  const metric = dataset.metrics.get(o.metric);
  const unit = metric?.unit === 'percent' || metric?.unit === 'growth' ? '%' : '';
  const value = o.value !== undefined ? `${o.value}${unit}` : o.range ? `${o.range[0]}–${o.range[1]}${unit}` : '';
  const row: FactRow = { metric: metric?.label ?? o.metric, time: o.year !== undefined ? String(o.year) : (o.period ?? ''), value, source: dataset.sources.get(o.source)?.title ?? o.source };
  if (o.partner) row.partner = dataset.entities.get(o.partner)?.name ?? o.partner;
  return row;
}

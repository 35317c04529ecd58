// The items of a list under a lead-in that names the subject and the time: "Key figures for NIMR, 2025:" over
// "- Publications: 762" and "- 709 days at sea". An item that names no entity (and no time) states the lead-in's
// subject's figure (for its time), when the lead-in ends on a colon, names exactly one entity and at most one year or
// period, holds no other figure and states no plan, forecast or other method (acc-dv10).
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { NOT_ACTUAL, OTHER_METHOD } from './dataset-own-value.js';

/** The paragraph right before the list's first item, when it introduces the list (ends on a colon). */
export function leadInSegment(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment | undefined {
  if (!segment.listItem || segment.kind !== 'paragraph') return undefined;
  const list = doc.lists.find((l) => l.id === segment.listItem!.list);
  const first = list?.items[0];
  const lead = first !== undefined && first > 0 ? doc.segments[first - 1] : undefined;
  if (!lead || lead.kind !== 'paragraph' || lead.heading !== segment.heading || !/:[\s*_]*$/.test(lead.text)) return undefined;
  return lead;
}

export interface LeadIn {
  entity: string;
  year?: number;
  period?: string;
}

/**
 * The subject (and time) a list item takes from its lead-in, or undefined. `years` reads the lead-in's years and
 * periods as the prose reading does (a year after "since" or "by" is no time of a fact).
 */
export function leadIn(doc: AnalysedDocument, segment: AnalysedSegment, years: (lead: AnalysedSegment) => { year?: number; period?: string; ambiguous?: boolean } | undefined): LeadIn | undefined {
  const lead = leadInSegment(doc, segment);
  if (!lead) return undefined;
  const ids = new Set(lead.entities.map((m) => m.id));
  if (ids.size !== 1 || lead.tokens.some((t) => !t.yearLike)) return undefined;
  const said = lead.text;
  if (NOT_ACTUAL.test(said) || OTHER_METHOD.test(said)) return undefined;
  const time = years(lead);
  if (time?.ambiguous) return undefined;
  return { entity: [...ids][0]!, year: time?.year, period: time?.period };
}

// What a per-segment reading sees beyond its own segment, as values to compare, so its result can be kept with the
// segment's cached analysis and reused in a later version while they stay the same (see AnalysedSegment.reuse).
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from './analysis.js';
import { VersionMemo } from './version-memo.js';

/**
 * How far beyond a segment the readings look into the text: at most 14 characters ("since " before a year, "edition"
 * after it, a citation's brackets, the bracket around a clause). A reading that looks further must name what it
 * reads in its context.
 */
export const WINDOW = 16;

/** The text just around a span (`width` characters each side): with the span's content, all a reading of it sees. */
export function around(doc: AnalysedDocument, start: number, end: number, width = WINDOW): [string, string] {
  return [doc.text.slice(Math.max(0, start - width), start), doc.text.slice(end, end + width)];
}

/** A segment as a reading of another depends on it: its content and the text just around it. */
export function dependency(doc: AnalysedDocument, segment: AnalysedSegment, width = WINDOW): unknown[] {
  return [segment.content, ...around(doc, segment.start, segment.end, width)];
}

/** The headings above a segment, nearest first: its section's heading, that section's heading, and so on. */
export function headingChain(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[] {
  const chain: AnalysedSegment[] = [];
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) chain.push(doc.segments[h]!);
  return chain;
}

const chainContexts = new VersionMemo<AnalysedDocument, Map<number, readonly unknown[]>>();

/** The dependencies of the headings above a segment, computed once per heading and document. */
export function chainContext(doc: AnalysedDocument, segment: AnalysedSegment): readonly unknown[] {
  if (segment.heading === undefined) return [];
  let byHeading = chainContexts.get(doc);
  if (!byHeading) chainContexts.set(doc, (byHeading = new Map()));
  let context = byHeading.get(segment.heading);
  if (!context) {
    const heading = doc.segments[segment.heading]!;
    context = [...dependency(doc, heading), ...chainContext(doc, heading)];
    byHeading.set(segment.heading, context);
  }
  return context;
}

/** The table a cell belongs to. */
export function tableOf(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedTable {
  const id = segment.cell!.table;
  return doc.tables[id]?.id === id ? doc.tables[id]! : doc.tables.find((t) => t.id === id)!;
}

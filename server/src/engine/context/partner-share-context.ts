// What a partner share's change in points leaves to its context (acc-chg13): whose share it is when the sentence names
// no one ("Germany is still our biggest partner, although its share slipped 3.3 points to 32.2%" in a memo from NIMR;
// "Over 2021–2025 the institute published … The United States fell 7.1 points, to 28.4%" in the institute's own key
// figures), that a share is meant when an earlier clause or sentence of the paragraph says so ("Germany's share dropped
// from 19.2% to 13.1%, and Brazil lost 6.7 points, ending at 16.3%"), and which two periods are compared when the
// table just above has them as its columns ("| Partner | 2015–2019 | 2020–2024 |" then "its share slipped by 3.3 points").
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { mayRefer, referredSubject } from './dataset-referred-subject.js';

/**
 * The organisation a sentence with no owner speaks of: first person ("our", "we") for the document's own organisation,
 * "the institute" for the one so called named last before, searched from the paragraph's start to the clause's end.
 * Undefined when there is no such reference or it is unclear.
 */
export function referredShareOwner(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, clauseEnd: number, hasFacts: (id: string) => boolean): string | undefined {
  if (!mayRefer(segment.text, dataset)) return undefined;
  const subject = referredSubject(doc, dataset, segment, sentence, { start: segment.start, end: clauseEnd }, hasFacts);
  return subject ? subject.id : undefined;
}

/** "Germany's share dropped …, and Brazil lost 6.7 points": the clause opens with the partner it speaks of. */
const PARTNER_OPENS = /^(?:[^.;:]*:)?\s*(?:and\s+|while\s+|but\s+|whereas\s+)?(?:the\s+)?$/i;

/**
 * A clause that names no share but opens with its partner, in a sentence or paragraph that spoke of a share of the
 * same kind just before: the share is meant. `share` tests the words for a share.
 */
export function shareInView(text: string, segment: AnalysedSegment, sentence: Span, clause: Span, partnerStart: number, share: RegExp): boolean {
  if (!PARTNER_OPENS.test(text.slice(clause.start, partnerStart))) return false;
  if (share.test(text.slice(sentence.start, clause.start))) return true;
  const previous = [...segment.sentences].reverse().find((s) => s.end <= sentence.start);
  return previous !== undefined && share.test(text.slice(previous.start, previous.end));
}

/** "…, ending at 16.3%", "…, to 28.4%", "…, now at 21.9%": the words that put the later share right before it. */
export const LATER_SHARE_LEAD = /\b(?:to|(?:ending|ended|finishing|finished|standing|now)\s+at)\s+$/i;

/**
 * Whether the table just above the paragraph (within two segments, in the same section) heads two of its columns with
 * the two periods compared ("| Partner | 2015–2019 | 2020–2024 |"): the change is read between them.
 */
export function periodsTableAbove(doc: AnalysedDocument, segment: AnalysedSegment, early: [number, number], late: [number, number]): Span | undefined {
  for (let i = segment.index - 1, n = 0; i >= 0 && n < 3; i--) {
    const s = doc.segments[i]!;
    if (s.kind === 'heading' || s.heading !== segment.heading) return undefined;
    if (!s.cell) {
      n++;
      continue;
    }
    const table = doc.tables.find((t) => t.id === s.cell!.table);
    if (!table || table.cells.length === 0) return undefined;
    const header = table.cells[0]!.map((c) => doc.segments[c]!);
    const names = (y: [number, number]) => header.some((h) => h.ranges.some((r) => r.from.yearLike && r.to.yearLike && r.from.value === y[0] && (r.to.value === y[1] || r.to.value === y[1] % 100)));
    return names(early) && names(late) ? { start: table.start, end: table.end } : undefined;
  }
  return undefined;
}

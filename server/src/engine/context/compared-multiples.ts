// Reads a multiple that compares two coordinated figures of one sentence: "490 foreign and 105 domestic partners, more than four times as many abroad".
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { statedMultiples, type StatedMultiple } from './growth.js';
import { sentenceTokens } from './spans.js';
import { carriedList, segmentHas } from './segment-carry.js';

const TIMES_AS = /times\s+as\s/i;

export interface ComparedMultiple {
  multiple: StatedMultiple;
  /** The smaller and the larger figure: "k times as many" is larger / smaller. */
  smaller: NumberToken;
  larger: NumberToken;
}

/** "k times as many / much / large …": a comparison of two quantities, not a growth over time. */
const AS_MANY_AFTER = /^\s+as\s+(?:many|much|large|high|big|great|long|often)\b/i;
/** After the multiple: "as many as the Gamskarhütte (", "as much as Gamskar's ": a name, then its figure. */
const NAMED_FIGURE_AFTER_MULTIPLE = /^\s+as\s+(?:many|much|large|high|big|great|long|often)\s+as\s+(?:the\s+|did\s+the\s+|did\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|de|des|du|da|do|di|del|la|le|na|van|von))*(?:\s*\(\s*|['’]s\s+)$/u;
/** "490 international and 105 domestic": two figures of one kind joined by "and", a few words between. */
const COORDINATED = /^\s+(?:[\p{L}’'-]+\s+){0,3}and\s+$/u;

/**
 * Only sentences whose numbers are exactly the two coordinated figures before the multiple: any other number makes the
 * pair uncertain. Read per segment, from its own sentences only: kept with the segment's analysis, and after an edit
 * read only in the edit's segments (carriedList).
 */
export function comparedMultiples(doc: AnalysedDocument): ComparedMultiple[] {
  return carriedList(doc, 'compared-multiples', 0, mayCompare, (segment) => segmentMultiples(doc.text, segment));
}

/** Two figures other than years in one sentence: a segment with fewer is not searched for the phrase. */
const mayCompare = (segment: AnalysedSegment): boolean => twoFigures(segment.tokens) && segmentHas(segment, TIMES_AS);

function segmentMultiples(text: string, segment: AnalysedSegment): ComparedMultiple[] {
  const found: ComparedMultiple[] = [];
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const figures = tokens.filter((t) => !t.yearLike);
    if (figures.length !== 2) continue;
    const [a, b] = figures as [NumberToken, NumberToken];
    if (a.kind !== b.kind || a.kind === 'percent' || a.value <= 0 || b.value <= 0) continue;
    const stated = statedMultiples(text, sentence);
    const pair = { smaller: a.value <= b.value ? a : b, larger: a.value <= b.value ? b : a };
    // "59 rotations in 2024, nearly three times as many as the Gamskarhütte (23)", "… as many as Gamskar's 23": the
    // figure compared with stands after the multiple, in brackets after a name or after a name's possessive.
    const between = stated.filter((m) => m.start > a.end && m.end < b.start && m.factor > 1 && NAMED_FIGURE_AFTER_MULTIPLE.test(text.slice(m.end, b.start)));
    if (between.length === 1 && !/[;:]/.test(text.slice(a.end, between[0]!.start))) {
      found.push({ multiple: between[0]!, ...pair });
      continue;
    }
    if (!COORDINATED.test(text.slice(a.end, b.start))) continue;
    const multiples = stated.filter((m) => m.start > b.end && m.factor > 1 && AS_MANY_AFTER.test(text.slice(m.end, sentence.end)));
    if (multiples.length !== 1) continue;
    found.push({ multiple: multiples[0]!, ...pair });
  }
  return found;
}

/** Whether two of the tokens are figures other than years: counted, not filtered into a new list for every segment of every version. */
function twoFigures(tokens: readonly NumberToken[]): boolean {
  let figures = 0;
  for (const t of tokens) if (!t.yearLike && ++figures === 2) return true;
  return false;
}

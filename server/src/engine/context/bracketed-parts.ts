// Parts given in brackets after their names, then a total: "China (24 clusters) and the United States (22) together
// hold 51 of the top 100", "A (213), B (163) and C (74) between them logged 450 days". Each part is the one figure of a
// bracket right after a capitalised name; the names are listed with commas and one "and"; the total is the first figure
// after "together", "combined", "between them" or "jointly" and at most two words of a verb.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { carriedPerSegment, segmentHas } from './segment-carry.js';
import { sentenceTokens } from './spans.js';

export interface BracketedParts {
  parts: NumberToken[];
  total: NumberToken;
}

/** Before a part's figure: a capitalised name (its words capitalised, "the" allowed first), then "(". */
const NAME_THEN_BRACKET = /(?:^|[\s,;:])(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'.-]*)*\s*\($/u;
/** Inside the bracket after the figure: nothing, or one lower-case unit word ("24 clusters"). */
const BRACKET_CLOSE = /^(?:\s+[\p{Ll}-]+)?\)/u;
/** Between two parts: the bracket closed, a comma or "and", the next name (checked apart). */
const PART_GAP = /^(?:\s+[\p{Ll}-]+)?\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'.-]*)*\s*\($/u;
/** After the last part: the bracket closed, a total word and at most two words before the total. */
const TOTAL_GAP = /^(?:\s+[\p{Ll}-]+)?\)\s*,?\s+(?:together|combined|between\s+them|jointly)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A hedged or bounded total is not a sum to check here. */
const HEDGE_BEFORE = /\b(?:about|around|roughly|some|nearly|almost|over|more than|less than|fewer than|at least|up to)\s+$/i;

/** A cheap gate per segment, its result kept with the segment's analysis: a part stands in brackets. */
const OPEN_BRACKET = /\(/;

export function bracketedParts(doc: AnalysedDocument, segment: AnalysedSegment): BracketedParts[] {
  if (!segmentHas(segment, OPEN_BRACKET)) return [];
  // Read once per segment content and the 30 characters after it (a bracket closing after the last figure): see segment-carry.ts.
  return carriedPerSegment(doc, segment, 'bracketed-parts', 30, () => readSegment(doc.text, segment));
}

function readSegment(text: string, segment: AnalysedSegment): BracketedParts[] {
  const found: BracketedParts[] = [];
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      if (first.yearLike || first.kind === 'ordinal' || !NAME_THEN_BRACKET.test(text.slice(Math.max(sentence.start, first.start - 60), first.start))) continue;
      if (!BRACKET_CLOSE.test(text.slice(first.end, first.end + 30))) continue;
      const parts = [first];
      let j = i + 1;
      while (j < tokens.length && PART_GAP.test(text.slice(parts[parts.length - 1]!.end, tokens[j]!.start)) && tokens[j]!.kind === first.kind && !tokens[j]!.yearLike) parts.push(tokens[j++]!);
      const total = tokens[j];
      if (parts.length < 2 || !total || total.kind !== first.kind || total.yearLike) {
        i = j - 1;
        continue;
      }
      const gap = text.slice(parts[parts.length - 1]!.end, total.start);
      if (TOTAL_GAP.test(gap) && !HEDGE_BEFORE.test(gap) && parts.every((p) => p.scale === total.scale && p.currency === total.currency)) found.push({ parts, total });
      i = j - 1;
    }
  }
  return found;
}

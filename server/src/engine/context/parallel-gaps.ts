// A gap in points between two parallel figures stated just before it (acc-chg13): "Japan spent 3.44% of GDP on R&D.
// Sweden spent 3.64%, a gap of 0.8 percentage points in our favour." / "Japan spends 3.44 per cent. [new paragraph]
// Sweden spends 3.64. That puts us 0.9 percentage points ahead." The gap names no figure of its own to compare with:
// it is read only when the two figures in view before it, within two sentences (the paragraph before counts for a
// sentence that opens the paragraph), are exactly two, of percentages, each right after the same word ("spent 3.44%",
// "spent 3.64%"): two subjects doing one thing. The gap is the distance between them, whoever leads; a suggestion only.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import type { ComparedFigure } from './compared-figures.js';
import { itemsWithin } from './spans.js';
import { segmentHas } from './segment-carry.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';

const CUE = /\b(?:points?|pp)\b/i;
const GAP_WORD = /\b(?:gap|difference|lead|margin|ahead|behind|favour|favor)\b/i;
const POINTS_AFTER = /^\s*(?:percentage\s+points?|points?|pp)\b/i;
/** "a gap of", "a lead of", "a difference of some": the gap named before its figure. */
const GAP_BEFORE = /\b(?:gap|difference|lead|margin)\s+of\s+(?:some\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+)?$/i;
/**
 * "… points ahead", "… points behind us", "… points in our favour": the gap named after its figure, with nothing after it
 * that names a base of its own ("12 points above the national figure" compares with something else).
 */
const GAP_AFTER = /^\s*(?:percentage\s+points?|points?|pp)\s+(?:(?:ahead|behind)(?:\s+(?:us|them|it|you))?|in\s+(?:our|their|its|his|her|your)\s+favou?r)\s*(?:[,.;:!?)\[]|<sup|$)/i;
/** After the gap, "than X" or "of X" names a base of its own: the other readers' form. */
const OWN_BASE_AFTER = /^\s*(?:percentage\s+points?|points?|pp)\s+(?:\S+\s+){0,2}?(?:than|of|on|from|since|over|to|with|against|versus|vs\.?)\b/i;
/** A change over time is no gap between two parties. */
const CHANGE_WORD = /\b(?:rose|risen|rise|grew|grown|growth|fell|fallen|fall|dropped|drop|declined|decline|increased|increase|decreased|decrease|climbed|slipped|gained|lost|up|down|since|between|from)\b/i;
/** Words that are no verb of a parallel statement: "of 3.44%", "to 3.64%", "about 3.6%". */
const NOT_A_VERB = new Set(['of', 'to', 'from', 'by', 'in', 'at', 'on', 'than', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'and', 'or', 'with', 'the', 'a', 'an', 'just', 'only', 'over', 'under', 'for', 'as']);

function isFigure(t: NumberToken): boolean {
  return !t.yearLike && t.kind !== 'ordinal';
}

/** The word right before a figure ("spent" in "Sweden spent 3.64%"). */
function wordBefore(text: string, t: NumberToken): string | undefined {
  return /([\p{L}’'-]+)\s+$/u.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1]?.toLowerCase();
}

/**
 * A paragraph's gaps read only the paragraph, the text just around its figures and the paragraph before it in its
 * section: kept across versions (acrossVersionsEach) and, after an edit, read only in its scope and where gaps were
 * found before, not a walk of every segment per keystroke.
 */
export function parallelGaps(doc: AnalysedDocument): ComparedFigure[] {
  const found: ComparedFigure[] = [];
  for (const reading of acrossVersionsEach(doc, 'parallel-gaps', [], mayHoldGap, (segment) => segmentGaps(doc, segment), movedWithSegment)) {
    for (const gap of reading) found.push(gap);
  }
  return found;
}

/** A paragraph that names points and a gap (its own content and kind only). */
function mayHoldGap(segment: AnalysedSegment): boolean {
  return segment.kind === 'paragraph' && segmentHas(segment, CUE) && segmentHas(segment, GAP_WORD);
}

function segmentGaps(doc: AnalysedDocument, segment: AnalysedSegment): ComparedFigure[] {
  const found: ComparedFigure[] = [];
  const text = doc.text;
  segment.sentences.forEach((sentence, index) => {
    const tokens = itemsWithin(segment.tokens, sentence);
    for (const stated of tokens) {
      if (stated.kind !== 'plain' || stated.yearLike || !POINTS_AFTER.test(text.slice(stated.end, stated.end + 24))) continue;
      const read = readGap(doc, segment, sentence, index, tokens, stated);
      if (read) found.push(read);
    }
  });
  return found;
}

function readGap(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, index: number, tokens: NumberToken[], stated: NumberToken): ComparedFigure | undefined {
  const text = doc.text;
  const before = text.slice(Math.max(sentence.start, stated.start - 40), stated.start);
  const after = text.slice(stated.end, sentence.end);
  if (!GAP_BEFORE.test(before) && !GAP_AFTER.test(after)) return undefined;
  if (OWN_BASE_AFTER.test(after) || CHANGE_WORD.test(text.slice(sentence.start, sentence.end))) return undefined;
  // No figure after the gap in its sentence: it closes what the figures before it said.
  if (tokens.some((t) => t.start > stated.end && isFigure(t))) return undefined;
  // The figures in view: the sentence's own before the gap, then up to two sentences back (the paragraph before, for a
  // sentence that opens its paragraph), nearest first, until two are found.
  const windows: NumberToken[][] = [tokens.filter((t) => t.end <= stated.start)];
  const previousSentences: Array<{ segment: AnalysedSegment; sentence: Span }> = [];
  for (let i = index - 1; i >= 0 && previousSentences.length < 2; i--) previousSentences.push({ segment, sentence: segment.sentences[i]! });
  const previousSegment = doc.segments[segment.index - 1];
  if (previousSentences.length < 2 && previousSegment?.kind === 'paragraph' && previousSegment.heading === segment.heading && !segment.listItem && !previousSegment.listItem) {
    for (let i = previousSegment.sentences.length - 1; i >= 0 && previousSentences.length < 2; i--) previousSentences.push({ segment: previousSegment, sentence: previousSegment.sentences[i]! });
  }
  for (const p of previousSentences) windows.push(itemsWithin(p.segment.tokens, p.sentence));
  const figures: NumberToken[] = [];
  for (const w of windows) {
    const own = w.filter(isFigure);
    if (figures.length + own.length > 2) return undefined;
    figures.unshift(...own);
    if (figures.length === 2) break;
  }
  if (figures.length !== 2) return undefined;
  const [a, b] = figures as [NumberToken, NumberToken];
  // Two percentages, or a percentage and a bare figure of its size said the same way ("Sweden spends 3.64").
  if (!(a.kind === 'percent' && (b.kind === 'percent' || (b.kind === 'plain' && b.value < 100)))) return undefined;
  const verb = wordBefore(text, a);
  if (!verb || NOT_A_VERB.has(verb) || verb !== wordBefore(text, b)) return undefined;
  if (a.value === b.value) return undefined;
  const [larger, smaller] = a.value > b.value ? [a, b] : [b, a];
  return { stated, measure: 'points', subject: { ...larger, kind: 'percent' }, base: { ...smaller, kind: 'percent' }, direction: 'up' };
}
